"""Score extraction and per-article checks against gold annotations, in this process.

    .venv/bin/python tests/extract_score.py [SET ...] [-v | --diff] [--only NAME] [--json OUT]

A SET is a folder holding `articles/` and `gold/` (`../shared/devset`, `tests/heldout3`)
or a name among the defaults (`devset`, `devset2`, `tests`, `heldout`, `heldout2`, ...).
No SET: every default set. Uses the shared scorer's matching (its functions are imported),
and the same checks a run makes: `validate_batch` and the within-article part of
`find_conflicts`, so check recall and false errors agree with `score.py` on a warehouse
holding exactly these articles (cross-article conflicts aside). A few seconds for all
sets, where a real run per set costs a Prefect start-up each.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pantau.checks import find_conflicts, validate_batch  # noqa: E402
from pantau.checks.conflicts import with_sentences  # noqa: E402
from pantau.extract import extract_article  # noqa: E402
from pantau.sources import discover_files, read_article, sha256_of  # noqa: E402

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"


def default_sets() -> dict[str, Path]:
    sets = {"devset": SHARED / "devset", "devset2": SHARED / "devset2", "tests": ROOT / "tests"}
    for folder in sorted((ROOT / "tests").glob("heldout*"), key=lambda p: (len(p.name), p.name)):
        sets[folder.name] = folder
    return sets


def load_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def conflict_rows(article_id: str, ex) -> list[dict]:
    """The article's figures as the loader hands them to find_conflicts (one run, all new)."""
    rows = []
    for i, c in enumerate(ex.claims):
        for field, value, tol, span in (("cases", c.cases, c.cases_tolerance, c.cases_span),
                                        ("amount_idr", c.amount_idr, c.amount_tolerance, c.amount_span)):
            if value is not None:
                start, end = span or (c.start_char, c.end_char)
                rows.append({"kind": "claim", "figure_id": f"c{i}", "article_id": article_id, "key": c.program,
                             "office": c.office, "period_start": c.period_start, "period_end": c.period_end,
                             "is_prior_period": c.is_prior_period, "value_field": field, "value": float(value),
                             "tolerance": tol, "start_char": start, "end_char": end, "is_new": True})
    for i, m in enumerate(ex.membership):
        rows.append({"kind": "membership", "figure_id": f"m{i}", "article_id": article_id, "key": m.metric,
                     "office": m.office, "period_start": m.period_start, "period_end": m.period_end,
                     "is_prior_period": False, "value_field": "value", "value": m.value, "tolerance": m.tolerance,
                     "start_char": m.start_char, "end_char": m.end_char, "is_new": True})
    return rows


def score_set(sc, folder: Path, verbose: bool = False, only: str | None = None, diff: bool = False) -> dict:
    files, _ = discover_files(folder / "articles")
    by_name = {Path(f.source_path).name: f for f in files}
    items, golds = [], {}
    elapsed = 0.0
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if only and only not in gold["file"]:
            continue
        raw = by_name.get(gold["file"])
        if raw is None:
            print("missing article", gold["file"])
            continue
        data = Path(raw.abs_path).read_bytes()
        article = read_article(raw, data, sha256_of(data), 10_000_000)
        if not hasattr(article, "body_text"):
            print("rejected", gold["file"], getattr(article, "reason", ""))
            continue
        t0 = time.perf_counter()
        ex = extract_article(article)
        elapsed += time.perf_counter() - t0
        items.append((gold["file"], article, ex))
        golds[gold["file"]] = gold
    findings = validate_batch(items) if items else []
    for name, raw, ex in items:
        findings += find_conflicts(with_sentences(conflict_rows(name, ex), {name: raw.body_text}))
    by_article: dict[str, list] = {}
    for name, finding in findings:
        by_article.setdefault(name, []).append(finding)

    totals = {"claims": [0, 0, 0], "mem": [0, 0, 0]}
    prior_ok = prior_n = period_ok = period_n = date_ok = date_n = 0
    chk_found = chk_expected = false_alarms = 0
    for name, article, ex in items:
        gold = golds[name]
        pc = [{"program": c.program, "cases": c.cases, "amount_idr": c.amount_idr,
               "period_end": c.period_end, "is_prior_period": c.is_prior_period} for c in ex.claims]
        pm = [{"metric": m.metric, "value": m.value} for m in ex.membership if m.metric in sc.CONTRACT_METRICS]
        tp, fn, fp, pairs = sc.match(gold.get("claims", []), pc, sc.claim_matches)
        totals["claims"] = [a + b for a, b in zip(totals["claims"], (tp, fn, fp))]
        wrong_period = []
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
                    wrong_period.append((g["program"], g["period_end"], str(p["period_end"])))
        mtp, mfn, mfp, mpairs = sc.match(gold.get("membership", []), pm, sc.member_matches)
        totals["mem"] = [a + b for a, b in zip(totals["mem"], (mtp, mfn, mfp))]
        if gold.get("published_date"):
            date_n += 1
            date_ok += str(ex.published_date) == gold["published_date"]
        found = by_article.get(name, [])
        names = {f.check_name for f in found}
        expected = set(gold.get("expected_checks", []))
        chk_expected += len(expected)
        chk_found += len(expected & names)
        alarms = {f.check_name for f in found if f.severity == "error"} - expected - set(gold.get("allowed_checks", []))
        false_alarms += len(alarms)
        perfect = (fn, fp, mfn, mfp) == (0, 0, 0, 0) and not alarms and expected <= names and not wrong_period \
            and (not gold.get("published_date") or str(ex.published_date) == gold["published_date"])
        if verbose or not perfect:
            line = {"file": name, "claims": [tp, fn, fp], "mem": [mtp, mfn, mfp]}
            if gold.get("published_date") and str(ex.published_date) != gold["published_date"]:
                line["date"] = [str(ex.published_date), gold["published_date"]]
            if wrong_period:
                line["period_wrong"] = wrong_period
            if expected - names:
                line["checks_missed"] = sorted(expected - names)
            if alarms:
                line["false_alarms"] = sorted(alarms)
            print("  " + json.dumps(line, ensure_ascii=False, default=str))
            if diff:
                _print_diff(article, ex, gold, pc, pm, pairs, mpairs)
        if verbose:
            for c in ex.claims:
                print("     C", c.program, c.cases, c.amount_idr, c.period_start, c.period_end, c.office,
                      "PRIOR" if c.is_prior_period else "", c.rule_id, repr(article.body_text[c.start_char:c.end_char][:60]))
            for m in ex.membership:
                print("     M", m.metric, m.value, m.period_end, m.office, m.rule_id)
            for f in found:
                print("     F", f.check_name, f.severity, f.message[:140])
    return {"articles": len(items), "claims": sc.f1(*totals["claims"]), "mem": sc.f1(*totals["mem"]),
            "prior": round(prior_ok / prior_n, 3) if prior_n else None,
            "period": round(period_ok / period_n, 3) if period_n else None,
            "date": round(date_ok / date_n, 3) if date_n else None,
            "check_recall": round(chk_found / chk_expected, 3) if chk_expected else None,
            "false_errors": false_alarms, "ms": round(1000 * elapsed / max(len(items), 1), 2)}


def _print_diff(article, ex, gold, pc, pm, pairs, mpairs) -> None:
    """The gold rows no prediction matched (-) and the predictions no gold row matched (+)."""
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    for g in gold.get("claims", []):
        if id(g) not in matched_gold and not g.get("optional"):
            print("     - C", g.get("program"), g.get("cases"), g.get("amount_idr"), g.get("period_end"),
                  "PRIOR" if g.get("prior") else "")
    for row, c in zip(pc, ex.claims):
        if id(row) not in matched_pred:
            print("     + C", c.program, c.cases, c.amount_idr, c.period_end, "PRIOR" if c.is_prior_period else "",
                  c.rule_id, repr(article.body_text[c.start_char:c.end_char][:70]))
    matched_gold = {id(g) for g, _ in mpairs}
    matched_pred = {id(p) for _, p in mpairs}
    for g in gold.get("membership", []):
        if id(g) not in matched_gold and not g.get("optional"):
            print("     - M", g.get("metric"), g.get("value"))
    members = [m for m in ex.membership if m.metric in {row["metric"] for row in pm}]
    for row, m in zip(pm, members):
        if id(row) not in matched_pred:
            print("     + M", m.metric, m.value, m.rule_id, repr(article.body_text[m.start_char:m.end_char][:70]))


def main(argv: list[str]) -> dict:
    diff = "--diff" in argv
    verbose = "-v" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    skip = {only, out}
    names = [a for a in argv if not a.startswith("-") and a not in skip]
    known = default_sets()
    sets = {n: (known[n] if n in known else Path(n)) for n in names} or known
    sc = load_scorer()
    results = {}
    for name, folder in sets.items():
        print(f"== {name}")
        r = score_set(sc, folder, verbose, only, diff)
        results[name] = r
        c, m = r["claims"], r["mem"]
        print(f"   claims F1 {c['f1']:.3f} (P {c['precision']:.3f} R {c['recall']:.3f}) mem F1 {m['f1']:.3f} "
              f"prior {r['prior']} period {r['period']} date {r['date']} checks {r['check_recall']} "
              f"false errors {r['false_errors']} ({r['articles']} articles, {r['ms']} ms each)")
    if out:
        Path(out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
