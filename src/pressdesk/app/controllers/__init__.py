"""The main window's controllers, one per part of the desk: the release list, the release
editor, the photos and the problems, plus the file actions. Each owns its widgets and talks
to the others through typed references and signals; none touches the database (they run the
services' operations and reads as jobs)."""
