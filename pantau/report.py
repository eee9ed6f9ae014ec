"""The validation report: the warehouse's findings as HTML pages a reviewer works through
(pantau.review.pages) and a run's summary as markdown (a Prefect artifact).

Reads the warehouse only. Article text is untrusted input: the Jinja2 environment
autoescapes everything, and highlighted figures are passed as plain strings, so no markup
is ever built from article text.
"""
from __future__ import annotations

from pathlib import Path

from pantau.checks.wording import format_count
from pantau.review.lang import check_title, resolve_lang, words
from pantau.review.pages import ReportsFolderTaken, check_reports_folder, write_pages

__all__ = ["write_report", "summary_markdown", "ReportsFolderTaken", "check_reports_folder"]


def write_report(con, run_id: str | None, reports_dir: Path, lang: str | None = None) -> Path:
    """(Re)write the reports folder's pages: latest.html (the warehouse now), runs.html,
    decisions.html and run-<run_id>.html (None: the latest run). Returns latest.html."""
    return write_pages(con, run_id, Path(reports_dir), lang)


def _md_cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def summary_markdown(con, run_id: str | None, lang: str | None = None) -> str:
    """The run's summary and the warehouse's open findings by check, as markdown."""
    lang = resolve_lang(lang)
    w = words(lang)
    query = "SELECT * FROM runs WHERE run_id = ?" if run_id else \
        "SELECT * FROM runs ORDER BY started_at DESC NULLS LAST LIMIT 1"
    cursor = con.execute(query, [run_id] if run_id else [])
    found = cursor.fetchone()
    if found is None:
        return f"# {w['report_title']}\n\n{w['no_run']}"
    run = dict(zip([d[0] for d in cursor.description], found))
    counts = con.execute("SELECT check_name, severity, count(*) AS n FROM v_open_issues GROUP BY check_name, severity "
                         "ORDER BY severity = 'error' DESC, n DESC, check_name").fetchall()
    errors = sum(n for _c, s, n in counts if s == "error")
    warnings = sum(n for _c, s, n in counts if s == "warning")
    lines = [f"# {w['report_title']}: run `{_md_cell(run['run_id'])}`", "",
             f"| {w['articles_seen']} | {w['articles_new']} | {w['figures_loaded']} | {w['files_rejected']} | "
             f"{w['errors_made']} | {w['warnings_made']} | {w['open_errors']} | {w['open_warnings']} |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| {format_count(run['articles_seen'] or 0)} | {format_count(run['articles_new'] or 0)} | "
             f"{format_count(run['figures_loaded'] or 0)} | {format_count(run['files_rejected'] or 0)} | "
             f"{format_count(run['error_count'] or 0)} | {format_count(run['warning_count'] or 0)} | "
             f"{format_count(errors)} | {format_count(warnings)} |", ""]
    if counts:
        lines += [f"{w['by_check']}:", "", f"| {w['check']} | {w['meaning']} | {w['severity']} | {w['count']} |",
                  "| --- | --- | --- | ---: |"]
        lines += [f"| `{_md_cell(c)}` | {_md_cell(check_title(c, lang))} | {w[s]} | {format_count(n)} |"
                  for c, s, n in counts]
    else:
        lines.append(w["no_findings"])
    return "\n".join(lines) + "\n"
