"""pressdesk: an archivist's desk for photo-and-text press releases."""

__version__ = "0.1.0"
