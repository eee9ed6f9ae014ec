"""What the report shows, read from the warehouse (read-only): the findings standing now
and those a run opened or closed, each with every sentence and figure it involves; the
runs; the reviewers' decisions. Plain dicts for the templates; article text stays plain
strings (the templates escape it)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pantau.review.lang import check_title
from pantau.review.messages import parse_details, words_of
from pantau.text import sentence_bounds

PROGRAMS = ("JHT", "JKM", "JKK", "JP", "JKP", "TOTAL")
MAX_PASSAGE = 900  # characters of one passage shown; longer ones are cut around their marks
CONTEXT = 300  # characters kept before the first and after the last mark of a cut passage


def rows(con, sql: str, params=()) -> list[dict]:
    cursor = con.execute(sql, list(params) if not isinstance(params, dict) else params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# --- the warehouse and its runs ------------------------------------------------------------

def warehouse_path(con) -> str:
    found = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return str(Path(found[0]).resolve()) if found and found[0] else "(in memory)"


def run_row(con, run_id: str | None) -> dict | None:
    if run_id:
        found = rows(con, "SELECT * FROM runs WHERE run_id = ?", [run_id])
    else:
        found = rows(con, "SELECT * FROM runs ORDER BY started_at DESC NULLS LAST LIMIT 1")
    return found[0] if found else None


def runs_with_changes(con) -> list[dict]:
    """Every run, latest first, with how many findings it opened and closed."""
    return rows(con, """
        SELECT r.*, coalesce(e.opened, 0) AS opened, coalesce(e.closed, 0) AS closed
        FROM runs r
        LEFT JOIN (SELECT run_id, count(*) FILTER (WHERE event = 'opened') AS opened,
                          count(*) FILTER (WHERE event = 'closed') AS closed
                   FROM finding_events GROUP BY run_id) e USING (run_id)
        ORDER BY r.started_at DESC NULLS LAST""")


def current_counts(con) -> dict:
    found = con.execute("""
        SELECT (SELECT count(*) FROM articles WHERE is_current),
               (SELECT count(*) FROM claims) + (SELECT count(*) FROM membership)""").fetchone()
    return {"articles": found[0], "figures": found[1]}


def rejections(con, run_id: str, examples: int = 5) -> list[dict]:
    """The run's rejected files by reason: how many, a few named (a crawl rejects thousands)."""
    found = rows(con, """
        SELECT reason, count(*) AS n, list(source_path ORDER BY source_path)[1:$k] AS examples
        FROM rejected_files WHERE run_id = $run GROUP BY reason ORDER BY n DESC, reason""",
                 {"run": run_id, "k": examples})
    return found


# --- findings ----------------------------------------------------------------------------------

FINDING_COLUMNS = """i.finding_id, i.run_id, i.article_id, i.check_name, i.severity, i.message, i.expected, i.found,
    i.evidence, i.start_char, i.end_char, i.figure_ids, i.related_article_ids, i.details, i.created_at"""


def standing(con) -> list[dict]:
    """Every finding standing now, dismissed ones included (review_decision says)."""
    return rows(con, """
        SELECT finding_id, run_id, article_id, check_name, severity, message, expected, found, evidence, start_char,
               end_char, figure_ids, related_article_ids, details, created_at, review_decision
        FROM v_standing_issues""")


def findings_by_id(con, finding_ids: list[str]) -> list[dict]:
    """The latest row of each finding, standing or not (a closed finding's last words)."""
    if not finding_ids:
        return []
    return rows(con, f"""
        SELECT {FINDING_COLUMNS}, NULL AS review_decision
        FROM quality_issues i JOIN runs r USING (run_id)
        JOIN (SELECT unnest(?::VARCHAR[]) AS finding_id) w USING (finding_id)
        QUALIFY row_number() OVER (PARTITION BY i.finding_id ORDER BY r.started_at DESC, i.issue_id DESC) = 1""",
                [sorted(set(finding_ids))])


def events_of(con, run_id: str) -> dict[str, str]:
    """finding_id -> 'opened' | 'closed' for what the run changed."""
    return dict(con.execute("SELECT finding_id, event FROM finding_events WHERE run_id = ?", [run_id]).fetchall())


def latest_reviews(con) -> dict[str, dict]:
    """finding_id -> its latest decision (decision, note, reviewer, decided_at)."""
    found = rows(con, """SELECT finding_id, arg_max(decision, decided_at) AS decision, arg_max(note, decided_at) AS note,
                                arg_max(reviewer, decided_at) AS reviewer, max(decided_at) AS decided_at
                         FROM finding_reviews GROUP BY finding_id""")
    return {r["finding_id"]: r for r in found}


def articles_of(con, article_ids: set[str]) -> dict[str, dict]:
    if not article_ids:
        return {}
    found = rows(con, """
        SELECT a.article_id, a.title, a.body_text, a.published_date, a.source_path, a.source_url, a.is_current,
               coalesce(o.office, a.office) AS office
        FROM articles a JOIN (SELECT unnest(?::VARCHAR[]) AS article_id) w USING (article_id)
        LEFT JOIN stg_office_names o ON o.office_as_written = a.office""", [sorted(article_ids)])
    return {r["article_id"]: r for r in found}


def figures_of(con, figure_ids: set[str]) -> dict[str, dict]:
    """figure_id -> where it stands (its latest row): article, program or metric, office, and
    the spans of what is printed (case count and amount apart when known)."""
    if not figure_ids:
        return {}
    found = rows(con, """
        WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS figure_id),
        claims_ AS (
            SELECT f.figure_id, f.article_id, f.program AS subject, f.office, f.start_char, f.end_char,
                   f.cases_start, f.cases_end, f.amount_start, f.amount_end, r.started_at
            FROM claim_figures f JOIN wanted USING (figure_id) JOIN runs r USING (run_id)),
        members AS (
            SELECT f.figure_id, f.article_id, 'membership' AS subject, f.office, f.start_char, f.end_char,
                   NULL::INTEGER, NULL::INTEGER, NULL::INTEGER, NULL::INTEGER, r.started_at
            FROM membership_figures f JOIN wanted USING (figure_id) JOIN runs r USING (run_id))
        SELECT b.*, coalesce(o.office, b.office) AS office_name
        FROM (SELECT * FROM claims_ UNION ALL SELECT * FROM members) b
        LEFT JOIN stg_office_names o ON o.office_as_written = b.office
        QUALIFY row_number() OVER (PARTITION BY b.figure_id ORDER BY b.started_at DESC) = 1""",
                 [sorted(figure_ids)])
    return {r["figure_id"]: r for r in found}


@dataclass
class Span:
    article_id: str | None  # None: the finding's own article
    start: int
    end: int
    role: str  # figure, total, part, from, to, percent, other, title


def spans_of(finding: dict, details: dict | None, figures: dict[str, dict]) -> list[Span]:
    """Every figure a finding involves: its recorded spans; for a finding recorded before
    spans were, its figures' printed parts, else the span it points at."""
    out: list[Span] = []
    for span in (details or {}).get("spans") or []:
        if isinstance(span, list) and len(span) >= 2 and isinstance(span[0], int) and isinstance(span[1], int):
            role = span[2] if len(span) > 2 and span[2] else "figure"
            other = span[3] if len(span) > 3 and span[3] else None
            out.append(Span(other, span[0], span[1], role))
    if out:
        return out
    for figure_id in (finding.get("figure_ids") or "").split(","):
        f = figures.get(figure_id.strip())
        if not f or f["article_id"] != finding["article_id"]:
            continue
        printed = [(s, e) for s, e in ((f["cases_start"], f["cases_end"]), (f["amount_start"], f["amount_end"]))
                   if s is not None and e is not None]
        out += [Span(None, s, e, "figure") for s, e in printed or [(f["start_char"], f["end_char"])]]
    if not out and finding.get("start_char") is not None and finding.get("end_char") is not None:
        out.append(Span(None, finding["start_char"], finding["end_char"], "figure"))
    return out


def _merge_marks(marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, role in sorted(marks):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, role))
    return merged


def passage(text: str, marks: list[tuple[int, int, str]], begin: int, stop: int) -> dict:
    """text[begin:stop] as segments (text, role or None), the marks inside it highlighted; a
    passage longer than MAX_PASSAGE is cut around its marks."""
    inside = _merge_marks([(max(s, begin), min(e, stop), r) for s, e, r in marks if s < stop and e > begin])
    cut_before = cut_after = False
    if stop - begin > MAX_PASSAGE and inside:
        if inside[0][0] - begin > CONTEXT:
            begin, cut_before = inside[0][0] - CONTEXT, True
        if stop - inside[-1][1] > CONTEXT:
            stop, cut_after = inside[-1][1] + CONTEXT, True
    segments, at = [], begin
    for start, end, role in inside:
        if start > at:
            segments.append((text[at:start], None))
        segments.append((text[start:end], role))
        at = end
    if at < stop:
        segments.append((text[at:stop], None))
    if segments:  # trim the passage's outer whitespace
        first, role = segments[0]
        segments[0] = (first.lstrip() if role is None else first, role)
        last, role = segments[-1]
        segments[-1] = (last.rstrip() if role is None else last, role)
    return {"segments": [s for s in segments if s[0]], "cut_before": cut_before, "cut_after": cut_after}


def passages(text: str, marks: list[tuple[int, int, str]]) -> list[dict]:
    """The sentences holding the marks (overlapping sentences merged), each a passage."""
    ranges: list[list[int]] = []
    for start, end, _role in sorted(marks):
        if not 0 <= start < end <= len(text):
            continue
        begin, stop = sentence_bounds(text, start, end)
        if ranges and begin <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], stop)
        else:
            ranges.append([begin, stop])
    return [passage(text, marks, begin, stop) for begin, stop in ranges]


def _as_day(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def shape_finding(f: dict, lang: str, articles: dict[str, dict], figures: dict[str, dict],
                  reviews: dict[str, dict], state: str, is_new: bool = False) -> dict:
    """A finding as the templates show it: its words in `lang`, its passages per article
    (own first), its ids, and what the filters read (office, programs)."""
    details = parse_details(f.get("details"))
    words = words_of(f.get("details"), lang, f.get("message"), f.get("expected"), f.get("found"))
    own = articles.get(f["article_id"]) or {}
    spans = spans_of(f, details, figures)
    by_article: dict[str | None, list[tuple[int, int, str]]] = defaultdict(list)
    title_marks = []
    for span in spans:
        if span.role == "title":
            title_marks.append((span.start, span.end, span.role))
        else:
            by_article[span.article_id].append((span.start, span.end, span.role))
    shown = []
    if title_marks and own.get("title"):
        shown.append({"article_id": f["article_id"], "own": True, "is_title": True,
                      "passages": [passage(own["title"], title_marks, 0, len(own["title"]))]})
    for article_id in sorted(by_article, key=lambda a: a is not None):
        article = own if article_id is None else articles.get(article_id) or {}
        text = article.get("body_text") or ""
        found = passages(text, by_article[article_id])
        if found:
            shown.append({"article_id": article_id or f["article_id"], "own": article_id is None,
                          "title": article.get("title"), "passages": found, "is_title": False})
    if not shown and f.get("evidence"):
        shown.append({"article_id": f["article_id"], "own": True, "is_title": False,
                      "passages": [{"segments": [(f["evidence"], None)], "cut_before": False, "cut_after": False}]})
    figure_ids = [x.strip() for x in (f.get("figure_ids") or "").split(",") if x.strip()]
    args = (details or {}).get("args") or {}
    programs = {args["program"]} if args.get("program") in PROGRAMS else set()
    programs |= {figures[x]["subject"] for x in figure_ids if x in figures and figures[x]["subject"] in PROGRAMS}
    offices = {figures[x]["office_name"] for x in figure_ids if x in figures and figures[x]["office_name"]}
    if not offices and own.get("office"):
        offices = {own["office"]}
    review = reviews.get(f["finding_id"])
    return {
        "finding_id": f["finding_id"], "check_name": f["check_name"], "severity": f["severity"],
        "title": check_title(f["check_name"], lang), "message": words.message, "expected": words.expected,
        "found": words.found, "article_id": f["article_id"], "state": state, "is_new": is_new,
        "shown": shown, "figure_ids": figure_ids, "programs": sorted(programs), "offices": sorted(offices),
        "related": [x for x in (f.get("related_article_ids") or "").split(",") if x],
        "review": review, "run_id": f.get("run_id"),
    }


def shape_article(article: dict, findings: list[dict]) -> dict:
    errors = sum(1 for f in findings if f["severity"] == "error")
    return {"article_id": article["article_id"], "title": article.get("title"),
            "published_date": _as_day(article.get("published_date")), "office": article.get("office"),
            "source_path": article.get("source_path"), "source_url": _web_link(article.get("source_url")),
            "is_current": article.get("is_current"), "findings": findings, "errors": errors,
            "warnings": len(findings) - errors,
            "offices": sorted({o for f in findings for o in f["offices"]}),
            "programs": sorted({p for f in findings for p in f["programs"]})}


def _web_link(url) -> str | None:
    """An article's URL as a link only when it is a web address (never javascript: or data:)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


SEVERITY_ORDER = {"error": 0, "warning": 1}


def group_by_article(con, found: list[dict], lang: str, states: dict[str, str], new: set[str]) -> list[dict]:
    """Findings (rows of quality_issues) grouped by article, articles with errors first."""
    reviews = latest_reviews(con)
    figure_ids = {x.strip() for f in found for x in (f.get("figure_ids") or "").split(",") if x.strip()}
    figures = figures_of(con, figure_ids)
    wanted = {f["article_id"] for f in found}
    for f in found:
        for span in (parse_details(f.get("details")) or {}).get("spans") or []:
            if isinstance(span, list) and len(span) > 3 and span[3]:
                wanted.add(span[3])
    articles = articles_of(con, wanted)
    grouped: dict[str, list[dict]] = defaultdict(list)
    for f in found:
        shaped = shape_finding(f, lang, articles, figures, reviews, states.get(f["finding_id"], "open"),
                               f["finding_id"] in new)
        grouped[f["article_id"]].append(shaped)
    out = []
    for article_id, findings in grouped.items():
        findings.sort(key=lambda f: (SEVERITY_ORDER.get(f["severity"], 2), f["check_name"], f["finding_id"]))
        article = articles.get(article_id) or {"article_id": article_id}
        out.append(shape_article(article, findings))
    out.sort(key=lambda a: (-a["errors"], -a["warnings"], str(a["source_path"] or ""), a["article_id"]))
    return out


def decisions(con) -> list[dict]:
    """Every decision, latest first, with what it was about and whether it still applies
    (its finding still stands: the article's content is unchanged)."""
    return rows(con, """
        WITH latest AS (
            SELECT i.finding_id, i.check_name, i.severity, i.article_id
            FROM quality_issues i JOIN runs r USING (run_id)
            QUALIFY row_number() OVER (PARTITION BY i.finding_id ORDER BY r.started_at DESC, i.issue_id DESC) = 1)
        SELECT d.finding_id, d.decision, d.note, d.reviewer, d.decided_at, l.check_name, l.severity, l.article_id,
               a.title, a.source_path,
               d.decided_at = max(d.decided_at) OVER (PARTITION BY d.finding_id) AS is_latest,
               EXISTS (SELECT 1 FROM v_standing_issues s WHERE s.finding_id = d.finding_id) AS applies
        FROM finding_reviews d
        LEFT JOIN latest l USING (finding_id)
        LEFT JOIN articles a ON a.article_id = l.article_id
        ORDER BY d.decided_at DESC, d.finding_id""")


def finding_rows(con, found: list[dict], lang: str, states: dict[str, str]) -> list[dict]:
    """Findings as one line each (a run's page): words in `lang`, the article, the state now."""
    articles = articles_of(con, {f["article_id"] for f in found})
    out = []
    for f in found:
        words = words_of(f.get("details"), lang, f.get("message"), f.get("expected"), f.get("found"))
        article = articles.get(f["article_id"]) or {}
        out.append({"finding_id": f["finding_id"], "check_name": f["check_name"], "severity": f["severity"],
                    "state": states.get(f["finding_id"], "open"), "message": words.message,
                    "article_id": f["article_id"], "title": article.get("title"),
                    "source_path": article.get("source_path")})
    out.sort(key=lambda r: (SEVERITY_ORDER.get(r["severity"], 2), str(r["source_path"] or ""), r["check_name"],
                            r["finding_id"]))
    return out
