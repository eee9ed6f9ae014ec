"""A % change told in a sentence of its own, apart from the two figures it compares: the sentence before
("Klaim JKK semester I 2020 melonjak 128 persen. Jumlahnya bertambah dari 85.109 kasus menjadi 108.573
kasus.", rule side.change_before) or the figures just given ("Dari sisi total rupiah, kenaikannya tahun
ini kurang lebih 60 persen", rule side.change_apart)."""
from __future__ import annotations

import re

from pantau.extract.claim_roles import is_benefit_sentence
from pantau.extract.claim_rules import POINTED_BACK_RE, ClaimSentence, points_back
from pantau.extract.figures import written_before
from pantau.extract.periods import previous_year_of
from pantau.model import ClaimFigure, StatedChange


_CHANGE_BEFORE_PERCENT_RE = re.compile(r"^[^.;,]{0,40}$")
_AMOUNT_WORDS_RE = re.compile(r"\b(?:rupiah|nilai|nominal|dana|pembayaran|manfaat)\b", re.I)
_COUNT_WORDS_RE = re.compile(r"\b(?:kasus|jumlah\s+klaim|jumlah\s+peserta|jumlah\s+penerima|berkas)\b", re.I)
APART_REACH = 600  # characters back from the % change to the prior figure it speaks of


def percent_change_alone(body: str, s: ClaimSentence, earlier: list[ClaimFigure] = ()) -> tuple[float, float] | None:
    """A sentence stating a % change and no figure of its own ("..., melonjak 128 persen."): the signed
    % and its tolerance. A figure that says again one of the `earlier` claims' is none of its own ("Tahun lalu di
    periode yang sama angkanya 1,9 juta, jadi naiknya kira-kira 16 persen")."""
    if any(f.unit in ("money", "case", "people", "bare") and not says_again(f, earlier) for f in s.figures):
        return None
    percent = next((f for f in s.figures if f.unit == "percent"), None)
    if percent is None:
        return None
    cue = next((c for c in reversed(s.cues.cues) if c.end <= percent.start
                and (c.has("change_up") or c.has("change_down"))), None)
    if cue is None or not _CHANGE_BEFORE_PERCENT_RE.match(body[cue.end:percent.start]):
        return None
    return (-1.0 if cue.has("change_down") else 1.0) * percent.value, percent.num.tolerance


def pending_change(body: str, s: ClaimSentence, state, result, before: int, pending, carried: bool,
                   stated_alone: bool) -> None:
    """A % stated alone meets its sides in this sentence (side.change_before); waits one more sentence when this one
    gave the changed figure alone; or is stated alone here, for the next sentence (`state`: claim_discourse.Discourse,
    `result`: the article's claims so far, this sentence's from `before`)."""
    sentence_claims = result.claims[before:]
    if pending is None and len(sentence_claims) == 1 and sentence_claims[0].is_prior_period \
            and not any(c.end_char > s.start for c in result.changes) and _a_year_before(sentence_claims[0], result.claims):
        # "Tahun lalu sampai bulan September ... di angka 1,9 juta, kira-kira naiknya kurang lebih 16 persen": the
        # earlier side and its % together, the later side told before (side.change_before)
        own = percent_change_alone(body, s, sentence_claims)
        pending, carried = ((*own, s.start), True) if own else (None, carried)
    if change_stated_before(pending, s, sentence_claims, result.changes, result.claims[:before], carried,
                            said_here=pending is not None and pending[2] == s.start):
        result.trace.append("side.change_before")
    elif pending is not None and not carried and changed_figure_alone(sentence_claims, s.ctx):
        state.pending_percent, state.pending_carried = pending, True
    elif stated_alone:
        alone = percent_change_alone(body, s)
        state.pending_percent = (*alone, s.ctx.start) if alone else None
        named = {p.value("program") for p in s.programs}
        state.pending_benefit = (named.pop() if len(named) == 1 else "TOTAL") \
            if alone and is_benefit_sentence(body, s) else None


def _a_year_before(prior: ClaimFigure, claims: list[ClaimFigure]) -> bool:
    """The earlier side ends in a year before the program's latest figure ends (not "Juni 2020" beside claims to 26 Juni
    2020: a part of them)."""
    latest = next((c for c in reversed(claims) if not c.is_prior_period and c.program == prior.program), None)
    return latest is not None and prior.period_end is not None and latest.period_end is not None \
        and prior.period_end.year < latest.period_end.year


def changed_figure_alone(sentence_claims: list[ClaimFigure], ctx) -> bool:
    """The sentence after a % stated alone gives one program's current figure and no % of its own: its earlier side
    may come next (the % waits one more sentence)."""
    return len(sentence_claims) == 1 and not sentence_claims[0].is_prior_period \
        and not any(n.kind == "percent" for n in ctx.numbers)


def says_again(fig, earlier: list[ClaimFigure]) -> bool:
    """The figure repeats the amount or count of one of the earlier claims."""
    return fig.value is not None and any(
        value is not None and abs(value - fig.value) <= max(tolerance, fig.num.tolerance) + 1e-9  # (as printed, not
        # two roundings apart: "Rp 12,8 milyar" is no "Rp 12,7 milyar" said again)
        for c in earlier for value, tolerance in ((c.cases, c.cases_tolerance), (c.amount_idr, c.amount_tolerance)))


def said_again_differently(body: str, s: ClaimSentence, fig, earlier: list[ClaimFigure]) -> tuple[str, str] | None:
    """"... sebanyak 98.450 kasus. Dari 98.540 kasus itu, sebagian besar ...", "... Rp 1,52 triliun. Dari Rp 1,58 triliun
    tersebut, ...": a count or amount pointed back to as the one just given, never written before, beyond the rounding
    of both and within 5 % of the last current claim's, is that figure said again differently (rules
    cases.said_again_differently, amount.said_again_differently): read, so the report shows the two disagree. (Not a
    sum told only now, "dari 2.717 orang itu" after its parts: far from any one figure.)"""
    if fig.unit not in ("case", "money") or fig.value is None or not POINTED_BACK_RE.match(body, fig.end):
        return None  # (most figures: no "itu" / "tersebut" after them)
    role = "cases" if fig.unit == "case" else "amount"
    field, tolerance_field = _FIELDS[role]
    last = next((c for c in reversed(earlier) if getattr(c, field) is not None and not c.is_prior_period), None)
    if last is None:
        return None
    value, tolerance = getattr(last, field), getattr(last, tolerance_field)
    gap = abs(value - fig.value)
    if gap <= tolerance + fig.num.tolerance + 0.5 or gap > 0.05 * value \
            or not points_back(body, s, fig) or written_before(body, s.start, fig):
        return None
    return role, f"{role}.said_again_differently"


_FIELDS = {"cases": ("cases", "cases_tolerance"), "amount": ("amount_idr", "amount_tolerance")}


def change_stated_before(pending: tuple[float, float, int] | None, s: ClaimSentence,
                         sentence_claims: list[ClaimFigure], changes: list[StatedChange],
                         earlier: list[ClaimFigure] = (), carried: bool = False, said_here: bool = False) -> bool:
    """"Klaim JKK semester I 2020 melonjak 128 persen. Jumlahnya bertambah dari 85.109 kasus menjadi
    108.573 kasus.": the % the sentence before stated alone is this change's (rule side.change_before),
    when this sentence gives both sides of one program and no % of its own; or only the earlier side, the
    later one having come before the % ("JHT Rp 1,2 triliun ... 154 ribu kasus. ... peningkatan jumlah klaim
    sebesar 26,7 persen dari tahun sebelumnya. Sepanjang 2015 lalu, ... Rp 867 miliar dengan 113 ribu kasus."); or,
    `carried`, the later side in the sentence between ("... meningkat 16,8 persen. ... klaim JHT ... Rp 12,4 triliun.
    Adapun pada periode yang sama tahun lalu, klaim JHT hanya tercatat Rp 10,4 triliun."); `said_here`, the % in this
    sentence beside the earlier side."""
    if pending is None or (not said_here and any(f.unit == "percent" for f in s.figures)):
        return False
    prior = [c for c in sentence_claims if c.is_prior_period]
    current = [c for c in sentence_claims if not c.is_prior_period]
    if len(prior) == 1 and not current:
        current = [c for c in reversed(earlier) if (carried or c.start_char < pending[2]) and not c.is_prior_period
                   and c.program == prior[0].program and c.office == prior[0].office][:1]
    if len(prior) != 1 or len(current) != 1 or prior[0].program != current[0].program:
        return False
    then, now = prior[0], current[0]
    role = "cases" if then.cases is not None and now.cases is not None else "amount"
    if said_here:  # the kind the words before the % name ("pembayaran klaim ... naik 35,4 persen dibanding ... kasus")
        percent = next(f for f in s.figures if f.unit == "percent")
        lead = s.ctx.text[:percent.start - s.ctx.start]
        role = "amount" if _AMOUNT_WORDS_RE.search(lead) and not _COUNT_WORDS_RE.search(lead) \
            else "cases" if _COUNT_WORDS_RE.search(lead) and not _AMOUNT_WORDS_RE.search(lead) else role
    if role == "amount" and (then.amount_idr is None or now.amount_idr is None):
        return False
    percent, tolerance, start = pending
    changes.append(StatedChange(
        subject=f"klaim {now.program} ({'nominal' if role == 'amount' else 'kasus'})", percent=percent,
        percent_tolerance=tolerance,
        from_value=float(then.cases if role == "cases" else then.amount_idr),
        from_tolerance=then.cases_tolerance if role == "cases" else then.amount_tolerance,
        to_value=float(now.cases if role == "cases" else now.amount_idr),
        to_tolerance=now.cases_tolerance if role == "cases" else now.amount_tolerance,
        start_char=start, end_char=s.end))
    return True


def change_stated_apart(body: str, s: ClaimSentence, claims: list[ClaimFigure], changes: list[StatedChange]) -> bool:
    """"Dari sisi total rupiah, kenaikannya tahun ini kurang lebih 60 persen": a % change in a
    sentence with no figure of its own speaks of the program whose figure and its same period a
    year before were just given (rule side.change_apart); an amount's change unless the sentence
    speaks of counts."""
    alone = percent_change_alone(body, s, claims[-6:])
    if alone is None:
        return False
    signed, tolerance = alone
    prior = next((c for c in reversed(claims) if c.is_prior_period), None)
    if prior is None or s.start - prior.end_char > APART_REACH:
        return False
    current = next((c for c in reversed(claims) if not c.is_prior_period and c.program == prior.program
                    and c.office == prior.office and c.period_end is not None
                    # (its end a year before: "sampai September 2022" against "Pada September 2021")
                    and previous_year_of(c.period_start, c.period_end)[1] == prior.period_end), None)
    if current is None:
        return False
    # (the kind the sentence names, "nilai" or "kasus"; naming neither or both, the amount when both sides give one)
    amount_words, count_words = _AMOUNT_WORDS_RE.search(s.ctx.text), _COUNT_WORDS_RE.search(s.ctx.text)
    both_amounts = prior.amount_idr is not None and current.amount_idr is not None
    role = "amount" if amount_words and not count_words else "cases" if count_words and not amount_words \
        else "amount" if both_amounts else "cases"
    then = prior.cases if role == "cases" else prior.amount_idr
    now = current.cases if role == "cases" else current.amount_idr
    if then is None or now is None:
        return False
    if any(abs(c.from_value - then) < 1e-6 and abs(c.to_value - now) < 1e-6 for c in changes):
        return False  # already stated beside its figures
    changes.append(StatedChange(
        subject=f"klaim {current.program} ({'nominal' if role == 'amount' else 'kasus'})",
        percent=signed, percent_tolerance=tolerance,
        from_value=float(then), from_tolerance=prior.cases_tolerance if role == "cases" else prior.amount_tolerance,
        to_value=float(now), to_tolerance=current.cases_tolerance if role == "cases" else current.amount_tolerance,
        start_char=min(prior.start_char, current.start_char), end_char=s.end))
    return True


def compares_counts(s, roles) -> bool:
    """A change of the case count told after the claims, its compared count given and no program or participant named:
    "jumlah kasus naik 14 persen, di mana pada Januari sampai April 2018 tercatat sebanyak 1.214 kasus"."""
    return s.ctx.change_at is not None and not s.has("member_noun") and not s.has("fund") \
        and any(role == "cases" and fig.unit == "case" for fig, role, _ in roles)


def change_of_money_not_paid_out(s: ClaimSentence, compared_at: int) -> bool:
    """A change told of the sentence's own money paid in or held, set aside before ("iuran JKK ... terkumpul Rp576,21
    miliar, bertambah 36,11 persen ..., yakni Rp423,34 miliar"): its compared side is no claim of the one before."""
    return (s.has("contribution") or s.has("fund")) and not (s.has("claim_noun") or s.has("payment")) \
        and any(f.unit == "money" and f.end <= compared_at for f in s.figures)


# "Dari Rp 1,37 triliun tahun 2020 menjadi Rp2,1 triliun tahun 2021.": a change's two sides, its subject left to the
# sentence before
_BOTH_SIDES_OPENING_RE = re.compile(r"\W*(?:(?:yakni|yaitu|naik|turun)\s+)?dari\s+(?:Rp|\d)[^.;]{0,80}?\b(?:menjadi|ke|jadi)\s+"
                                    r"(?:Rp|\d)", re.I)


def gives_both_sides(text: str) -> bool:
    return _BOTH_SIDES_OPENING_RE.match(text) is not None


def amount_for_cases(roles) -> bool:
    """An amount and a count of cases together ("Rp 3,4 triliun untuk 271 ribu kasus") in an article
    already reporting claims: claims again, with or without a claim word."""
    return any(r == "amount" for _, r, _ in roles) and any(r == "cases" and f.unit == "case" for f, r, _ in roles)
