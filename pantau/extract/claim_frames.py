"""Claim frames: the amount and case count of one program, side and period, built from the
figures the rules linked; and the frames a sentence adds by comparison (its prior side).

    frames.each       "kepada dua ahli waris, masing-masing Rp 24 juta": the amount times the count
    frames.exact      "lebih dari 500 kasus, tepatnya 521 kasus": the exact figure, not the hedge
    frames.worth_after_count "580 kasus di Madiun senilai Rp549.946.240": a count pairs with the worth told after it
    side.change       the compared side of a stated change becomes a prior-period figure
    side.previous_year "Pada tahun sebelumnya, klaim JHT ...": the whole sentence is the year before
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.figures import WORTH_LEAD, Figure, widened
from pantau.extract.claim_sides import on_compared_side
from pantau.extract.offices import province_in
from pantau.extract.periods import previous_year_of
from pantau.extract.fastre import WindowFinder
from pantau.extract.last_year_clause import is_last_year_clause
from pantau.model import ClaimFigure, NumberMention, StatedChange


@dataclass
class Frame:
    program: str
    rule_id: str
    amount: NumberMention | None = None
    cases: NumberMention | None = None


def previous_month_of(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """The month before the one a period ends in ("dibanding bulan sebelumnya")."""
    if end is None:
        return None, None
    last = end.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def group_frames(items: list[tuple[str, str, NumberMention, str]], body: str = "",
                 paired: list | None = None) -> list[Frame]:
    """(program, role, mention, rule id) in text order -> frames, one amount and one count each. A count
    whose worth is told right after it ("JP Rp671.795.210, terdiri atas 580 kasus di Madiun senilai
    Rp549.946.240") opens a frame with that amount, not the one before it (rule frames.worth_after_count)."""
    frames: list[Frame] = []
    paired = [] if paired is None else paired  # the counts paired forward, for the trace
    open_by_program: dict[str, Frame] = {}
    for k, (program, role, mention, rule_id) in enumerate(items):
        frame = open_by_program.get(program)
        if frame is not None and role == "cases" and frame.amount is not None and frame.cases is None \
                and not _PAID_TO_RE.fullmatch(body, frame.amount.end, mention.start) \
                and _worth_after(body, mention, program, items[k + 1:]):
            frame = None
            paired.append(mention)
        if frame is None or getattr(frame, role) is not None:
            frame = Frame(program, rule_id)
            frames.append(frame)
            open_by_program[program] = frame
        setattr(frame, role, mention)
    return frames


# the count's own clause, then its worth word, a comma at most right before it ("580 kasus di Madiun senilai Rp",
# "sebanyak 15.656, dengan nilai klaim mencapai Rp"; not "7.810 peserta, disusul Cabang Bogor senilai Rp": past a
# comma and other words, or out of brackets ("Rp108,6 miliar (10.362 tenaga kerja) dan April sebesar Rp"), the worth
# is the next subject's)
_WORTH_IN_CLAUSE_RE = re.compile(rf"[^.,;()\d]{{0,40}}?(?:,\s*)?\b(?:{WORTH_LEAD}|sebesar)\b[^.,;\d]{{0,30}}?Rp", re.I)


# "senilai Rp475,22 miliar kepada 66.154 kasus dan jasa konstruksi senilai Rp1,6 miliar": the count the amount before
# it was paid to, whatever worth follows
_PAID_TO_RE = re.compile(r"\s*(?:kepada|untuk|bagi)\s+(?:sebanyak\s+)?", re.I)


def _worth_after(body: str, count: NumberMention, program: str, later: list) -> bool:
    after = next(((role, mention) for p, role, mention, _ in later if p == program), None)
    return bool(body) and after is not None and after[0] == "amount" \
        and _WORTH_IN_CLAUSE_RE.match(body, count.end, after[1].end) is not None


PLAUSIBLE_PER_CASE = (1e5, 1e9)  # rupiah a claim case pays on average, at least and at most, any program


def settle_amount(frame: Frame) -> bool:
    """"1.050 kasus dengan total klaim Rp 10.076 miliar": an amount read with a thousands dot that
    would pay over Rp 1 miliar a case, where the decimal reading pays a plausible amount, is read
    with the decimal point (rule amount.per_case_reading). True when it was re-read."""
    amount, cases = frame.amount, frame.cases
    if amount is None or cases is None or not cases.value or not amount.value or not amount.ambiguous \
            or "thousands dot" not in amount.ambiguous.split(";")[0]:
        return False
    low, high = PLAUSIBLE_PER_CASE
    decimal = amount.value / 1000
    if amount.value / cases.value <= high or not low <= decimal / cases.value <= high:
        return False
    first, _, second = amount.ambiguous.partition("; it could be ")
    frame.amount = replace(amount, value=decimal, tolerance=amount.tolerance / 1000,
                           ambiguous=f"'{amount.text}' read as {second.rstrip()} (a thousands dot would pay over "
                                     f"Rp 1 miliar a case); it could be {first.split(' read with ', 1)[-1]}")
    return True


_EACH_LEAD_RE = re.compile(r"\b(?:masing-masing|masing2|tiap-tiap|per\s+orang|(?:se)?tiap\s+(?:orang|peserta|penerima|"
                           r"ahli\s+waris|pekerja|keluarga)(?:\s+(?:mendapat(?:kan)?|menerima|memperoleh|berhak))?)"
                           r"\s*(?:sebesar|senilai)?\s*(?:Rp\.?\s*)?$", re.I)
_EACH_TRAIL_RE = re.compile(r"\s*(?:per|/|untuk\s+(?:setiap|masing-masing|tiap)|bagi\s+(?:setiap|masing-masing|tiap))\s*"
                            r"(?:orang|ahli\s+waris|peserta|pekerja|keluarga|penerima)\b", re.I)
_EACH_TO_COUNT_RE = re.compile(r"^[^.;]{0,80}\b(?:kepada|untuk|bagi)\s+(?:sebanyak\s+)?$", re.I)
_EACH_REACH = 120  # characters from the count to its 'each' amount ("tiga pekerja yang ... menerima santunan JKK masing-masing")


def each_amounts(body: str, s: ClaimSentence, roles: list[tuple[Figure, str, str]],
                 respective: dict[int, str], pairs: dict[int, int]) -> list[tuple[Figure, str, str]]:
    """An amount paid to each of the people counted ("6 ahli waris ... Rp 42 juta per ahli waris",
    "masing-masing sebesar Rp 42 juta diserahkan kepada 8 keluarga") is the frame's amount times
    the count (rule frames.each); an 'each' amount with no count is a per-person rule, unless it
    follows programs ("JHT dan JP masing-masing Rp 5 M dan Rp 2 M": respectively). `pairs` gets
    each multiplied amount's start -> its count's start: the two are one frame."""
    out: list[tuple[Figure, str, str]] = []
    counts = [fig for fig, role, _ in roles if role == "cases" and fig.value]
    multiplied: set[int] = set()
    for fig, role, rule in roles:
        if fig.start in multiplied:
            continue
        each = role == "amount" and fig.start not in respective and (
            _EACH_LEAD_RE.search(body, max(s.start, fig.start - 40), fig.start) or _EACH_TRAIL_RE.match(body, fig.end))
        if not each:
            out.append((fig, role, rule))
            continue
        before = [c for c in counts if c.end <= fig.start and fig.start - c.end <= _EACH_REACH]
        after = [c for c in counts if c.start >= fig.end and _EACH_TO_COUNT_RE.match(body[fig.end:c.start])]
        count = before[-1] if before else (after[0] if after else None)
        if count is not None:
            num = replace(fig.num, value=fig.value * count.value, tolerance=fig.num.tolerance * count.value)
            out.append((replace(fig, num=num), role, "frames.each"))
            pairs[fig.start] = count.start
        elif any(fig.start - 40 <= p.end <= fig.start for p in s.programs):
            out.append((fig, role, rule))
    return out


# Between a rounded figure and its exact restatement: "500 kasus JKK, tepatnya 521", "Rp 60 miliar,
# persisnya Rp 59,7 miliar", "300 ahli waris — tepatnya 296", "(lebih tepatnya Rp 3.142.500.000)".
_EXACT_GAP_RE = re.compile(r"^[^.;:]{0,40}?[\s,(—–-]\s*(?:atau\s+|lebih\s+)?(?:tepatnya|persisnya|"
                           r"tepat(?:nya)?\s+di\s+angka)\s+(?:sebanyak\s+|sebesar\s+|senilai\s+)?(?:Rp\.?\s*)?$", re.I)
_EXACT_OR_GAP_RE = re.compile(r"^\s*(?:kasus|klaim|orang|peserta|pekerja|berkas)?\s*,?\s*(?:yakni|yaitu|atau)\s+"
                              r"(?:sebanyak\s+|sebesar\s+|senilai\s+)?(?:Rp\.?\s*)?$", re.I)


def drop_hedged_restatements(body: str, roles: list[tuple[Figure, str, str]]) -> list[tuple[Figure, str, str]]:
    """"lebih dari 500 kasus, tepatnya 521 kasus": the exact figure stands for both (frames.exact),
    when the two are of one kind and within a quarter of each other."""
    dropped = set()
    for (fig, role, _), (following, next_role, _) in zip(roles, roles[1:]):
        if role != next_role or not fig.value or abs(following.value - fig.value) > 0.25 * fig.value:
            continue
        gap = body[fig.end:following.start]
        if _EXACT_GAP_RE.match(gap) or (fig.approx and _EXACT_OR_GAP_RE.match(gap)):
            dropped.add(fig.start)
    return [r for r in roles if r[0].start not in dropped]


def mentions(fig: Figure) -> NumberMention:
    return widened(fig)


_SERIES_CLAUSE_END_RE = re.compile(r",\s|;\s")


def series_period(body: str, s: ClaimSentence, start: int, end: int):
    """In a sentence that runs through several periods with no change cue ("Rp 265,0 miliar pada
    2021, lalu Rp 259,8 miliar pada 2022"), a figure's period is its own clause's; also when the change is
    told only after every period ("Pada semester I 2019 ada 427 kasus, sedangkan pada periode yang sama tahun ini
    607 kasus atau naik 42 persen"), and on the new side of a change told in a clause of its own, dated before its
    change word ("Pada 2015 ada 18.846 kasus ..., sedangkan hingga November 2016 sudah meningkat menjadi 23.449")."""
    ctx = s.ctx
    if len(ctx.periods) < 2:
        return None
    named = [p for p in ctx.periods if not p.relative and p.end is not None]
    if len({(p.start, p.end) for p in named}) < 2:
        return None
    dated = _dated_right_after(body, s, named)
    if dated is not None:
        # "Rp 27,6 triliun untuk klaim pada tahun 2018, lalu Rp 29,7 triliun pada 2019 dan meningkat menjadi Rp 36,45
        # triliun pada tahun 2020": every figure followed by its own period, a change or not
        return dated.get(end)
    clause_start, clause_end = _clause_around(body, s, start, end)
    if ctx.change_at is not None and clause_start <= ctx.change_at < start:
        own = {(p.start, p.end) for p in named if clause_start <= p.span[0] < ctx.change_at}
        return own.pop() if len(own) == 1 else None
    if ctx.change_at is not None and (ctx.change_at < end or any(p.span[0] > ctx.change_at for p in ctx.periods)):
        return None
    own = {(p.start, p.end) for p in named if clause_start <= p.span[0] < clause_end}
    return own.pop() if len(own) == 1 else None


_DATED_GAP_RE = re.compile(r"[^\d,;.]{0,25}")


def _dated_right_after(body: str, s: ClaimSentence, named: list) -> dict | None:
    """Each amount's or count's period, when every one of the sentence's (two or more) is followed at once by a named
    period of its own, by the figure's end; else None."""
    figures = [f for f in s.figures if f.unit in ("money", "case")]
    if len(figures) < 2:
        return None
    dated = {}
    for fig in figures:
        after = [p for p in named if p.span[0] >= fig.end and _DATED_GAP_RE.fullmatch(body, fig.end, p.span[0])]
        if not after:
            return None
        dated[fig.end] = (after[0].start, after[0].end)
    return dated if len(set(dated.values())) == len(dated) else None


def _clause_around(body: str, s: ClaimSentence, start: int, end: int) -> tuple[int, int]:
    clause_start, clause_end = s.start, s.end
    for boundary in _SERIES_CLAUSE_END_RE.finditer(body, s.start, s.end):
        if boundary.end() <= start:
            clause_start = boundary.end()
        elif boundary.start() >= end:
            clause_end = boundary.start()
            break
    return clause_start, clause_end


def _province_of(body: str, s: ClaimSentence, start: int, end: int, office: str) -> str | None:
    """The province a figure is told of: one named right after it, up to the next figure ("Rp76 miliar di
    Sumbar, Rp201 miliar di Kepulauan Riau"), else one named before it since the figure before."""
    after = min([end + 40, s.end] + [f.start for f in s.figures if f.start >= end])
    before = max([start - 80, s.start] + [f.end for f in s.figures if f.end <= start])
    return province_in(body[end:after], office) or province_in(body[before:after], office)


def to_claim(frame: Frame, s: ClaimSentence, body: str, prior: bool = False, period=None) -> ClaimFigure:
    spans = [m for m in (frame.amount, frame.cases) if m is not None]
    start = min(m.start for m in spans)
    end = max(m.end for m in spans)
    if period is None and not prior:
        period = series_period(body, s, start, end)
    period = period if period is not None else (s.ctx.period or (None, None))
    office = s.ctx.office_at(start)
    office = _province_of(body, s, start, end, office) or office
    cases = frame.cases.value if frame.cases else None
    return ClaimFigure(
        program=frame.program, cases=int(round(cases)) if cases is not None else None,
        amount_idr=frame.amount.value if frame.amount else None,
        period_start=period[0], period_end=period[1], office=office, is_prior_period=prior,
        start_char=start, end_char=end,
        cases_tolerance=frame.cases.tolerance if frame.cases else 0.0,
        amount_tolerance=frame.amount.tolerance if frame.amount else 0.0,
        cases_span=(frame.cases.start, frame.cases.end) if frame.cases else None,
        amount_span=(frame.amount.start, frame.amount.end) if frame.amount else None,
        rule_id=frame.rule_id)


# "..., naik menjadi Rp 3,6 miliar, atau melonjak 257 persen": the % restating the change just told
_OR_CHANGE_GAP_RE = re.compile(r"[\s,]*(?:atau|yakni|yaitu|alias)\s+(?:\w+\s+){0,2}?(?:sebesar\s+|hingga\s+|sekitar\s+)?", re.I)


def _share_scale(frame: Frame, current: ClaimFigure) -> None:
    """"naik 15 persen dari Rp1,55 menjadi Rp1,79 triliun" (and the slip "dari Rp1,55 persen"): a compared amount
    with no scale of its own, below Rp 1.000, shares the scale of the amount it changed into."""
    amount = frame.amount
    if amount is None or amount.value is None or not 0 < amount.value < 1000 or not current.amount_idr \
            or current.amount_idr < 1e6:
        return
    scale = 1.0
    while current.amount_idr >= scale * 1000:
        scale *= 1000
    frame.amount = replace(amount, value=amount.value * scale, tolerance=amount.tolerance * scale)


def prior_claims(body: str, s: ClaimSentence, tail: tuple[int, int], compared: list[tuple[str, NumberMention]],
                 current: ClaimFigure | None, changes: list[StatedChange], rule_id: str) -> list[ClaimFigure]:
    """The compared side of a change as a prior-period figure of the current figure's program
    (its period: the compared period named, else the same period a year earlier), and the
    stated % change between them."""
    if current is None:
        return []
    compared_periods = [p for p in s.ctx.periods if on_compared_side(body, s, tail, p.span[0])]
    first = min(m.start for _, m in compared)
    if first < tail[0]:  # side.before_change: the compared figure's own period stands before it
        compared_periods += [p for p in s.ctx.periods if p.span[0] < first and not p.relative]
    first_end = min(m.end for _, m in compared)
    explicit = next((p for p in s.ctx.periods if not p.relative and p.end is not None and p.span[0] >= first_end
                     and _DATED_GAP_RE.fullmatch(body, first_end, p.span[0])), None) \
        or next((p for p in compared_periods if not p.relative), None)  # ("... lalu Rp 29,7 triliun pada 2019 ...")
    same_period = any(p.relative for p in compared_periods)  # "periode yang sama tahun lalu/2018"
    period = (explicit.start, explicit.end) if explicit and not same_period \
        else previous_month_of(current.period_start, current.period_end) \
        if any(p.relative == "previous_month" for p in compared_periods) or (
            not compared_periods and _one_month(current) and _BEFORE_WORD_RE.search(body, s.start, s.end)) \
        else previous_year_of(current.period_start, current.period_end)
    frame = Frame(current.program, rule_id)
    for role, mention in compared:
        if getattr(frame, role) is None:
            setattr(frame, role, mention)
    if frame.amount is None and frame.cases is None:
        return []
    _share_scale(frame, current)
    settle_amount(frame)
    prior = to_claim(frame, s, body, prior=True, period=period)
    prior.office = current.office
    down = any(c.has("change_down") or c.has("compare_down") for c in s.cues.between(tail[0], tail[1]))
    percent = next((f.num for f in s.figures if f.unit == "percent" and tail[0] <= f.start < tail[1]), None) \
        or next((f.num for f in s.figures if f.unit == "percent" and f.start >= tail[1]
                 and _OR_CHANGE_GAP_RE.fullmatch(body, tail[1], f.start)), None)
    if percent is not None and _BOUND_BEFORE_RE.search(body, max(s.start, percent.start - 20), percent.start):
        percent = None  # "meningkat menjadi 28 kasus, atau lebih dari 100 persen": a bound, no stated change to check
    if percent is not None and _starts_inside(period, current):
        percent = None  # "Juni 2020 ... 259 ribu kasus, ada peningkatan 109% dibandingkan Juni 2019" beside claims since
        # January 2020: the figure is a part of the current period, the % compares it with a year the text never gives
    if percent is not None:
        # "naik 40,19 persen dari Rp 38,30 miliar untuk 2.373 kasus": the % is the amount's, the figure of
        # the compared side it stands nearest to
        after = sorted((m.start, role) for role, m in compared if m.start > percent.start)
        stated = [after[0][1]] if after else ["amount", "cases"]
        for role in stated:
            then = getattr(frame, role)
            now_value = current.amount_idr if role == "amount" else current.cases
            now_tol = current.amount_tolerance if role == "amount" else current.cases_tolerance
            if then is None or now_value is None:
                continue
            changes.append(StatedChange(
                subject=f"klaim {current.program} ({'nominal' if role == 'amount' else 'kasus'})",
                percent=(-1.0 if down else 1.0) * percent.value, percent_tolerance=percent.tolerance,
                from_value=then.value, from_tolerance=then.tolerance, to_value=float(now_value), to_tolerance=now_tol,
                start_char=min(current.start_char, tail[0]), end_char=tail[1]))
    return [prior]


# A % said as a bound ("lebih dari 100 persen", "di atas 50%"), not as the change itself
_BOUND_BEFORE_RE = re.compile(r"\b(?:lebih\s+dari|di\s+atas|melebihi|kurang\s+dari|di\s+bawah)\s*$", re.I)
# "dari jumlah sebelumnya 196 kasus meningkat menjadi 218" in a month's figures: the month before
_BEFORE_WORD_RE = re.compile(r"\bsebelumnya\b", re.I)


def _starts_inside(period: tuple, current: ClaimFigure) -> bool:
    """The compared period begins after the current one begins and before it ends: a part of it, not before it (a
    current period known by its end alone runs from its year's start, as a cumulative figure does)."""
    end = current.period_end
    start = current.period_start or (end.replace(month=1, day=1) if end else None)
    return bool(period and period[0] and start and end and start < period[0] <= end)


def _one_month(claim: ClaimFigure) -> bool:
    start, end = claim.period_start, claim.period_end
    return start is not None and end is not None and start.day == 1 and (start.year, start.month) == (end.year, end.month)


_LAST_YEAR_WORDS_RE = re.compile(r"tahun\s+(?:lalu|kemarin)", re.I)
# (nor what the figures are compared with: "yaitu 466 kasus, dibandingkan dengan tahun sebelumnya ... lebih tinggi")
_COMPARED_WITH_BEFORE_RE = re.compile(r"(?:\d\s*(?:%|persen)\s+(?:dari|terhadap)|\bdibanding(?:kan)?(?:\s+dengan)?)\s+"
                                      r"(?:(?:periode|masa|kurun\s+waktu)\s+(?:yang\s+)?sama\s+)?$", re.I)


def speaks_of_previous_year(s: ClaimSentence) -> bool:
    """The sentence's only period is "tahun sebelumnya"/"tahun lalu" (outside a change clause);
    "tahun lalu" in an article of the year after the period in force is that period itself."""
    ctx = s.ctx
    limit = ctx.change_at if ctx.change_at is not None else s.end
    lead_end = ctx.compared_lead[1] if ctx.compared_lead else s.start
    # (not the base of a ratio: "274.724 kasus, atau 89,28% dari periode yang sama tahun lalu")
    # (nor a clause giving the figure before a year earlier: "formal ada 22,58 juta, tahun lalu masih 20,9 juta")
    own = [p for p in ctx.periods if lead_end <= p.span[0] < limit
           and not _COMPARED_WITH_BEFORE_RE.search(ctx.sentence.text, max(0, p.span[0] - s.start - 40), p.span[0] - s.start)
           and not is_last_year_clause(s, p)]
    # (a period of months with no year of its own is last year's too: "Tahun lalu, ... selama Januari-Oktober ...")
    if not any(p.relative == "previous_year" for p in own) or any(p.relative is None and p.year_written for p in own):
        return False
    relative = [p for p in own if p.relative == "previous_year"]
    last_year_words = all(_LAST_YEAR_WORDS_RE.fullmatch(ctx.sentence.text, p.span[0] - s.start, p.span[1] - s.start)
                          for p in relative)
    if ctx.published is not None and ctx.period and ctx.period[1] is not None \
            and ctx.period[1].year == ctx.published.year - 1 and last_year_words:
        return False
    if ctx.published is None and last_year_words and ctx.period and ctx.period[0] is not None \
            and ctx.period[1] is not None and (ctx.period[0].month, ctx.period[0].day, ctx.period[1].month,
                                               ctx.period[1].day) == (1, 1, 12, 31):
        return False  # undated, after "sepanjang 2016": "tahun lalu" is most likely that year, told the year after
    return True


def compared_period_stated(body: str, s: ClaimSentence, tail: tuple[int, int] | None) -> bool:
    return tail is not None and any(p.relative is None and p.span[0] >= tail[0]
                                    and on_compared_side(body, s, tail, p.span[0]) for p in s.ctx.periods)


# The same patterns, faster to search in the few words before a figure: their required words tested first (fastre).
_EACH_LEAD_RE = WindowFinder(_EACH_LEAD_RE)
