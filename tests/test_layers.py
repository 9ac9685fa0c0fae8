"""The layer rule itself is checked by import-linter (the contracts in ``.importlinter``,
run by ``.ci/run`` as ``lint-imports``): the app over services over storage over catalogue
over core, Qt only in the app, no database code in the app, a pure core. What a static
import graph cannot see is checked here: running the command line loads no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_the_cli_does_not_load_qt() -> None:
    code = (
        "import sys, pressdesk.cli.main as m; m.build_parser(); "
        "print(any(k.startswith('PySide6') for k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
