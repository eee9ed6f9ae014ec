"""`pantau export-gold DIR`: reviewers' decisions as an evaluation set in the dev-set format
(../shared/devset/README.md), so their work scores the next extractor and checks.

For every current article with a decision on one of its findings, DIR gets
    articles/<file>   the article as pantau read it (the raw file when it is still there
                      unchanged, else its title and text as a .txt file)
    gold/<name>.json  the annotation: expected_checks are the checks of the findings a
                      reviewer confirmed (a real problem pantau must keep finding); the error
                      checks of findings a reviewer dismissed are neither expected nor allowed,
                      so a check that fires there again counts as a false error. The figures
                      are the ones pantau reads now, marked optional and unverified: they are
                      scored neither as misses nor as false positives until a person checks
                      them (drop `optional` to make one required).
Score it like any set:  pantau run --raw DIR/articles --warehouse w.duckdb &&
                        python ../shared/tools/score.py w.duckdb DIR/gold
"""
from __future__ import annotations

import hashlib
import json
import shutil
from collections import defaultdict
from pathlib import Path

from pantau.review.data import rows


def _decided(con) -> list[dict]:
    """The latest decision on every finding that stands now, with its article."""
    return rows(con, """
        WITH latest AS (
            SELECT finding_id, arg_max(decision, decided_at) AS decision, arg_max(note, decided_at) AS note,
                   arg_max(reviewer, decided_at) AS reviewer
            FROM finding_reviews GROUP BY finding_id)
        SELECT l.finding_id, l.decision, l.note, l.reviewer, s.check_name, s.severity, s.article_id, s.message
        FROM latest l JOIN v_standing_issues s USING (finding_id)
        ORDER BY s.article_id, s.check_name, l.finding_id""")


def _figures(con, article_id: str) -> tuple[list[dict], list[dict]]:
    claims = [{"program": r["program"], "cases": r["cases"],
               "amount_idr": float(r["amount_idr"]) if r["amount_idr"] is not None else None,
               "period_end": r["period_end"].isoformat() if r["period_end"] else None,
               "prior": bool(r["is_prior_period"]), "optional": True, "unverified": True}
              for r in rows(con, "SELECT program, cases, amount_idr, period_end, is_prior_period FROM claims "
                                 "WHERE article_id = ? ORDER BY start_char", [article_id])]
    membership = [{"metric": r["metric"], "value": r["value"], "optional": True, "unverified": True}
                  for r in rows(con, "SELECT metric, value FROM membership WHERE article_id = ? ORDER BY start_char",
                                [article_id])]
    return claims, membership


def _article_file(article: dict, raw_dir: str | None, out: Path) -> str:
    """Write the article into out/ and return its file name (what the gold's `file` names)."""
    name = Path(article["source_path"] or article["article_id"]).name
    if raw_dir:
        original = Path(raw_dir) / (article["source_path"] or "")
        try:
            if original.is_file() and hashlib.sha256(original.read_bytes()).hexdigest() == article["content_sha256"]:
                shutil.copyfile(original, out / name)
                return name
        except OSError:
            pass
    name = Path(name).with_suffix(".txt").name
    (out / name).write_text(f"{article['title'] or ''}\n{article['body_text'] or ''}\n", encoding="utf-8")
    return name


def export_gold(con, out_dir: Path) -> list[Path]:
    """Write DIR/articles and DIR/gold (see the module doc); returns the gold files written."""
    decided = _decided(con)
    by_article: dict[str, list[dict]] = defaultdict(list)
    for d in decided:
        by_article[d["article_id"]].append(d)
    if not by_article:
        return []
    out_dir = Path(out_dir)
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    (out_dir / "gold").mkdir(parents=True, exist_ok=True)
    raw_dir = con.execute("SELECT raw_dir FROM runs ORDER BY started_at DESC NULLS LAST LIMIT 1").fetchone()
    raw_dir = str(Path(raw_dir[0]).resolve()) if raw_dir and raw_dir[0] else None
    written = []
    for article_id, decisions in sorted(by_article.items()):
        article = rows(con, "SELECT article_id, source_path, title, body_text, published_date, office, content_sha256 "
                            "FROM articles WHERE article_id = ?", [article_id])[0]
        file_name = _article_file(article, raw_dir, out_dir / "articles")
        confirmed = sorted({d["check_name"] for d in decisions if d["decision"] == "confirmed"})
        dismissed = sorted({d["check_name"] for d in decisions if d["decision"] == "dismissed"} - set(confirmed))
        claims, membership = _figures(con, article_id)
        notes = [f"{d['check_name']} {d['decision']} by {d['reviewer'] or '?'} ({d['finding_id']})"
                 + (f": {d['note']}" if d["note"] else "") for d in decisions]
        gold = {
            "file": file_name, "article_id": article_id,
            "published_date": article["published_date"].isoformat() if article["published_date"] else None,
            "office": article["office"],
            "claims": claims, "membership": membership,
            "expected_checks": confirmed, "allowed_checks": [],
            "dismissed_checks": dismissed,
            "notes": "Exported by pantau export-gold from reviewers' decisions. "
                     + "; ".join(notes) + ". Figures, date and office are pantau's reading, unverified (optional rows).",
        }
        path = out_dir / "gold" / (Path(file_name).stem + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written
