"""Use cases, one package per feature (releases, photos, people, checks, house, bundles),
read models in :mod:`.reads`; the few modules here are shared by them (errors, history,
keywords, the demo catalogue)."""
