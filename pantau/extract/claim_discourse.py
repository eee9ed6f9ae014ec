"""What carries from one sentence to the next while claims are read (`Discourse`): the program just
reported, a list's announced program, another agency in force, the subject a claim noun was given,
the figures just given; and the rules that read them (anaphora, the previous sentence's program, the
same subject, a figure that completes the previous one)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.context import SentenceContext
from pantau.extract.figures import Figure, SentenceCues
from pantau.extract.fastre import guarded
from pantau.extract.claim_period_parts import adds_up
from pantau.extract.periods import sharpens
from pantau.model import ClaimFigure

if TYPE_CHECKING:
    from pantau.extract.claims import ClaimResult


CLAIM_SUBJECT = ("claim_noun", "benefit_noun", "payment")


@dataclass
class Discourse:
    """What carries across sentences."""

    last_program: str | None = None  # the program of the last current claim (or last named)
    previous_programs: set[str] = field(default_factory=set)  # programs the previous sentence named
    earlier_programs: set[str] = field(default_factory=set)  # programs the sentence before that named
    previous_benefit: bool = False  # the previous sentence spoke of benefits
    # A % change stated alone in the sentence before (signed %, tolerance, where): the next sentence's sides' own
    pending_percent: tuple[float, float, int] | None = None
    pending_carried: bool = False  # ... carried past a sentence that gave the changed figure alone (claim_changes)
    # that % was said of benefits paid (of the one program it named, else of all): a sentence with no claim word giving
    # its two sides ("Dari Rp 1,37 triliun tahun 2020 menjadi Rp2,1 triliun tahun 2021") is about them
    pending_benefit: str | None = None
    previous_collective: bool = False  # the previous sentence spoke of all programs together ("total klaim seluruh program")
    previous_figures: bool = False  # the previous sentence stated figures
    list_program: str | None = None  # the one program a list's announcing line named
    heading_program: str | None = None  # the one program a heading line named, for the label lines under it
    other_agency: bool = False  # the sentences speak of another insurer (BPJS Kesehatan, ...)
    heir: bool = False  # the previous sentence spoke of an heir or a victim's family
    undated: list[ClaimFigure] = field(default_factory=list)  # the last claim sentence's, if it named no period
    just_given: list[ClaimFigure] = field(default_factory=list)  # the claims of the last sentence with figures
    # The program a claim noun was last given ("pencairan JHT ..."): a later sentence that says
    # "pencairan" again, naming no program, speaks of the same (rule link.same_subject).
    subjects: dict[str, str] = field(default_factory=dict)
    fund_topic: bool = False  # the sentences speak of funds or investment, not of benefits paid
    # The previous sentence's money was all vetoed (a wage, a fund, a budget): "angkanya" in the next one points
    # at that money, not at a claim given earlier
    vetoed_money: bool = False
    vetoed_amounts: list[tuple[float, float, str]] = field(default_factory=list)  # (value, tolerance, veto) of that money
    sentence_programs: list[str] = field(default_factory=list)  # programs linked so far in the sentence read
    # What the previous sentence spoke of that is no claim paid, for a sentence pointing back at it: "scholarship"
    # (naming no program), "not_paid" (money not yet taken, with no figure of its own), or None
    vetoed_topic: str | None = None
    # A part of a total set aside (link.part_of_total) by the sentence at this index: its breakdown may follow
    part_aside: tuple[int, ClaimFigure] | None = None


_POINTS_BACK_OPENER_RE = re.compile(r"^\W*(?:itu|ini|angka\s+(?:itu|ini|tersebut)|jumlah\s+(?:itu|ini|tersebut)|"
                                    r"nilai\s+(?:itu|ini|tersebut))\b", re.I)


_RANKING_RE = re.compile(r"\b(?:paling\s+(?:banyak|besar|tinggi)|terbanyak|terbesar|tertinggi|didominasi|"
                         r"sebagian\s+besar|mayoritas)\b", re.I)


_SMALL_WORDED = 10  # "satu kategori", "dua program": a number in words this small counts kinds, not claims


def names_previous(ctx: SentenceContext, named: set[str], state: Discourse, result: ClaimResult) -> None:
    """"... membayarkan klaim total sebesar Rp 94,412 miliar selama tahun 2018. Itu untuk kategori
    jaminan kecelakaan kerja saja.": a figure-free sentence pointing back names the program of the
    figures just given that named none (rule link.named_after)."""
    if len(named) != 1 or not _POINTS_BACK_OPENER_RE.match(ctx.text) or _RANKING_RE.search(ctx.text) \
            or any(not n.is_words or n.value is None or n.value > _SMALL_WORDED for n in ctx.numbers):
        return  # ("Jumlah tersebut ..., dengan klaim JHT paling banyak": JHT is the largest part, not the whole)
    program = next(iter(named))
    undated = [c for c in state.just_given if c.program == "TOTAL" and c.rule_id == "link.total_default"]
    for claim in undated:
        claim.program, claim.rule_id = program, "link.named_after"
        result.trace.append("link.named_after")


def dates_previous(cues: SentenceCues, ctx: SentenceContext, state: Discourse, earlier: list[ClaimFigure]) -> bool:
    """"Angka itu mengacu pada data Januari sampai dengan 18 Maret 2025.", "Jumlah klaim itu tercatat
    sepanjang tahun 2023 dari 5 kabupaten kota.": a sentence pointing back at the figures just given,
    with no claim figure of its own, dates them (rule period.stated_after) when they named no period; and
    the undated total they add up to, told before them ("... kepada 1.864 orang ... Dari 1.864 penerima
    tersebut, 1.837 orang JHT, JKK 10 orang, ... "Pembayaran itu kami hitung sejak 1 Januari ...")."""
    own = [p for p in ctx.periods if not p.relative and p.end is not None]
    undated = [c for c in state.undated if c.period_end is None]
    if len(own) == 1 and not undated:
        # "... Rp 57,5 miliar pada periode Januari 2021 hingga Juli 2021." said on 13 July, then "Periode pembayaran 1
        # Januari 2021 hingga 9 Juli 2021 ...": the exact end of a period that ran to publication
        undated = [c for c in state.just_given if _refines(own[0], c)]
    if not undated or len(own) != 1 or not (cues.any("anaphor_figure") or _DATA_ANAPHOR_RE.search(ctx.text)
                                            or _is_period_fragment(ctx.text) or _PERIOD_OPENER_RE.match(ctx.text)):
        return False
    parts = [c for c in undated if c.program != "TOTAL" and not c.is_prior_period]
    undated += [total for total in earlier if total.program == "TOTAL" and total.period_end is None and len(parts) >= 2
                and total.office == parts[0].office and total.start_char < parts[0].start_char and not total.is_prior_period
                and (adds_up(parts, total, "cases", "cases_tolerance") or adds_up(parts, total, "amount_idr", "amount_tolerance"))]
    for claim in undated:
        claim.period_start, claim.period_end = own[0].start or claim.period_start, own[0].end
    state.undated = []
    return True


_TOTAL_OF_RE = re.compile(r"\btotal\s+(?:kasus|klaim|pembayaran|nilai|manfaat|peserta\s+klaim|penerima(?:\s+manfaat)?)\b", re.I)
# "Sejak Januari hingga 15 Desember 2020.", "Periode Januari-Juni 2023.": a period said on its own, after the figures
_PERIOD_FRAGMENT_RE = re.compile(r"^\W*(?:(?:terhitung\s+)?(?:sejak|mulai|dari)|selama|sepanjang|periode|hingga|sampai"
                                 r"|pada\s+periode|untuk\s+periode|yakni\s+periode)\b", re.I)
FRAGMENT_WORDS = 9  # at most this many words: a fragment, not a sentence of its own


# ("Pembayaran jaminan BPJS ketenagakerjaan tersebut pertanggal 1 Januari hingga 9 November 2021": the payments just told)
_PERIOD_OPENER_RE = re.compile(r"^\W*(?:(?:periode|data)\s+(?:pembayaran|klaim|pencairan|tersebut|itu)|(?:pembayaran|pencairan|"
                               r"penyaluran)\s+(?:\w+\s+){0,3}(?:tersebut|itu))\b", re.I)


def _refines(period, claim: ClaimFigure) -> bool:
    """`period` gives the exact end of the claim's period, earlier in its last month: one taken to run to publication,
    or a whole year ("sepanjang tahun 2020", then "data ... mulai dari Januari 2020 sampai dengan 28 Desember 2020")."""
    return not claim.is_prior_period and sharpens(claim.period_start, claim.period_end, period.start, period.end)


def _is_period_fragment(text: str) -> bool:
    return len(text.split()) <= FRAGMENT_WORDS and _PERIOD_FRAGMENT_RE.match(text) is not None


# "angka itu", "jumlah klaim tersebut", "nilai pembayaran ini": the figure just given
_DATA_ANAPHOR_RE = re.compile(r"\b(?:angka|data|jumlah|nilai|capaian|total|klaim|pemberian|pembayaran|pencairan|penyaluran)(?:\s+(?:klaim|kasus|pembayaran|pencairan|"
                              r"manfaat|santunan|dana|realisasi))?\s+(?:itu|tersebut|ini)\b", re.I)
_ITS_FIGURE_RE = re.compile(r"\b(?:jumlah|total|besaran)nya\b", re.I)
# "Dengan rincian realisasi di Bali Rp7,2 miliar ...": the sentence breaks down the figure just told
_BREAKDOWN_OPENER_RE = re.compile(r"\W*(?:adapun\s+)?(?:dengan\s+(?:rincian|perincian)|(?:rincian|perincian)(?:nya)?)\b",
                                  re.I)


def vetoed_topic_carried(state: Discourse, cues: SentenceCues, named: set[str], text: str) -> str | None:
    """"Beasiswa bagi anak peserta juga dibayarkan. Nilainya Rp498 juta untuk 86 kasus." (or "Rinciannya ..."), "Banyak peserta yang belum
    ambil JHT ... . Nilainya mencapai Rp1,4 triliun": a sentence pointing back at what the sentence before spoke of,
    naming no program and no claim, gives its figures: the veto of that topic (veto.scholarship, veto.not_paid)."""
    if state.vetoed_topic is None or named or cues.any("claim_noun") or not (
            cues.any("anaphor_figure") or _ITS_FIGURE_RE.search(text) or _DATA_ANAPHOR_RE.search(text)
            or _BREAKDOWN_OPENER_RE.match(text)):
        return None
    return f"veto.{state.vetoed_topic}"


def carry(state: Discourse, named: set[str], cues: SentenceCues, text: str, reported: str | None = None,
           body: str = "") -> None:
    """What the next sentence inherits from this one."""
    if reported:
        state.last_program = reported
    elif len(named) == 1:
        state.last_program = next(iter(named))
    state.earlier_programs, state.previous_programs = state.previous_programs, named
    if named:
        state.subjects = _subject_programs(body, cues) if len(named) == 1 else {}
    # (a program received is a benefit too: "9.370 kasus peserta yang menerima dana JHT")
    state.previous_benefit = not cues.classes.isdisjoint(CLAIM_SUBJECT) or bool(named and cues.any("receive"))
    state.previous_collective = cues.any("collective")
    if cues.any("fund") and not state.previous_benefit:
        state.fund_topic = True
    elif state.previous_benefit:
        state.fund_topic = False
    state.heir = cues.any("heir")
    state.vetoed_topic = "scholarship" if cues.any("scholarship") and not named \
        else "not_paid" if cues.any("not_paid") and not state.previous_figures else None
    stripped = text.rstrip()
    # (state.previous_figures is this sentence's own here: _read_sentence set it before reading)
    if stripped.endswith(":") or (cues.any("announce") and len(named) == 1 and not state.previous_figures):
        state.list_program = next(iter(named)) if len(named) == 1 and (
            cues.any("claim_noun") or cues.any("benefit_noun") or cues.any("payment") or cues.any("claimant")) else None


_SUBJECT_NOUNS = ("claim_noun", "payment", "benefit_noun")
_PROGRAM_GAP_RE = re.compile(r"\s*(?:(?:program|dana)\s+)?", re.I)


def _subject_programs(body: str, cues: SentenceCues) -> dict[str, str]:
    """Claim nouns given a program right after them ("pencairan jaminan hari tua", "klaim program JHT",
    "pencairan dana jaminan hari tua")."""
    out = {}
    for at, noun in enumerate(cues.cues[:-1]):
        nxt = cues.cues[at + 1]
        if body[nxt.start:nxt.end].casefold() == "dana" and at + 2 < len(cues.cues):
            nxt = cues.cues[at + 2]  # ("dana" is a cue of its own: a fund, where no program follows)
        if "program" in nxt.classes and not noun.classes.isdisjoint(_SUBJECT_NOUNS) and "program" not in noun.classes \
                and _PROGRAM_GAP_RE.fullmatch(body, noun.end, nxt.start):
            out[body[noun.start:noun.end].casefold()] = nxt.value("program")
    return out


def same_subject(body: str, s: ClaimSentence, state: Discourse, claims: list[ClaimFigure]) -> str | None:
    """The same claim noun again, for a stretch as long as the program's last figure's (a series
    "2017 ..., 2018 ..., 2019 hingga Oktober ..."), not a wider one ("semester I ... JKK; sepanjang
    2022, nilai klaim ...": the whole year of all programs)."""
    if not state.subjects or s.has("collective") or s.has("collective_soft") or _TOTAL_OF_RE.search(s.ctx.text):
        return None  # ("... membayarkan klaim sebesar Rp90,4 miliar dengan total kasus 10.488": all programs')
    for cue in s.cues.cues:
        program = state.subjects.get(body[cue.start:cue.end].casefold())
        if program is not None and _comparable_stretch(s, claims, program):
            return program
    return None


def _comparable_stretch(s: ClaimSentence, claims: list[ClaimFigure], program: str) -> bool:
    last = next((c for c in reversed(claims) if c.program == program), None)
    if last is None or s.ctx.period is None or last.period_end is None:
        return True
    here = _months(s.ctx.period)
    there = _months((last.period_start, last.period_end))
    return here is None or there is None or here <= there


_POINTER_RE = re.compile(r"\s*(?:mencapai|sebesar|senilai|sejumlah|adalah|yaitu|yakni|tercatat|hanya|ada)?\s*"
                         r"(?:sebesar\s+|senilai\s+)?(?:Rp\.?\s*)?$", re.I)


def points_back(body: str, s: ClaimSentence, fig: Figure, main_programs: list[str]) -> str | None:
    """"..., dan nilainya mencapai Rp 52,3 miliar", "; nominalnya Rp 6,4 miliar": a figure led by a word
    pointing back takes the program of the figure just reported in its sentence, else of the last claim."""
    cue = s.cues.last_before(fig.start, "anaphor_figure", since=max(s.start, fig.start - 30))
    if cue is None or not _POINTER_RE.fullmatch(body, cue.end, fig.start) or cue.has("collective"):
        return None  # ("Total semuanya mencapai Rp 122 miliar": all of them, link.collective)
    named = [p.value("program") for p in s.programs if p.end <= cue.start]
    if named:
        return named[-1]  # "santunan JKM yang sudah diserahkan ... nilainya mencapai Rp 9,4 miliar"
    return main_programs[-1] if main_programs else None


_CLAIM_ANAPHOR_RE = re.compile(r"\b(?:klaim|manfaat|santunan|pembayaran|dana|angka|nilai|jumlah|nominal|kasus)\s+"
                               r"(?:\w+\s+)?(?:tersebut|itu|ini)\b", re.I)


def claim_anaphor(body: str, s: ClaimSentence, fig: Figure):
    return _CLAIM_ANAPHOR_RE.search(body, s.start, fig.start)


def refers_back(s: ClaimSentence, claims: list[ClaimFigure], vetoed_money: bool = False) -> bool:
    """The sentence points back at figures given ("angka itu", "Dibanding ...,"), and those are claims: not when
    the money just before was vetoed ("UMK ... Rp2.957.450 ... Setahun kemudian angkanya menjadi Rp3.330.505")."""
    if vetoed_money and s.has("anaphor_figure"):
        return False
    return bool(claims) and (s.has("anaphor_figure") or s.ctx.compared_lead is not None
                             or (s.ctx.change_at is not None and s.has("anaphor")))


_LIST_GAP_RE = re.compile(r"[\s:,()–—-]*(?:(?:sebesar|senilai|sejumlah|yakni|yaitu|berupa|Rp\.?)\s*)*", re.I)


def program_list(body: str, s: ClaimSentence, roles) -> bool:
    """A list of program figures without any verb ("JHT Rp 1,2 triliun, JKK Rp 58 miliar",
    "JHT: 7.412 kasus, Rp 98,3 M")."""
    for program in s.programs:
        for fig, role, _ in roles:
            if fig.start >= program.end and _LIST_GAP_RE.fullmatch(body, program.end, fig.start):
                return True
    return False


def _months(period) -> int | None:
    start, end = period
    if start is None or end is None:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def next_in_series(claims: list[ClaimFigure], s: ClaimSentence) -> bool:
    """"Pada 2019, klaim JHT tercatat Rp X. Pada 2020, ... nilai klaim tercatat Rp Y": a stretch
    as long as the last program claim's, but another one, continues that program's series."""
    if not claims or s.ctx.period is None or s.has("collective"):
        return False
    last = claims[-1]
    if last.program == "TOTAL" or last.is_prior_period:
        return False
    last_period = (last.period_start, last.period_end)
    length = _months(s.ctx.period)
    # (a month apart is still one stretch: "sejak Februari 2022 hingga Desember 2022" when the program began, then "selama
    # tahun 2023")
    last_length = _months(last_period)
    return length is not None and last_length is not None and s.ctx.period != last_period \
        and abs(length - last_length) <= 1


# "klaim tersebut dibayarkan kepada 27.055 peserta": the claims just told, pointed back to
_CLAIMS_POINTED_BACK_RE = re.compile(r"\b(?:klaim|manfaat|pembayaran|pencairan)\s+(?:tersebut|itu)\b", re.I)


def said_of_the_total(s) -> bool:
    """The sentence speaks of the total ("Totalnya", "secara keseluruhan") or points back to the claims just told
    ("klaim tersebut dibayarkan kepada 27.055 peserta"): its one figure may complete the total before it."""
    return s.has("total") or s.has("collective") or _CLAIMS_POINTED_BACK_RE.search(s.text) is not None


def previous_with_figures(contexts: list[SentenceContext], index: int, total_said: bool) -> SentenceContext | None:
    """The sentence before, or, for a sentence that speaks of the total ("Total kasusnya ..."), past one figure-free
    sentence ("nilai sebanyak itu untuk membayar klaim ..."), the one before it."""
    if not index:
        return None
    before = contexts[index - 1]
    if index < 2 or not total_said or any(n.kind in ("count", "money") and not (n.is_words and (n.value or 0) < _SMALL_WORDED)
                        for n in before.numbers):  # ("mencakup klaim lima program": kinds counted, no figure)
        return before
    return contexts[index - 2]


def completes_previous(claims: list[ClaimFigure], roles, previous: SentenceContext | None,
                       total_said: bool = False) -> bool:
    """The sentence's one figure is an amount (a count), and the previous sentence ended with a
    current program claim that has a case count and no amount (an amount and no count): "...
    mencairkan klaim JHT ... sebesar Rp 4.629 Miliar. ... ada sekitar 474 kasus ... yang klaimnya
    kami bayarkan"."""
    if len(roles) != 1 or not claims or previous is None:
        return False
    last = claims[-1]
    if last.is_prior_period or not previous.start <= last.start_char < previous.sentence.end:
        return False
    if last.program == "TOTAL":
        # "... sejumlah 11.221 kasus klaim dari 5 program ... Totalnya Rp. 191,7 miliar.": the total's amount, said so;
        # "... klaim senilai Rp328 miliar ... Total kasus yang dilayani ... sebanyak 24.457 kasus.": its count
        return total_said and (roles[0][1] == "amount" and last.cases is not None and last.amount_idr is None
                               or roles[0][1] == "cases" and last.amount_idr is not None and last.cases is None)
    if roles[0][1] == "amount":
        value = roles[0][0].value
        # (a headline printed again after the body, "... sudah bayar klaim Rp 9,4 triliun": the total again, not the
        # last program's amount)
        restated = value is not None and any(c.program == "TOTAL" and c.amount_idr is not None
                                             and abs(c.amount_idr - value) <= c.amount_tolerance + 0.5 for c in claims)
        return last.cases is not None and last.amount_idr is None and not restated
    # a count after a list of programs' amounts is their total's, not the last one's
    listed = {c.program for c in claims if previous.start <= c.start_char < previous.sentence.end}
    return roles[0][1] == "cases" and last.amount_idr is not None and last.cases is None and len(listed) == 1 \
        and not total_said


# "... total klaim program JHT ... sebanyak 1.830 klaim. Dengan nilai Rp 47,2 miliar, program JKK 203 klaim ...": the
# sentence opens on the worth of the count the sentence before ended on
_WORTH_OPENER_RE = re.compile(r"\W*(?:dengan\s+(?:total\s+)?(?:nilai|nominal)(?:\s+(?:klaim|manfaat|santunan))?|senilai|"
                              r"nilainya|nominalnya)\s+(?:sebesar\s+|mencapai\s+|sekitar\s+)?$", re.I)


def opens_on_its_worth(body: str, s, fig, claims: list[ClaimFigure], previous: SentenceContext | None) -> bool:
    """The sentence's first figure is an amount led only by "Dengan nilai"/"Senilai", and the sentence before ended on a
    current claim with a count and no amount: that claim's amount, whatever the sentence names after it."""
    if fig.unit != "money" or not claims or previous is None or not _WORTH_OPENER_RE.fullmatch(body, s.start, fig.start):
        return False
    last = claims[-1]
    return not last.is_prior_period and previous.start <= last.start_char < previous.sentence.end \
        and last.cases is not None and last.amount_idr is None


def referred_claim(body: str, s: ClaimSentence, claims: list[ClaimFigure]) -> ClaimFigure | None:
    """The earlier figure a comparison sentence talks about: the program it names, the TOTAL when
    it speaks of claims in general, else the figure just reported ("Angka tersebut naik ...")."""
    current = [c for c in claims if not c.is_prior_period]
    if not current:
        return None
    limit = s.ctx.change_at or s.end
    named = [p.value("program") for p in s.programs if p.start < limit]
    if named:
        return next((c for c in reversed(current) if c.program == named[-1]), current[-1])
    # ("peningkatan jumlah pembayaran klaim dibandingkan tahun 2022 yang ... Rp108 miliar": the claims in general,
    # named after the change word but before the compared figures)
    first_figure = min((f.start for f in s.figures), default=s.end)
    if any(c.start < max(limit, first_figure) for c in s.cues.cues if c.has("claim_noun") or c.has("collective")):
        total = next((c for c in reversed(current) if c.program == "TOTAL"), None)
        if total is not None:
            return total
    return current[-1]


# "362 peserta JKK dengan nilai Rp4,47 miliar": people paired with an amount
_PEOPLE_WITH_AMOUNT_RE = re.compile(r"\d[\d.,]*\s+(?:\w+\s+){0,2}?(?:peserta|pekerja|orang|tenaga\s+kerja)\b[^.;]{0,50}?"
                                    r"\b(?:dengan\s+(?:nilai|nominal|total|jumlah)|senilai|sebesar)\s+(?:masing[\s-]*masing\s+)?"
                                    r"(?:Rp|sebesar)", re.I)


def parts_of_claims_given(s, state: Discourse) -> bool:
    """"... ada 13.873 peserta yang menerima pembayaran. Sebanyak 13.144 di antaranya peserta JHT dengan nilai
    Rp153,56 miliar, lalu 362 peserta JKK dengan nilai Rp4,47 miliar": right after claims, programs named with
    people paired to amounts are the programs' parts of those claims, though no payment word is repeated."""
    return bool(s.programs) and not state.fund_topic and not s.has("active") \
        and any(not c.is_prior_period for c in state.just_given) \
        and _PEOPLE_WITH_AMOUNT_RE.search(s.ctx.text) is not None


# The same patterns, faster to search: a look-ahead on the characters a match can begin with.
_CLAIM_ANAPHOR_RE = guarded(_CLAIM_ANAPHOR_RE)

