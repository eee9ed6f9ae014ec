"""What the extractor makes of a set of folders, as one digest: for speed work that must
not change a single figure.

    .venv/bin/python bench/extraction_fingerprint.py --save /tmp/before.json DIR [DIR ...]
    ... change the extractor ...
    .venv/bin/python bench/extraction_fingerprint.py --compare /tmp/before.json DIR [DIR ...]

Every file under the folders is read as a run reads it and extracted; the Extraction of
each (every dataclass field, recursively) is stored as JSON per file. --compare names
the files whose extraction differs and the first differing field. Also prints the
extraction time per article (best of three passes, this process, one core).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pantau import pipeline  # noqa: E402
from pantau.extract import extract_article  # noqa: E402
from pantau.sources import Rejection, discover_files  # noqa: E402


def plain(value):
    """A JSON-ready copy of an extraction (dataclasses, tuples, dates)."""
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def read_all(folders: list[Path]) -> dict:
    articles = {}
    for folder in folders:
        files, _ = discover_files(folder)
        planned, _ = pipeline.hash_files(files)
        for f in planned:
            raw = pipeline.read_planned(f, 5 << 20)
            if not isinstance(raw, Rejection):
                articles[f"{folder}/{f.source_path}"] = raw
    return articles


def fingerprint(articles: dict) -> tuple[dict, float]:
    best = float("inf")
    out = {}
    for _ in range(3):
        clock = perf_counter()
        out = {key: extract_article(raw) for key, raw in articles.items()}
        best = min(best, perf_counter() - clock)
    return {key: plain(ex) for key, ex in out.items()}, best / max(1, len(articles))


def first_difference(a, b, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r} != {b!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    articles = read_all(args.folders)
    found, per_article = fingerprint(articles)
    print(f"{len(found)} articles, extraction {per_article * 1000:.3f} ms/article (best of 3)")
    if args.save:
        args.save.write_text(json.dumps(found, sort_keys=True), encoding="utf-8")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    differing = [key for key in sorted(set(before) | set(found)) if before.get(key) != found.get(key)]
    for key in differing[:20]:
        print(f"DIFFERS {key}: {first_difference(before.get(key), found.get(key))}")
    print(f"{len(differing)} of {len(found)} articles differ")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
