"""Hostile and damaged bundles are refused with one clear sentence, and nothing is imported."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Person, Photo, Release
from pressdesk.cli.main import main
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.bundles.import_ import BundleDamagedError, import_bundle
from pressdesk.services.bundles.source import Limits
from pressdesk.services.errors import InvalidInputError
from tests.support.bundles import ENGLISH, make_source
from tests.support.catalogues import new_catalogue


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    source = make_source(root / "src", fields=(ENGLISH,))
    export_bundle(source.cat, [source.release_id], root / "bundle")
    source.cat.close()
    return root / "bundle"


@pytest.fixture
def bundle(exported: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(exported, tmp_path / "bundle"))


def rebag(folder: Path) -> None:
    """Recompute both manifests, as a forger would."""

    def sha(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    payload = sorted(p for p in (folder / "data").rglob("*") if p.is_file())
    lines = [f"{sha(p)}  {p.relative_to(folder).as_posix()}\n" for p in payload]
    (folder / "manifest-sha256.txt").write_text("".join(lines))
    tags = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"]
    (folder / "tagmanifest-sha256.txt").write_text(
        "".join(f"{sha(folder / t)}  {t}\n" for t in tags)
    )
    info = folder / "bag-info.txt"
    size = sum(p.stat().st_size for p in payload)
    text = "".join(
        f"Payload-Oxum: {size}.{len(payload)}\n" if line.startswith("Payload-Oxum") else line + "\n"
        for line in info.read_text().splitlines()
    )
    info.write_text(text)
    (folder / "tagmanifest-sha256.txt").write_text(
        "".join(f"{sha(folder / t)}  {t}\n" for t in tags)
    )


def zipped(
    folder: Path, target: Path, extra: Callable[[zipfile.ZipFile], None] | None = None
) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"b/{path.relative_to(folder).as_posix()}")
        if extra:
            extra(zf)
    return target


def assert_nothing_imported(cat: Catalogue) -> None:
    with cat.read() as s:
        for model in (Release, Photo, Person):
            assert s.scalar(select(func.count()).select_from(model)) == 0
    assert cat.library is not None
    stored = [p for p in cat.library.rglob("*") if p.is_file() and ".incoming" not in p.parts]
    assert stored == []


@pytest.fixture
def target(tmp_path: Path) -> Catalogue:
    cat = new_catalogue(tmp_path / "target.sqlite")
    yield cat
    cat.close()


def _zip_member(
    name: str, data: bytes = b"x", mode: int | None = None
) -> Callable[[zipfile.ZipFile], None]:
    def add(zf: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)

    return add


HOSTILE_ZIPS = {
    "zip-slip": (_zip_member("b/../../evil.txt"), "climbs out"),
    "zip-slip-top": (_zip_member("../evil.txt"), "climbs out"),
    "absolute": (_zip_member("/etc/evil.txt"), "absolute path"),
    "windows-absolute": (_zip_member("C:/evil.txt"), "absolute path"),
    "symlink-member": (
        _zip_member("b/data/link", b"/etc/passwd", stat.S_IFLNK | 0o777),
        "symbolic link",
    ),
    "bomb": (_zip_member("b/data/bomb.bin", b"\0" * (50 << 20)), "zip bomb"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_ZIPS))
def test_hostile_zips_are_refused(
    case: str, bundle: Path, tmp_path: Path, target: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    extra, why = HOSTILE_ZIPS[case]
    archive = zipped(bundle, tmp_path / f"{case}.zip", extra)
    with pytest.raises(InvalidInputError, match=why):
        import_bundle(target, archive)
    assert_nothing_imported(target)
    assert not (tmp_path / "evil.txt").exists()
    args = ["--catalogue", str(tmp_path / "target.sqlite"), "bundle", "import", str(archive)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert why in err and "Traceback" not in err and err.count("\n") == 1


def test_size_limits_refuse_big_archives(bundle: Path, tmp_path: Path, target: Catalogue) -> None:
    archive = zipped(bundle, tmp_path / "big.zip")
    with pytest.raises(InvalidInputError, match="more than a bundle may hold"):
        import_bundle(target, archive, limits=Limits(max_total_bytes=10_000))
    assert_nothing_imported(target)


def test_symlink_in_a_folder_bundle_is_refused(bundle: Path, target: Catalogue) -> None:
    os.symlink("/etc/passwd", bundle / "data" / "photos" / "passwd.jpg")
    with pytest.raises(InvalidInputError, match="symbolic link"):
        import_bundle(target, bundle)
    assert_nothing_imported(target)


def test_unknown_schema_is_refused(bundle: Path, tmp_path: Path, target: Catalogue) -> None:
    path = bundle / "data" / "catalogue.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema"] = "pressdesk-bundle/99"
    path.write_text(json.dumps(data), encoding="utf-8")
    rebag(bundle)
    with pytest.raises(InvalidInputError, match="newer pressdesk"):
        import_bundle(target, bundle)
    assert (
        main(["--catalogue", str(tmp_path / "target.sqlite"), "bundle", "import", str(bundle)]) == 2
    )
    assert_nothing_imported(target)


def test_malformed_catalogue_json_is_refused(bundle: Path, target: Catalogue) -> None:
    path = bundle / "data" / "catalogue.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["photos"][0]["file"] = "../../outside.jpg"
    path.write_text(json.dumps(data), encoding="utf-8")
    rebag(bundle)
    with pytest.raises(InvalidInputError, match=r"photos\[0\]\.file is a path that climbs"):
        import_bundle(target, bundle)
    assert_nothing_imported(target)


def test_manifest_naming_outside_paths_is_refused(bundle: Path, target: Catalogue) -> None:
    with (bundle / "manifest-sha256.txt").open("a") as fh:
        fh.write(f"{'0' * 64}  ../../etc/passwd\n")
    with pytest.raises(InvalidInputError, match="climbs out"):
        import_bundle(target, bundle)
    assert_nothing_imported(target)


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_tampered_bundles_are_damage(
    bundle: Path,
    tmp_path: Path,
    target: Catalogue,
    as_zip: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    photo = next((bundle / "data" / "photos").iterdir())
    photo.write_bytes(photo.read_bytes()[:-10] + b"0123456789")
    manifest = bundle / "manifest-sha256.txt"
    rel = f"data/photos/{photo.name}"
    forged = hashlib.sha256(photo.read_bytes()).hexdigest()
    manifest.write_text(
        "".join(
            f"{forged}  {rel}\n" if line.endswith(rel) else line + "\n"
            for line in manifest.read_text().splitlines()
        )
    )
    path = zipped(bundle, tmp_path / "t.zip") if as_zip else bundle
    with pytest.raises(BundleDamagedError) as caught:
        import_bundle(target, path)
    assert caught.value.check.changed == ["manifest-sha256.txt"]
    assert_nothing_imported(target)
    args = ["--catalogue", str(tmp_path / "target.sqlite"), "bundle", "import", str(path)]
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "CHANGED  manifest-sha256.txt" in captured.out and "nothing was imported" in captured.err


@pytest.mark.parametrize("shape", ["array", "object"])
def test_deeply_nested_catalogue_json_is_refused_cleanly(
    bundle: Path, target: Catalogue, shape: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """200,000 brackets deep: a clean refusal from verify and import, no RecursionError."""
    depth = 200_000
    nested = "[" * depth + "]" * depth if shape == "array" else '{"a":' * depth + "1" + "}" * depth
    (bundle / "data" / "catalogue.json").write_text(nested, encoding="utf-8")
    rebag(bundle)  # a well-formed bag: only catalogue.json is hostile
    assert main(["bundle", "verify", str(bundle)]) == 1
    out, err = capsys.readouterr()
    assert "nested too deeply" in out and "Traceback" not in out + err
    cat_arg = ["--catalogue", str(target.sqlite_path)]
    assert main([*cat_arg, "bundle", "import", str(bundle)]) == 2
    err = capsys.readouterr().err
    assert "catalogue.json is nested too deeply" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    with pytest.raises(InvalidInputError, match="nested too deeply"):
        import_bundle(target, bundle)
    assert_nothing_imported(target)


def test_deep_values_inside_a_record_are_refused(bundle: Path, target: Catalogue) -> None:
    """Nesting under the parser's limit but far beyond any record (a photo's embedded
    metadata 900 levels deep) is refused too: it could not be written out again."""
    path = bundle / "data" / "catalogue.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(data)
    deep = "[" * 900 + "]" * 900
    text = text.replace('"embedded": {', f'"embedded": {{"x": {deep}, ', 1)
    path.write_text(text, encoding="utf-8")
    rebag(bundle)
    with pytest.raises(InvalidInputError, match="nested too deeply"):
        import_bundle(target, bundle)
    assert_nothing_imported(target)
