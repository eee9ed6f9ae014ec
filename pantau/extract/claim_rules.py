"""Named rules that decide, per sentence and per figure, what is a benefit claim.

Every rule reads typed figures (pantau.extract.figures) and the lexicon's cue classes, not raw character windows; its
name is what a figure or a veto is traced to. Three kinds:

- sentence rules (`skip.*`): a sentence whose figures are none of our claims at all;
- veto rules (`veto.*`): one figure that is not a benefit paid (a fund, a contribution, a target, a per-person rule,
  ...), by a cue in its clause;
- role rules (`cases.*`, `amount.*`): a figure is a claim's amount or its case count, in pantau.extract.claim_roles.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from pantau.extract.context import SentenceContext
from pantau.extract.cues import Cue
from pantau.extract.figure_surroundings import (MODAL_NEAR_RE, RATE_AFTER_RE, SHARE_AFTER_BY_CAUSE_RE,
                                                 WHAT_IT_COULD_DO_AFTER_RE, cut_off_at_the_end)
from pantau.extract.figures import Figure, SentenceCues, type_figures, worth_follows, written_before
from pantau.extract.lexicon import CHANGE_DOWN, CHANGE_UP
from pantau.extract.claim_bounds import bound_veto, ceiling_before, without_rounded_restatements
from pantau.extract.claim_parts import profiled, share_by_cause
from pantau.extract.claim_subsidies import names_a_group, subsidy_in_force
from pantau.extract.plans import COMMA_RE, cue_in_clause, plan_before
from pantau.extract.fastre import WindowFinder, guarded

# Cue classes whose money or count is not a benefit paid, in the figure's clause before it with no claim subject between
# ("dana kelolaan JHT Rp 400 triliun", "iuran Rp 16.800 per bulan") or right after it ("Rp 42 juta per peserta").
NOT_PAID_IN_CLAUSE = ("fund", "contribution", "budget", "reserve", "wage", "threshold", "rule", "per_person",
                      "loan", "subsidy", "scholarship", "foreign")
_NOT_PAID_SET = frozenset(NOT_PAID_IN_CLAUSE)
NEW_CLAIM_SUBJECT = ("claim_noun",)  # a claim subject starts anew after a negative cue: "iuran ..., klaim JHT Rp 5 miliar"
BENEFIT_WORDS = ("claim_noun", "benefit_noun", "payment", "claimant")  # the words a benefit sentence is made of
PER_PERSON_LIMIT = 1e9  # a benefit per person stays below this; a program total rarely does
UNSCALED_FLOOR = 1000  # rupiah: no sum paid is smaller; "Rp1,69" with no scale word lost its "triliun"
PER_PERSON_RULE_LIMIT = 2e8  # the largest benefit a rule sets: a scholarship of Rp 174 juta for two children


@dataclass
class ClaimSentence:
    """One sentence as the claim rules see it."""

    ctx: SentenceContext
    cues: SentenceCues
    figures: list[Figure]
    programs: list[Cue] = field(default_factory=list)  # named programs, not excluded ("selain JHT")
    excluded: list[Cue] = field(default_factory=list)
    start: int = field(init=False, repr=False, compare=False)  # plain attributes: asked for at every rule
    end: int = field(init=False, repr=False, compare=False)
    _comma_ends: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        self.start, self.end = self.ctx.start, self.ctx.sentence.end

    @property
    def text(self) -> str:
        return self.ctx.text

    def has(self, cls: str) -> bool:
        return cls in self.cues.classes  # (SentenceCues.any without its call: asked at every rule)

    def comma_ends(self, body: str) -> list[int]:
        """Where each comma-clause after the first begins, found once per sentence: the rules ask at every figure.
        (A COMMA_RE match is two or three characters, none starting inside another, so the matches the scan up to
        any `pos` finds are those of the whole sentence ending by `pos`.)"""
        if self._comma_ends is None:
            self._comma_ends = [m.end() for m in COMMA_RE.finditer(body, self.start, self.end)]
        return self._comma_ends

    def last_count_end(self, pos: int) -> int:
        """Where the last count or amount before `pos` ends (years and percents are no counts); the sentence's
        start when none comes before it: the words from there on are about the figure at `pos`."""
        return max([self.start] + [f.end for f in self.figures if f.end <= pos and f.unit not in ("year", "percent")])


def read_sentence(body: str, ctx: SentenceContext, cues: SentenceCues) -> ClaimSentence:
    """The sentence's programs and typed figures, read once: claims and membership both ask
    (kept on the sentence's cues, which pantau.extract shares between them)."""
    cached = getattr(cues, "claim_sentence", None)
    if cached is None:
        programs, excluded = split_programs(body, cues, ctx.start)
        figures = [f for f in without_rounded_restatements(body, type_figures(body, cues, ctx.numbers, ctx.start))
                   if not cut_off_at_the_end(body, f)]
        cached = ClaimSentence(ctx, cues, figures, programs, excluded)
        cues.claim_sentence = cached
    return cached


# ("Selain membayarkan JHT para karyawan ..., BP Jamsostek juga mencairkan ...": a payment verb may stand between)
_EXCLUDED_GAP_RE = re.compile(r"\s*(?:(?:(?:mem|men)?(?:bayar|cair)|(?:menyalur|penyalur|pembayar|pencair))\w*\s+)?(?:program\s+|klaim\s+|manfaat\s+)?", re.I)


def split_programs(body: str, cues: SentenceCues, floor: int) -> tuple[list[Cue], list[Cue]]:
    """Program cues, and those a sentence leaves out ("Selain JKP, ...", "di luar JHT")."""
    named, excluded = [], []
    if "program" not in cues.classes:
        return named, excluded  # (most sentences name no program)
    for cue in cues.cues:
        if "program" not in cue.classes:
            continue
        lead = cues.last_before(cue.start, "excluding", since=max(floor, cue.start - 25))
        if lead is not None and _EXCLUDED_GAP_RE.fullmatch(body, lead.end, cue.start):
            excluded.append(cue)
        else:
            named.append(cue)
    return named, excluded


def won_after_paying(s: ClaimSentence, fig: Figure) -> bool:
    """"Selain membayarkan manfaat, ... telah melakukan akuisisi sebanyak 228.874 peserta dengan rincian ... 117.919
    peserta penerima upah": participants won, told after the payments (a new-participants cue before the count, no
    payment cue between): no claimants (claims) and not people paid (membership)."""
    won = s.cues.last_before(fig.start, "member_new", since=s.start)
    return won is not None and not s.cues.between(won.end, fig.start, "payment")


# ---- sentence rules -------------------------------------------------------------------------

_EXAMPLE_OPENER_RE = re.compile(r"\W*(?:misalnya|contohnya|sebagai\s+contoh|seperti\s+yang\s+dialami)\b", re.I)


def skip_rule(body: str, s: ClaimSentence, other_agency_in_force: bool) -> str | None:
    """The rule that makes a whole sentence's figures none of our claims, if any."""
    cues = s.cues
    if cues.any("correction") and _is_correction(body, s):
        return "skip.correction"
    if other_agency_in_force and not cues.any("agency_ours") and (
            not s.programs or cues.any("agency_other")):
        # (a program word in another agency's own sentence is its scheme: "PT Taspen ... membayarkan
        # tabungan hari tua kepada 1.140 pensiunan")
        return "skip.other_agency"
    if cues.any("agency_gov") and not cues.any("agency_ours") and cues.classes.isdisjoint(BENEFIT_WORDS):
        return "skip.government_figures"  # "Disnaker mencatat 12.400 pekerja terkena PHK"
    if _average_opening(s):
        return "skip.average_rate"  # "Dalam sehari, rata-rata terjadi 41 kejadian ... dengan nilai klaim sekitar Rp 158 juta"
    money = [f for f in s.figures if f.unit == "money"]
    counted = any(f.unit == "case" or (f.unit == "people" and f.noun is not None
                                       and (f.noun.has("heir") or f.noun.has("claimant"))) for f in s.figures) \
        or (cues.any("receive") and any(f.unit == "people" for f in s.figures))  # "12 peserta menerima ..., setiap orang"
    if money and not counted and all(f.value < PER_PERSON_LIMIT for f in money):
        first = min(f.start for f in money)
        if cues.any("per_person_subject") or any(c.has("per_person") for c in cues.cues if c.start < first
                                                 and c.start - s.start < 25):
            return "skip.per_person_rule"  # "Setiap tahun nilainya Rp1,5 juta bagi anak SD, Rp 2 juta bagi SMP, ..."
        if all(ceiling_before(body, s, f) for f in money):
            return "skip.ceiling"
        if _EXAMPLE_OPENER_RE.match(s.text):
            return "skip.example"  # "Misalnya Agus ... mendapatkan Rp79.760.000 untuk JKK, ...": one person's payout
        if all(f.value < PER_PERSON_RULE_LIMIT for f in money) and (cues.any("benefit_noun") or s.programs) \
                and (cues.any("now") or (cues.any("to_side") and (cues.any("prior_marker") or cues.any("from")))):
            return "skip.benefit_size"  # "santunan kematian yang semula Rp 24 juta saat ini menjadi Rp 42 juta"
        if (cues.any("rule") or cues.any("size_word")) and all(f.value < PER_PERSON_RULE_LIMIT for f in money) \
                and not _claims_of_people_counted(s):
            return "skip.benefit_rule"
    return None


def _claims_of_people_counted(s: ClaimSentence) -> bool:
    """A program's claims of a number of people ("JKK dari 13 peserta besaran klaimnya Rp 181.000.000"): paid, not a
    rule's size (a rule sizes one person's benefit and counts nobody)."""
    return bool(s.programs) and s.cues.any("claim_noun") and any(f.unit == "people" and f.value and f.value >= 2
                                                                  for f in s.figures)


_AVERAGE_RE = re.compile(r"\brata[\s-]*rata\b|\brerata\b", re.I)


def _average_opening(s: ClaimSentence) -> bool:
    """A sentence opened by a time unit and an average ("Setiap hari rata-rata kami melayani 558 pencairan dengan
    nilai sekitar Rp 3,6 miliar"): all its figures are a day's (or a month's) mean, whatever their size."""
    if not s.cues.any("per_person"):
        return False  # (most sentences: no opening rate to look for)
    figures = [f for f in s.figures if f.unit not in ("year", "percent", "other")]
    if not figures:
        return False
    first = min(f.start for f in figures)
    opening = [c for c in s.cues.cues if c.start < first and c.start - s.start < 25 and c.has("per_person")]
    return any(_AVERAGE_RE.search(s.ctx.text, c.start - s.start, c.end - s.start) for c in opening) and \
        any(not _AVERAGE_RE.search(s.ctx.text, c.start - s.start, c.end - s.start) for c in opening)


_CORRECTION_LEAD_RE = re.compile(r"^\W*(?:ralat|koreksi|catatan\s+redaksi)\b", re.I)


def _is_correction(body: str, s: ClaimSentence) -> bool:
    """An editor's correction ("Ralat: ... sebelumnya tertulis Rp 84,6 miliar. Yang benar adalah
    Rp 48,6 miliar."): the wrong figure is retracted, the right one repeats the body's."""
    if _CORRECTION_LEAD_RE.match(s.text):
        return True
    tags = [c for c in s.cues.cues if c.has("correction")]
    return any(body[c.start:c.end].casefold() in ("sebelumnya tertulis", "semula tertulis", "yang benar")
               for c in tags)


def _has_rule_cue(s: ClaimSentence) -> bool:
    return any(c.has("rule") for c in s.cues.cues)


_COMPARATOR_LEAD_RE = guarded(re.compile(
    r"\b(?:saldo|nilai|nominal|jumlah|klaim|manfaat|pencairan)\s+(?:\w+\s+){0,2}?(?:yang\s+)?(?:di\s+bawah|di\s+atas|"
    r"lebih\s+dari|kurang\s+dari|tidak\s+lebih\s+dari|tidak\s+melebihi|melebihi|minimal|maksimal|paling\s+banyak|"
    r"paling\s+sedikit|sampai\s+dengan|hingga)\s*(?:Rp\.?\s*)?$", re.I))  # (guarded: fastre)
# "40% di antaranya bahkan di bawah Rp 5 juta": a bound on single payouts needs no noun before it
_BARE_COMPARATOR_RE = re.compile(r"\b(?:di\s+bawah|di\s+atas|kurang\s+dari|tidak\s+lebih\s+dari|tidak\s+melebihi)\s*"
                                 r"(?:Rp\.?\s*)?$", re.I)
_SHARE_BEFORE_RE = re.compile(r"\d\s*(?:persen|%)\s*(?:,\s*)?(?:atau|yakni|yaitu)\s+(?:sekitar\s+|sebanyak\s+)?$", re.I)
# (every change word of the lexicon: "terjadi lonjakan sebesar 131 persen atau sebanyak 287,5 ribu")
_CHANGE_BEFORE_PERCENT_RE = re.compile(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN})\s+(?:sebesar\s+|sekitar\s+|hingga\s+|mencapai\s+)?"
                                       r"\d[\d.,]*$", re.I)
_MORE_THAN_RE = re.compile(r"\blebih\s+dari\s*(?:Rp\.?\s*)?$", re.I)
# ("Rp 6 jt/orang", "iuran Rp16.800 sebulan": a sum each person or each month pays or gets); the rest of a range told in
# words: "... Rp 42 juta hingga Rp 85 juta", then " per penerima"
_PER_UNIT_AFTER_RE = re.compile(r"\s*/\s*(?:orang|org|peserta|pekerja|bulan|bln|tahun|thn|kasus|anak)\b|\s+sebulan\b", re.I)
_RANGE_TAIL_RE = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d|-|–)\s*(?:Rp\.?\s*)?\d[\d.,]*\s*(?:ribu|juta|jt|miliar)?", re.I)
# what a month, a day or each one comes to: "sebulan sekitar Rp 23 miliar", "rata-rata sehari Rp 1,1 miliar", "rata-rata
# per tenaga kerja peserta Jamsostek menerima santunan sekitar Rp5,6 juta"
_PER_PERIOD_BEFORE_RE = re.compile(r"\b(?:sebulan|sehari|seminggu|sepekan|(?:per|setiap|tiap)\s+(?:hari|bulan|minggu|pekan)(?:nya)?)\s*,?\s*"
                                   r"(?:(?:sekitar|rata-rata|mencapai|sebesar|kurang\s+lebih|hampir|bisa|hanya)\s+)*$|\brata[\s-]*rata\s+"
                                   r"(?:per|setiap|tiap)\s+(?:orang|peserta|penerima|pekerja|tenaga\s+kerja|kasus)\b[^\d.;]{0,60}$", re.I)
_PER_ONE_AFTER_RE = re.compile(r"\s*(?:/|per\s+|setiap\s+|tiap\s+)(?:orang|peserta|penerima|pekerja|kasus|ahli\s+waris|anak)\b", re.I)
_PAID_FOR_AFTER_RE = re.compile(r"\s*(?:\w+\s+){0,3}?yang\s+(?:iuran(?:nya)?\s+)?(?:di)?bayar\w*\s+(?:oleh(?!\s+BPJS)|dengan|melalui|"
                                r"lewat|menggunakan|memakai|dari\s+(?:dana|anggaran|APBD|APBN))\b", re.I)
# ---- veto rules -----------------------------------------------------------------------------

def clause_start(body: str, s: ClaimSentence, pos: int) -> int:
    """Where the comma-clause holding `pos` begins."""
    if pos > s.end:
        start = s.start
        for m in COMMA_RE.finditer(body, s.start, pos):
            start = m.end()
        return start
    ends = s.comma_ends(body)
    k = bisect_right(ends, pos)
    return ends[k - 1] if k else s.start


_CLAUSE_JOIN_RE = re.compile(r",|;|\b(?:dan|serta|sedangkan|sementara)\b", re.I)


def points_back(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"Dari 44.920 kasus itu, ...", "dari total Rp 583,74 miliar tersebut": the figure pointed back to, as a whole."""
    return bool(_BACK_REFERENCE_BEFORE_RE.search(body, max(s.start, fig.start - 40), fig.start)) \
        and POINTED_BACK_RE.match(body, fig.end) is not None


def veto_rule(body: str, s: ClaimSentence, fig: Figure) -> str | None:
    """The rule that says this money or count is not a benefit paid, if any."""
    cues = s.cues
    if fig.unit == "money" and fig.num.scale_word is None and (fig.value or 0) < UNSCALED_FLOOR \
            and not any(f.num.scale_word and 0 < f.start - fig.end <= 40 for f in s.figures if f.unit == "money"):
        return "veto.scale_missing"  # "mencapai Rp1,69" (its scale lost); not "dari Rp1,55 menjadi Rp1,79 triliun"
    if cue_in_clause(body, s, fig, "fraud", _PREVENTION_RE):
        return "skip.fraud"  # "menggelapkan dana klaim Rp 780 juta"; not "untuk mencegah klaim palsu"
    if cues.last_before(fig.start, "correction", since=s.start) is not None:
        return "skip.correction"  # "... *Ralat: sebelumnya ditulis 8.900 klaim"
    if points_back(body, s, fig) and written_before(body, s.start, fig):
        # "dari total Rp 583,74 miliar itu, JHT ...": the figure given before (not "Total peserta klaim dari 2.717
        # orang itu ...", a sum of counts told only now)
        return "veto.back_reference"
    comparator = fig.unit == "money" and (
        _COMPARATOR_LEAD_RE.search(body, max(s.start, fig.start - 60), fig.start)
        or (fig.value < PER_PERSON_LIMIT and _BARE_COMPARATOR_RE.search(body, max(s.start, fig.start - 25), fig.start)))
    if comparator and not (_MORE_THAN_RE.search(comparator.group(0)) and fig.value >= PER_PERSON_LIMIT):
        # "klaim JHT dengan saldo di bawah Rp 15 juta": a class of claims, not a sum; "dengan nilai lebih dari
        # Rp 42,313 miliar" is a sum said roughly
        return "veto.threshold"
    if (bound_veto_id := bound_veto(body, s, fig)):
        return bound_veto_id  # "nilainya maks. Rp 5 juta", "perusahaan yang mempekerjakan 50 orang ke atas"
    plan = plan_before(cues, fig.start, body, s.start)
    if plan:
        return f"veto.{plan}"
    bound = _RANGE_TAIL_RE.match(body, fig.end) if fig.unit == "money" else None
    if _PER_UNIT_AFTER_RE.match(body, fig.end) or (bound and _PER_ONE_AFTER_RE.match(body, bound.end())) \
            or (fig.unit == "money" and _PER_PERIOD_BEFORE_RE.search(body, max(s.start, fig.start - 100), fig.start)):
        return "veto.per_person"  # "Rp 6 jt/orang", "berkisar antara Rp 42 juta hingga Rp 85 juta per penerima"
    share = fig.unit != "money" and _SHARE_BEFORE_RE.search(body, max(s.start, fig.start - 30), fig.start)
    if share and not _CHANGE_BEFORE_PERCENT_RE.search(body, max(s.start, share.start() - 30), share.start() + 1):
        # (not "Klaim meningkat 46 persen yaitu 142.788 kasus pada 2021 dari 97.817": the % is the change's size)
        return "veto.share"  # "sekitar 86,53 persen atau 85.436 kasus dipicu PHK": a share of a figure, by a cause
    if fig.unit in ("case", "people", "bare") and MODAL_NEAR_RE.search(body, fig.end, fig.end + 80) \
            and WHAT_IT_COULD_DO_AFTER_RE.match(body, fig.end):
        return "veto.hypothetical"  # "satu kecelakaan kerja bisa membuat keluarga kehilangan penghasilan": a risk's example
    if fig.unit in ("case", "people", "bare") and SHARE_AFTER_BY_CAUSE_RE.match(body, fig.end):
        return "veto.share"  # "85.436 kasus atau kira-kira 86,53 persen dipicu oleh PHK": the share, said after
    if fig.unit in ("case", "people") and share_by_cause(s, fig):
        return "veto.share"  # "Rp251,27 miliar, didominasi oleh tenaga kerja yang mengundurkan diri sebanyak 17.477 orang"
    if fig.unit == "people" and _PAID_FOR_AFTER_RE.match(body, fig.end) \
            and not (fig.noun is not None and (fig.noun.has("claimant") or fig.noun.has("heir"))):
        return "veto.contribution"  # "16.000 orang tenaga kerja yang dibayarkan dengan APBD": their contributions
    if _not_paid_in_clause(body, s, fig):
        return "veto.not_paid"
    if fig.unit in ("case", "people") and RATE_AFTER_RE.match(body, fig.end):
        return "skip.average_rate"  # "rata-rata ada sembilan kasus kecelakaan kerja per hari": a rate, not a count
    if fig.unit in ("case", "people") and profiled(body, s, fig):
        return "veto.case_profile"  # "385 kasus ... dialami pekerja pria", "rentang usia di bawah 25 tahun sebanyak 147 kasus"
    if fig.unit == "case" and _applied_for(s, fig, clause_start(body, s, fig.start)) \
            and not _SETTLED_RE.search(body, s.start, s.end) and not s.cues.any("payment") \
            and not worth_follows(body, fig.end, s.end, reach=200) and not any(f.unit == "money" for f in s.figures):
        # "Pengajuan JHT yang diterima kantor cabang ... 4.000 berkas": filed, not paid (but "pengajuan klaim JHT 1,15 juta
        # kasus ... dengan nominal Rp14,35 triliun", "Rp 47 miliar dengan jumlah permintaan klaim 6.771 kasus": with worth)
        return "veto.not_paid"
    if cues.any("subsidy") and subsidy_in_force(body, s, fig):
        return "veto.subsidy"
    if cues.classes.isdisjoint(_NOT_PAID_SET):
        return None  # (no cue below can veto: most sentences)
    window = max(s.start, min(clause_start(body, s, fig.start), fig.start - 60))
    last = None
    for cue in cues.cues:
        if cue.start >= fig.start:
            break
        if cue.start < window:
            continue
        if not cue.classes.isdisjoint(_NOT_PAID_SET):  # (a set test: this loop runs for every figure's cues)
            last = None if cue.has("subsidy") and names_a_group(body, s, cue) else cue
        elif last is not None and any(cue.has(c) for c in NEW_CLAIM_SUBJECT) and not last.has("per_person") \
                and not _PAID_IN_RE.fullmatch(body, last.end, cue.start):
            last = None  # "iuran ..., klaim JHT Rp 5 M": a new subject ("iuran yang diklaim" is not)
    if last is not None and last.has("per_person") and len(last.tags) == 1 \
            and any((last.end <= f.start and f.end <= fig.start
                     or 0 <= last.start - f.end <= 12 and not _CLAUSE_JOIN_RE.search(body, f.end, last.start))
                    and f.start != fig.start and f.unit not in ("year", "percent") for f in s.figures):
        # "rata-rata diselesaikan 4 kasus per hari dengan nilai Rp22,7 miliar": the rate is the count's (not after
        # "..., klaim sebesar Rp294 miliar dan rata-rata kasus perhari 130 kasus": a new clause's rate)
        last = None
    if last is not None:
        return f"veto.{next(c for c in NOT_PAID_IN_CLAUSE if last.has(c))}"
    scholarship = cues.last_before(fig.start, "scholarship", since=s.start)
    if scholarship is not None and not cues.between(scholarship.end, fig.start, "program") \
            and not cues.between(scholarship.end, fig.start, "claim_noun"):
        return "veto.scholarship"  # "beasiswa ... sudah dinikmati 217 anak, ..., dengan total pembayaran Rp800 juta"
    tail_end = _tail_end(body, s, fig)
    for cue in cues.between(fig.end, tail_end):
        if not cue.classes.isdisjoint(_NOT_PAID_SET):
            return f"veto.{next(c for c in NOT_PAID_IN_CLAUSE if cue.has(c))}"
    return None


# "Dari 44.920 kasus itu, ...", "dari total Rp 583,74 miliar tersebut": a part of a figure already given.
_BACK_REFERENCE_BEFORE_RE = re.compile(r"\bdari\s+(?:(?:total|jumlah|seluruh|keseluruhan)\s+)?(?:(?:klaim|kasus|nilai|dana|"
                                       r"manfaat|santunan)\s+)?(?:(?:sebesar|senilai|sebanyak)\s+)?(?:Rp\.?\s*)?$", re.I)
# ("Dari total 31.382 kasus jaminan tersebut": one word after the noun, no program: "dari 4.440 klaim JHT itu" is JHT's)
POINTED_BACK_RE = re.compile(r"\s*(?:(?:kasus|klaim|peserta|orang|pekerja|berkas|penerima|korban|ahli|tenaga|karyawan|"
                             r"buruh|jiwa|kejadian|peristiwa)\s+"
                             r"(?:(?!(?:jht|jkk|jkm|jp|jpn|jkp)\b)[a-z]+\s+)?)?(?:itu|tersebut)\b", re.I)


# The whole a share or a part was taken of, told after it ("... 12 juta orang dari total pekerja sektor itu yang
# mencapai sekitar 40 juta"), not our participants or claimants (not "dari total peserta aktif 5 juta": ours)
OF_TOTAL_BEFORE_RE = re.compile(r"\d\s*(?:(?:ribu|juta)\s+)?(?:orang\s+|jiwa\s+|pekerja\s+)?dari\s+(?:total|jumlah|seluruh|keseluruhan)\b(?:(?!peserta|kepesertaan|aktif)"
                                r"[^.;\d]){0,70}?(?:yang\s+)?(?:jumlahnya\s+)?(?:mencapai|sebanyak|sekitar|berjumlah|ada)\s+$",
                                re.I)
_NEGATED_RE = re.compile(r"\b(?:tidak\s+ada|tak\s+ada|tanpa|bukan|tidak)\s+(?:\w+\s+){0,2}$", re.I)


_PREVENTION_RE = re.compile(r"\b(?:mencegah|menghindari|mewaspadai|waspada|memberantas|menekan|antisipasi|"
                            r"mengantisipasi)\s+(?:\w+\s+){0,3}$", re.I)


def _applied_for(s: ClaimSentence, fig: Figure, since: int) -> bool:
    """"Pengajuan JHT ... 4.000 berkas", "berkas klaim yang diajukan peserta tercatat sekitar 1,1 juta": filed."""
    return bool(s.cues.last_before(fig.start, "application", since=since)
                or s.cues.last_before(fig.start, "application_passive", since=since))


def _not_paid_in_clause(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """Claims not (yet) paid, said anywhere in the figure's clause ("320 klaim JHT ... masih dalam proses
    verifikasi", "210 klaim lainnya ... belum dibayar"), unless negated ("tidak ada klaim yang tertunda")."""
    return cue_in_clause(body, s, fig, "not_paid", _NEGATED_RE)


_PAID_IN_RE = re.compile(r"\s*(?:\S+\s+){0,2}?(?:yang|yg)\s*", re.I)  # "saldo JHT yang diklaim": the balance


# (", atau rata-rata ... per harinya Rp11,43 miliar": "atau" leads another figure, not the one before it)
_TAIL_STOP_RE = re.compile(r",|;|\s(?:dan|atau|serta|sedangkan|sementara)\s|\d|\.\s")


def _tail_end(body: str, s: ClaimSentence, fig: Figure) -> int:
    stop = _TAIL_STOP_RE.search(body, fig.end, s.end)
    return min(stop.start() if stop else s.end, fig.end + 30)


# Applications settled: approved, paid, disbursed or handed over ("pengajuan yang diterima kantor cabang": filed ones)
SETTLED_WORDS = r"disetujui|(?:di|ter)bayar\w*|(?:di|ter)cair\w*|(?:di|ter)salur\w*|direalisasikan|(?:di|ter)?selesaikan"
_SETTLED_RE = re.compile(rf"\b(?:{SETTLED_WORDS})\b", re.I)


def named_programs(text: str) -> set[str]:
    """The programs a piece of text names (leaving out those it excludes: "selain JHT")."""
    from pantau.extract.cues import find_cues

    cues = SentenceCues(find_cues(text))
    return {p.value("program") for p in split_programs(text, cues, 0)[0]} - {"OTHER"}


# The same patterns, faster to search in the few words before a figure: their required words tested first (fastre).
_BACK_REFERENCE_BEFORE_RE = WindowFinder(_BACK_REFERENCE_BEFORE_RE)
OF_TOTAL_BEFORE_RE = WindowFinder(OF_TOTAL_BEFORE_RE)
