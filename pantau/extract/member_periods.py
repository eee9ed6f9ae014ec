"""A participation figure's period: its own clause's, the compared side's, or the sentence's."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.figures import Figure
from pantau.extract.member_series import dated_right_after, on_compared_side, year_earlier_named_before
from pantau.extract.periods import previous_year_of


def member_period(body: str, s: ClaimSentence, fig: Figure):
    """The figure's period: its own clause's named period on the compared side of a change (kept only
    when named), else the sentence's; False to leave the figure out."""
    ctx = s.ctx
    compared = on_compared_side(body, s, fig)
    lead = ctx.compared_lead is not None and ctx.compared_lead[0] <= fig.start < ctx.compared_lead[1]
    own = _own_clause_period(body, s, fig)
    if compared or lead:
        if own is None and ctx.period and ctx.period[1] is not None and year_earlier_named_before(body, s, fig):
            return previous_year_of(*ctx.period)
        own = own or dated_right_after(body, fig)
        return own if own is not None else False
    if own is not None and _series(s):
        return own
    # ("Pada 2020, peserta dari sektor BPU tercatat 13.137, meningkat menjadi 22.373 pada 2021": the opening period)
    opening = [p for p in ctx.periods if not p.relative and p.end is not None and p.span[0] - s.start <= 8
               and p.span[1] <= fig.start and not any(q.span[0] >= p.span[1] and q.span[1] <= fig.start for q in ctx.periods)] \
        if len(ctx.periods) >= 2 and _series(s) else None
    if opening:
        return opening[0].start, opening[0].end
    return ctx.period or dated_right_after(body, fig) or (None, None)


def _series(s: ClaimSentence) -> bool:
    named = {(p.start, p.end) for p in s.ctx.periods if not p.relative and p.end is not None}
    return len(named) >= 2


def _own_clause_period(body: str, s: ClaimSentence, fig: Figure):
    start, end = s.start, s.end
    for m in re.finditer(r",\s|;\s|\s(?:dan|lalu|serta)\s", body[s.start:s.end]):
        pos = s.start + m.start()
        if pos < fig.start:
            start = s.start + m.end()
        elif pos >= fig.end:
            end = pos
            break
    own = [p for p in s.ctx.periods if not p.relative and p.end is not None and start < p.span[1] and p.span[0] < end]
    if len({(p.start, p.end) for p in own}) == 1:
        return own[0].start, own[0].end
    # "catatan 2019 itu meningkat dibandingkan dengan 2017 sebanyak 120.093 orang": the one right before; "meningkat
    # dari 3.604 badan usaha pada 31 Desember 2021": the one right after its noun
    # ("dari 34,17 juta per Desember 2019 menjadi 29,98 juta per Desember 2020": not the other side's, before "menjadi")
    near = [p for p in own if p.span[1] <= fig.start and not re.search(r"\d|\bmenjadi\b", body[p.span[1]:fig.start])][-1:] \
        or [p for p in own if 0 <= p.span[0] - fig.end < 30 and not re.search(r"[\d,;]", body[fig.end:p.span[0]])][:1]
    return (near[0].start, near[0].end) if near else None
