"""The HTML validation report of a run (one self-contained file) and its markdown summary.

Reads the warehouse only. Article text is untrusted input: the Jinja2 environment
autoescapes everything, and the highlighted figure is passed as three plain strings
(before, figure, after) so no markup is ever built from article text.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from pantau.checks.wording import format_count, format_rupiah_short
from pantau.relevance import NOT_ABOUT_REASON
from pantau.text import sentence_bounds

TEMPLATES = Path(__file__).resolve().parent / "templates"

# A plain-words title per check name, for reviewers who do not know the names.
CHECK_TITLES = {
    "claim_missing_cases": "A claim states an amount but no case count",
    "claim_missing_amount": "A claim states a case count but no amount",
    "total_mismatch": "The parts do not add up to the stated total",
    "growth_mismatch": "The stated % change does not match the two values",
    "amount_per_case_out_of_range": "The amount per case is implausible for the program",
    "conflicting_figures": "The same figure is given two different values",
    "period_after_publication": "A figure's period ends after the article was published",
    "weekday_mismatch": "The weekday does not match the date",
    "ambiguous_number": "A number could be read more than one way",
    "unparseable_number": "A number could not be read",
    "missing_publication_date": "No publication date found",
    "invalid_figure": "A figure breaks a basic rule (negative, unknown program, ...)",
    "extraction_failed": "Figures could not be extracted",
    "check_failed": "A check could not run",
    "implausible_date": "A date's year cannot be right",
    "undecodable_bytes": "Some bytes of the file were not valid text",
}
PROGRAM_ORDER = ("JHT", "JKM", "JKK", "JP", "JKP", "TOTAL")


@dataclass
class Highlight:
    before: str
    figure: str
    after: str


MAX_CONTEXT = 400  # characters shown either side of a figure in a very long "sentence"


def highlight(body: str | None, evidence: str | None, start: int | None, end: int | None) -> Highlight:
    """Split the evidence sentence around the flagged figure (plain strings, escaped later).
    Without a usable span the evidence is shown as it is, unmarked."""
    evidence, body = evidence or "", body or ""
    if start is None or end is None or not 0 <= start < end <= len(body):
        return Highlight(evidence, "", "")
    begin, stop = sentence_bounds(body, start, end)
    if not begin <= start < end <= stop:
        return Highlight(evidence, "", "")
    before, after = body[max(begin, start - MAX_CONTEXT):start], body[end:min(stop, end + MAX_CONTEXT)]
    if start - begin > MAX_CONTEXT:
        before = "…" + before
    if stop - end > MAX_CONTEXT:
        after += "…"
    return Highlight(before.lstrip(), body[start:end], after.rstrip())


def _rows(con, sql: str, params=()) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def pick_run(con, run_id: str | None) -> dict | None:
    if run_id:
        found = _rows(con, "SELECT * FROM runs WHERE run_id = ?", [run_id])
    else:
        found = _rows(con, "SELECT * FROM runs ORDER BY started_at DESC NULLS LAST LIMIT 1")
    return found[0] if found else None


def check_counts(con, run_id: str) -> list[dict]:
    return _rows(con, "SELECT check_name, severity, count(*) AS n FROM quality_issues WHERE run_id = ? "
                      "GROUP BY check_name, severity ORDER BY severity = 'error' DESC, n DESC, check_name", [run_id])


def claims_by_program(con, run_id: str) -> list[dict]:
    """Current-period claim figures of the run per program: how many, cases and amount stated."""
    found = _rows(con, "SELECT program, count(*) AS figures, sum(cases) AS cases, sum(amount_idr)::DOUBLE AS amount "
                       "FROM claim_figures WHERE run_id = ? AND NOT coalesce(is_prior_period, false) "
                       "GROUP BY program", [run_id])
    order = {p: i for i, p in enumerate(PROGRAM_ORDER)}
    return sorted(found, key=lambda r: (order.get(r["program"], len(order)), str(r["program"])))


def chart_bars(rows: list[dict], width: int = 360, bar_height: int = 22, gap: int = 8) -> dict:
    """Geometry of a horizontal bar chart of claim figures per program (inline SVG)."""
    most = max((r["figures"] for r in rows), default=0) or 1
    label_width, bars = 60, []
    for i, r in enumerate(rows):
        y = i * (bar_height + gap)
        length = max(2, round((width - label_width - 120) * r["figures"] / most))
        amount = format_rupiah_short(r["amount"]) if r["amount"] else "no amount"
        figures = f"{format_count(r['figures'])} figure{'' if r['figures'] == 1 else 's'}"
        bars.append({"y": y, "text_y": y + bar_height * 0.7, "x": label_width, "length": length,
                     "label": str(r["program"]), "value_x": label_width + length + 6,
                     "value": f"{figures} · {amount}"})
    return {"width": width, "height": max(1, len(rows) * (bar_height + gap)), "bar_height": bar_height,
            "bars": bars}


def findings_of_run(con, run_id: str) -> list[dict]:
    found = _rows(con, """
        SELECT i.check_name, i.severity, i.message, i.evidence, i.start_char, i.end_char, i.expected, i.found,
               i.article_id, i.related_article_ids, a.title, a.source_path, a.body_text
        FROM quality_issues i LEFT JOIN articles a ON a.article_id = i.article_id
        WHERE i.run_id = ?
        ORDER BY i.severity = 'error' DESC, a.source_path, i.article_id, i.start_char NULLS LAST, i.check_name""",
                  [run_id])
    for f in found:
        f["title_words"] = CHECK_TITLES.get(f["check_name"], f["check_name"].replace("_", " ").capitalize())
        f["highlight"] = highlight(f.pop("body_text"), f["evidence"], f["start_char"], f["end_char"])
    return found


def _when(stamp) -> str:
    return stamp.strftime("%Y-%m-%d %H:%M:%S") if isinstance(stamp, datetime) else str(stamp or "—")


def summary_context(con, run_id: str | None) -> dict:
    """The run and its findings counted by check: what the summary needs."""
    run = pick_run(con, run_id)
    if run is None:
        return {"run": None, "generated_at": datetime.now().strftime("%Y-%m-%d %H:%M")}
    counts = check_counts(con, run["run_id"])
    return {
        "run": run,
        "generated_at": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "counts": counts,
        "errors": sum(c["n"] for c in counts if c["severity"] == "error"),
        "warnings": sum(c["n"] for c in counts if c["severity"] == "warning"),
    }


def report_context(con, run_id: str | None) -> dict:
    context = summary_context(con, run_id)
    if context["run"] is None:
        return context
    rid = context["run"]["run_id"]
    return {
        **context,
        "titles": CHECK_TITLES,
        "chart": chart_bars(claims_by_program(con, rid)),
        "findings": findings_of_run(con, rid),
        "rejected": _rows(con, "SELECT source_path, reason FROM rejected_files WHERE run_id = ? AND reason <> ? "
                               "ORDER BY source_path", [rid, NOT_ABOUT_REASON]),
        "not_about": not_about_agency(con, rid),
        "open_elsewhere": open_findings_from_other_runs(con, rid),
        "fmt": format_count,
        "when": _when,
    }


def not_about_agency(con, run_id: str, examples: int = 5) -> dict:
    """Files of the run skipped as not about the agency: counted, a few named (a crawl has
    thousands; each is in rejected_files)."""
    where = "FROM rejected_files WHERE run_id = ? AND reason = ?"
    count = con.execute(f"SELECT count(*) {where}", [run_id, NOT_ABOUT_REASON]).fetchone()[0]
    named = con.execute(f"SELECT source_path {where} ORDER BY source_path LIMIT ?", [run_id, NOT_ABOUT_REASON, examples])
    return {"count": count, "examples": [p for (p,) in named.fetchall()]}


def open_findings_from_other_runs(con, run_id: str) -> dict:
    """Findings that still stand for current articles but were made by other runs: an
    unchanged re-run finds nothing new, yet the reviewer should know what is open."""
    errors, warnings = con.execute(
        "SELECT count(*) FILTER (WHERE severity = 'error'), count(*) FILTER (WHERE severity = 'warning') "
        "FROM v_open_issues WHERE run_id <> ?", [run_id]).fetchone()
    return {"errors": errors, "warnings": warnings}


def render_report(con, run_id: str | None) -> str:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("report.html.j2").render(**report_context(con, run_id))


def write_report(con, run_id: str | None, reports_dir: Path) -> Path:
    """(Re)write reports_dir/run-<run_id>.html (None: the latest run) and copy it to latest.html."""
    run = pick_run(con, run_id)
    name = run["run_id"] if run else "none"
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    path = reports_dir / f"run-{name}.html"
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(render_report(con, name if run else None), encoding="utf-8")
    tmp.replace(path)  # a reader never sees half a report
    shutil.copyfile(path, reports_dir / "latest.html")
    return path


MISSING_REPORTS_LIMIT = 20


def write_missing_reports(con, run_id: str, reports_dir: Path) -> list[Path]:
    """Reports of the runs before `run_id` that have none in reports_dir: a run killed after
    its commit and before its report. From the latest back to the first run that has one
    (at most MISSING_REPORTS_LIMIT); none when the folder holds no run report at all (a new
    folder is not filled with the whole history). latest.html stays the caller's to write."""
    reports_dir = Path(reports_dir)
    if not reports_dir.is_dir() or not any(reports_dir.glob("run-*.html")):
        return []
    earlier = [r for (r,) in con.execute(
        "SELECT run_id FROM runs WHERE run_id <> ? ORDER BY started_at DESC NULLS LAST LIMIT ?",
        [run_id, MISSING_REPORTS_LIMIT]).fetchall()]
    written = []
    for rid in earlier:
        path = reports_dir / f"run-{rid}.html"
        if path.exists():
            break
        tmp = path.with_suffix(".html.tmp")
        tmp.write_text(render_report(con, rid), encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written


def _md_cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def summary_markdown(con, run_id: str | None) -> str:
    """The report's summary as markdown (for a Prefect artifact)."""
    context = summary_context(con, run_id)
    run = context["run"]
    if run is None:
        return "# pantau validation summary\n\nNo run recorded yet."
    lines = [f"# pantau validation summary: run `{_md_cell(run['run_id'])}`", "",
             "| articles seen | articles new | figures | files rejected | errors | warnings |",
             "| ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| {format_count(run['articles_seen'] or 0)} | {format_count(run['articles_new'] or 0)} | "
             f"{format_count(run['figures_loaded'] or 0)} | {format_count(run['files_rejected'] or 0)} | "
             f"{format_count(context['errors'])} | {format_count(context['warnings'])} |", ""]
    if context["counts"]:
        lines += ["| check | severity | findings |", "| --- | --- | ---: |"]
        lines += [f"| `{_md_cell(c['check_name'])}` | {c['severity']} | {format_count(c['n'])} |"
                  for c in context["counts"]]
    else:
        lines.append("No data-quality findings.")
    return "\n".join(lines) + "\n"
