"""The people authority: matching names to people, and managing the list."""
