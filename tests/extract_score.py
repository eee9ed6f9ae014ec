"""Score extract_article alone against gold annotations, without the warehouse.

    .venv/bin/python tests/extract_score.py [ARTICLES_DIR GOLD_DIR ...] [-v]

Uses the matching rules of the shared scorer (its functions are imported), so the
numbers agree with `score.py` on a warehouse holding exactly these extractions.
Defaults: the shared dev set and this repository's tests/articles + tests/gold.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pantau.extract import extract_article  # noqa: E402
from pantau.sources import discover_files, read_article, sha256_of  # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
DEFAULT_SETS = [(Path("/work/shared/devset/articles"), Path("/work/shared/devset/gold")),
                (ROOT / "tests/articles", ROOT / "tests/gold")]


def load_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(sets, verbose=False):
    sc = load_scorer()
    totals = {"claims": [0, 0, 0], "mem": [0, 0, 0]}
    prior_ok = prior_n = period_ok = period_n = date_ok = date_n = office_ok = office_n = 0
    elapsed = 0.0
    articles = 0
    for articles_dir, gold_dir in sets:
        files, _ = discover_files(articles_dir)
        by_name = {Path(f.source_path).name: f for f in files}
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            raw = by_name.get(gold["file"])
            if raw is None:
                print("missing article", gold["file"])
                continue
            data = Path(raw.abs_path).read_bytes()
            article = read_article(raw, data, sha256_of(data), 10_000_000)
            t0 = time.perf_counter()
            ex = extract_article(article)
            elapsed += time.perf_counter() - t0
            articles += 1
            pc = [{"program": c.program, "cases": c.cases, "amount_idr": c.amount_idr,
                   "period_end": c.period_end, "is_prior_period": c.is_prior_period} for c in ex.claims]
            pm = [{"metric": m.metric, "value": m.value} for m in ex.membership if m.metric in sc.CONTRACT_METRICS]
            tp, fn, fp, pairs = sc.match(gold.get("claims", []), pc, sc.claim_matches)
            totals["claims"] = [a + b for a, b in zip(totals["claims"], (tp, fn, fp))]
            bad = []
            for g, p in pairs:
                if g.get("optional"):
                    continue
                prior_n += 1
                prior_ok += bool(g.get("prior")) == bool(p["is_prior_period"])
                if g.get("period_end"):
                    period_n += 1
                    ok = str(p["period_end"]) == g["period_end"]
                    period_ok += ok
                    if not ok:
                        bad.append((g["program"], g["period_end"], str(p["period_end"])))
            mtp, mfn, mfp, _ = sc.match(gold.get("membership", []), pm, sc.member_matches)
            totals["mem"] = [a + b for a, b in zip(totals["mem"], (mtp, mfn, mfp))]
            if gold.get("published_date"):
                date_n += 1
                date_ok += str(ex.published_date) == gold["published_date"]
            if gold.get("office"):
                office_n += 1
                office_ok += ex.office == gold["office"]
            line = {"file": gold["file"], "claims": [tp, fn, fp], "mem": [mtp, mfn, mfp],
                    "date": [str(ex.published_date), gold.get("published_date")],
                    "office": [ex.office, gold.get("office")]}
            if bad:
                line["period_wrong"] = bad
            print(json.dumps(line, ensure_ascii=False, default=str))
            if verbose:
                for c in ex.claims:
                    print("   C", c.program, c.cases, c.amount_idr, c.period_start, c.period_end, c.office,
                          "PRIOR" if c.is_prior_period else "")
                for m in ex.membership:
                    print("   M", m.metric, m.value, m.period_end, m.office)
                for b in ex.breakdowns:
                    print("   B", b.subject, b.total, [(p[0][-20:], p[1]) for p in b.parts], b.exhaustive)
                for ch in ex.changes:
                    print("   Δ", ch.subject, ch.percent, ch.from_value, ch.to_value)
                for w in ex.weekdays:
                    print("   W", w.weekday, w.stated_date)
    summary = {"claims": sc.f1(*totals["claims"]), "mem": sc.f1(*totals["mem"]),
               "prior_flag_accuracy": round(prior_ok / prior_n, 3) if prior_n else None,
               "period_end_accuracy": round(period_ok / period_n, 3) if period_n else None,
               "published_date_accuracy": round(date_ok / date_n, 3) if date_n else None,
               "office_accuracy": round(office_ok / office_n, 3) if office_n else None,
               "ms_per_article": round(1000 * elapsed / max(articles, 1), 2)}
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    sets = [(Path(args[i]), Path(args[i + 1])) for i in range(0, len(args) - 1, 2)] or DEFAULT_SETS
    score(sets, verbose="-v" in sys.argv)
