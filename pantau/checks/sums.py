"""Breakdowns and stated changes the checks read from the figures themselves, wherever the
article states them: a total and its parts given across sentences or list items, a % change
said beside a figure and its comparison figure. The extractor's own breakdowns and changes
(those it read from one statement) come first; these add what they miss.

Claims: a TOTAL and two or more programs of one office, period and side (current or
comparison) are a breakdown of that total, by cases and by amount. The programs a total is
made of are those in force at the period's end (JP from July 2015; before 2014 the totals
held health care, JPK, too): with all of them listed the parts must make the total, with
fewer they may only fall short of it. JKP (from February 2022) is small and often left out:
JHT, JKK, JKM and JP are then the whole as the article gives it. A program stated twice with
values rounding cannot reconcile is no part (conflicting_figures reports it).

Membership: the active workers of an area and its segments (wage, non-wage, construction
workers, and migrant workers): with the three main segments listed they must make the total.

A stated change: "naik 22 persen" in the sentence of a current figure or of its comparison
figure, when the extractor read no change there; it is a change of the amount or of the case
count, so it is reported only when it fits neither.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from pantau.checks.precision import effective_tolerance
from pantau.extract.lexicon import PROVINCE_SHORT, PROVINCES
from pantau.extract.breakdowns import parts_up_to_the_total
from pantau.model import Breakdown, ClaimFigure, Extraction, RawArticle, StatedChange
from pantau.text import sentence_bounds

IN_FORCE_FROM = {"JHT": None, "JKK": None, "JKM": None, "JP": date(2015, 7, 1), "JKP": date(2022, 2, 1)}
FIRST_WHOLE_YEAR = 2014  # before BPJS Ketenagakerjaan (2014) a total held JPK, which is no program of ours
SEGMENTS = ("active_wage_workers", "active_non_wage_workers", "active_construction_workers")
OTHER_SEGMENTS = ("migrant_workers",)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _programs_in_force(day: date | None) -> set[str]:
    return {p for p, since in IN_FORCE_FROM.items() if since is None or (day is not None and day >= since)}


def _within(total: tuple, parts: dict) -> bool:
    """At most one part is larger than the total (within rounding): two such 'parts' are figures of
    another scope (a province beside the nation), not parts that miss; one is a slip inside a real
    breakdown ("35.717 kasus" JHT under a total of 29.466), the mismatch to report. (The same
    line as the total_mismatch rule's parts_above_total.)"""
    return sum(v[0] > total[0] + total[1] + v[1] for v in parts.values()) <= 1


def _one_value(figures: list, value, tolerance, span) -> tuple | None:
    """One program's value in a group: its figures' values agree within their rounding (the
    most precise is kept), else None."""
    known = [(value(f), effective_tolerance(value(f), tolerance(f)), span(f)) for f in figures if value(f) is not None]
    if not known:
        return None
    best = min(known, key=lambda k: k[1])
    if any(abs(v - best[0]) > t + best[1] + 1e-9 * max(abs(v), 1.0) for v, t, _ in known):
        return None
    return best


FIELDS = {
    "cases": (lambda c: None if c.cases is None else float(c.cases), lambda c: c.cases_tolerance,
              lambda c: c.cases_span or (c.start_char, c.end_char), "kasus"),
    "amount": (lambda c: c.amount_idr, lambda c: c.amount_tolerance,
               lambda c: c.amount_span or (c.start_char, c.end_char), "rupiah"),
}


_OFFICE_KIND_RE = re.compile(r"^(?:Cabang|Kanwil|Provinsi|Kantor\s+Cabang)\s+", re.I)
_PROVINCE_BY_NAME = {name.casefold(): name for name in PROVINCES} | {k: v for k, v in PROVINCE_SHORT.items()}


def area_of(office: str | None) -> str | None:
    """The province an office is named after ("Cabang Kalbar", "Provinsi Kalimantan Barat": Kalimantan Barat), so
    a total told of the province and its programs told of the branch named after it are one area's; any other
    office is its own."""
    if office is None:
        return None
    name = _OFFICE_KIND_RE.sub("", office).strip().casefold()
    return _PROVINCE_BY_NAME.get(name, office)


def claim_breakdowns(ex: Extraction) -> list[Breakdown]:
    # One period is known by its end: a figure whose start the text did not repeat is of it too.
    groups: dict[tuple, list[ClaimFigure]] = defaultdict(list)
    for c in ex.claims:
        groups[(area_of(c.office), c.period_end, bool(c.is_prior_period))].append(c)
    out = []
    for (_office, end, _prior), figures in groups.items():
        if len({c.period_start for c in figures} - {None}) > 1:
            continue  # two periods ending together (a year and its last quarter): which is the whole is unclear
        totals = [c for c in figures if c.program == "TOTAL"]
        programs: dict[str, list[ClaimFigure]] = defaultdict(list)
        for c in figures:
            if c.program != "TOTAL":
                programs[c.program].append(c)
        if not totals or len(programs) < 2:
            continue
        for field, (value, tolerance, span, unit) in FIELDS.items():
            total = _one_value(totals, value, tolerance, span)
            parts = {p: _one_value(fs, value, tolerance, span) or _whole_of_the_rest(fs, value, tolerance, span)
                     for p, fs in programs.items()}
            parts = {p: v for p, v in parts.items() if v is not None}
            if total is None or not (len(parts) >= 2 or _one_part_above(total, parts)) or not _within(total, parts):
                continue
            # JKP (since 2022) is small and often left out of a list of the four others: a list of
            # those four is the whole as the article gives it.
            in_force = _programs_in_force(end) - {"JKP"}
            exhaustive = end is not None and end.year >= FIRST_WHOLE_YEAR and in_force <= set(parts)
            out.append(Breakdown(
                subject=f"klaim TOTAL ({'kasus' if field == 'cases' else 'nominal'})", unit=unit,
                total=total[0], total_tolerance=total[1], total_span=total[2],
                parts=[(p, v[0], v[1], v[2]) for p, v in sorted(parts.items(), key=lambda kv: kv[1][2])],
                exhaustive=exhaustive))
    return out


def _whole_of_the_rest(figures: list, value=lambda m: m.value, tolerance=lambda m: m.tolerance,
                       span=lambda m: (m.start_char, m.end_char), within: bool = False) -> tuple | None:
    """"PMI mencapai 11.994 orang, meliputi PMI asal Madiun 5.510, Ponorogo 6.482 dan Ngawi dua"; "JHT ... 249.408
    kasus ... Jawa Tengah ... 220.018 kasus, sedangkan DIY ... 29.390 kasus": one segment's or program's value and its
    parts by area; the value that is the sum of the others is the segment's. `within`: or holds them with room to spare
    ("BPU 167.057 ..., 50.104 lewat Torang Jaga, ... 23.000 di Raja Ampat": some of its parts, named)."""
    known = [f for f in figures if value(f) is not None]
    if len(known) < 3:  # (with two, the larger holding the smaller cost two sets a false error each: not taken)
        return None
    whole = max(known, key=value)
    rest = [f for f in known if f is not whole]
    slack = tolerance(whole) + sum(tolerance(f) for f in rest) + 1e-9
    short = value(whole) - sum(value(f) for f in rest)
    if not (abs(short) <= slack or (within and short > slack)):
        return None
    return value(whole), effective_tolerance(value(whole), tolerance(whole)), span(whole)


def _one_part_above(total: tuple, parts: dict) -> bool:
    """A lone program's value above the total it is listed under ("total klaim ... 26.595 kasus. Paling tinggi dari
    program JHT, ... 249.408 kasus"): a part can never exceed its whole, whatever the other parts are."""
    return len(parts) == 1 and all(v[0] > total[0] + total[1] + v[1] for v in parts.values())


def membership_breakdowns(ex: Extraction) -> list[Breakdown]:
    groups: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for m in ex.membership:
        groups[(m.office, m.period_end)][m.metric].append(m)
    out = []
    for metrics in groups.values():
        totals = metrics.get("active_workers")
        segments = {k: metrics[k] for k in SEGMENTS + OTHER_SEGMENTS if metrics.get(k)}
        if not totals or len(segments) < 2:
            continue
        value, tolerance, span = (lambda m: m.value), (lambda m: m.tolerance), (lambda m: (m.start_char, m.end_char))
        total = _one_value(totals, value, tolerance, span)
        parts = {k: _one_value(v, value, tolerance, span) or _whole_of_the_rest(v, within=True) for k, v in segments.items()}
        unknown = {k for k, v in parts.items() if v is None}
        parts = {k: v for k, v in parts.items() if v is not None}
        if total is None or len(parts) < 2 or not _within(total, parts):
            continue
        # ("838.904 tenaga kerja aktif dengan rincian 751 ribu PU dan 87 ribu BPU, kemudian ... jasa konstruksi
        # mencapai 735.127": the first segments make the total, the rest is told beside it)
        in_order = sorted(parts.items(), key=lambda kv: kv[1][2])
        parts = dict(parts_up_to_the_total(total[0], total[1], in_order, lambda kv: kv[1][0], lambda kv: kv[1][1]))
        # (a segment given several values that do not reconcile is in the total, at a value we do not know:
        # the others may only fall short of it)
        out.append(Breakdown(subject="peserta aktif", unit="peserta", total=total[0], total_tolerance=total[1],
                             total_span=total[2],
                             parts=[(k, v[0], v[1], v[2]) for k, v in sorted(parts.items(), key=lambda kv: kv[1][2])],
                             exhaustive=set(SEGMENTS) <= set(parts) and not unknown))
    return out


def all_breakdowns(ex: Extraction) -> list[Breakdown]:
    """The extractor's breakdowns, then those read from the figures whose total no breakdown
    of the extractor's has (row i of the breakdown frame is item i of this list)."""
    derived = claim_breakdowns(ex) + membership_breakdowns(ex)
    own = []
    for b in ex.breakdowns:
        # the figures say the list is whole where the extractor could not tell: theirs is read instead
        better = next((d for d in derived if _overlaps(d.total_span, b.total_span) and d.exhaustive
                       and not b.exhaustive and len(d.parts) >= len(b.parts)), None)
        if better is None:
            own.append(b)
    totals = [b.total_span for b in own]
    return own + [b for b in derived if not any(_overlaps(b.total_span, t) for t in totals)]


# --- stated changes --------------------------------------------------------------------------

_UP = r"naik|meningkat|tumbuh|bertambah|melonjak|melejit|kenaikan|peningkatan|pertumbuhan|lonjakan|tambahan"
_DOWN = r"turun|menurun|berkurang|merosot|anjlok|penurunan|susut|menyusut"
_CHANGE_PERCENT = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?:\s+(?:sebesar|sekitar|hingga|mencapai|"
                             rf"sebanyak|hampir|lebih\s+dari|menjadi))?\s+(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|persen\b)",
                             re.I)


def _percent(text: str) -> tuple[float, float]:
    """'22,2' -> (22.2, 0.05); '113' -> (113.0, 0.5)."""
    whole, _, decimals = text.replace(".", ",").partition(",")
    value = float(f"{whole}.{decimals}" if decimals else whole)
    return value, 0.5 * 10 ** -len(decimals)


def _fits(percent: float, tol: float, old: float | None, old_tol: float, new: float | None, new_tol: float
          ) -> bool | None:
    """Whether the stated % is the change from old to new within all the rounding printed;
    None when the two values cannot tell (one unknown, no positive base)."""
    if old is None or new is None or old - old_tol <= 0:
        return None
    ratios = [(new + a) / (old + b) for a in (-new_tol, new_tol) for b in (-old_tol, old_tol)]
    low, high = (min(ratios) - 1) * 100, (max(ratios) - 1) * 100
    return percent - tol <= high + 1e-9 and percent + tol >= low - 1e-9


def _sentence_and_after(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A figure's sentence, and the next one when it states nothing but a % ("Angka ini
    memperlihatkan bahwa jumlah klaim meningkat 26,7 persen dibanding tahun sebelumnya.")."""
    from pantau.extract.numbers import find_numbers

    begin, stop = sentence_bounds(body, start, end)
    out = [(begin, stop)]
    at = stop
    for _ in range(3):  # a "Baca juga" line between is page chrome
        after = sentence_bounds(body, min(at + 1, len(body)))
        if after[0] < at or after[0] >= len(body):
            break
        if _CHROME.match(body[after[0]:after[1]].lstrip()):
            at = after[1]
            continue
        if all(m.kind == "percent" for m in find_numbers(body[after[0]:after[1]])):
            out.append(after)
        break
    return out


def _clause_of(body: str, begin: int, match: re.Match) -> str:
    """The words of the clause a stated % stands in, up to it ("jumlah pengajuannya justru
    menyusut sekitar 2,18 persen" after "meski nilai yang dicairkan bertambah,")."""
    head = body[begin:match.start()]
    cut = max((m.end() for m in _CLAUSE_MARK_RE.finditer(head)), default=0)  # (not a decimal comma: "Rp107,6 miliar")
    return head[cut:] + body[match.start():match.end()]


_CLAUSE_MARK_RE = re.compile(r"[,;:](?!\d)")


_CHROME = re.compile(r"(?:baca\s+juga|lihat\s+juga|simak\s+juga)\b", re.I)
# Which of a claim's two values a stated % is about, when its sentence says.
_CASES_WORDS = re.compile(r"\b(?:kasus(?:nya)?|jumlah\s+klaim|pengajuan(?:nya)?|peserta|orang|penerima|pekerja)\b",
                          re.I)
_AMOUNT_WORDS = re.compile(r"\b(?:nominal|nilai(?:nya)?|dana|pembayaran|pencairan|rupiah|rp)\b", re.I)


def _change(match: re.Match, prior: ClaimFigure, current: ClaimFigure, sentence: str) -> StatedChange | None:
    """The stated % as a change from prior to current, when it is not the change of what it
    is about: the amount or the case count as its sentence says ("nominal", "kasus"), else
    of neither of them that both figures state."""
    percent, tol = _percent(match.group("pct"))
    percent = -percent if match.group("down") else percent
    amount_fits = _fits(percent, tol, prior.amount_idr, effective_tolerance(prior.amount_idr, prior.amount_tolerance),
                        current.amount_idr, effective_tolerance(current.amount_idr, current.amount_tolerance))
    cases_fit = _fits(percent, tol, None if prior.cases is None else float(prior.cases),
                      effective_tolerance(prior.cases, prior.cases_tolerance),
                      None if current.cases is None else float(current.cases),
                      effective_tolerance(current.cases, current.cases_tolerance))
    cases_said, amount_said = bool(_CASES_WORDS.search(sentence)), bool(_AMOUNT_WORDS.search(sentence))
    if cases_said != amount_said:  # the sentence says which
        amount_fits, cases_fit = (None, cases_fit) if cases_said else (amount_fits, None)
        if (cases_fit if cases_said else amount_fits) is not False:
            return None
    elif amount_fits is None and cases_fit is None or amount_fits or cases_fit:
        return None  # the values cannot tell, or the % is the change of one of them
    by_amount = amount_fits is not None
    return StatedChange(
        subject=f"klaim {current.program} ({'nominal' if by_amount else 'kasus'})", percent=percent,
        percent_tolerance=tol, from_value=prior.amount_idr if by_amount else float(prior.cases),
        from_tolerance=prior.amount_tolerance if by_amount else prior.cases_tolerance,
        to_value=current.amount_idr if by_amount else float(current.cases),
        to_tolerance=current.amount_tolerance if by_amount else current.cases_tolerance,
        start_char=min(match.start(), prior.start_char, current.start_char),
        end_char=max(match.end(), prior.end_char, current.end_char))


def _pairs(ex: Extraction) -> list[tuple[ClaimFigure, ClaimFigure]]:
    """(comparison figure, current figure) of one program and office, the current one later."""
    return [(prior, current) for current in ex.claims if not current.is_prior_period
            for prior in ex.claims if prior.is_prior_period and prior.program == current.program
            and prior.office == current.office
            and not (current.period_end and prior.period_end and current.period_end <= prior.period_end)]


def claim_changes(raw: RawArticle, ex: Extraction) -> list[StatedChange]:
    body = raw.body_text or ""
    used = [(c.start_char, c.end_char) for c in ex.changes]
    out, seen = [], set()
    for prior, current in _pairs(ex):
        for figure in (current, prior):
            if not 0 <= figure.start_char <= len(body):
                continue
            spans = [(figure.start_char, figure.end_char)] + [x for x in (figure.cases_span, figure.amount_span) if x]
            for begin, stop in _sentence_and_after(body, min(a for a, _ in spans), max(b for _, b in spans)):
                for match in _CHANGE_PERCENT.finditer(body, begin, stop):
                    at = (match.start(), match.end())
                    if at in seen or any(_overlaps(at, u) for u in used):
                        continue
                    seen.add(at)  # a stated % is one change, checked against its first pair
                    clause = _clause_of(body, begin, match)
                    if _names_another_program(clause, current.program):
                        continue  # "JHT ... naik 20,9 persen ..., sedangkan klaim JKK naik 9,96 persen": JKK's change
                    change = _change(match, prior, current, clause)
                    if change is not None:
                        out.append(change)
    return out


def _names_another_program(clause: str, program: str) -> bool:
    """The clause up to a stated % names a program other than the pair's (a total's pair: any program)."""
    from pantau.extract.cues import find_cues

    named = {c.value("program") for c in find_cues(clause) if c.has("program")}
    return bool(named - {program})


def all_changes(raw: RawArticle, ex: Extraction) -> list[StatedChange]:
    """The extractor's stated changes, then those read beside the figures (row i of the
    change frame is item i of this list)."""
    return list(ex.changes) + claim_changes(raw, ex)


GAP_REACH = 80  # characters after the last part where one more item of the list may stand
_ITEM_EDGE_RE = re.compile(r"[;\n•]|\.\s|,\s(?=[A-Z])")


def gap_printed(raw: RawArticle, b: Breakdown, parts_sum: float, slack: float, others: list[Breakdown] = ()) -> bool:
    """The parts fall short of the total by a figure printed among them or right after them that pantau read as no
    part ("... JKP 297 klaim senilai Rp298 juta. • Beasiswa: 79 klaim senilai Rp300 juta" under a total of 3.568
    klaim and Rp30,989 miliar): the list has one more item, so the parts do make the total. When that item also
    gives the other measure (its amount beside its count), the total's other breakdown must be short by it too
    ("beasiswa senilai Rp688 juta kepada 140 anak" with a count total that holds them and an amount total that
    does not is a total built two ways: still a mismatch)."""
    from pantau.extract.numbers import find_numbers

    gap = b.total - parts_sum
    if gap <= 2 * slack or not b.parts:
        return False
    spans = [b.total_span] + [span for *_rest, span in b.parts]
    start, end = min(s[0] for s in spans), max(s[1] for s in spans) + GAP_REACH
    text = raw.body_text or ""
    kind = "money" if b.unit == "rupiah" else "count"
    mentions = find_numbers(text[start:end])
    for m in mentions:
        if m.kind != kind or m.value is None or abs(m.value - gap) > slack + m.tolerance \
                or any(a <= start + m.start < z for a, z in spans):
            continue
        return _other_measure_agrees(text, start + m.start, start + m.end, b, others)
    return False


def _other_measure_agrees(text: str, at: int, end: int, b: Breakdown, others) -> bool:
    from pantau.extract.numbers import find_numbers

    lo = max((m.end() for m in _ITEM_EDGE_RE.finditer(text, max(0, at - 80), at)), default=max(0, at - 80))
    edge = _ITEM_EDGE_RE.search(text, end, end + 80)
    hi = edge.start() if edge else min(len(text), end + 80)
    other_kind = "count" if b.unit == "rupiah" else "money"
    companion = next((m for m in find_numbers(text[lo:hi]) if m.kind == other_kind and m.value is not None), None)
    if companion is None:
        return True  # ("beasiswa 72 anak": the item gives one measure only)
    labels = {label for label, *_rest in b.parts}
    for other in others:
        if other is b or other.unit == b.unit or {label for label, *_rest in other.parts} != labels:
            continue
        short = other.total - sum(v for _l, v, _t, _s in other.parts if v is not None)
        slack = other.total_tolerance + sum(t for _l, _v, t, _s in other.parts)
        return abs(short - companion.value) <= slack + companion.tolerance + 1e-9 * max(other.total, 1.0)
    return True
