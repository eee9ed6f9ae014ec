"""What a batch costs after extraction: staging its rows (pantau.pipeline.stage_batch) and
validating them (pantau.checks.validate_batch), without writing Parquet. One process, one
core; the minimum and median of repeats over the same extracted articles, so extraction
and disk are out of the figure.

    .venv/bin/python bench/post_extraction.py [--articles 500] [--repeats 15] [DIR]

DIR: a folder of articles (default: a generated benchmark corpus, bench/corpus.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pantau import pipeline  # noqa: E402
from pantau.checks import validate_batch  # noqa: E402
from pantau.extract import extract_article  # noqa: E402
from pantau.sources import Rejection, discover_files  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        from corpus import write_corpus

        folder = write_corpus(Path(tempfile.mkdtemp(prefix="pantau-bench-")), args.articles)
    files, _ = discover_files(folder)
    planned, _ = pipeline.hash_files(files)
    items = []
    for f in planned[:args.articles]:
        raw = pipeline.read_planned(f, 5 << 20)
        if not isinstance(raw, Rejection):
            items.append((f.article_id, raw, extract_article(raw)))

    def once() -> None:
        validate_batch(items, pipeline.stage_batch(items, "bench"))

    once()  # first calls build Pandera's schemas
    times = []
    for _ in range(args.repeats):
        clock = perf_counter()
        once()
        times.append(perf_counter() - clock)
    times.sort()
    n = len(items)
    print(f"stage + validate {n} articles: min {times[0] * 1000:.1f} ms ({times[0] * 1000 / n:.3f} ms/article), "
          f"median {times[len(times) // 2] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
