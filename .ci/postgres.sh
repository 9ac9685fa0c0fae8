#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server for the test suite.
#   source .ci/postgres.sh start   -> exports PRESSDESK_TEST_POSTGRES_URL
#   .ci/postgres.sh stop
# The server refuses to run as root, so it runs as the 'postgres' system user, with its data
# in a temporary folder and listening on loopback only.
set -euo pipefail
PG_PORT="${PG_PORT:-54329}"
PG_DIR="${PG_DIR:-/tmp/pressdesk-pg}"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
INITDB="$(command -v initdb || echo /usr/lib/postgresql/15/bin/initdb)"
PGBIN="$(dirname "$INITDB")"
case "${1:-start}" in
  start)
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --home "$PG_DIR" --shell /bin/bash postgres
    fi
    if ! as_pg "$PGBIN/pg_ctl -D '$PG_DIR/data' status" >/dev/null 2>&1; then
      rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
      as_pg "$PGBIN/initdb -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >'$PG_DIR/initdb.log'"
      as_pg "$PGBIN/pg_ctl -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
      as_pg "$(command -v createdb || echo "$PGBIN/createdb") -h 127.0.0.1 -p $PG_PORT -U postgres pressdesk_test"
    fi
    export PRESSDESK_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/pressdesk_test"
    echo "PostgreSQL running: $PRESSDESK_TEST_POSTGRES_URL"
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl -D '$PG_DIR/data' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    ;;
esac
