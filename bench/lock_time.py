"""How long a run holds the warehouse's write lock for one hostile article: a pasted table of
N claim figures of one office, program and period (issue 15: 8 000 held it 82 s).

    .venv/bin/python bench/lock_time.py --figures 8000 [--repeat 3]

The article is written and extracted and staged in this process (not timed), then the load,
the only step that holds the lock, runs into a fresh warehouse; its wall time is printed.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pantau import pipeline  # noqa: E402
from pantau.loader import load_run  # noqa: E402
from pantau.sources import discover_files  # noqa: E402
from pantau.warehouse import read_state  # noqa: E402


def dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def table_article(raw: Path, figures: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    rows = [f"- Klaim JHT sebanyak {dotted(rng.randint(100, 99_999))} kasus senilai Rp {rng.randint(1, 999)},"
            f"{rng.randint(1, 9)} miliar." for _ in range(figures)]
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "tabel.txt").write_text(
        "Tabel klaim JHT Jawa Timur 2019\n\nSURABAYA, Senin (10/2/2020) – BPJS Ketenagakerjaan Kantor Wilayah Jawa "
        "Timur merinci klaim Jaminan Hari Tua sepanjang 2019 sebagai berikut:\n" + "\n".join(rows) + "\n",
        encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=8000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pantau-lock-"))
    try:
        raw, staging = work / "raw", work / "staging"
        table_article(raw, args.figures)
        files, rejected = discover_files(raw)
        planned, _ = pipeline.hash_files(files)
        plan = pipeline.plan_run(planned, read_state(work / "none.duckdb", 5))
        counts = pipeline.process_batch(plan.to_process, "lockbench", str(staging), 0, 5 << 20, seconds_limit=None)
        seconds = []
        for n in range(args.repeat):
            warehouse = work / f"w{n}.duckdb"
            clock = time.perf_counter()
            row = load_run(warehouse, "lockbench", datetime.now(), staging, plan.new_source_rows, rejected,
                           plan.all_files, str(raw), "bench", 30)
            seconds.append(time.perf_counter() - clock)
        print(f"{counts['claims']} claim figures of one office and period: write lock held "
              f"{' / '.join(f'{s:.2f}' for s in seconds)} s (median {sorted(seconds)[len(seconds) // 2]:.2f}); "
              f"{row['error_count']} errors, {row['warning_count']} warnings")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
