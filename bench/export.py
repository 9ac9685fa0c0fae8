"""Export benchmark: a review bundle of camera-sized photos against a plain copy + SHA-256.

    python bench/export.py [--workdir DIR] [--photos 200] [--repeat 3] [--zip] [--json OUT]

The work folder (default ``/tmp/pressdesk-bench-export``) caches what is slow to make:
``photos/`` (camera-sized JPEGs: 24 megapixels, EXIF with a camera description, IPTC IIM
and XMP like a GPO file, each distinct) and ``catalogue.sqlite`` with its library, where
one release holds every photo. Each round then times, on the same originals in the same
run (warm OS cache):

* ``plain``: for each original, read it, SHA-256 it and write a copy (one pass, one thread,
  flushed to disk with fsync like the export does);
* ``export``: ``export_bundle`` of the release (``--workers`` threads): rewritten copies with IPTC/XMP, thumbnails,
  catalogue.json, index.html, manifests, all fsynced, renamed into place.

The order of the two alternates between rounds, with ``--settle`` seconds before each step
so that one step's write-back does not slow the next. It reports the best round of each and the ratio plain/export (target: at least 0.7).

``--whole`` (the figures the README quotes, issue 15) instead times whole processes, in turns
over ``--repeat`` rounds (at least 5): ``baseline`` is ``sh -c 'cp ORIGINALS DIR && sync DIR
DIR/* && sha256sum DIR/*'`` (``--global-sync``: a bare ``sync``, which on a shared machine
also waits for everyone else's writes) and ``export`` is ``pressdesk export ID --out DIR`` (with ``--zip`` if
given). It prints each one's median and range and the median (range) of the per-round ratios
baseline/export (target: at least 0.95), and the CPU time (user + system) of each process
and its children, which other load on the machine disturbs less than the wall time.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import shutil
import struct
import sys
import time
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.catalogue.models import PhotoSlot, Release
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.storage.library import PhotoLibrary

SIZE = (6000, 4000)
BASES = 8
TARGET = 0.7


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _camera_segments(n: int) -> bytes:
    """EXIF (make, model, description), XMP and IIM as a camera + GPO workflow leaves them."""
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 5D Mark III"
    exif[0x010E] = "                               "  # cameras pad this with spaces
    exif[0x013B] = "Amos Ben Gershom"
    exif[0x8298] = "GPO"
    raw_exif = exif.tobytes()
    caption = f"President Peres meets Russian President Putin in Moscow, frame {n}"
    xmp = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"><dc:description><rdf:Alt>'
        f'<rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>'
        "<photoshop:Credit>GPO</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()
    iim = b"".join(
        bytes([0x1C, 2, num]) + struct.pack(">H", len(v)) + v
        for num, v in ((120, caption.encode()), (110, b"GPO"), (116, b"GPO"))
    )
    irb = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + b"\x00" * (len(iim) & 1)
    return (
        _segment(0xE1, raw_exif if raw_exif.startswith(b"Exif") else b"Exif\x00\x00" + raw_exif)
        + _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp)
        + _segment(0xED, b"Photoshop 3.0\x00" + irb)
    )


def _base_jpeg(seed: int) -> bytes:
    """A photo-like 24-megapixel JPEG (smooth shapes, some grain): about 4-7 MB."""
    small = Image.new("RGB", (600, 400), (40 + seed * 20 % 200, 90, 140))
    draw = ImageDraw.Draw(small)
    for k in range(40):
        x, y = (k * 97 + seed * 31) % 600, (k * 53 + seed * 17) % 400
        draw.ellipse(
            [x, y, x + 80 + k, y + 60 + k], fill=((k * 40) % 255, (k * 70 + seed) % 255, 120)
        )
    img = small.resize(SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    grain = Image.effect_noise(SIZE, 18).convert("RGB")
    img = Image.blend(img, grain, 0.12)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    return buf.getvalue()


def make_photos(folder: Path, count: int) -> list[Path]:
    """``count`` distinct camera-sized JPEGs (cached)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"IMG_{n:04d}.JPG" for n in range(count)]
    if all(p.exists() for p in paths):
        return paths
    bases = [_base_jpeg(seed) for seed in range(BASES)]
    for n, path in enumerate(paths):
        base = bases[n % BASES]
        comment = _segment(0xFE, f"frame {n}".encode())
        path.write_bytes(base[:2] + _camera_segments(n) + comment + base[2:])
    return paths


def make_catalogue(workdir: Path, photos: list[Path]) -> tuple[Catalogue, int]:
    """The catalogue with one release holding every photo (cached)."""
    cat = open_catalogue(workdir / "catalogue.sqlite")
    with cat.read() as s:
        found = s.query(Release.id).filter_by(headline="Benchmark release").scalar()
        slots = s.query(PhotoSlot).filter_by(release_id=found).count() if found else 0
    if found and slots == len(photos):
        return cat, int(found)
    with cat.write() as s:
        release = Release(headline="Benchmark release", body="Body.\n\nSecond paragraph.")
        s.add(release)
        s.flush()
        rid = release.id
    ingest_photos(cat, photos, release=rid)
    return cat, rid


def plain_copy(originals: list[Path], target: Path) -> tuple[float, int]:
    """Read, SHA-256 and copy each file with fsync; returns (seconds, bytes)."""
    target.mkdir()
    start = time.perf_counter()
    total = 0
    for src in originals:
        digest = hashlib.sha256()
        with src.open("rb") as fin, (target / src.name).open("wb") as fout:
            while chunk := fin.read(1 << 20):
                digest.update(chunk)
                fout.write(chunk)
                total += len(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        digest.hexdigest()
    return time.perf_counter() - start, total


WHOLE_TARGET = 0.95


def run_whole(workdir: Path, cat: Catalogue, rid: int, originals: list[Path], args: Any) -> int:
    """The whole-process comparison (see the module docstring)."""
    import statistics
    import subprocess

    out_root = workdir / "out"
    target = str(cat.sqlite_path)
    times: dict[str, list[float]] = {"baseline": [], "export": []}
    cpu: dict[str, list[float]] = {"baseline": [], "export": []}
    ratios: list[float] = []
    # ``sync FILES`` flushes the copies (and their folder) as the export flushes its own
    # files; a bare ``sync`` would also wait for every other process's unwritten data.
    sync = "sync" if args.global_sync else 'sync "$0" "$0"/*'
    print(f"load average {os.getloadavg()[0]:.1f}; {max(5, args.repeat)} rounds, in turns")
    for round_ in range(max(5, args.repeat)):
        shutil.rmtree(out_root, ignore_errors=True)
        out_root.mkdir()
        (out_root / "plain").mkdir()
        bundle = out_root / ("bundle.zip" if args.zip else "bundle")
        commands = {
            "baseline": [
                "sh",
                "-c",
                f'cp "$@" "$0" && {sync} && sha256sum "$0"/* >/dev/null',
                str(out_root / "plain"),
                *map(str, originals),
            ],
            "export": [
                sys.executable,
                "-m",
                "pressdesk",
                "--catalogue",
                target,
                "export",
                str(rid),
                "--out",
                str(bundle),
                *(["--zip"] if args.zip else []),
            ],
        }
        names = ["baseline", "export"] if round_ % 2 == 0 else ["export", "baseline"]
        for name in names:
            time.sleep(args.settle)  # let the disk finish the previous step's writes
            start = time.perf_counter()
            proc = subprocess.Popen(commands[name], stdout=subprocess.DEVNULL)
            _pid, status, usage = os.wait4(proc.pid, 0)  # its CPU, its children's included
            times[name].append(time.perf_counter() - start)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"{name} failed with {status}")
            cpu[name].append(usage.ru_utime + usage.ru_stime)
        ratios.append(times["baseline"][-1] / times["export"][-1])
        print(
            f"  round {round_ + 1}: baseline {times['baseline'][-1]:.2f} s "
            f"(CPU {cpu['baseline'][-1]:.2f} s), export {times['export'][-1]:.2f} s "
            f"(CPU {cpu['export'][-1]:.2f} s), ratio {ratios[-1]:.2f}",
            flush=True,
        )
    shutil.rmtree(out_root, ignore_errors=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        print(
            f"{name:<9} median {statistics.median(values):6.2f} s  "
            f"range {min(values):.2f}-{max(values):.2f} s  "
            f"CPU median {statistics.median(cpu[name]):.2f} s "
            f"({min(cpu[name]):.2f}-{max(cpu[name]):.2f})"
        )
    ratio = statistics.median(ratios)
    verdict = "meets" if ratio >= WHOLE_TARGET else "MISSES"
    print(
        f"ratio baseline/export: {ratio:.2f} median of rounds ({min(ratios):.2f}-"
        f"{max(ratios):.2f}); {verdict} the {WHOLE_TARGET} target"
    )
    return 0 if ratio >= WHOLE_TARGET else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/pressdesk-bench-export"))
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--zip", action="store_true", help="export a zip instead of a folder")
    parser.add_argument("--workers", type=int, default=2, help="export worker threads")
    parser.add_argument("--settle", type=float, default=2.0, help="seconds between steps")
    parser.add_argument("--json", type=Path, help="write the numbers here too")
    parser.add_argument("--whole", action="store_true", help="whole processes, in turns")
    parser.add_argument(
        "--global-sync",
        action="store_true",
        help="baseline flushes with a bare 'sync' (all of the machine's unwritten data)",
    )
    args = parser.parse_args()
    workdir: Path = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PRESSDESK_CACHE_DIR", str(workdir / "cache"))

    t0 = time.perf_counter()
    photos = make_photos(workdir / "photos", args.photos)
    cat, rid = make_catalogue(workdir, photos)
    print(f"setup (cached after the first run): {time.perf_counter() - t0:.1f} s")
    library = PhotoLibrary(cat.library or workdir)
    originals = sorted(library.stored_files().values())
    size = sum(p.stat().st_size for p in originals)
    print(
        f"{len(originals)} originals, {size / 1e6:,.0f} MB ({size / len(originals) / 1e6:.1f} MB each)"
    )

    if args.whole:
        code = run_whole(workdir, cat, rid, originals, args)
        cat.close()
        return code
    out_root = workdir / "out"
    plain_times: list[float] = []
    export_times: list[float] = []
    plain_cpu: list[float] = []
    export_cpu: list[float] = []
    result = None
    for round_ in range(args.repeat):
        shutil.rmtree(out_root, ignore_errors=True)
        out_root.mkdir()
        target = out_root / ("bundle.zip" if args.zip else "bundle")
        for step in ("plain", "export") if round_ % 2 == 0 else ("export", "plain"):
            time.sleep(args.settle)  # let the disk finish the previous step's writes
            cpu = time.process_time()
            if step == "plain":
                seconds, _bytes = plain_copy(originals, out_root / "plain")
                plain_times.append(seconds)
                plain_cpu.append(time.process_time() - cpu)
            else:
                start = time.perf_counter()
                result = export_bundle(cat, [rid], target, as_zip=args.zip, workers=args.workers)
                export_times.append(time.perf_counter() - start)
                export_cpu.append(time.process_time() - cpu)
        print(
            f"round {round_ + 1}: plain {plain_times[-1]:.2f} s (CPU {plain_cpu[-1]:.2f} s), "
            f"export {export_times[-1]:.2f} s (CPU {export_cpu[-1]:.2f} s)"
        )
    shutil.rmtree(out_root, ignore_errors=True)
    plain, export = min(plain_times), min(export_times)
    ratio = plain / export
    numbers: dict[str, Any] = {
        "photos": len(originals),
        "original_mb": round(size / 1e6, 1),
        "bundle_mb": round((result.bytes if result else 0) / 1e6, 1),
        "plain_s": round(plain, 3),
        "export_s": round(export, 3),
        "plain_mb_s": round(size / 1e6 / plain, 1),
        "export_mb_s": round(size / 1e6 / export, 1),
        "ratio": round(ratio, 2),
        "plain_cpu_s": round(min(plain_cpu), 3),
        "export_cpu_s": round(min(export_cpu), 3),
        "target": TARGET,
        "zip": args.zip,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    print(
        f"best: plain copy+SHA-256 {plain:.2f} s ({numbers['plain_mb_s']} MB/s), "
        f"export {export:.2f} s ({numbers['export_mb_s']} MB/s): ratio {ratio:.2f} "
        f"({'meets' if ratio >= TARGET else 'MISSES'} the {TARGET} target)"
    )
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2) + "\n")
    cat.close()
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
