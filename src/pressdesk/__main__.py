"""``python -m pressdesk`` runs the command line (``gui`` by default)."""

from pressdesk.cli.main import run

raise SystemExit(run())
