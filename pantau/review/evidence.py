"""Findings made while loading (conflicting_figures across articles) worded in the run's
language, quoting each value as its article prints it; and a batch's staged findings worded
again in the run's language (a worker words them in its own, PANTAU_LANG's)."""
from __future__ import annotations

import pyarrow as pa

from pantau.review.messages import render, words_of


def _bodies(con, article_ids: set[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    return dict(con.execute("SELECT article_id, body_text FROM articles WHERE list_contains(?, article_id)",
                            [sorted(article_ids)]).fetchall())


def _printed(body: str | None, start, end) -> str | None:
    if not body or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(body):
        return None
    return " ".join(body[start:end].split())


def _distinct_printed(spans: list, bodies: dict[str, str], own_article: str, own: bool) -> list[str]:
    """The printed text of each distinct value among a finding's own (or other articles') spans."""
    out: dict[object, str] = {}
    for span in spans:
        start, end, _role, article, value = (list(span) + [None, None, None])[:5]
        if (article is None) != own:
            continue
        text = _printed(bodies.get(article or own_article), start, end)
        if text and value not in out:
            out[value] = text
    return list(out.values())


def quote_as_printed(con, findings: list, lang: str) -> None:
    """Give each (article_id, Finding) with spans of valued figures (conflicting_figures) its
    values as the articles print them, and word it in `lang`."""
    wanted = {article_id for article_id, _ in findings}
    for _, finding in findings:
        wanted |= {span[3] for span in finding.spans if len(span) > 3 and span[3]}
    bodies = _bodies(con, wanted)
    for article_id, finding in findings:
        if not finding.key:
            continue
        args = dict(finding.args)
        if any(len(span) > 4 for span in finding.spans):
            mine = _distinct_printed(finding.spans, bodies, article_id, own=True)
            theirs = _distinct_printed(finding.spans, bodies, article_id, own=False)
            if "mine" in args and mine and theirs:
                args["mine"], args["theirs"] = mine, theirs
            elif "values" in args and len(mine) >= 2 and len(mine) == len(args["values"]):
                args["values"] = mine
                args["first"], args["second"] = mine[0], mine[1]
        finding.args = args
        words = render(finding.key, args, lang)
        finding.message, finding.expected, finding.found = words.message, words.expected, words.found


def reword_staged_findings(con, lang: str, view: str = "staged_quality_issues") -> int:
    """Replace the staged findings' view by one whose message, expected and found are in
    `lang` (from their details); returns how many were worded."""
    table = con.execute(f"SELECT * FROM {view}").to_arrow_table()
    if not table.num_rows or "details" not in table.column_names:
        return 0
    rows = table.to_pylist()
    worded = 0
    for row in rows:
        if row.get("details"):
            words = words_of(row["details"], lang, row["message"], row["expected"], row["found"])
            row["message"], row["expected"], row["found"] = words.message, words.expected, words.found
            worded += 1
    con.register(f"{view}_worded", pa.Table.from_pylist(rows, schema=table.schema))
    con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM {view}_worded")
    return worded
