"""Imports go one way: only the app layer may import Qt; the core imports no database."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "pressdesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(under: str = "") -> list[Path]:
    return sorted((SRC / under).rglob("*.py"))


def test_only_the_app_imports_qt() -> None:
    offenders = [
        str(p.relative_to(SRC))
        for p in _modules()
        if "app" not in p.relative_to(SRC).parts[:1]
        and any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt6", "PyQt5"} for n in _imports(p))
    ]
    assert offenders == []
    assert len(_modules()) > 20  # the scan really saw the package


def test_core_imports_neither_database_nor_upper_layers() -> None:
    forbidden = {
        "sqlalchemy",
        "alembic",
        "pressdesk.catalogue",
        "pressdesk.services",
        "pressdesk.cli",
        "pressdesk.app",
    }
    offenders = [
        (str(p.relative_to(SRC)), n)
        for p in _modules("core")
        for n in _imports(p)
        if any(n == f or n.startswith(f + ".") for f in forbidden)
    ]
    assert offenders == []


def test_lower_layers_do_not_import_upper_layers() -> None:
    rules = {
        "catalogue": {"pressdesk.services", "pressdesk.cli", "pressdesk.app"},
        "storage": {"pressdesk.services", "pressdesk.cli", "pressdesk.app"},
        "services": {"pressdesk.cli", "pressdesk.app"},
        "cli": {"pressdesk.app.main_window", "pressdesk.app.jobs"},
    }
    offenders = []
    for layer, forbidden in rules.items():
        for p in _modules(layer):
            for n in _imports(p):
                if any(n == f or n.startswith(f + ".") for f in forbidden):
                    offenders.append((str(p.relative_to(SRC)), n))
    assert offenders == []


def test_the_cli_does_not_load_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pressdesk.cli.main as m; m.build_parser(); "
        "print(any(k.startswith('PySide6') for k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
