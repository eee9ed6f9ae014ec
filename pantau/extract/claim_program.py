"""Which program a current figure of a claim sentence belongs to (`link.*`): a total row, the whole
before its parts, a figure pointed back to, the program named before or after it, a list's or a
heading's program, the program carried from the sentence before, or the total by default.
"""
from __future__ import annotations

import re

from pantau.extract.claim_changes import gives_both_sides
from pantau.extract.claim_discourse import (CLAIM_SUBJECT, Discourse, claim_anaphor, completes_previous, next_in_series,
                                             opens_on_its_worth, points_back, previous_with_figures, same_subject)
from pantau.extract.claim_rules import POINTED_BACK_RE, ClaimSentence
from pantau.extract.claim_scope import TOTAL_LEAD_RE, parts_follow
from pantau.extract.figures import COUNTED_WHOLE_OPENER_RE, Figure
from pantau.extract.lexicon import AGENCY_NAME
from pantau.extract.linking import program_before_after
from pantau.model import ClaimFigure

# A label line ("Total klaim: Rp2.999.606.614", "Jumlah kasus: 357") under a program's heading line.
LABEL_LINE_RE = re.compile(r"\W*[A-Za-z][\w ]{0,30}:\s*\S")


# "Dari 554 kasus kecelakaan kerja, ...": a sentence opening on a count already given


def split_by_another_cut(body: str, s, fig, program: str | None) -> bool:
    """A count of the program an opener names as a counted whole ("Dari 554 kasus kecelakaan kerja,
    sebanyak 448 kasus ... sembuh, ..., dan 31 kasus kecelakaan kerja lainnya menyebabkan kematian"):
    the whole split by outcome, cause or place, no claim of its own."""
    opener = COUNTED_WHOLE_OPENER_RE.match(s.text)
    if opener is None or fig.start < s.start + opener.end() or fig.unit == "money":
        return False  # (an amount after it is the whole's: "Dari 1.200 kasus ..., dibayar santunan Rp 14 miliar")
    return any(p.end <= s.start + opener.end() and p.value("program") == program for p in s.programs)


# "Klaim BPJS Ketenagakerjaan (BPJAMSOSTEK) melonjak ... Rp1,1 triliun": the agency's claims, all of them
_AGENCY_CLAIMS_RE = re.compile(r"\b[Kk]laim\s+(?:di\s+)?(?:" + AGENCY_NAME + r"|Jamsostek)\b")


# A sentence opening on the total as its subject ("Total peserta klaim ...", "“Total kasus yang ...")
_TOTAL_SUBJECT_RE = re.compile(r"\W*(?:total|jumlah\s+total|total\s+keseluruhan)\s+(?:peserta(?:\s+klaim)?|kasus|klaim|penerima(?:\s+manfaat)?)\b",
                               re.I)
_THAT_PROGRAM_BEFORE_RE = re.compile(r"\b(?:untuk|bagi|dari|pada|dalam)\s+program\s+(?:itu|tersebut|ini)\b", re.I)


def _program_of_same_amount(body: str, s: ClaimSentence, fig: Figure, role: str, claims: list[ClaimFigure]) -> str | None:
    """"Adapun total dana Rp184,69 miliar itu diberikan untuk 24.618 klaim peserta" after "Rp184,69 miliar untuk
    pembayaran klaim JKP": an amount pointed back to ("itu"), the sentence naming no program before it, is the one
    program's whose current amount it is, whatever "total" says."""
    if any(p.start < fig.start for p in s.programs):
        return None
    paired = _program_of_same_pair(s, fig, role, claims)
    if paired is not None:
        return paired
    if role == "cases":
        # "klaim sebesar Rp 14,62 miliar tersebut disalurkan pada 1884 kasus": the count of the amount restated before it
        amount = next((f for f in reversed(s.figures) if f.unit == "money" and f.end <= fig.start), None)
        return _program_of_same_amount(body, s, amount, "amount", claims) if amount is not None \
            else _program_of_same_count(body, s, fig, claims)
    if role != "amount" or fig.num.value is None:
        return None
    count = next((f for f in reversed(s.figures) if f.unit in ("case", "people") and f.end <= fig.start), None)
    if count is not None and not POINTED_BACK_RE.match(body, fig.end):
        return _program_of_same_count(body, s, count, claims)  # "Dari 13 kasus ..., total santunan ... Rp 4,89 miliar"
    if not POINTED_BACK_RE.match(body, fig.end):
        return None  # (said again with "itu"/"tersebut": a headline's figure repeated in the lead is no restatement)
    programs = {c.program for c in claims if not c.is_prior_period and c.amount_idr is not None
                and abs(c.amount_idr - fig.num.value) < 0.5}
    return programs.pop() if len(programs) == 1 else None


def _sum_of_programs(s: ClaimSentence, fig: Figure, role: str, claims: list[ClaimFigure]) -> bool:
    """"Jadi total yang kami layani ada 6.431 kasus" after JHT 6.113, JKM 177 and JKK 141 kasus: a figure naming no
    program that is the sum of two or more programs' latest figures of one period is their total, whatever program was
    named last."""
    if role not in ("cases", "amount") or fig.num.value is None or not claims:
        return False
    end = claims[-1].period_end
    latest: dict[str, ClaimFigure] = {}
    for c in claims:
        if c.program != "TOTAL" and not c.is_prior_period and c.period_end == end \
                and (c.cases if role == "cases" else c.amount_idr) is not None:
            latest[c.program] = c
    if len(latest) < 2:
        return False
    values = [(c.cases, c.cases_tolerance) if role == "cases" else (c.amount_idr, c.amount_tolerance) for c in latest.values()]
    return abs(sum(v for v, _ in values) - fig.num.value) <= fig.num.tolerance + sum(t for _, t in values)


def _program_of_same_pair(s: ClaimSentence, fig: Figure, role: str, claims: list[ClaimFigure]) -> str | None:
    """"Sebagai perbandingan, besaran klaim sampai Desember 2017 hanya Rp93,1 miliar dengan 11.193 kasus" after "Sepanjang
    2017 klaim di cabang kami Rp93,1 miliar dengan 11.193 kasus": an amount and its count that both repeat one earlier
    claim's are that claim said again (no two figures repeat together by chance), whatever program a sentence between
    named."""
    if role not in ("amount", "cases") or fig.num.value is None:
        return None
    value = fig.num.value
    if not any((c.amount_idr is not None and abs(c.amount_idr - value) < 0.5) if role == "amount" else c.cases == value
               for c in claims):
        return None  # (most figures repeat none: no pair to look for)
    other_units = ("case", "people") if role == "amount" else ("money",)
    other = min((f for f in s.figures if f.unit in other_units and f.num.value is not None),
                key=lambda f: abs(f.start - fig.start), default=None)
    if other is None:
        return None
    amount, cases = (fig.num.value, other.num.value) if role == "amount" else (other.num.value, fig.num.value)
    programs = {c.program for c in claims if c.amount_idr is not None and abs(c.amount_idr - amount) < 0.5
                and c.cases == cases}
    return programs.pop() if len(programs) == 1 else None


# "Dari 13 kasus yang dilaporkan, total santunan yang dibayarkan ... Rp 4,89 miliar": the count just given, taken up again
_FROM_COUNT_RE = re.compile(r"\b[Dd]ari\s+$")
_EXACT_REPEAT_FROM = 1000


def _program_of_same_count(body: str, s: ClaimSentence, fig: Figure, claims: list[ClaimFigure]) -> str | None:
    """A count led by "dari" that repeats exactly the count of one program's current claim is that claim's
    count taken up again (what follows is said of it), not a new total; so is a count of four digits or more printed
    to the unit, not round ("klaim karena ... PHK itu kasusnya 395.866 kasus" after "mengklaim JHT mencapai 395.866 orang"),
    which no other figure repeats by chance (unless the sentence says it is all programs')."""
    if fig.num.value is None:
        return None
    if not _FROM_COUNT_RE.search(body, max(s.start, fig.start - 8), fig.start) \
            and not (fig.num.value >= _EXACT_REPEAT_FROM and fig.num.tolerance <= 0.5 and fig.num.value % 100
                     and not s.has("collective")):
        return None
    programs = {c.program for c in claims if not c.is_prior_period and c.cases == fig.num.value}
    return programs.pop() if len(programs) == 1 and "TOTAL" not in programs else None


def link_program(body: str, s: ClaimSentence, fig: Figure, role: str, roles, total_row: bool, state: Discourse,
          claims: list[ClaimFigure], contexts, index: int, figures_before: bool) -> tuple[str, str] | None:
    """(program, rule id) of a current figure; None to leave it out."""
    if total_row:
        return "TOTAL", "link.total_row"
    if state.pending_benefit is not None and not s.programs and gives_both_sides(s.ctx.text):
        return state.pending_benefit, "link.previous_sentence"  # "... naik 154 persen. Dari Rp 1,37 triliun ..."
    if not any(p.end <= fig.start for p in s.programs) \
            and not any(f.unit in ("case", "people") and f.end <= fig.start for f in s.figures) \
            and _TOTAL_CLAIMS_LEAD_RE.search(body, max(s.start, fig.start - 45), fig.start):
        # (not "29 kasus ... dengan total klaim sebesar Rp 1.218.000.000": the worth of the count just given)
        return "TOTAL", "link.collective"
    if not any(p.start < fig.start for p in s.programs) and parts_follow(body, s, fig, role, roles):
        # "Total kasus pada periode itu tercatat 1.286 kasus, ...", "Adapun jumlah kasusnya sebanyak 1.286 kasus
        # dengan ... jaminan hari tua mencapai 1.081 kasus, disusul jaminan kematian 103 kasus, ...": the whole
        return "TOTAL", "link.collective"
    if not s.programs and _TOTAL_SUBJECT_RE.match(s.ctx.text) \
            and any(POINTED_BACK_RE.match(body, f.end) for f in s.figures if f.start <= fig.start):
        # "Total peserta klaim dari 2.717 orang itu nominal klaim yang dibayarkan Rp 27,2 miliar": the sentence's
        # subject is the total, its "itu" pointing back to all the counts just told
        return "TOTAL", "link.collective"
    if not s.programs and not s.has("collective") and _sum_of_programs(s, fig, role, claims):
        return "TOTAL", "link.sum_of_programs"  # (before "Semuanya" points back at the last program)
    if whole_of_every_program(body, s, fig):
        return "TOTAL", "link.collective"  # "klaim JKP ... 2,82 persen dari total 134.130 pekerja ... dari seluruh program"
    pointed = points_back(body, s, fig, main_programs=state.sentence_programs)
    if pointed is not None:
        return pointed, "link.anaphora"
    restated = _program_of_same_amount(body, s, fig, role, claims)
    if restated is not None:
        return restated, "link.restated_amount"
    if not s.programs and len(state.previous_programs) == 1 and _THAT_PROGRAM_BEFORE_RE.search(body, s.start, fig.start):
        # "... Program Jaminan Kehilangan Pekerjaan (JKP). ... dana yang dikucurkan untuk program itu sudah Rp 264,61 miliar"
        return next(iter(state.previous_programs)), "link.anaphora"
    found = program_before_after(body, s, fig)
    if found is not None:
        return found if found[0] is not None else (None, found[1])
    if opens_on_its_worth(body, s, fig, claims, contexts[index - 1] if index else None):
        return claims[-1].program, "link.completes_previous"
    collective = s.has("collective")
    if s.excluded and collective:
        return None  # "Di luar JHT, klaim ketiga program itu ...": the other programs' sum
    if collective and not s.programs and len(state.previous_programs) == 1 and not s.has("all_programs") \
            and completes_previous(claims, roles, previous_with_figures(contexts, index, False)) \
            and claims[-1].program in state.previous_programs:
        # "... manfaat JKP kepada 28 ribu peserta. Nilai manfaat yang dibayarkan seluruhnya mencapai Rp 135,99 miliar":
        # all that was paid of the one program just counted (not "untuk semua program": every program's)
        return claims[-1].program, "link.completes_previous"
    if collective:
        return "TOTAL", "link.collective"
    if state.list_program and not s.programs:
        return state.list_program, "link.list_header"
    if state.heading_program and not s.programs and LABEL_LINE_RE.match(s.ctx.text):
        return state.heading_program, "link.list_header"  # "Total klaim: Rp2.999.606.614" under "1. Jaminan ... (JKK)"
    if any(p.end <= fig.start for p in s.programs):  # (a program named only after it is another clause's)
        return "TOTAL", "link.total_default"
    if TOTAL_LEAD_RE.search(body, max(s.start, fig.start - 30), fig.start) \
            and (state.previous_collective or not any(c.program == state.last_program for c in claims)):
        # ("... total klaim seluruh program ikut terangkat. Pada 2019 totalnya hanya Rp 152,1 miliar")
        # "klaim yang telah dibayarkan ... totalnya Rp 1,26 miliar" after talk of JHT with no JHT figure
        return "TOTAL", "link.collective"
    anaphor = s.cues.last_before(fig.start, "anaphor_figure", since=s.start) or claim_anaphor(body, s, fig) \
        or POINTED_BACK_RE.match(body, fig.end)  # "dana ... untuk 1,98 juta kasus itu": the figures just told
    if anaphor is not None and state.previous_benefit and not state.previous_programs and not figures_before:
        # "Manfaat klaim yang dibayarkan Kanwil ... melonjak 154 persen. Nilainya bergerak dari ...": the sentence
        # before spoke of all benefits, naming no program
        return "TOTAL", "link.anaphora"
    if anaphor is not None and state.last_program:
        # (not "Totalnya adalah 263 miliar [iuran], dari jumlah itu kami telah bayarkan klaim ...": a part of the money
        # vetoed before it in the sentence, whatever program was last named)
        kept = {f.start for f, _, _ in roles}
        if any(f.unit == "money" and f.end <= fig.start and f.start not in kept for f in s.figures):
            return "TOTAL", "link.anaphora"
        # (the figure this sentence already gave: "Juni ... total klaim 3.329 kasus ..., namun pada bulan Juli jumlah
        # tersebut meningkat menjadi 4.200 kasus": the total's)
        return (state.sentence_programs or [state.last_program])[-1], "link.anaphora"
    total_said = s.has("total") or s.has("collective")
    if completes_previous(claims, roles, previous_with_figures(contexts, index, total_said), total_said):
        return claims[-1].program, "link.completes_previous"
    if _AGENCY_CLAIMS_RE.search(body, max(s.start, fig.start - 120), fig.start):
        return "TOTAL", "link.total_default"  # no earlier program carries over "Klaim BPJS Ketenagakerjaan ..."
    if len(state.previous_programs) == 1 and (
            not any(s.has(c) for c in CLAIM_SUBJECT) or next_in_series(claims, s)
            or s.has("application") or (not figures_before and (not s.has("total") or _possessive_total(body, s, fig)))
            or _ASPECT_OPENER_RE.match(s.ctx.text) is not None
            # "Program JP mengalami kenaikan iuran 4 persen ... Klaim meningkat 46 persen yaitu 142.788 kasus": the
            # sentence before named the program with figures that were none of its claims
            # (a sentence naming the agency anew starts its own subject: "Sepanjang 2024, BPJS Ketenagakerjaan ...")
            # (not after a run through the programs, "iuran JKK ... . JHT ... . Sedangkan untuk JK ... . untuk pembayaran
            # klaim ... Rp3,25 triliun": the claims of them all)
            or (not state.just_given and not s.has("total") and not s.has("collective") and not s.has("agency_ours")
                and not (state.earlier_programs - state.previous_programs))
            # "Pada 2022 klaim JKK ... baru 80 kasus ... . Tahun 2023 jumlahnya bertambah menjadi 558 kasus": after the
            # program's earlier figures, its figures of now
            or (state.just_given and all(c.is_prior_period and c.program in state.previous_programs
                                         for c in state.just_given))):
        # "angka kecelakaan kerja di Jawa Barat selama 2013 cukup tinggi. Jamsostek mencatat 22.438 kasus
        # dengan nilai klaim Rp 89,75 miliar": the figure-free sentence before set the topic.
        return next(iter(state.previous_programs)), "link.previous_sentence"
    if state.last_program and state.last_program != "TOTAL" and not any(s.has(c) for c in CLAIM_SUBJECT) \
            and not s.has("collective_soft") and not _sum_of_those_given(s, state):
        return state.last_program, "link.previous_sentence"
    if state.last_program and state.last_program != "TOTAL" and (_GOES_ON_FROM_BEFORE_RE.match(s.ctx.text)
                                                                 or _CONCEDES_THE_LAST_RE.match(s.ctx.text)) \
            and not s.has("collective") and not s.has("collective_soft"):
        # "... membayar klaim JHT Rp 58,4 miliar untuk 4.120 kasus. Sedangkan Cabang Semarang Majapahit membayar
        # Rp 47,9 miliar untuk 3.566 kasus": a sentence opened by "sedangkan" and another office is the last one's
        # second clause, its program too
        return state.last_program, "link.previous_sentence"
    if state.last_program not in (None, "TOTAL") and not s.programs and not s.has("total") and state.just_given \
            and all(c.program == state.last_program and c.rule_id in _CARRIED_LINKS for c in state.just_given) \
            and (next_in_series(claims, s) or s.has("claim_reason")):
        # (or the next reason of a breakdown by reason: "... mengundurkan diri, yakni 148.124 permintaan ... . Klaim
        # karena PHK tercatat 36.441 permintaan")
        # "Misalnya, pada tahun 2014 tercatat 12.780 kasus klaim [JHT] ... . Pada tahun 2015, terdapat 18.846 kasus
        # klaim ...": the next period of the series the sentence before carried on
        return state.last_program, "link.previous_sentence"
    same = same_subject(body, s, state, claims)
    if same is not None:
        return same, "link.same_subject"
    if not s.programs and s.has("benefit_noun") and _PAID_FOR_THE_DEAD_RE.search(s.ctx.text):
        return "JKM", "link.death_benefit"
    return "TOTAL", "link.total_default"


# "santunan untuk 179 orang ketua RT dan RW yang meninggal", "santunan bagi 179 peserta yang meninggal dunia": paid for
# deaths, no program named (not a work accident's: "kecelakaan kerja" names JKK, and a sentence naming it is not here)
_PAID_FOR_THE_DEAD_RE = re.compile(r"\byang\s+(?:telah\s+|sudah\s+)?(?:meninggal|wafat|tutup\s+usia)(?:\s+dunia)?\b"
                                   r"(?![^.;]{0,40}\b(?:kecelakaan|kerja)\b)", re.I)


# The links by which a sentence's program came from the sentences before it: a series carried so far goes on
_CARRIED_LINKS = ("link.previous_sentence", "link.anaphora", "link.same_subject")

# "Secara nominal, klaim ... naik 15 persen", "Dari sisi nilai, ...": the same subject seen from its other side
_ASPECT_OPENER_RE = re.compile(r"\W*(?:secara|dari\s+(?:sisi|segi))\s+(?:nominal|nilai|jumlah\s+kasus|kasus|rupiah|jumlah)\b",
                               re.I)


def _sum_of_those_given(s: ClaimSentence, state: Discourse) -> bool:
    """"... JHT Rp 40 miliar untuk 3.000 kasus dan JKM Rp 5 miliar untuk 120 kasus. Totalnya ... Rp 45 miliar": a total
    right after the figures of two programs or more is theirs together, not the last one's."""
    return s.has("total") and len({c.program for c in state.just_given if not c.is_prior_period} - {"TOTAL"}) >= 2


# ("Sedangkan untuk periode 2018, ... membayarkan klaim ...": another period, all programs; "Sedangkan program ...":
# another program)
_GOES_ON_FROM_BEFORE_RE = re.compile(r"\W*(?:sedangkan|sementara)\s+(?:di\s+|untuk\s+|pada\s+)?(?:Kantor\s+)?"
                                     r"(?:Cabang|Kanwil|KCP|Kantor\s+Wilayah)\b", re.I)


# "Meski jumlah kasusnya bertambah, ... nilai klaim yang dibayarkan justru menyusut ...": conceding the figures just
# told ("-nya"), the sentence goes on about the same program
_CONCEDES_THE_LAST_RE = re.compile(r"\W*(?:meski(?:pun)?|walau(?:pun)?|kendati(?:pun)?|biarpun)\s+(?:jumlah|nilai|angka|total|"
                                   r"banyak)(?:nya|\s+\w+nya)\b", re.I)


def _possessive_total(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"jumlah kecelakaan kerja di Jabar ... cukup banyak. PT Jamsostek mencatat jumlahnya 22.438 kasus": a total with
    "-nya" is the number of what the sentence before spoke of, not of all programs."""
    cue = s.cues.last_before(fig.start, "total", since=s.start)
    return cue is not None and body[cue.start:cue.end].casefold().endswith("nya") \
        and not any(c.has("total") and c.start < cue.start for c in s.cues.cues)


# "klaim JKP tersebut setara 2,82 persen dari total 134.130 pekerja ... dari seluruh program": the whole a share is of
_SHARE_OF_LEAD_RE = re.compile(r"(?:%|\bpersen)\s+dari\s+(?:total\s+|seluruh\s+|jumlah\s+|keseluruhan\s+)?(?:sebanyak\s+)?$", re.I)


_ITS_WORTH_GAP_RE = re.compile(r"[^\d;.]{0,100}?\b(?:yang\s+)?(?:nilai|nominal|jumlah)nya\s+(?:mencapai\s+|sebesar\s+|sekitar\s+)?$",
                               re.I)


def whole_of_every_program(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """The figure is the whole a share of the program named before it is of, and every program's: "... dari seluruh
    program" said after it in its clause; or that whole's worth, told right after it ("..., yang nilainya ...")."""
    if not s.has("all_programs"):
        return False
    if fig.unit == "money":
        whole = next((f for f in reversed(s.figures) if f.end <= fig.start and f.unit != "percent"), None)
        return whole is not None and whole.unit in ("case", "people") \
            and _ITS_WORTH_GAP_RE.fullmatch(body, whole.end, fig.start) is not None and whole_of_every_program(body, s, whole)
    return _SHARE_OF_LEAD_RE.search(body, max(s.start, fig.start - 30), fig.start) is not None \
        and any(c.has("all_programs") and fig.end <= c.start <= fig.end + 90 for c in s.cues.cues)


# "Dari total klaim Rp 36,5 triliun, ...": the whole a part is then taken from, claims said total, no program between
# (not "total klaim yang dibayarkan mencapai ..." alone: in a JKP story, JKP's total)
_TOTAL_CLAIMS_LEAD_RE = re.compile(r"\bdari\s+total\s+(?:seluruh\s+)?(?:pembayaran\s+)?(?:klaim|manfaat)\s+(?:yang\s+"
                                   r"(?:di)?(?:bayar|salur|cair)\w*\s+)?(?:sebesar\s+|senilai\s+|mencapai\s+|sebanyak\s+)?$", re.I)
