"""Claim and membership series per office as small multiples: the queries (v_claim_series,
membership_facts) and pure functions that draw one office's series as an inline SVG string
(no script, no network), one small panel per program (TOTAL apart) or metric and kind of
period, conflicts marked. Words in the report's language (pantau.review.lang)."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from html import escape

from pantau.checks.wording import format_count, format_rupiah_short
from pantau.review.lang import format_date, metric_label, resolve_lang, words

PROGRAM_ORDER = ("TOTAL", "JHT", "JKM", "JKK", "JP", "JKP")
SERIES_LABELS = {"year": "per year", "semester": "per semester", "quarter": "per quarter", "month": "per month",
                 "year_to_date": "cumulative, year to date"}
PANEL_WIDTH, PANEL_HEIGHT, GAP = 220, 96, 12
PLOT_LEFT, PLOT_TOP, PLOT_BOTTOM = 8, 34, 18


def claim_series_by_office(con) -> dict[str, list[dict]]:
    """v_claim_series grouped by office (offices in name order, points in series order)."""
    cursor = con.execute("SELECT office, program, series, period_start, period_end, point_no, cases, "
                         "amount_idr::DOUBLE AS amount_idr, status, n_articles, n_disagreeing FROM v_claim_series "
                         "ORDER BY office, program, series, point_no")
    names = [d[0] for d in cursor.description]
    out: dict[str, list[dict]] = defaultdict(list)
    for row in cursor.fetchall():
        point = dict(zip(names, row))
        out[point["office"]].append(point)
    return dict(out)


MEMBERSHIP_ORDER = ("active_workers", "active_wage_workers", "active_non_wage_workers", "active_construction_workers",
                    "active_companies", "migrant_workers", "new_wage_workers", "new_non_wage_workers",
                    "new_construction_workers")


def membership_series_by_office(con) -> dict[str, list[dict]]:
    """membership_facts as series: per office, metric and kind of period (the panel key is
    `program`, as for claims; the value is the count)."""
    cursor = con.execute("SELECT office, metric AS program, period_kind AS series, period_start, period_end, "
                         "value AS cases, NULL::DOUBLE AS amount_idr, status, n_articles, n_disagreeing "
                         "FROM membership_facts WHERE period_kind NOT IN ('other', 'unknown') AND period_end IS NOT NULL "
                         "ORDER BY office, metric, period_kind, period_end")
    names = [d[0] for d in cursor.description]
    out: dict[str, list[dict]] = defaultdict(list)
    for row in cursor.fetchall():
        point = dict(zip(names, row))
        out[point["office"]].append(point)
    return dict(out)


def _value(point: dict) -> tuple[float | None, str]:
    """What a panel plots: the amount when the series has one, else the case count."""
    if point.get("amount_idr") is not None:
        return float(point["amount_idr"]), "amount"
    if point.get("cases") is not None:
        return float(point["cases"]), "cases"
    return None, ""


def _panels(points: list[dict], order: tuple[str, ...] = PROGRAM_ORDER) -> list[tuple[str, str, list[dict]]]:
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in points:
        grouped[(p["program"], p["series"])].append(p)
    rank = {p: i for i, p in enumerate(order)}
    keys = sorted(grouped, key=lambda k: (rank.get(k[0], len(rank)), str(k[0]), str(k[1])))
    return [(program, series, sorted(grouped[(program, series)], key=lambda p: p["period_end"]))
            for program, series in keys]


def _label(value: float, unit: str, lang: str) -> str:
    if unit == "amount":
        return format_rupiah_short(value)
    if unit == "count":
        return format_count(value)
    return f"{format_count(value)} {words(lang)['cases']}"


def _conflict_note(point: dict, lang: str) -> str:
    if lang == "id":
        return f" (konflik: {point.get('n_disagreeing') or 0} dari {point.get('n_articles') or 0} artikel tidak sepakat)"
    return f" (conflict: {point.get('n_disagreeing') or 0} of {point.get('n_articles') or 0} articles disagree)"


def _panel(program: str, series: str, points: list[dict], x0: int, y0: int, lang: str, membership: bool = False
           ) -> list[str]:
    measured = [(p, *_value(p)) for p in points]
    amounts = [(p, v) for p, v, unit in measured if unit == "amount"]
    plotted = amounts or [(p, v) for p, v, unit in measured if unit == "cases"]
    unit = "amount" if amounts else ("count" if membership else "cases")
    name = metric_label(program, lang) if membership else program
    title = f"{name} · {words(lang)['series'].get(series, series)}"
    out = [f'<g transform="translate({x0},{y0})" data-program="{escape(program)}" data-series="{escape(series)}">',
           f'<rect width="{PANEL_WIDTH}" height="{PANEL_HEIGHT}" fill="none" stroke="#d6dbe0"/>',
           f'<text x="{PLOT_LEFT}" y="14">{escape(title)}</text>']
    if not plotted:
        return out + [f'<text x="8" y="56" fill="#5a6570">{escape(words(lang)["no_figures"])}</text>', "</g>"]
    top = max(v for _, v in plotted) or 1.0
    ends = [p["period_end"] for p, _ in plotted]
    first, last = min(ends), max(ends)
    span = max((last - first).days, 1) if isinstance(first, date) else 1
    width, height = PANEL_WIDTH - 2 * PLOT_LEFT, PANEL_HEIGHT - PLOT_TOP - PLOT_BOTTOM
    coords = []
    for p, v in plotted:
        x = PLOT_LEFT + (width * (p["period_end"] - first).days / span if len(plotted) > 1 else width / 2)
        y = PLOT_TOP + height * (1 - v / top)
        coords.append((round(x, 1), round(y, 1), p, v))
    if len(coords) > 1:
        path = " ".join(f"{x},{y}" for x, y, _, _ in coords)
        out.append(f'<polyline points="{path}" fill="none" stroke="#3b6ea8" stroke-width="1.5"/>')
    for x, y, p, v in coords:
        conflict = p.get("status") == "conflict"
        since = format_date(p["period_start"], lang) if p.get("period_start") else "?"
        tip = f"{since} {words(lang)['to']} {format_date(p['period_end'], lang)}: {_label(v, unit, lang)}"
        if conflict:
            tip += _conflict_note(p, lang)
        out.append(f'<circle cx="{x}" cy="{y}" r="{4 if conflict else 2.5}" '
                   f'fill="{"#b3261e" if conflict else "#3b6ea8"}" data-status="{escape(str(p.get("status")))}">'
                   f"<title>{escape(tip)}</title></circle>")
    out.append(f'<text x="{PANEL_WIDTH - PLOT_LEFT}" y="27" text-anchor="end" fill="#5a6570">'
               f"{escape(_label(top, unit, lang))}</text>")
    if isinstance(first, date):
        out.append(f'<text x="{PLOT_LEFT}" y="{PANEL_HEIGHT - 4}" fill="#5a6570">{first.year}</text>')
        if last.year != first.year:
            out.append(f'<text x="{PANEL_WIDTH - PLOT_LEFT}" y="{PANEL_HEIGHT - 4}" text-anchor="end" '
                       f'fill="#5a6570">{last.year}</text>')
    return out + ["</g>"]


def _small_multiples(office: str, panels: list, columns: int, lang: str, css_class: str, label: str,
                     membership: bool = False) -> str:
    rows = max(1, -(-len(panels) // columns))
    width = columns * PANEL_WIDTH + (columns - 1) * GAP
    height = rows * PANEL_HEIGHT + (rows - 1) * GAP
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
           f'data-office="{escape(office)}">']
    for i, (program, series, pts) in enumerate(panels):
        out += _panel(program, series, pts, (i % columns) * (PANEL_WIDTH + GAP), (i // columns) * (PANEL_HEIGHT + GAP),
                      lang, membership)
    out.append("</svg>")
    return "".join(out)


def office_membership_svg(office: str, points: list[dict], columns: int = 3, lang: str | None = None) -> str:
    """One office's membership facts (membership_series_by_office) as small multiples: a
    panel per metric and kind of period, the value most articles state over period ends."""
    lang = resolve_lang(lang)
    label = f"{words(lang)['membership_chart']}: {office}"
    return _small_multiples(office, _panels(points, MEMBERSHIP_ORDER), columns, lang, "membership-series", label,
                            membership=True)


def office_series_svg(office: str, points: list[dict], columns: int = 3, lang: str | None = None) -> str:
    """One office's claim series (rows of v_claim_series) as small multiples: a panel per
    program (TOTAL apart, first) and kind of period, amounts (or case counts when no amount
    is stated) over period ends; a conflicting fact is a larger red point whose tooltip says
    how many articles disagree. Text is escaped: office names come from articles."""
    lang = resolve_lang(lang)
    label = f"{words(lang)['claims_chart']}: {office}"
    return _small_multiples(office, _panels(points), columns, lang, "claim-series", label)
