"""Releases: importing release texts and editing them (fields, photo slots, participants)."""
