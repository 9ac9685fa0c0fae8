"""Qt Designer forms, shipped inside the package as ``pressdesk.ui`` (see pyproject.toml)."""
