"""How long a GUI test waits for a condition before it fails.

A wait ends as soon as its condition holds, so a long limit costs nothing when the app works;
it only has to outlast a loaded 2-core machine (CI, or the suite beside two CPU hogs), where
five seconds proved too short. The app's responsiveness itself is measured in bench/window.py.
"""

WAIT_MS = 60_000
