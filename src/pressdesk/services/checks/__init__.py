"""Photo-desk checks: running the rules over the catalogue, and one-click fixes."""
