"""The report's pages, one self-contained file each (no network: styles, script and charts
inline), written into the warehouse's own reports folder:

    latest.html     every finding open now in the warehouse, by article; what the latest run
                    added and closed; filters, search, charts per office
    runs.html       every run: counts, opened and closed findings, a trend of open findings
    run-<id>.html   what one run opened and closed (and where those findings stand now)
    decisions.html  the reviewers' decisions

A reports folder belongs to one warehouse (a `.pantau-warehouse` file names it): a run on
another warehouse refuses to write there instead of overwriting its pages.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from pantau.checks.wording import format_count
from pantau.review import data
from pantau.review.lang import check_title, format_date, resolve_lang, words
from pantau.series import (claim_series_by_office, membership_series_by_office, office_membership_svg,
                           office_series_svg)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "review"
OWNER_FILE = ".pantau-warehouse"
RUN_PAGES_BACKFILLED = 20  # run pages written for earlier runs that lack one (a run killed after its commit)


NEEDED = ("v_standing_issues", "finding_events", "finding_reviews")


def missing_relations(con) -> list[str]:
    """What the report reads that a warehouse made by an earlier pantau lacks until its next run."""
    present = {n for (n,) in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal UNION ALL "
        "SELECT table_name FROM duckdb_tables() WHERE NOT internal").fetchall()}
    return [name for name in NEEDED if name not in present]


class ReportsFolderTaken(RuntimeError):
    """The reports folder holds another warehouse's report."""


def owner_of(reports_dir: Path) -> str | None:
    try:
        return (Path(reports_dir) / OWNER_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def check_reports_folder(reports_dir: Path, warehouse: str | Path) -> None:
    """Raise ReportsFolderTaken when reports_dir holds the report of another warehouse."""
    owner = owner_of(reports_dir)
    mine = str(Path(warehouse).resolve())
    if owner and owner != mine:
        raise ReportsFolderTaken(
            f"the reports folder {reports_dir} holds the report of the warehouse {owner}, not of {mine}; "
            "give this warehouse its own folder (--reports, PANTAU_REPORTS_DIR), or leave both unset to use "
            "the folder beside it")


def claim_reports_folder(reports_dir: Path, warehouse: str) -> None:
    check_reports_folder(reports_dir, warehouse)
    reports_dir.mkdir(parents=True, exist_ok=True)
    if owner_of(reports_dir) is None:
        _write(reports_dir / OWNER_FILE, str(Path(warehouse).resolve()) + "\n")


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["count"] = format_count
    return env


def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _when(stamp) -> str:
    if isinstance(stamp, datetime):
        return stamp.strftime("%Y-%m-%d %H:%M:%S")
    return str(stamp) if stamp else "—"


def _common(con, lang: str) -> dict:
    w = words(lang)
    return {"lang": lang, "w": w, "warehouse": data.warehouse_path(con), "generated_at": _when(datetime.now()),
            "when": _when, "day": lambda d: format_date(d, lang) if isinstance(d, date) else "—",
            "check_title": lambda name: check_title(name, lang), "css": _asset("report.css")}


def _raw_folder(run: dict | None) -> str | None:
    if not run or not run.get("raw_dir"):
        return None
    return str(Path(run["raw_dir"]).resolve())


def _file_link(raw_folder: str | None, source_path: str | None) -> str | None:
    """A file:// link to an article's raw file, when it is still where the run read it."""
    if not raw_folder or not source_path:
        return None
    path = Path(raw_folder) / source_path
    return path.as_uri() if path.is_file() else None


def _filters(articles: list[dict]) -> dict:
    findings = [f for a in articles for f in a["findings"]]
    return {"checks": sorted({f["check_name"] for f in findings}),
            "offices": sorted({o for f in findings for o in f["offices"]}),
            "programs": [p for p in data.PROGRAMS if any(p in f["programs"] for f in findings)],
            "states": [s for s in ("open", "new", "confirmed", "closed", "dismissed")
                       if any(_has_state(f, s) for f in findings)]}


def _has_state(finding: dict, state: str) -> bool:
    if state == "new":
        return finding["is_new"]
    if state == "confirmed":
        return bool(finding["review"] and finding["review"]["decision"] == "confirmed")
    return finding["state"] == state


def _charts(con, lang: str) -> list[dict]:
    claims, members = claim_series_by_office(con), membership_series_by_office(con)
    offices = sorted(set(claims) | set(members), key=lambda o: (o != "Nasional", str(o)))
    return [{"office": office,
             "claims": office_series_svg(office, claims[office], lang=lang) if office in claims else None,
             "membership": office_membership_svg(office, members[office], lang=lang) if office in members else None}
            for office in offices]


def latest_context(con, lang: str) -> dict:
    """latest.html: the warehouse now, marked with what its latest run added and closed."""
    context = _common(con, lang)
    run = data.run_row(con, None)
    context.update(page="latest", run=run, raw_folder=_raw_folder(run))
    if run is None:
        return context
    events = data.events_of(con, run["run_id"])
    standing = data.standing(con)
    open_ = [f for f in standing if f["review_decision"] != "dismissed"]
    opened = {fid for fid, event in events.items() if event == "opened"}
    # A finding a reviewer dismissed left the reviewer's list then; its closing is no news.
    reviews = data.latest_reviews(con)
    closed_ids = [fid for fid, event in events.items() if event == "closed"
                  and (reviews.get(fid) or {}).get("decision") != "dismissed"]
    articles = data.group_by_article(con, open_, lang, {}, opened)
    closed = data.group_by_article(con, data.findings_by_id(con, closed_ids), lang,
                                   {fid: "closed" for fid in closed_ids}, set())
    for group in articles + closed:
        group["file_link"] = _file_link(context["raw_folder"], group["source_path"])
    open_errors = sum(1 for f in open_ if f["severity"] == "error")
    by_check: dict[tuple[str, str], int] = {}
    for f in open_:
        by_check[(f["check_name"], f["severity"])] = by_check.get((f["check_name"], f["severity"]), 0) + 1
    context.update(
        articles=articles, closed=closed, filters=_filters(articles + closed),
        total=len(open_) + len(closed_ids),
        summary={"open_errors": open_errors, "open_warnings": len(open_) - open_errors,
                 "new": sum(1 for f in open_ if f["finding_id"] in opened), "closed": len(closed_ids),
                 "confirmed": sum(1 for f in open_ if f["review_decision"] == "confirmed"),
                 "dismissed": sum(1 for f in standing if f["review_decision"] == "dismissed"),
                 **data.current_counts(con)},
        by_check=[{"check_name": c, "severity": s, "n": n} for (c, s), n in
                  sorted(by_check.items(), key=lambda kv: (kv[0][1] != "error", -kv[1], kv[0][0]))],
        charts=_charts(con, lang), rejected=data.rejections(con, run["run_id"]),
        review_base=f"pantau review {{id}} {{flag}} --warehouse {context['warehouse']}")
    return context


def run_context(con, run_id: str, lang: str) -> dict:
    """run-<id>.html: the findings one run opened and closed, one line each, in their state
    now (latest.html shows the open ones in full)."""
    context = _common(con, lang)
    run = data.run_row(con, run_id)
    context.update(page="run", run=run, raw_folder=_raw_folder(run))
    if run is None:
        return context
    events = data.events_of(con, run_id)
    standing = {f["finding_id"]: f for f in data.standing(con)}
    opened_ids = [fid for fid, event in events.items() if event == "opened"]
    closed_ids = [fid for fid, event in events.items() if event == "closed"]
    if not events:  # a run from before finding_events: the findings it made
        opened_ids = [r for (r,) in con.execute("SELECT DISTINCT finding_id FROM quality_issues WHERE run_id = ?",
                                                [run_id]).fetchall()]
    states = {}
    for fid in opened_ids:
        now = standing.get(fid)
        states[fid] = "closed" if now is None else ("dismissed" if now["review_decision"] == "dismissed" else "open")
    for fid in closed_ids:
        states[fid] = "closed"
    context.update(opened=data.finding_rows(con, data.findings_by_id(con, opened_ids), lang, states),
                   closed=data.finding_rows(con, data.findings_by_id(con, closed_ids), lang, states),
                   rejected=data.rejections(con, run_id))
    return context


def trend_svg(runs: list[dict], lang: str, width: int = 720, height: int = 160) -> str | None:
    """Open errors and warnings after each run (oldest left), as an inline SVG line chart."""
    from html import escape

    points = [r for r in reversed(runs) if r.get("open_errors") is not None]
    if not points:
        return None
    top = max(max(r["open_errors"] or 0, r["open_warnings"] or 0) for r in points) or 1
    left, right, top_pad, bottom = 40, 10, 10, 22
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    step = plot_w / max(len(points) - 1, 1)
    w = words(lang)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" id="trend" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(w["trend"])}">',
           f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - right}" y2="{top_pad + plot_h}" stroke="#c4ccd4"/>',
           f'<text x="{left - 6}" y="{top_pad + 8}" text-anchor="end">{format_count(top)}</text>',
           f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>']
    for key, colour, label in (("open_errors", "#b3261e", w["error"]), ("open_warnings", "#b07d00", w["warning"])):
        coords = [(left + i * step if len(points) > 1 else left + plot_w / 2,
                   top_pad + plot_h * (1 - (r[key] or 0) / top), r) for i, r in enumerate(points)]
        if len(coords) > 1:
            out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" data-series="{key}" points="'
                       + " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords) + '"/>')
        for x, y, r in coords:
            tip = f"{r['run_id']} ({_when(r['started_at'])}): {format_count(r[key] or 0)} {label}"
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}" data-series="{key}">'
                       f"<title>{escape(tip)}</title></circle>")
    first, last = points[0], points[-1]
    out.append(f'<text x="{left}" y="{height - 6}">{escape(_when(first["started_at"])[:10])}</text>')
    if len(points) > 1:
        out.append(f'<text x="{width - right}" y="{height - 6}" text-anchor="end">'
                   f'{escape(_when(last["started_at"])[:10])}</text>')
    out.append("</svg>")
    return "".join(out)


def runs_context(con, lang: str, with_pages: set[str]) -> dict:
    context = _common(con, lang)
    runs = data.runs_with_changes(con)
    latest = runs[0] if runs else None
    context.update(page="runs", runs=runs, run=latest, raw_folder=_raw_folder(latest), trend=trend_svg(runs, lang),
                   with_pages=with_pages)
    return context


def decisions_context(con, lang: str) -> dict:
    context = _common(con, lang)
    run = data.run_row(con, None)
    context.update(page="decisions", decisions=data.decisions(con), run=run, raw_folder=_raw_folder(run))
    return context


def render(template: str, context: dict) -> str:
    if template in ("report.html.j2",):
        context = {**context, "script": _asset("report.js")}
    return environment().get_template(template).render(**context)


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # a reader never sees half a page


def write_pages(con, run_id: str | None, reports_dir: Path, lang: str | None = None) -> Path:
    """Write latest.html, runs.html, decisions.html and the page of run `run_id` (None: the
    latest), plus the pages of earlier runs that lack one (at most RUN_PAGES_BACKFILLED).
    Returns latest.html's path. latest.html always shows the warehouse now, whichever run's
    page is asked for."""
    lang = resolve_lang(lang)
    reports_dir = Path(reports_dir)
    claim_reports_folder(reports_dir, data.warehouse_path(con))
    run = data.run_row(con, run_id)
    runs = [r for (r,) in con.execute("SELECT run_id FROM runs ORDER BY started_at DESC NULLS LAST").fetchall()]
    if run is not None:
        wanted = [run["run_id"]] + [r for r in runs[:RUN_PAGES_BACKFILLED] if r != run["run_id"]
                                    and not (reports_dir / f"run-{r}.html").exists()]
        for rid in wanted:
            _write(reports_dir / f"run-{rid}.html", render("run.html.j2", run_context(con, rid, lang)))
    with_pages = {r for r in runs if (reports_dir / f"run-{r}.html").exists()}
    _write(reports_dir / "runs.html", render("runs.html.j2", runs_context(con, lang, with_pages)))
    _write(reports_dir / "decisions.html", render("decisions.html.j2", decisions_context(con, lang)))
    latest = reports_dir / "latest.html"
    _write(latest, render("report.html.j2", latest_context(con, lang)))
    return latest
