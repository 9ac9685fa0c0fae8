"""bundle verify: complete and unchanged, or every missing/changed/extra file listed."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from pressdesk.cli.main import main
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.bundles.verify import verify_bundle
from pressdesk.services.errors import InvalidInputError
from tests.support.bundles import ENGLISH, make_source


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("verify")
    source = make_source(root / "src", fields=(ENGLISH, ENGLISH))
    export_bundle(source.cat, [source.release_id], root / "bundle")
    source.cat.close()
    return root / "bundle"


@pytest.fixture
def bundle(exported: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "bundle"
    shutil.copytree(exported, copy)
    return copy


def zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return target


def photos_of(bundle: Path) -> list[Path]:
    return sorted((bundle / "data" / "photos").iterdir())


def test_intact_bundle_verifies(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = verify_bundle(bundle)
    assert result.valid and result.files == 6 and result.schema == "pressdesk-bundle/1"
    assert main(["bundle", "verify", str(bundle)]) == 0
    assert "complete and unchanged" in capsys.readouterr().out
    assert main(["bundle", "verify", str(zipped(bundle, tmp_path / "b.zip")), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_damage_is_listed_file_by_file(
    bundle: Path, tmp_path: Path, as_zip: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = photos_of(bundle)
    data = bytearray(first.read_bytes())
    data[-100] ^= 0xFF
    first.write_bytes(bytes(data))
    second.unlink()
    (bundle / "data" / "photos" / "stray.txt").write_text("hello")
    target = zipped(bundle, tmp_path / "damaged.zip") if as_zip else bundle
    result = verify_bundle(target)
    assert not result.valid
    assert result.changed == [f"data/photos/{first.name}"]
    assert result.missing == [f"data/photos/{second.name}"]
    assert result.extra == ["data/photos/stray.txt"]
    assert any("Payload-Oxum" in p for p in result.problems)
    assert main(["bundle", "verify", str(target), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["changed"] and out["missing"] and out["extra"]
    assert main(["bundle", "verify", str(target)]) == 1
    text = capsys.readouterr().out
    assert f"CHANGED  data/photos/{first.name}" in text and "is damaged" in text


def test_tampered_manifest_is_caught_by_the_tag_manifest(bundle: Path) -> None:
    photo = photos_of(bundle)[0]
    photo.write_bytes(photo.read_bytes() + b"tampered")
    import hashlib

    manifest = bundle / "manifest-sha256.txt"
    lines = []
    for line in manifest.read_text().splitlines():
        sha, rel = line.split("  ", 1)
        if rel == f"data/photos/{photo.name}":
            sha = hashlib.sha256(photo.read_bytes()).hexdigest()
        lines.append(f"{sha}  {rel}")
    manifest.write_text("\n".join(lines) + "\n")
    result = verify_bundle(bundle)
    assert "manifest-sha256.txt" in result.changed and not result.valid


def test_not_a_bundle_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("x")
    for path, why in (
        (tmp_path / "folder", "no bagit.txt"),
        (tmp_path / "file.txt", "neither a bundle folder nor a zip"),
        (tmp_path / "missing", "does not exist"),
    ):
        with pytest.raises(InvalidInputError, match=why):
            verify_bundle(path)
        assert main(["bundle", "verify", str(path)]) == 2
        err = capsys.readouterr().err
        assert why in err and "Traceback" not in err
