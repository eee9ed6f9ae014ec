"""Rule period.parts_of_total: program figures read one after another whose sum is a TOTAL of another
period take that total's period (the sum says which figure they break down)."""
from __future__ import annotations

import bisect
from datetime import timedelta

from pantau.extract.context import SentenceContext
from pantau.model import ClaimFigure


def align_parts_with_their_total(claims: list[ClaimFigure], contexts: list[SentenceContext]) -> int:
    """Program figures read one after another whose amounts (or counts) add up exactly to an earlier
    TOTAL of another period take that total's period ("... Rp797,99 miliar selama semester I 2018.
    Pada semester I 2017 baru Rp692 miliar. Perinciannya, JHT ..., JKM ..."): the sum says which
    figure they break down, where the period carried from the sentence before may not (a period written
    in their own sentence stands). Returns how many runs were moved (rule `period.parts_of_total`)."""
    moved = 0
    starts = [ctx.sentence.start for ctx in contexts]
    for run in _runs_of_parts(claims):
        after = _sharper_total_after(run, claims)
        if after is not None:
            for part in run:
                part.period_start, part.period_end = after.period_start or part.period_start, after.period_end
            moved += 1
            continue
        ctx = contexts[bisect.bisect_right(starts, run[0].start_char) - 1] if contexts else None
        if ctx is not None and any(not p.relative for p in ctx.periods):
            continue  # a period written in the parts' own sentence stands
        sums_to = [total for total in claims if total.program == "TOTAL" and total.office == run[0].office
                   and (adds_up(run, total, "amount_idr", "amount_tolerance")
                        or adds_up(run, total, "cases", "cases_tolerance"))]
        if any(_same_dates(total, run[0]) for total in sums_to):
            continue  # they break down a total of their own period
        for total in sums_to:
            if total.start_char >= run[0].start_char or total.period_end is None:
                continue
            for part in run:
                part.period_start, part.period_end = total.period_start, total.period_end
                part.is_prior_period = total.is_prior_period
            moved += 1
            break
    return moved


_TOTAL_AFTER_REACH = 400  # characters from the last part to the total told after them: the next sentence or two


def _sharper_total_after(run: list[ClaimFigure], claims: list[ClaimFigure]) -> ClaimFigure | None:
    """"... di tahun ini klaim JHT Rp473 miliar dari 35.882 kasus, ... JKP Rp7 miliar ... "Total kasus [Januari-Juni
    2025] mencapai 51.580 klaim Rp534 miliar"": parts dated to publication ("tahun ini", said in July) whose sum is
    told right after them with an exact period inside theirs are the parts of that period."""
    first, last = run[0], run[-1]
    if first.is_prior_period or first.period_end is None or (first.period_end + timedelta(days=1)).day == 1:
        return None  # (a period that ends with its month was written, not taken to run to publication)
    for total in claims:
        if total.program == "TOTAL" and not total.is_prior_period and total.office == first.office \
                and 0 <= total.start_char - last.end_char <= _TOTAL_AFTER_REACH and total.period_end is not None \
                and total.period_end < first.period_end and total.period_end.year == first.period_end.year \
                and (None in (first.period_start, total.period_start) or first.period_start == total.period_start) \
                and (adds_up(run, total, "amount_idr", "amount_tolerance") or adds_up(run, total, "cases", "cases_tolerance")):
            return total
    return None


def _runs_of_parts(claims: list[ClaimFigure]) -> list[list[ClaimFigure]]:
    """Consecutive program figures (two programs or more, each once) of one office, period and side."""
    runs: list[list[ClaimFigure]] = []
    for claim in claims:
        last = runs[-1][-1] if runs else None
        if claim.program != "TOTAL" and last is not None and last.program != "TOTAL" \
                and (last.office, last.period_start, last.period_end, last.is_prior_period) == \
                (claim.office, claim.period_start, claim.period_end, claim.is_prior_period) \
                and claim.program not in {c.program for c in runs[-1]}:
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return [run for run in runs if len(run) >= 2 and run[0].program != "TOTAL"]


def _same_dates(a: ClaimFigure, b: ClaimFigure) -> bool:
    return (a.period_start, a.period_end, a.is_prior_period) == (b.period_start, b.period_end, b.is_prior_period)


def adds_up(parts: list[ClaimFigure], total: ClaimFigure, field: str, tolerance: str) -> bool:
    values = [getattr(p, field) for p in parts]
    whole = getattr(total, field)
    if whole is None or any(v is None for v in values):
        return False
    slack = getattr(total, tolerance) + sum(getattr(p, tolerance) for p in parts) + 1e-6
    return abs(sum(values) - whole) <= slack


def start_told_elsewhere(claims: list[ClaimFigure]) -> int:
    """A current claim "hingga September 2024" (no start said) in an article that tells another figure of the same
    office "Januari sampai September 2024" counts from that January too: the article's year to date, said once in
    full (rule `period.start_told`), so its figures of one period compare as one. Returns how many were given it."""
    told = {(c.office, c.period_end) for c in claims if not c.is_prior_period and c.period_end is not None
            and c.period_start == c.period_end.replace(month=1, day=1)}
    given = 0
    for claim in claims:
        if claim.period_start is None and not claim.is_prior_period and (claim.office, claim.period_end) in told:
            claim.period_start = claim.period_end.replace(month=1, day=1)
            given += 1
    return given
