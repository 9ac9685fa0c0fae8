"""Offline review bundles: export releases as a BagIt bag, verify one, import one.

See :mod:`.export`, :mod:`.verify` and :mod:`.import_`; the bag layout is in :mod:`.bag`
and the versioned ``catalogue.json`` in :mod:`.schema`.
"""
