"""How much a reviewer can trust each check: per check, the findings a gold annotation
expects and how many a real run makes (caught), misses, and the error-level check names
raised where the gold neither expects nor allows them (false errors), the way
../shared/tools/score.py counts them (one per article and check name).

    .venv/bin/python tests/check_table.py [SET ...] [--markdown] [--keep DIR]

A SET is a folder with articles/ and gold/. No SET: the dev sets, our held-out sets, and the
team's blind and real-page sets under /work when present. Each set is one real `pantau run`
(cross-article conflicts included) into a fresh warehouse.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ELSEWHERE = Path("/work")


def default_sets() -> dict[str, Path]:
    sets = {"devset": SHARED / "devset", "devset2": SHARED / "devset2", "tests": ROOT / "tests"}
    for folder in sorted((ROOT / "tests").glob("heldout*"), key=lambda p: (len(p.name), p.name)):
        sets[folder.name] = folder
    for folder in sorted((ELSEWHERE / "blind").glob("heldout*"), key=lambda p: (len(p.name), p.name)):
        sets[f"blind/{folder.name}"] = folder
    for folder in sorted((ELSEWHERE / "realpages").glob("set*")):
        sets[f"real/{folder.name}"] = folder
    return {name: path for name, path in sets.items() if (path / "gold").is_dir() and (path / "articles").is_dir()}


def run_set(folder: Path, work: Path) -> Path:
    warehouse = work / "w.duckdb"
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "pantau"), "run", "--raw", str(folder / "articles"),
                           "--warehouse", str(warehouse), "--reports", str(work / "reports")],
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return warehouse


def score_checks(warehouse: Path, gold_dir: Path) -> dict:
    """Per check: expected, caught, missed, false_errors, fired (articles where it fired)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        ids_by_file = defaultdict(set)
        for path, article_id in con.execute("SELECT DISTINCT source_path, article_id FROM source_files "
                                            "WHERE article_id IS NOT NULL").fetchall():
            ids_by_file[Path(path).name].add(article_id)
        issues = defaultdict(set)
        for article_id, check, severity in con.execute("SELECT DISTINCT article_id, check_name, severity "
                                                       "FROM quality_issues").fetchall():
            issues[article_id].add((check, severity))
    finally:
        con.close()
    table: dict[str, Counter] = defaultdict(Counter)
    cases: dict[str, list[str]] = defaultdict(list)
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        found = set().union(*(issues[a] for a in ids_by_file.get(gold["file"], ()))) if gold["file"] in ids_by_file \
            else set()
        names = {c for c, _ in found}
        expected = set(gold.get("expected_checks", []))
        allowed = set(gold.get("allowed_checks", []))
        for check in expected:
            table[check]["expected"] += 1
            if check in names:
                table[check]["caught"] += 1
            else:
                table[check]["missed"] += 1
                cases[check].append(f"missed {gold['file']}")
        for check in {c for c, s in found if s == "error"} - expected - allowed:
            table[check]["false_errors"] += 1
            cases[check].append(f"false {gold['file']}")
        for check in names:
            table[check]["fired"] += 1
    return {"table": {k: dict(v) for k, v in table.items()}, "cases": dict(cases)}


def markdown(results: dict[str, dict]) -> str:
    checks = sorted({c for r in results.values() for c in r["table"]})
    lines = ["| check | " + " | ".join(results) + " | all |", "| --- |" + " --- |" * (len(results) + 1)]
    for check in checks:
        cells, total = [], Counter()
        for r in results.values():
            t = Counter(r["table"].get(check, {}))
            total.update(t)
            cells.append(_cell(t))
        lines.append(f"| `{check}` | " + " | ".join(cells) + f" | {_cell(total)} |")
    return "\n".join(lines)


def _cell(t: Counter) -> str:
    """caught/expected, false errors: '3/4, 1 false'."""
    if not t:
        return ""
    parts = []
    if t["expected"]:
        parts.append(f"{t['caught']}/{t['expected']}")
    if t["false_errors"]:
        parts.append(f"{t['false_errors']} false")
    return ", ".join(parts) or "–"


def main(argv: list[str]) -> dict:
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    names = [a for a in argv if not a.startswith("-") and (keep is None or a != str(keep))]
    known = default_sets()
    sets = {n: (known[n] if n in known else Path(n)) for n in names} or known
    results = {}
    for name, folder in sets.items():
        work = (keep / name.replace("/", "_")) if keep else Path(tempfile.mkdtemp(prefix="pantau-checks-"))
        work.mkdir(parents=True, exist_ok=True)
        results[name] = score_checks(run_set(folder, work), folder / "gold")
        totals = Counter()
        for t in results[name]["table"].values():
            totals.update(t)
        print(f"{name}: expected {totals['expected']}, caught {totals['caught']}, false errors "
              f"{totals['false_errors']}", file=sys.stderr)
        for check, found in sorted(results[name]["cases"].items()):
            print(f"   {check}: {', '.join(found)}", file=sys.stderr)
    if "--markdown" in argv:
        print(markdown(results))
    else:
        print(json.dumps(results, indent=1))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
