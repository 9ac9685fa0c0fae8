"""``python -m pressdesk`` runs the command line (``gui`` by default)."""

from pressdesk.cli.main import main

raise SystemExit(main())
