"""Counts of a whole that is not ours, a workforce or a population, and the sentences that split it
(rule veto.member_share_base): "Dari 667.892 ini sebanyak 330.493 pekerja formal ...", "jumlah total warga
Jember sebanyak 2.430.185 jiwa ... Dari jumlah tersebut, pekerja yang aktif sebanyak 1.117.132 jiwa"; the
words that say a part of such a whole is covered ("... yang sudah terlindungi", "80 persen dari potensi");
and a government body's own counts ("menurut data BPS ada 99.594 tenaga kerja")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pantau.extract.claim_parts import PARTITIVE_SENTENCE_RE
from pantau.extract.claim_rules import OF_TOTAL_BEFORE_RE, ClaimSentence
from pantau.extract.plans import STRONG_BOUNDARY_RE
from pantau.extract.figures import Figure
from pantau.extract.fastre import WindowFinder

if TYPE_CHECKING:  # (member_rules reads share_base from here)
    from pantau.extract.member_rules import MemberState

_OF_THAT_OPENER_RE = re.compile(r"\W*(?:dari|dengan)\s+(?:total\s+|jumlah\s+)?(?P<n>\d[\d.,]*)\s*(?:\w+\s+)?"
                                r"(?:ini|itu|tersebut)\b", re.I)


def breaks_down_a_base(text: str, s: ClaimSentence, state: MemberState) -> bool:
    """A sentence opening on a workforce count a coverage share was just taken of ("Dari 667.892 ini ..."):
    its counts split that workforce, not our participants."""
    opener = _OF_THAT_OPENER_RE.match(text) if state.bases else None
    if opener is None:
        return False
    first = next((f for f in s.figures if f.value is not None), None)
    return first is not None and any(abs(first.value - base) <= 0.5 for base in state.bases)


# (or a labour survey's count: "Mengacu pada data Sakernas 2025, jumlah tenaga kerja sektor konstruksi di Kalbar ...")
_POPULATION_RE = re.compile(r"\b(?:warga|penduduk|populasi|angkatan\s+kerja|usia\s+produktif|sakernas|"
                            r"jumlah\s+(?:pekerja|tenaga\s+kerja)\s+(?:(?:di\s+)?sektor\s+\w+\s+)?di)\b", re.I)
_PARTICIPANTS_NAMED_RE = re.compile(r"\b(?:peserta|kepesertaan|terdaftar|terlindungi|dilindungi|ter-?cover|tercakup|"
                                    r"mengikuti\s+program)\b", re.I)
_OURS_NAMED_RE = re.compile(rf"{_PARTICIPANTS_NAMED_RE.pattern}|\b(?:BPJS|Jamsostek|BPJAMSOSTEK)\b", re.I)


def counts_a_whole_not_ours(text: str, state: MemberState) -> bool:
    """A sentence counting a population or a workforce (who tells it does not matter), with no word of
    our participants; or the parts of the whole just counted ("Laki-laki sebanyak 1.194.496 dan
    perempuan 1.235.689"), naming nothing of ours."""
    if _POPULATION_RE.search(text) is not None and _PARTICIPANTS_NAMED_RE.search(text) is None:
        return True
    return state.whole_not_ours and _OURS_NAMED_RE.search(text) is None


def whole_not_ours_veto(text: str, s: ClaimSentence, state: MemberState) -> str | None:
    """The veto for a sentence whose counts are of a whole not ours or its parts: a workforce a share was just taken
    of, the parts of a population just counted (veto.member_share_base), or a population or labour survey's count
    naming nothing of ours ("Mengacu pada data Sakernas 2025, jumlah tenaga kerja sektor konstruksi di Kalbar
    mencapai 154.008 orang": veto.member_population)."""
    if breaks_down_a_base(text, s, state) or part_of_a_whole_not_ours(text, state):
        return "veto.member_share_base"
    population = _SURVEY_RE.search(text) or _POPULATION_RE.search(text)
    # (not "pekerja Informal ... berjumlah 52.710 tenaga kerja dari angkatan kerja 144.225": a share of it)
    if population is not None and _OURS_NAMED_RE.search(text) is None \
            and _FROM_WHOLE_RE.search(text, 0, population.start()) is None:
        return "veto.member_population"
    return None


# a labour survey or the statistics office as the source of a sentence's counts
_SURVEY_RE = re.compile(r"\b(?:sakernas|survei\s+angkatan\s+kerja|BPS|Badan\s+Pusat\s+Statistik)\b")
_FROM_WHOLE_RE = re.compile(r"\bdari\s+(?:total\s+|jumlah\s+|seluruh\s+)?$", re.I)


def part_of_a_whole_not_ours(text: str, state: MemberState) -> bool:
    """"Dari jumlah tersebut, pekerja yang aktif sebanyak ...", right after a population or workforce count, with no
    word of our participants: a part of that whole (the employed), not our participants."""
    return state.whole_not_ours and PARTITIVE_SENTENCE_RE.match(text) is not None and _OURS_NAMED_RE.search(text) is None


_FROM_TOTAL_LEAD_RE = re.compile(r",\s*dari\s+(?:total|jumlah|seluruh|keseluruhan)\s+(?:(?!peserta|kepesertaan|aktif)[^\W\d]+\s+)"
                                 r"{0,3}?$", re.I)
# ("naik 116,51% dari 16,33 juta" is a change from a figure, not a share of a whole)
_SHARE_OF_RE = re.compile(r"(?:persen|%)\s+dari\s+(?:jumlah|total|seluruh|keseluruhan|populasi|potensi|angkatan|"
                          r"penduduk|pekerja|tenaga\s+kerja)\b", re.I)


def share_base(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """The whole a share was taken of ("... atau 45,67 persen dari jumlah pekerja di Sulut yang sebanyak
    802.246 orang"): the workforce or population, not participants; no other figure between."""
    lead = max(s.start, fig.start - 120)
    last = None
    for last in _SHARE_OF_RE.finditer(body, lead, fig.start):
        pass
    # ("sekitar 13,6 persen dari 3,57 juta tenaga kerja di provinsi ini": the whole's figure right after "dari")
    # (not "80 persen dari 52.000 peserta aktif ... bekerja di sektor industri": a share of our participants)
    if last is None and not (fig.noun is not None and fig.noun.start > fig.start
                             and body[fig.noun.start:fig.noun.end].casefold().startswith(("peserta", "kepesertaan"))):
        last = _SHARE_OF_FIGURE_RE.search(body, max(s.start, fig.start - 30), fig.start)
    changes = [c for c in s.cues.between(max(s.start, last.start() - 45), last.start())
               if c.has("change_up") or c.has("change_down")] if last is not None else []
    if changes and _SIZE_OF_CHANGE_RE.fullmatch(body, changes[-1].end, last.start()):
        return False  # "turun sekitar 27,72% dari total 539.239 peserta aktif di 2019 menjadi ...": the change's from-side
    if last is None:
        # "... 318.838 dari total jumlah PBPU di Sulsel yang mencapai 2,37 juta orang": the whole after "dari total"
        last = OF_TOTAL_BEFORE_RE.search(body, max(s.start, fig.start - 90), fig.start)
    if last is None and any(f.unit == "percent" and f.end <= fig.start for f in s.figures):
        # "baru 135.163 tenaga kerja formal atau 40,89 persen yang menjadi peserta ..., dari total sebanyak 667.892"
        last = _FROM_TOTAL_LEAD_RE.search(body, max(s.start, fig.start - 60), fig.start)
    if last is None:
        return _whole_after_its_part(body, s, fig) or _counts_a_population(body, s, fig)
    if _NEXT_ITEM_RE.search(body, last.end(), fig.start) or _NEW_CLAUSE_RE.search(body, last.end(), fig.start):
        return False  # "490.859 pekerja formal atau 48,18 persen dari total angkatan kerja dan 209.693 ...": the list's next part
    return not any(last.end() <= f.start < fig.start and f.unit != "year" for f in s.figures)  # ("yang tercatat di BPS pada 2022 sebanyak")


_SHARE_OF_FIGURE_RE = re.compile(r"(?:persen|%)\s+dari\s+(?:sekitar\s+|sebanyak\s+)?$", re.I)
_SIZE_OF_CHANGE_RE = re.compile(r"\s*(?:sebesar\s+|sekitar\s+|hingga\s+|hampir\s+|mencapai\s+)?[\d.,]+\s*", re.I)
_NEXT_ITEM_RE = re.compile(r"(?:,|\s)\s*(?:dan|serta|sedangkan|sementara)\s+(?:sebanyak\s+|sejumlah\s+)?$", re.I)
# ("30 persen dari jumlah pekerja pada 2023, sementara peserta BPU sebanyak 40.000": another clause's count)
_NEW_CLAUSE_RE = re.compile(r";|,\s*(?:sementara|sedangkan|namun|tetapi|adapun)\b", re.I)


def _counts_a_population(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count whose own subject is a labour force or population ("angkatan kerja PU sebanyak 2,70 juta dengan coverage
    share ... 52,21 persen"), no word of our participants and no other figure between."""
    found = _POPULATION_RE.search(body, max(s.start, fig.start - _POPULATION_REACH_CHARS), fig.start)
    # (not "31,95% dari 1.614.923 angkatan kerja di DIY, atau sebanyak 328.119": the share of it, restated)
    return found is not None and _PARTICIPANTS_NAMED_RE.search(body, found.end(), fig.start) is None \
        and _RESTATED_RE.search(body, found.end(), fig.start) is None \
        and not any(found.end() <= f.start < fig.start or 0 <= found.start() - f.end <= 2 for f in s.figures)


_RESTATED_RE = re.compile(r"\batau\b", re.I)


_POPULATION_REACH_CHARS = 50  # the subject before its count ("angkatan kerja BPU sebesar ", "angkatan kerja di Sultra yang saat ini sekitar ")


# "20.000 peserta aktif ... dari total 310.000 pekerja": the whole right after a smaller count it holds
# (or its workforce named first: "760.468 peserta dari jumlah pekerja sebanyak 3.059.943 orang")
_WHOLE_AFTER_PART_RE = re.compile(r"[^\d.;]{0,70}?\bdari\s+(?:total|jumlah|keseluruhan|seluruh)\s+"
                                  r"(?:(?:pekerja|tenaga\s+kerja|angkatan\s+kerja|penduduk(?:\s+bekerja)?)\s+(?:yang\s+ada\s+)?)?"
                                  r"(?:sekitar\s+|sebanyak\s+|mencapai\s+)?$", re.I)
_OURS_AS_WHOLE_RE = re.compile(r"\s*(?:orang\s+)?(?:peserta|kepesertaan|pekerja\s+aktif|tenaga\s+kerja\s+aktif)\b", re.I)


def _whole_after_its_part(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A count told as the whole a smaller count just before it was taken from, the whole not itself our
    participants ("... dari total 20.000 peserta aktif" is ours)."""
    before = [f for f in s.figures if f.end <= fig.start and f.unit in ("people", "bare")]
    if not before or fig.value is None or before[-1].value is None or before[-1].value >= fig.value:
        return False
    part = before[-1]
    return (_WHOLE_AFTER_PART_RE.fullmatch(body, part.end, fig.start) is not None
            or (_SHARE_RESTATED_BEFORE_RE.search(body, max(s.start, part.start - 25), part.start) is not None
                and _BARE_OF_RE.fullmatch(body, part.end, fig.start) is not None)) \
        and not _OURS_AS_WHOLE_RE.match(body, fig.end)


# "hanya 2,75 persen atau 22.307 orang dari 809.750 orang pekerja": a share restated as a count, then its whole
_SHARE_RESTATED_BEFORE_RE = re.compile(r"(?:persen|%)\s*(?:atau|,)\s*(?:sekitar\s+|sebanyak\s+)?$", re.I)
_BARE_OF_RE = re.compile(r"\s*(?:orang|pekerja|peserta|tenaga\s+kerja|jiwa)?\s*dari\s+(?:sekitar\s+|sebanyak\s+)?", re.I)


# "dan yang sudah tercover oleh BPJS Ketenagakerjaan sebanyak": the participants of a workforce just given
_COVERED = r"(?:ter-?cover|terlindungi|tercakup|terdaftar|menjadi\s+peserta|ikut\s+(?:menjadi\s+peserta|program)|mengikuti\s+program|bergabung)"
COVERED_BEFORE_RE = re.compile(rf"\b(?:yang|dan)\s+(?:sudah\s+|telah\s+|baru\s+)?(?:aktif\s+)?{_COVERED}\b[^.;\d]{{0,100}}$", re.I)
# "... orang (yang) sudah mengikuti program": said covered; with "yang" it is so even after a target (veto_rule)
# ("343 ribu di antaranya sudah menjadi peserta", "77,1 ribu orang (37 persen) yang telah menjadi peserta")
COVERED_AFTER_RE = re.compile(rf"\s*(?:orang|pekerja|peserta|tenaga\s+kerja|jiwa)?\s*(?:\([^()]{{0,20}}\)\s*)?"
                              rf"(?:,?\s*atau\s+[\d.,]+\s*(?:persen|%)\s+)?(?:di\s+antaranya\s+)?"
                              rf"(?:(?P<yang>yang\s+)?(?:sudah|telah)\s+(?:aktif\s+)?{_COVERED}"
                              # ("hanya 26,64 juta pekerja yang dicover BPJamsostek": covered, said without "sudah")
                              rf"|yang\s+(?:di-?cover|dilindungi|ter-?cover|terlindungi|tercakup))\b", re.I)
# Coverage achieved, said as a share: "623.409 atau 80 persen dari 780.666 potensi peserta"; "... 50,88 persen atau baru 935.079"
SHARE_OF_POTENTIAL_AFTER_RE = re.compile(r"\s*(?:orang\s+|peserta\s+|pekerja\s+|tenaga\s+kerja\s+)?(?:\(|,?\s*atau\s+)"
                                         r"(?:sekitar\s+)?[\d.,]+\s*(?:persen|%)\s*\)?\s*dari\s+(?:total\s+)?"
                                         r"(?:[\d.,]+\s*(?:ribu|juta)?\s*)?(?:potensi|angkatan\s+kerja|target)", re.I)
# A part of a whole, the part said covered after the whole: "180 ribu dari total 1,8 juta pekerja di daerah itu
# telah terlindungi" (the whole: the area's workers, not participants)
PART_OF_WHOLE_COVERED_AFTER_RE = re.compile(
    rf"\s*(?:orang\s+|pekerja\s+|tenaga\s+kerja\s+|jiwa\s+)?dari\s+(?:total\s+|jumlah\s+|keseluruhan\s+|seluruh\s+)?"
    rf"(?:sekitar\s+|sebanyak\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?\s+(?!peserta|kepesertaan)(?:orang|pekerja|tenaga\s+kerja|jiwa|"
    rf"penduduk|angkatan\s+kerja)\b[^.;\d]{{0,50}}?\b(?:sudah|telah)\s+(?:aktif\s+)?{_COVERED}\b", re.I)
WHOLE_OF_COVERED_PART_BEFORE_RE = re.compile(r"\d\s*(?:ribu|juta)?\s+(?:orang\s+|pekerja\s+|tenaga\s+kerja\s+|jiwa\s+)?"
                                             r"dari\s+(?:total\s+|jumlah\s+|keseluruhan\s+|seluruh\s+)?(?:sekitar\s+|sebanyak\s+)?$",
                                             re.I)
COVERAGE_SHARE_BEFORE_RE = re.compile(r"(?:persen|%)\s*(?:\)\s*)?,?\s*atau\s+(?:baru\s+|sekitar\s+|sebanyak\s+)?$", re.I)
# ", dan (peserta) yang sudah ...": after a workforce or a government's count, our participants begin
OURS_FOLLOW = r",?\s*(?:dan|sedangkan|sementara|namun)\s+(?:peserta\s+|pekerja\s+)?yang\s+(?:sudah|telah|baru)\b"
_BASE_BEFORE_COVERED_RE = re.compile(rf"\s*(?:orang|pekerja|jiwa|tenaga\s+kerja)?\s*{OURS_FOLLOW}\s*(?:aktif\s+)?{_COVERED}\b",
                                     re.I)


# A whole, then the smaller part of it that is covered, in the same clause: "349 ribu orang, dan 343 ribu di antaranya
# sudah menjadi peserta", "205.900 pekerja mandiri, namun baru 77,1 ribu orang yang telah menjadi peserta", "4.000
# pekerja migran yang baru 1.180 orang di antaranya sudah terdaftar",
# "349 ribu pekerja penerima upah, dengan kepesertaan mencapai 343 ribu orang", "Dari sekitar 1,3 juta pekerja informal di
# Sumsel, baru 26.061 orang yang terdaftar": the workforce, not participants
_WHOLE_THEN_COVERED_PART_RE = re.compile(
    rf"[^.;]{{0,80}}?(?:(?:,|\b(?:dan|dengan|namun|tetapi|tapi|yang))\s+(?:(?:baru|hanya)\s+(?:sekitar\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?"
    rf"[^.;\d]{{0,40}}?\b(?:yang|di\s+antaranya)|(?:sekitar\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?[^.;\d]{{0,25}}?\bdi\s+antaranya)\s+"
    rf"(?:sudah\s+|telah\s+|baru\s+)?(?:aktif\s+)?{_COVERED}|"
    rf"dengan\s+(?:jumlah\s+)?kepesertaan\s+(?:aktif\s+)?(?:mencapai\s+|sebanyak\s+|sebesar\s+)?(?:sekitar\s+)?\d|"
    # ("Pekerja sektor jasa konstruksi berjumlah 64.940 orang, dengan 21.563 orang atau 33,20 persen sudah terdaftar")
    rf"dengan\s+(?:sekitar\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?\s+(?:orang\s+|pekerja\s+)?(?:\(?atau\s+[\d.,]+\s*(?:persen|%)\)?\s+)?"
    rf"(?:yang\s+)?(?:sudah|telah|baru)\s+{_COVERED}|"
    # ("terdapat 994.347 Pekerja Penerima Upah, dan yang sudah menjadi peserta program ini sebanyak 163.072 orang")
    rf"(?:dan|namun|tetapi|tapi|sementara)\s+yang\s+(?:sudah|telah)\s+(?:aktif\s+)?{_COVERED}|"
    # ("Total peserta dari segmen PMI saat ini mencapai 747.000 peserta dan yang aktif hanya 389 ribu orang")
    rf"(?:dan|namun|tetapi|tapi|sementara|sedangkan)\s+yang\s+(?:masih\s+|tetap\s+)?aktif\s+(?:hanya|baru|cuma)\s+"
    rf"(?:sekitar\s+|sebanyak\s+)?\d|"
    # ("dari total 30,85 juta pekerja informal, masih ada sekitar 27,8 juta yang belum mendapatkan perlindungan")
    rf"(?:masih\s+)?(?:ada|terdapat)\s+(?:sekitar\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?[^.;\d]{{0,25}}?\byang\s+belum\s+"
    rf"(?:{_COVERED}|mendapat(?:kan)?\s+perlindungan|memperoleh\s+perlindungan))", re.I)


def base_before_covered(body: str, pos: int) -> bool:
    return _BASE_BEFORE_COVERED_RE.match(body, pos) is not None


# "Dari lebih 5 juta pekerja di Sumut, tahun 2018 yang terdaftar sebagai peserta baru 25 persen": the workforce, then
# the share of it covered
_WORKFORCE_THEN_COVERED_SHARE_RE = re.compile(
    rf"\s*(?:orang\s+)?(?:pekerja|tenaga\s+kerja|angkatan\s+kerja|penduduk)\b[^.;]{{0,80}}?\byang\s+(?:sudah\s+|telah\s+)?"
    rf"{_COVERED}[^.;\d]{{0,30}}?\d[\d.,]*\s*(?:persen|%)", re.I)


def whole_then_covered_part(body: str, pos: int, end: int) -> bool:
    return _WHOLE_THEN_COVERED_PART_RE.match(body, pos, end) is not None \
        or _WORKFORCE_THEN_COVERED_SHARE_RE.match(body, pos, end) is not None


def government_clause(body: str, s: ClaimSentence, fig: Figure, ours_free: bool = False) -> bool:
    """The figure's clause names a government body ("angkatan kerjanya menurut data BPS ada 99.594
    tenaga kerja, sementara yang sudah aktif sebagai peserta 44.998"): its counts, not ours; a sentence
    with no contrast boundary is one clause. `ours_free`: the clause must not name our agency too ("Menurut data BPS,
    pekerja di Bali ada sekitar 2 juta orang, sedangkan yang kini terdaftar di BP Jamsostek baru 300.000")."""
    start, end = s.start, s.end
    boundaries = sorted([*STRONG_BOUNDARY_RE.finditer(body, s.start, s.end),
                         *_OURS_AFTER_THEIRS_RE.finditer(body, s.start, s.end)], key=lambda m: m.start())
    for m in boundaries:
        if m.end() <= fig.start:
            start = m.end()
        elif m.start() >= fig.end:
            end = m.start()
            break
    # (not a body named after the count as the source of the whole it is a share of: "peserta jasa konstruksi sudah
    # berjumlah 689.970 orang atau 399,10 persen dari potensi hasil pemetaan BPS")
    if ours_free and any(start <= c.start < end for c in s.cues.cues if c.has("agency_ours")):
        return False
    return any(start <= c.start < end and not (c.start >= fig.end and _OF_WHOLE_RE.search(body, fig.end, c.start))
               for c in s.cues.cues if c.has("agency_gov"))


_OF_WHOLE_RE = re.compile(r"\bdari\b", re.I)


# "... sesuai data BPS terdapat 99.594 tenaga kerja, dan peserta yang telah aktif ... 44.998": ours begin
_OURS_AFTER_THEIRS_RE = re.compile(OURS_FOLLOW, re.I)


# The same patterns, faster to search in the few words before a figure: their required words tested first (fastre).
_POPULATION_RE = WindowFinder(_POPULATION_RE)
WHOLE_OF_COVERED_PART_BEFORE_RE = WindowFinder(WHOLE_OF_COVERED_PART_BEFORE_RE)
COVERED_BEFORE_RE = WindowFinder(COVERED_BEFORE_RE)


# "sebanyak 118.235 yang terdiri dari 47.781 peserta aktif pekerja penerima upah, 931 peserta ...": the whole of parts
# said to be active participants is their active total
# (the parts may follow in the next sentence, opened on the count: "... mencapai 41,38 juta orang. Angka itu tersusun dari
# 26,26 juta peserta aktif penerima upah ...")
WHOLE_OF_ACTIVE_PARTS_AFTER_RE = re.compile(
    r"\s*(?:orang\s*|pekerja\s*|peserta\s*)?(?:,?\s*yang|\.\s*(?:Angka|Jumlah|Total)\s+(?:itu|tersebut|ini))\s+"
    r"(?:terdiri|tersusun)\s+(?:atas|dari)\s+[^.;]{0,30}?\d[\d.,]*\s*(?:ribu\s+|juta\s+)?"
    r"(?:orang\s+|pekerja\s+|tenaga\s+kerja\s+)?peserta\s+aktif\b", re.I)


# a whole just told that is not of participants: its parts by segment are not participants either
NOT_PARTICIPANTS_BEFORE_RE = re.compile(r"\b(?:belum|tidak|tak)\s+(?:terdaftar|menjadi\s+peserta|terlindungi|aktif)|"
                                        r"\b(?:di|mem)bayar\w*\s+[^.;]{0,60}?\bkepada\b[^.;]*\.\W*$", re.I)


# "Dari total tenaga kerja yang mencapai 3,57 juta orang, peserta yang tercatat baru 481.910 orang"; "penduduk bekerja
# ... 7.996.826 orang. Dari jumlah itu, yang sudah terdaftar sebagai peserta ... baru 3.302.762 pekerja": how many of an
# area's workforce take part so far, said "registered" (rule member.active, as coverage)
_SO_FAR_BEFORE_RE = re.compile(r"\bbaru\s+(?:sekitar\s+|sebanyak\s+|mencapai\s+|berjumlah\s+)?$", re.I)
_THAT_WHOLE_OPENER_RE = re.compile(r"\W*dari\s+(?:jumlah|total)\s+(?:itu|tersebut)\b", re.I)


def covers_a_workforce(body: str, s: ClaimSentence, fig: Figure) -> bool:
    if _SO_FAR_BEFORE_RE.search(body, max(s.start, fig.start - 25), fig.start) is None:
        return False
    whole = [f for f in s.figures if f.end <= fig.start and f.unit in ("people", "bare")]
    if whole:
        found = _POPULATION_RE.search(body, s.start, whole[-1].start) or \
            _WORKFORCE_WHOLE_RE.search(body, s.start, whole[-1].start)
        return found is not None and len(whole) == 1
    return _THAT_WHOLE_OPENER_RE.match(s.text) is not None \
        and _POPULATION_RE.search(body, max(0, s.start - 200), s.start) is not None


_WORKFORCE_WHOLE_RE = re.compile(r"\bdari\s+(?:total|jumlah)\s+(?:tenaga\s+kerja|pekerja)\b", re.I)
