"""Companies among participation figures: the employers of the active workers just counted (rule
member.companies) and the workers of companies just counted (rule member.active)."""
from __future__ import annotations

import re

from pantau.extract.claim_rules import ClaimSentence, clause_start
from pantau.extract.figures import Figure
from pantau.model import MembershipFigure


_SPREAD_OVER_RE = re.compile(r"\b(?:tersebar\s+di|berasal\s+dari|bekerja\s+di)\s+(?:sebanyak\s+|total\s+)?$", re.I)


def participating_companies(body: str, s: ClaimSentence, fig: Figure, previous_metric: str | None) -> bool:
    """Companies where active workers just counted are ("... tenaga kerja aktif 76.184 orang. Mereka tersebar di 604
    pemberi kerja"): the participating companies, active (rule member.companies). (Not any company count near a
    participation word: "menggandeng 1.895 perusahaan", "perusahaan peserta ... Co-Marketing 256 perusahaan".)"""
    if _AFTER_ITS_WORKERS_RE.search(body, max(s.start, fig.start - 40), fig.start) is not None:
        # "total kepesertaan mencapai 133.000 orang dan 944 perusahaan" (not "sosialisasi kepada 500 peserta dan 20
        # perusahaan": an audience)
        return not s.cues.any("audience") and any(c.has("member_noun") or c.has("active")
                                                  or c.has("coverage") for c in s.cues.cues if c.start < fig.start)
    return (_SPREAD_OVER_RE.search(body, max(s.start, fig.start - 30), fig.start) is not None
            or _WITH_EMPLOYERS_BEFORE_RE.search(body, max(s.start, fig.start - 70), fig.start) is not None) \
        and ((previous_metric or "").startswith("active_") or s.cues.any("active")
             # ("peserta ... Penerima Upah ... sekitar 50.000 orang, dengan jumlah perusahaan pemberi kerja sekitar 2.000")
             or (not s.cues.any("audience") and any(c.has("member_noun") for c in s.cues.cues if c.start < fig.start)
                 and any(f.unit == "people" and f.end <= fig.start for f in s.figures)))


# "peserta aktif sebanyak 1.840.227 tenaga kerja dengan pemberi kerja/badan usaha sebanyak 25.658 unit": the
# employers of the active workers just counted
_WITH_EMPLOYERS_BEFORE_RE = re.compile(
    r"\d[^.;]{0,40}?\b(?:dengan|dari)\s+(?:jumlah\s+)?(?:pemberi\s+kerja|perusahaan|badan\s+usaha)"
    r"(?:\s*/\s*(?:pemberi\s+kerja|perusahaan|badan\s+usaha)|\s+pemberi\s+kerja)?\s+(?:aktif\s+)?(?:sebanyak|sejumlah|mencapai|berjumlah|ada)?\s*(?:sekitar|kurang\s+lebih|lebih\s+dari|hampir)?\s*$",
    re.I)


# "total kepesertaan mencapai 133.000 orang dan 944 perusahaan": the workers counted, then their companies
_AFTER_ITS_WORKERS_RE = re.compile(r"\d(?:\s+(?:ribu|juta))?\s+(?:orang|pekerja|tenaga\s+kerja|peserta|karyawan)"
                                  r"\s+(?:dan|serta)\s+$", re.I)


# "231 perusahaan dengan 10.794 tenaga kerja": a list row of companies and their workers
# ("... 231 perusahaan dengan 10.794 tenaga kerja", "153 perusahaan dengan tenaga kerja 1.991 orang")
PAIRED_WORKERS_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\s+(?:dengan|dan)\s+(?:total\s+|jumlah\s+)?"
                               r"(?:(?:\d[\d.,]*|\w+)\s+(?:orang\s+)?(?:tenaga\s+kerja|pekerja|peserta|karyawan)\b"
                               r"|(?:tenaga\s+kerja|pekerja|karyawan)(?:nya)?\s+(?:sebanyak\s+)?\d)", re.I)



# (also "... perusahaan dengan tenaga kerja yang terdaftar mencapai 130.730 orang": the companies' workers, however listed)
# ("654 perusahaan yang mempekerjakan 39.636 orang": the workers they employ)
_WORKERS_OF_COMPANIES_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\s+(?:aktif\s+)?(?:dengan|dan|"
                                      r"yang\s+(?:mempekerjakan|memiliki|menaungi)|yang\s+tenaga\s+kerjanya)\s+"
                                      r"(?:total\s+|jumlah\s+)?(?:(?:tenaga\s+kerja|pekerja|karyawan)\s+(?:yang\s+)?"
                                      r"(?:terdaftar|tercatat|terlindungi)?\s*(?:mencapai|sebanyak|sejumlah|berjumlah)?\s*)?",
                                      re.I)


def workers_of_active_companies(body: str, out: list[MembershipFigure], fig: Figure) -> bool:
    """"peserta aktif sebanyak 2.400 perusahaan dengan 266.887 tenaga kerja": the active companies' workers
    are active participants too (rule member.active)."""
    return bool(out) and out[-1].metric == "active_companies" and fig.unit == "people" \
        and _WORKERS_OF_COMPANIES_RE.fullmatch(body, out[-1].end_char, fig.start) is not None


# "3.281 tenaga kerja dari 327 perusahaan yang tercatat aktif": the workers, then the active companies they come from
_FROM_COMPANIES_RE = re.compile(r"\s*(?:orang\s+)?(?:tenaga\s+kerja|pekerja|peserta|karyawan)?\s*(?:yang\s+berasal\s+)?dari\s+"
                                r"(?:sekitar\s+)?$", re.I)
_ACTIVE_COMPANIES_AFTER_RE = re.compile(r"\s*(?:perusahaan|pemberi\s+kerja|badan\s+usaha)\s+(?:yang\s+)?(?:tercatat\s+|"
                                        r"sudah\s+|telah\s+|masih\s+|berstatus\s+)?aktif\b", re.I)


def workers_from_active_companies(body: str, s, fig: Figure) -> bool:
    """"Baru sekitar 3.281 tenaga kerja dari 327 perusahaan yang tercatat aktif ikut program tersebut": the workers of
    the active companies named after them are active participants too (rule member.active)."""
    company = next((f for f in s.figures if f.start >= fig.end), None)
    return fig.unit == "people" and company is not None and company.unit == "company" \
        and _FROM_COMPANIES_RE.fullmatch(body, fig.end, company.start) is not None \
        and _ACTIVE_COMPANIES_AFTER_RE.match(body, company.end) is not None


def workers_of_new_companies(body: str, s, fig: Figure) -> bool:
    """"menggaet 1.309 perusahaan baru dengan 68.946 tenaga kerja", "tambahan peserta baru ... berasal dari 906
    perusahaan dengan 54.478 tenaga kerja": the workers the new companies brought are new wage participants (rule
    member.new)."""
    if fig.unit != "people":
        return False
    before = [f for f in s.figures if f.end <= fig.start]
    if not before or before[-1].unit != "company" or not _WORKERS_OF_NEW_COMPANIES_RE.fullmatch(body, before[-1].end, fig.start):
        return False
    company = before[-1]
    lead = [c for c in s.cues.cues if s.start <= c.start < company.start and not any(
        company.start > f.start >= c.end for f in before[:-1])]
    return _NEW_COMPANY_AFTER_RE.match(body, company.end) is not None or any(c.has("member_new") for c in lead)


# "1.309 perusahaan baru dengan 68.946", "188 pemberi kerja atau perusahaan, dengan tambahan tenaga kerja sebanyak 4.086"
_WORKERS_OF_NEW_COMPANIES_RE = re.compile(
    r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)(?:\s+(?:baru|atau\s+perusahaan|atau\s+badan\s+usaha))?\s*,?\s*dengan\s+"
    r"(?:tambahan\s+)?(?:total\s+|jumlah\s+)?(?:tenaga\s+kerja\s+|pekerja\s+|karyawan\s+)?(?:sebanyak\s+|sejumlah\s+)?", re.I)
_NEW_COMPANY_AFTER_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\s+baru\b", re.I)


# "716 perusahaan di Kabupaten Labuhanbatu Selatan yang telah menyertakan karyawannya pada program BPJS
# Ketenagakerjaan": companies said to have enrolled their own workers take part
# ("4.200 perusahaan yang ikut menjadi peserta", "3.500 perusahaan dengan 163.000 tenaga kerja aktif": taking part themselves,
# or the employers of the active workers counted right after them)
_ENROLLING_ITS_WORKERS_RE = re.compile(
    r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b(?:[^.;\d]{0,60}?\b(?:yang\s+(?:telah\s+|sudah\s+)?|telah\s+|sudah\s+)(?:menyertakan|"
    r"mendaftarkan|mengikutsertakan|mengikutkan|melindungi)\s+(?:seluruh\s+|semua\s+)?(?:karyawan|pekerja|tenaga\s+kerja|"
    r"buruh)(?:nya)?\b|\s+yang\s+(?:telah\s+|sudah\s+)?(?:ikut\s+|turut\s+)?menjadi\s+peserta\b|"
    r"\s+(?:dengan|yang\s+mempekerjakan)\s+(?:total\s+|jumlah\s+)?(?:pekerja\s+|tenaga\s+kerja\s+)?(?:sebanyak\s+)?\d[\d.,]*"
    r"(?:\s*(?:ribu|juta|rb))?\s+(?:orang\s+)?(?:tenaga\s+kerja|pekerja|peserta|karyawan)\s+(?:yang\s+)?aktif\b)", re.I)


def enrolling_its_workers(body: str, fig: Figure) -> bool:
    """A company count said to have enrolled its own workers, to take part itself, or told with its active workers:
    the participating companies (rule member.companies)."""
    return _ENROLLING_ITS_WORKERS_RE.match(body, fig.end) is not None or paying_companies(body, fig)


# "Jamsostek untuk pekerja formal dibayarkan oleh 9.132 badan usaha", "iurannya dibayar oleh 412 perusahaan"
_PAID_BY_BEFORE_RE = re.compile(r"\b(?:di)?bayar(?:kan)?\s+oleh\s+(?:sekitar\s+|sebanyak\s+|lebih\s+dari\s+)?$", re.I)
# "3.100 perusahaan yang rutin membayar iuran", "1.204 badan usaha telah menyetorkan iuran"
_PAYING_AFTER_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\s+(?:yang\s+)?(?:(?:sudah|telah|rutin|tertib|aktif|"
                              r"selalu)\s+)*(?:membayar(?:kan)?|menyetor(?:kan)?)\s+iuran(?:nya)?\b", re.I)


def paying_companies(body: str, fig: Figure) -> bool:
    """A count of companies said to pay the contributions: the active ones (paying is what keeps a company active)."""
    if fig.unit != "company":
        return False
    lead = _PAID_BY_BEFORE_RE.search(body, max(0, fig.start - 30), fig.start)
    if lead is not None:  # (not "Denda dibayar oleh 12 perusahaan": what is paid is named before "dibayar")
        return not _NOT_DUES_RE.search(body, max(0, lead.start() - 80), lead.start())
    return _PAYING_AFTER_RE.match(body, fig.end) is not None


_NOT_DUES_RE = re.compile(r"\b(?:denda|sanksi|tunggakan|utang|piutang|bunga)\b", re.I)


def company_headed(item, fig: Figure) -> bool:
    """A count with no noun after it whose item opens on "jumlah/total (dari)" and a company ("Total dari peserta
    perusahaan yang aktif sebagai peserta BPJS TK telah mencapai 445 ribu"): a count of companies."""
    nouns = [i for i, c in enumerate(item.cues) if c.start < fig.start and (c.has("people_noun") or c.has("company_noun"))]
    if not nouns or nouns[0] == 0:
        return False
    head, lead = item.cues[nouns[0]], item.cues[nouns[0] - 1]
    return head.has("company_noun") and not head.has("people_noun") and (lead.has("total") or lead.has("breakdown")) \
        and head.start - lead.end <= 2


def company_clause(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A bare count whose own clause is about companies ("Kini tercatat 203.103 tenaga kerja ..., sementara perusahaan
    yang terdaftar sebagai peserta ada 3.964"): the last noun before it, in its clause, names companies only."""
    since = clause_start(body, s, fig.start)
    # ("perusahaan pesertanya berjumlah 2.418", "perusahaan peserta sebanyak 9.870": "peserta" says what the companies
    # are, no other subject)
    nouns = _nouns_between(body, s, since, fig.start)
    if not nouns and not any(f.end <= fig.start and f.unit != "year" for f in s.figures):
        # ("Adapun perusahaan ... yang tercatat aktif hingga September 2018, lanjut Wisnu, berjumlah 2.126": the
        # sentence's subject, the first figure's)
        nouns = _nouns_between(body, s, s.start, fig.start)
    return bool(nouns) and nouns[-1].has("company_noun") and not nouns[-1].has("people_noun")


def _nouns_between(body: str, s: ClaimSentence, start: int, end: int) -> list:
    """The nouns of people and companies, "peserta" right after a company noun or "sebagai/menjadi" after one left out
    (what the companies are: not "... dengan jumlah pesertanya 54.000", the participants)."""
    nouns = []
    for c in s.cues.between(start, end):
        if (c.has("people_noun") or c.has("company_noun")) and not (
                nouns and nouns[-1].has("company_noun") and _ROLE_WORD_RE.fullmatch(body, c.start, c.end)
                and (not body[nouns[-1].end:c.start].strip() or _AS_ROLE_BEFORE_RE.search(body, nouns[-1].end, c.start))):
            nouns.append(c)
    return nouns


_AS_ROLE_BEFORE_RE = re.compile(r"\b(?:sebagai|menjadi)\s+$", re.I)
_ROLE_WORD_RE = re.compile(r"peserta(?:nya)?", re.I)


def companies_beside_workers(body: str, s: ClaimSentence, fig: Figure, item, previous_metric: str | None) -> bool:
    """"... 154.870 orang, sementara perusahaan pesertanya berjumlah 2.418": the companies taking part, counted in a
    clause of their own beside the participants just counted (in the sentence or the one before)."""
    return ((previous_metric or "").startswith("active_") or any(f.unit == "people" and f.end < fig.start
                                                                  for f in s.figures)) \
        and company_clause(body, s, fig) and (item.has("member_noun") or item.has("registered"))


# the sentence before ends on a count of companies: "... perusahaan peserta di Kanwil VI kini berjumlah 40.283."
_COMPANIES_COUNTED_BEFORE_RE = re.compile(r"(?:(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b[^.;\d]{0,60}?\d[\d.,]*\d"
                                          r"|\d[\d.,]*\s+(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b[^.;\d]{0,40}?)"
                                          r"\s*[.;]\W*$", re.I)
# "Sebanyak 26.391 di antaranya berstatus aktif", "dengan rincian 26.391 berstatus aktif": some of the count before
_OF_THEM_RE = re.compile(r"\s*(?:di\s+antaranya\b|(?:berstatus|dalam\s+status)\s+(?:aktif|nonaktif)\b)", re.I)


def some_of_the_companies(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A bare count said to be some of the count before ("di antaranya", "berstatus aktif"), when that count was of
    companies: the last figure before it in its sentence, or the one the sentence before ended on ("... perusahaan
    peserta di Kanwil VI kini berjumlah 40.283. Sebanyak 26.391 di antaranya berstatus aktif")."""
    if not _OF_THEM_RE.match(body, fig.end):
        return False
    before = [f for f in s.figures if f.end <= fig.start]
    if before:
        return before[-1].unit == "company" or company_clause(body, s, before[-1])
    return _COMPANIES_COUNTED_BEFORE_RE.search(body, max(0, s.start - 160), s.start) is not None


# "2.115 perusahaan dan 50 ribu pekerja terdaftar sebagai peserta": the companies and the workers after them, one
# predicate for both
_AND_WORKERS_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)?\s*(?:dan|serta)\s+(?:sebanyak\s+)?$", re.I)
_SAID_PARTICIPANTS_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:pekerja|tenaga\s+kerja|karyawan|buruh)?\s*(?:yang\s+)?"
                                         r"(?:sudah\s+|telah\s+)?(?P<said>terdaftar|aktif|tercatat\s+aktif|menjadi\s+peserta|"
                                         r"terlindungi|ikut\s+serta)\b", re.I)


def companies_paired_with_participants(body: str, s: ClaimSentence, fig: Figure, registered_counts: bool) -> bool:
    """A company count joined to a worker count said participating right after ("2.115 perusahaan dan 50 ribu pekerja
    terdaftar sebagai peserta"): the companies take part too. A count said registered is one of participants only where
    the article does not tell active from registered (`registered_counts`)."""
    workers = next((f for f in s.figures if f.start > fig.end and f.unit == "people"), None)
    if workers is None or not _AND_WORKERS_RE.match(body[fig.end:workers.start]):
        return False
    said = _SAID_PARTICIPANTS_AFTER_RE.match(body, workers.end)
    return said is not None and (registered_counts or said.group("said").lower() != "terdaftar")
