"""Read models: plain records (never ORM objects), loading rows into them, and browsing
(list, show, search)."""
