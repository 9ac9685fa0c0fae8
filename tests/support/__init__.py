"""Test support shared by the whole suite: builders of real files, rows and catalogues,
process drivers and a synchronous job runner for GUI tests (no mocks of our own storage)."""
