"""The icon, the desktop entry and the demo data, shipped inside the package as
``pressdesk.resources`` (see pyproject.toml)."""
