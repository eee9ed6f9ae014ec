"""Prior figures told beside current ones, with no change stated: a figure dated before the figures already reported
after a comparison word or a contrasting clause (side.compared_earlier), and a contrasting clause dated "(pada periode
yang sama) tahun lalu" (side.previous_year); and a comparison sentence that names its own year before "the year
before", its change dated to that year."""
from __future__ import annotations

import re
from datetime import date
from dataclasses import replace

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.claim_sides import on_compared_side
from pantau.extract.figures import WORTH_WITH
from pantau.extract.last_year_clause import last_year_clause_before
from pantau.extract.periods import previous_year_of
from pantau.model import ClaimFigure


_CONTRAST_OPENER_RE = re.compile(r"(?:^|[,;]\s*|\b)(?:sedangkan|sementara(?:\s+itu)?|adapun|setahun\s+sebelumnya)\b",
                                 re.I)


_QUOTES = " \"'“”‘’"


def mark_compared_earlier(body: str, s: ClaimSentence, sentence_claims: list[ClaimFigure],
                          earlier: list[ClaimFigure]) -> None:
    """A figure dated before the figures already reported is the compared (prior) one, even with
    no % change stated (side.compared_earlier): when it follows a comparison word in its clause
    ("dibandingkan Rp 128 miliar pada 2022"), or when a contrasting clause ("sedangkan pada
    2022", "Sementara di tahun 2022") gives the same period a year before for the same program.
    An earlier period given as background, or another program's, stays as it is."""
    compares = [c for c in s.cues.cues if c.has("compare")]
    for claim in sentence_claims:
        if claim.is_prior_period or claim.period_end is None:
            continue
        reported = [c for c in earlier + sentence_claims
                    if c is not claim and not c.is_prior_period and c.period_end and c.period_end > claim.period_end
                    and (c in earlier or c.start_char < claim.start_char)]
        if not reported:
            continue
        compare = next((c for c in compares if c.end <= claim.start_char
                        and not re.search(r"[,;]", body[c.end:claim.start_char])), None)
        if compare is None and any(c.period_end.year - 1 == claim.period_end.year for c in reported):
            # the year before the one reported, in a sentence opened by the comparison ("Sebagai pembanding, lanjut
            # Syahrul, sepanjang 2020 lalu ..."; not 2021 in "Sebagai perbandingan, klaim tahun 2021 ..." of 2023)
            compare = next((c for c in compares if not body[s.start:c.start].strip(_QUOTES)), None)
        if compare is not None \
                or any(p.last_year and (p.start, p.end) == (claim.period_start, claim.period_end) for p in s.ctx.periods):
            # (a period written as last year's, after later figures: "pada semester awal tahun sebelumnya hanya ada
            # 427 kasus")
            claim.is_prior_period = True
            claim.rule_id = "side.compared_earlier"
            own = [p for p in s.ctx.periods if compare is not None and compare.end <= p.span[0] < claim.start_char
                   and not p.relative and p.end is not None]
            if own:  # "Meningkat jauh dibanding pada September dengan jumlah penerima JKP mencapai 1.056 orang": September's
                claim.period_start, claim.period_end = own[-1].start, own[-1].end
            continue
        if claim.rule_id != "link.anaphora" and any(
                c.is_prior_period and c.program == claim.program and c.office == claim.office
                and c.period_end == claim.period_end and (c.cases is None) != (claim.cases is None)
                and (c.amount_idr is None) != (claim.amount_idr is None) for c in earlier):
            # "... tahun lalu jumlahnya 100.941 peserta" then "Pada Januari-Oktober 2011, ... JHT ... Rp620,91 miliar": the
            # other half of the compared figure already told for that period and program
            claim.is_prior_period = True
            claim.rule_id = "side.compared_earlier"
            continue
        same_program = [c for c in reported if c.program == claim.program and c.office == claim.office]
        if not same_program or not _year_before(same_program[-1], claim):
            continue
        latest = same_program[-1]
        contrast = _CONTRAST_OPENER_RE.search(body, s.start, claim.start_char)
        right_after = latest.end_char <= claim.start_char and claim.start_char - latest.end_char <= NEXT_SENTENCE_REACH \
            and not any(latest.end_char <= c.start_char < claim.start_char for c in earlier + sentence_claims)
        if contrast or right_after:
            claim.is_prior_period = True
            claim.rule_id = "side.compared_earlier"


def contrasts_the_last_count(text: str, just_given: list[ClaimFigure], roles) -> bool:
    """"Hingga Juli 2019 jumlah kecelakaan kerja 5.730 kasus. Sedangkan sepanjang tahun 2018 lalu hanya 2.408 kasus.": a
    sentence opened on a contrast, with counts only, right after one program's count: that count's other period."""
    return bool(roles) and len(just_given) == 1 and just_given[0].cases is not None \
        and _CONTRAST_START_RE.match(text) is not None and all(role == "cases" for _, role, _ in roles)


_CONTRAST_START_RE = re.compile(r"\W*(?:sedangkan|sementara(?:\s+itu)?|adapun)\b", re.I)


def redate_last_year_clause(body: str, s: ClaimSentence, sentence_claims: list[ClaimFigure]) -> None:
    """A figure in a contrasting clause dated "(pada periode yang sama) tahun lalu" ("... 274.724 kasus senilai Rp 3,3
    triliun, sedangkan pada periode yang sama tahun lalu 307.700 kasus senilai Rp 3,7 triliun") has the sentence's
    period a year earlier: the same period a year before, given to compare (side.previous_year)."""
    ctx = s.ctx
    if not any(p.relative == "previous_year" for p in ctx.periods):
        return
    dated = bool(ctx.period) and ctx.period[1] is not None  # (undated, the figure is still the year before's)
    for claim in sentence_claims:
        last_year = [p for p in ctx.periods if p.relative == "previous_year" and p.span[1] <= claim.start_char
                     and _CONTRAST_BEFORE_RE.search(body, max(s.start, p.span[0] - 20), p.span[0])
                     # (not "naik 17,69% dibanding tahun sebelumnya dengan nilai Rp 42,89 triliun": the worth of now)
                     and not _WORTH_AFTER_RE.fullmatch(body, p.span[1], claim.start_char)
                     and not any(q.span[0] >= p.span[1] and q.span[1] <= claim.start_char for q in ctx.periods
                                 if not q.relative)]
        told = last_year_clause_before(s, claim.start_char)  # "Rp 2 triliun, tahun lalu masih Rp 1,5 triliun"
        if not (last_year or told):
            continue
        if dated and (claim.period_start, claim.period_end) == tuple(ctx.period):
            claim.period_start, claim.period_end = previous_year_of(*ctx.period)
            claim.is_prior_period, claim.rule_id = True, "side.previous_year"
        elif not dated and claim.period_end is None:
            claim.is_prior_period, claim.rule_id = True, "side.previous_year"


_WORTH_AFTER_RE = re.compile(rf"\s*,?\s*{WORTH_WITH}[^.;\d]{{0,25}}", re.I)
_CONTRAST_BEFORE_RE = re.compile(r"\b(?:sedangkan|sementara(?:\s+itu)?|adapun|dibanding(?:kan)?)\s+(?:(?:pada|di|dalam)\s+)?$",
                                 re.I)


# From one program's figure to the figure of its same period a year before, said after it with no other claim
# between ("Hingga Juni 2024 ... Rp 120 miliar. Pada semester I 2023 nilainya baru Rp 100 miliar."), a quote or
# an aside between them too ("... Januari hingga Juni 2018. \"Dana itu ...\" ... Pada paruh pertama 2017, pembayaran
# yang dibukukan baru Rp692 miliar"): a paragraph or two. (300 characters left out Sumbarriau-shaped pages.)
NEXT_SENTENCE_REACH = 1000


def _year_before(current: ClaimFigure, claim: ClaimFigure) -> bool:
    """claim's period is current's a year earlier (a start unstated on either side matches; an end in the same month
    matches: "Januari sampai dengan 28 Desember 2020" against "tahun 2019")."""
    start, end = previous_year_of(current.period_start, current.period_end)
    return end is not None and claim.period_end is not None \
        and (end.year, end.month) == (claim.period_end.year, claim.period_end.month) \
        and (start is None or claim.period_start is None or start == claim.period_start)


# A program named as the largest part, not as the subject: "JHT Dominasi Pembayaran Klaim", "Klaim ... Didominasi JHT"
DOMINATES_RE = re.compile(r"\b(?:JHT|JKK|JKM|JP|JKP|hari\s+tua)\s+(?:masih\s+)?(?:men)?dominasi|\bdidominasi\s+(?:oleh\s+)?"
                          r"(?:klaim\s+|program\s+)?(?:JHT|JKK|JKM|JP|JKP|jaminan)", re.I)


def another_schemes_change(programs: list, clause_start: int) -> bool:
    """The change is told of another scheme (the program named last before its clause, else the first named, is not
    ours): "sedangkan JPK naik 55,51 persen dari 796,24 miliar ..." has no compared side of ours."""
    subject = [p for p in programs if p.start < clause_start] or programs[:1]
    return bool(subject) and subject[-1].value("program") == "OTHER"


def redated_to_own_year(body: str, s: ClaimSentence, tail: tuple[int, int] | None, current: ClaimFigure | None,
                        limit: int) -> ClaimFigure | None:
    """A comparison sentence with no figure of its own now that names its own year before "the year before" ("jumlah
    kasus ... sempat naik pada 2018, dari tahun sebelumnya 123.042 kasus"), after a figure of another year: the
    change is that year's, so its compared side is dated a year before it; the earlier figure's values are not the
    change's other side."""
    if current is None or current.period_end is None:
        return current
    own = [p for p in s.ctx.periods if p.span[0] < limit and not p.relative and p.year_written and p.end is not None
           and not on_compared_side(body, s, tail, p.span[0])]
    if not own or own[-1].end.year == current.period_end.year \
            or not any(p.relative == "previous_year" and p.span[0] > own[-1].span[1] for p in s.ctx.periods):
        return current
    return replace(current, period_start=own[-1].start, period_end=own[-1].end, amount_idr=None, cases=None)


_OWN_YEAR_AFTER_RE = re.compile(r"\s+(?:pada|di)\s+(?:tahun\s+)?((?:19|20)\d\d)\b", re.I)


def compared_years_apart(body: str, compared: list) -> list[tuple[list, int | None]]:
    """"... dibandingkan tahun-tahun sebelumnya, yakni Rp1,2 triliun pada 2023 dan Rp1,1 triliun pada 2022": compared
    amounts each dated by a year of their own right after them are compared sides each, one prior figure per year (the
    stated change, if any, is the first's). Each group of compared figures, with its own year if so dated."""
    amounts = [m for role, m in compared if role == "amount"]
    years = [_OWN_YEAR_AFTER_RE.match(body, m.end) for m in amounts]
    if len(amounts) < 2 or not all(years):
        return [(compared, None)]
    groups: list[list] = []
    for role, mention in sorted(compared, key=lambda item: item[1].start):
        if role == "amount" or not groups:
            groups.append([])
        groups[-1].append((role, mention))
    return [(group, int(year.group(1))) for group, year in zip(groups, years)]


def own_year(prior, year: int | None):
    """The prior figure dated by its own year, when its group had one."""
    if year is not None:
        prior.period_start, prior.period_end = date(year, 1, 1), date(year, 12, 31)
    return prior
