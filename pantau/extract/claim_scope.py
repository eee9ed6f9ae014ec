"""Which whole a claim figure belongs to, beyond its own words: an amount and its count side by side
are one frame; a figure naming no program may be a part of a total or of the one program an article
reports (a cause, a segment); a part taken of a figure just given is no claim of its own."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import POINTED_BACK_RE, ClaimSentence
from pantau.extract.figures import Figure
from pantau.extract.periods import shift_years
from pantau.model import ClaimFigure


TOTAL_LEAD_RE = re.compile(r"\b(?:totalnya|secara\s+total|total\s+keseluruhan)\s*(?:(?:hanya|sudah|telah|tercatat)\s+)?"
                           r"(?:sebesar\s+|senilai\s+|mencapai\s+|sebanyak\s+)?(?:Rp\.?\s*)?$", re.I)


# A part of the figure just given, by some cut other than a program ("Dari jumlah itu, 214 kasus
# merupakan kecelakaan lalu lintas"): no claim of its own when it borrows its program.
# ("Dari jumlah itu, ...", "dari total klaim Rp 11,1 triliun tersebut, sebesar Rp 1,2 triliun ...": the whole with its value)
# (also with no "dari": "Elvyn menjelaskan, total klaim Rp 11,1 triliun tersebut, sebesar Rp 1,2 triliun ...")
PARTITIVE_OPENER_RE = re.compile(r"\b(?:dari\s+(?:[\w.,]+\s+){0,6}?|(?:total|jumlah)\s+(?:[\w.,]+\s+){0,5}?)(?:itu|tersebut)\s*,\s*"
                                 r"(?:sebanyak\s+|sekitar\s+|ada\s+|sebesar\s+|senilai\s+|sejumlah\s+)?$", re.I)


def subset_part(body: str, s: ClaimSentence, fig: Figure, set_aside: list) -> bool:
    """A figure right after a partitive opener ("Dari jumlah itu, 214 kasus ..."), or the count paid with an amount
    just set aside as such ("..., sebesar Rp 1,2 triliun dibayarkan kepada 46.000 peserta yang di-PHK")."""
    if PARTITIVE_OPENER_RE.search(body, max(s.start, fig.start - 60), fig.start):
        return True
    owner = _SEGMENT_OWNER_AFTER_RE.match(body, fig.end)
    if owner is not None and any(c.start == owner.end() and c.has("segment") for c in s.cues.cues):
        return True  # "dua klaim dari jaminan jasa konstruksi, yaitu ...": one segment's claims, no program's whole
    last = set_aside[-1] if set_aside else None
    return last is not None and last.unit == "money" and fig.unit != "money" \
        and _PAID_TO_COUNT_GAP_RE.fullmatch(body, last.end, fig.start) is not None


_SEGMENT_OWNER_AFTER_RE = re.compile(r"\s*(?:klaim|kasus|berkas)?\s*(?:dari|untuk|bagi)\s+(?:(?:jaminan|peserta|sektor|segmen|"
                                     r"pekerja|tenaga\s+kerja)\s+)?", re.I)
_PAID_TO_COUNT_GAP_RE = re.compile(r"\s*(?:(?:yang\s+)?(?:di|ter)?(?:bayar|salur|serah|cair|beri|kucur)\w*\s+)?(?:kepada|untuk|bagi|dari)\s+"
                                   r"(?:sebanyak\s+)?", re.I)


BORROWED_LINKS = ("link.anaphora", "link.previous_sentence", "link.same_subject", "link.completes_previous",
                  "link.total_default")


# "klaim program JKK dan JKM ... senilai total Rp55,10 miliar": the programs' sum
JOINT_TOTAL_RE = re.compile(r"\b(?:total(?:nya)?|seluruhnya|keseluruhan)\s*(?:(?:nilai|nominal)(?:nya)?\s+)?"
                             r"(?:(?:sebesar|senilai|mencapai|sebanyak|sejumlah|berjumlah)\s+)?(?:Rp\.?\s*)?$", re.I)


NEARLY_ALL = 0.98  # a figure this close under a total, with no cut named, is the total again rather than a part


def part_of_total(claim: ClaimFigure, earlier: list[ClaimFigure]) -> bool:
    """"tercatat 656 kasus gagal berangkat dengan manfaat total Rp6,31 miliar" after the total of
    2.368 kasus and Rp55,10 miliar: a figure that names no program, smaller than the total already
    given for its period and office, is a part of it by some other cut (a cause, a segment)."""
    if claim.program != "TOTAL" or claim.rule_id != "link.total_default" or claim.is_prior_period:
        return False
    for total in earlier:
        if total.program != "TOTAL" or total.is_prior_period or total.period_end != claim.period_end \
                or total.office != claim.office:
            continue
        # smaller beyond the total's rounding: "Rp 54.869.895.634" after "mencapai Rp 55 miliar" is the
        # total said precisely, not a part of it
        smaller = [(mine, theirs - slack) for mine, theirs, slack in (
            (claim.amount_idr, total.amount_idr, total.amount_tolerance), (claim.cases, total.cases, total.cases_tolerance))
            if mine is not None and theirs is not None]
        # (and not within 2 % of it: "Rp 245 miliar" after "Rp 247 miliar", no cut named, is the total said again
        # differently, for the report to show, not a part of it)
        if smaller and all(mine < theirs for mine, theirs in smaller) \
                and not all(mine >= NEARLY_ALL * theirs for mine, theirs in smaller):
            return True
    return False


# A breakdown told right after a figure: "Rinciannya 1 JHT, 8 jaminan kecelakaan kerja dan 6 meninggal"
BREAKDOWN_OPENER_RE = re.compile(r"^\W*(?:dengan\s+)?(?:rincian(?:nya)?|perincian(?:nya)?|terdiri\s+(?:dari|atas)|"
                                 r"masing-masing|antara\s+lain)\b", re.I)


def breakdown_of_part(claims: list[ClaimFigure], part: ClaimFigure) -> bool:
    """"... untuk sektor bukan penerima upah sejumlah Rp409.731.278, dengan jumlah kasus 15 orang. Rinciannya
    1 JHT, 8 jaminan kecelakaan kerja dan 6 meninggal", after the total of all segments: the programs' figures
    that fit within a part set aside (link.part_of_total) break that part down; they are no program's whole."""
    current = [c for c in claims if not c.is_prior_period]
    if not current or any(c.program == "TOTAL" or c.period_end != part.period_end for c in current):
        return False
    told = False
    for whole, values in ((part.cases, [c.cases for c in current]), (part.amount_idr, [c.amount_idr for c in current])):
        values = [v for v in values if v is not None]
        if values and (whole is None or sum(values) > whole):
            return False
        told = told or bool(values)
    return told


def parts_set_aside(claims: list[ClaimFigure], earlier: list[ClaimFigure], aside_before: tuple[int, ClaimFigure] | None,
                    index: int, text: str, segment: bool) -> tuple[list[ClaimFigure], tuple[int, ClaimFigure] | None, bool]:
    """A sentence's claims less the parts of a total (part_of_total) and, when the part is a segment's (`segment`:
    its sentence names one), that part's breakdown, in its sentence or opening the next ("Rinciannya ..."); the
    segment's part set aside here, for the next sentence; and whether anything was set aside (link.part_of_total).
    (A part by cause may be broken down by program as the programs' own figures: not set aside.)"""
    aside = [c for c in claims if part_of_total(c, earlier)]
    rest = [c for c in claims if c not in aside]
    if aside:
        part = aside[-1] if segment else None
    elif aside_before and aside_before[0] == index - 1 and BREAKDOWN_OPENER_RE.match(text):
        part = aside_before[1]  # the part the sentence before set aside, broken down here
    else:
        part = None
    broken_down = part is not None and breakdown_of_part(rest, part)
    return ([] if broken_down else rest), ((index, part) if aside and segment else None), bool(aside or broken_down)


# "sejumlah kurang lebih Rp700 miliar itu", "dana sekitar Rp 800 miliar tersebut"
_ROUGH_BEFORE_RE = re.compile(r"\b(?:kurang\s+lebih|sekitar|kira-kira|kira\s+kira|hampir|nyaris|lebih\s+dari|"
                              r"sekira|±)\s*(?:Rp\.?\s*)?$", re.I)


def rough_restatement(claim: ClaimFigure, earlier: list[ClaimFigure], body: str) -> ClaimFigure | None:
    """"Klaim sejumlah kurang lebih Rp700 miliar itu kami serahkan kepada 65.148 tenaga kerja" after
    "klaim senilai Rp797.995.853.173": an amount said roughly and pointed back at is the total just given
    (within a third of it), not a part of it; the earlier total it restates, if any."""
    if claim.program != "TOTAL" or claim.is_prior_period or claim.amount_idr is None or claim.amount_span is None:
        return None
    start, end = claim.amount_span
    if not _ROUGH_BEFORE_RE.search(body, max(0, start - 25), start):
        return None
    # pointed back at, within a third; or, with no pointer, within 2 % ("sudah mencapai Rp 39,559 miliar", later
    # "klaim yang sudah dibayarkan total sekitar Rp 39,5 miliar dengan 4.068 kasus")
    reach = (0.75, 1.34) if POINTED_BACK_RE.match(body, end) else (0.98, 1.02)
    for total in reversed(earlier):
        if total.program == "TOTAL" and not total.is_prior_period and total.office == claim.office \
                and total.period_end == claim.period_end and total.amount_idr \
                and reach[0] <= claim.amount_idr / total.amount_idr <= reach[1]:
            return total
    return None


def parts_follow(body: str, s: ClaimSentence, fig, role: str, roles) -> bool:
    """Figures of the same kind for two or more programs follow this one in its sentence, each
    after its program, all smaller, the first past a clause boundary ("1.286 kasus, dengan ... jaminan
    hari tua 1.081 kasus, disusul ..."; not "6.402 kasus JHT, 1.142 kasus JKK"): this one is their whole."""
    first = next((p for p in s.programs if p.start > fig.end), None)
    of_which = first is not None and _OF_WHICH_RE.match(body, fig.end, first.start) is not None
    if first is None or not (of_which or re.search(r",|\bdengan\b|\bterdiri\b|\byakni\b|\byaitu\b",
                                                   body[fig.end:first.start])):
        return False
    later = [f for f, r, _ in roles if r == role and f.start > fig.end]
    named = set()
    for f in later:
        # its program before it, or right after it ("13.873 peserta, yaitu 13.144 peserta program JHT ... dan 362
        # peserta program JKK")
        own = [p for p in s.programs if f.end <= p.start <= f.end + 20] \
            or [p for p in s.programs if fig.end <= p.start < f.start][-1:]
        if own and f.value is not None and fig.value is not None and f.value < fig.value:
            named.add(own[0].value("program"))
    # (one part is enough when said to be "of which": "mencapai Rp24 triliun dimana Rp22 triliun dari JHT"; "8.376 kasus,
    # didominasi oleh JHT 7.653 kasus")
    return len(named) >= 2 or (len(named) == 1 and of_which)


_OF_WHICH_RE = re.compile(r"\s*(?:kasus|klaim|peserta|orang)?\s*,?\s*(?:di\s*mana|yang\s+mana|dari\s+(?:jumlah|angka)\s+(?:itu|tersebut)"
                          r"|(?:yang\s+)?(?:didominasi|terbanyak)\b[^,;.\d]{0,20})\b", re.I)  # ("..., didominasi oleh JHT 7.653")


def program_in_scope(claim: ClaimFigure, earlier: list[ClaimFigure]) -> tuple[str, str, bool] | None:
    """(program, rule id, prior) of a figure naming no program, from the figures already given, if any; prior when
    it is the program's figure of the same period a year before."""
    exact = _said_exactly(claim, earlier)
    if exact is not None:
        return exact, "link.exact_restatement", claim.is_prior_period
    only = the_only_program(claim, earlier)
    if only is None:
        return None
    return only, "link.only_program", claim.is_prior_period or any(
        c.program == only and not c.is_prior_period and c.office == claim.office and _a_year_before(claim, c)
        for c in earlier)


def _a_year_before(claim: ClaimFigure, whole: ClaimFigure) -> bool:
    return claim.period_end is not None and claim.period_end == shift_years(whole.period_end, -1) \
        and claim.period_start == shift_years(whole.period_start, -1)


def _said_exactly(claim: ClaimFigure, earlier: list[ClaimFigure]) -> str | None:
    """"... klaim JHT ... sebesar Rp 191 Miliar." then "Tepatnya kita sudah membayarkan sebesar Rp 191.070.366.904.48
    kepada 10.670 peserta": an amount naming no program, within the rounding of the program's amount given just before
    (same period and office) and printed more precisely, is that amount said exactly (link.exact_restatement)."""
    if claim.program != "TOTAL" or claim.rule_id != "link.total_default" or claim.is_prior_period \
            or claim.amount_idr is None:
        return None
    last = next((c for c in reversed(earlier) if not c.is_prior_period), None)
    if last is None or last.program == "TOTAL" or last.amount_idr is None or last.office != claim.office \
            or last.period_end != claim.period_end or claim.amount_tolerance >= last.amount_tolerance:
        return None
    return last.program if abs(claim.amount_idr - last.amount_idr) <= last.amount_tolerance + claim.amount_tolerance \
        else None


def the_only_program(claim: ClaimFigure, earlier: list[ClaimFigure]) -> str | None:
    """"Ada juga karena perubahan status menjadi PNS berjumlah 120 kasus dengan total pembayaran klaim
    Rp 633,901 juta" in an article that has reported JHT claims only: a figure naming no program,
    smaller than that program's figure of its period (or of a longer period it falls in) and office, is a part of
    it (link.only_program); one
    of the same period a year before ("Kalau sampai September tahun lalu itu yang klaim 1,9 juta") is
    that program's, compared."""
    last_year = claim.rule_id == "side.previous_year"  # ("Tahun lalu sampai bulan September ... di angka 1,9 juta")
    if claim.program != "TOTAL" or claim.rule_id != "link.total_default" and not last_year \
            or claim.is_prior_period and not last_year:
        return None
    programs = {c.program for c in earlier if not c.is_prior_period}
    if len(programs) != 1 or "TOTAL" in programs:
        return None
    program = programs.pop()
    for whole in earlier:
        if whole.program != program or whole.is_prior_period or whole.office != claim.office:
            continue
        if _a_year_before(claim, whole) or (last_year and claim.period_end is not None
                                            and claim.period_end == shift_years(whole.period_end, -1)):
            return program
        if whole.period_end == claim.period_end or _within(claim, whole):
            pairs = [(mine, theirs) for mine, theirs in ((claim.amount_idr, whole.amount_idr), (claim.cases, whole.cases))
                     if mine is not None and theirs is not None]
            if pairs and all(mine < theirs for mine, theirs in pairs):
                return program
    return None


def _within(claim: ClaimFigure, whole: ClaimFigure) -> bool:
    """claim's period lies inside whole's, which runs over several months ("sejak Maret hingga Juni 2020", then
    "Memasuki Mei, ... 1.701 klaim"): a month of it; or a year of it, the first told whole ("sejak dimulainya program
    JKP pada Februari 2022 hingga Mei 2024", then "yakni 2022, tercatat sekitar 10.000 klaim")."""
    return whole.period_start is not None and claim.period_end is not None and whole.period_end is not None \
        and whole.period_start < claim.period_end < whole.period_end \
        and (claim.period_start is None or claim.period_start >= whole.period_start.replace(month=1, day=1))


def pair_each_counts(main: list, linked_at: dict[int, int], each_pairs: dict[int, int]) -> None:
    """"tiga pekerja ... menerima santunan JKK masing-masing Rp 150 juta": the count goes with the
    program of the amount paid to each of them."""
    for amount_start, count_start in each_pairs.items():
        if amount_start in linked_at and count_start in linked_at:
            program = main[linked_at[amount_start]][0]
            count = main[linked_at[count_start]]
            if count[0] != program and count[3] in ("link.total_default", "link.previous_sentence"):
                main[linked_at[count_start]] = (program, *count[1:])


# Between an amount and its count in one frame ("Rp 1,26 miliar dari 122.051 kasus", "1.040 kasus
# senilai Rp 22 miliar"): nothing but a joining word.
_AMOUNT_TO_COUNT_RE = re.compile(r"\s*(?:\)\s*)?(?:(?:ini|itu|tersebut)\s+)?(?:yang\s+)?(?:(?:berasal|bersumber|diberikan|"
                                 r"dibayarkan|disalurkan)\s+)?(?:dari|untuk|bagi|atas|kepada)\s+(?:sebanyak\s+|total\s+)?",
                                 re.I)


_COUNT_TO_AMOUNT_RE = re.compile(r"\s*(?:kasus|klaim|peserta|orang|penerima|berkas)?\s*(?:\(\s*|,\s*)?(?:atau\s+)?"
                                 r"(?:senilai|sebesar|dengan\s+(?:nilai|total|jumlah)(?:\s+klaim)?(?:\s+sebesar)?)?\s*", re.I)


_WEAK_LINKS = ("link.total_default", "link.same_subject", "link.previous_sentence")


def bind_adjacent_pairs(body: str, roles, main: list, linked_at: dict[int, int]) -> None:
    """An amount and a count side by side are one frame: when one was linked by a weak rule
    (a default, the previous sentence's subject) and the other by what the text says, the
    weak one takes the other's program."""
    figs = sorted((fig for fig, _, _ in roles), key=lambda f: f.start)
    for first, second in zip(figs, figs[1:]):
        if first.start not in linked_at or second.start not in linked_at:
            continue
        kinds = {first.unit == "money", second.unit == "money"}
        if kinds != {True, False}:
            continue
        gap_re = _AMOUNT_TO_COUNT_RE if first.unit == "money" else _COUNT_TO_AMOUNT_RE
        if not gap_re.fullmatch(body, first.end, second.start):
            continue
        a, b = main[linked_at[first.start]], main[linked_at[second.start]]
        if a[0] == b[0] or (a[3] in _WEAK_LINKS) == (b[3] in _WEAK_LINKS):
            continue
        weak_at, strong = (linked_at[first.start], b) if a[3] in _WEAK_LINKS else (linked_at[second.start], a)
        main[weak_at] = (strong[0], *main[weak_at][1:])


def joint_total_given(main: list, role: str) -> bool:
    """The other half of the programs' joint total was read just before ("santunan JKK dan JKM senilai total Rp 1,2
    miliar kepada 8 ahli waris"): this figure is the total's too."""
    return bool(main) and main[-1][0] == "TOTAL" and main[-1][1] != role and main[-1][3] == "link.collective"


_AMONG_THEM_AFTER_RE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:di\s*antaranya|diantaranya)\b", re.I)


def part_of_last_claim(body: str, s: ClaimSentence, fig: Figure, program: str | None, claims: list) -> bool:
    """"Dari jumlah itu, 2.300 peserta mencairkan JHT karena berhenti bekerja", "2.300 peserta di antaranya ...": a
    count taken out of the claim just given for the same program, smaller than its count: a part by another cut, no
    claim of its own (rule link.subset)."""
    if fig.unit not in ("people", "case", "bare") or not claims or fig.value is None:
        return False
    last = claims[-1]
    if last.program != program or last.is_prior_period or last.cases is None or fig.value >= last.cases \
            or last.rule_id in BORROWED_LINKS:  # (a whole whose program was only carried over may be all programs')
        return False
    return PARTITIVE_OPENER_RE.search(body, max(s.start, fig.start - 60), fig.start) is not None \
        or _AMONG_THEM_AFTER_RE.match(body, fig.end) is not None

