"""Role rules: whether a figure of a benefit sentence is a claim's amount or its case count
(`amount.*`, `cases.*`), and whether a sentence speaks of benefits paid at all.

Read after the sentence rules and before the vetoes of pantau.extract.claim_rules; each rule's name is what a claim's
amount or count is traced to."""
from __future__ import annotations

import re

from pantau.extract.claim_applicants import applicants_named_before
from pantau.extract.claim_rules import OF_TOTAL_BEFORE_RE, SETTLED_WORDS, ClaimSentence, clause_start, won_after_paying
from pantau.extract.figures import COUNTED_WHOLE_OPENER_RE, WHOLE_LEAD_RE, Figure, money_sized, worth_follows
from pantau.extract.fastre import WindowFinder, guarded
from pantau.extract.lexicon import TO_WORD_BEFORE_FIGURE
from pantau.extract.plans import COMMA_RE

_PAID_TO_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:yang\s+(?:di)?\w+\s+)?(?:untuk|kepada|bagi|ke)\s+(?:para\s+)?"
                             r"(?:sebanyak\s+|sejumlah\s+|total\s+)?$", re.I)
_PAID_LEAD_RE = re.compile(r"\b(?:(?:di|ter|mem|men|pem|pen)?(?:bayar|salur|cair)|menyalur)\w*\s+(?:[\w.,]+\s+){0,8}?(?:untuk|kepada|bagi)\b"
                           r"|\bmengalir\s+(?:ke|kepada)\b", re.I)
_RECEIVED_BY_GAP_RE = re.compile(r"\b(?:diterima|dinikmati|diterimakan)\s+(?:langsung\s+)?(?:oleh\s+)?(?:para\s+)?"
                                 r"(?:sebanyak\s+|sejumlah\s+|sekitar\s+|total\s+)?$", re.I)
_STATUS_AFTER_RE = re.compile(r"^[^,;.]{0,60}?\b(?:berstatus|non\s*-?aktif|tidak\s+aktif|terdaftar|mendaftar\w*|"
                              r"didaftarkan|calon|target\w*|mengajukan|belum|terlindungi|dilindungi|berhak|aktif)\b",
                              re.I)
_SUBSET_AFTER_RE = re.compile(r"\s*\w+\s+(?:di\s*antaranya|diantaranya)\b", re.I)
_SUBSET_BEFORE_RE = re.compile(r"\b(?:di\s*mana|dimana|termasuk|antara\s+lain|sisanya,?)\s+(?:sebanyak\s+)?$", re.I)
_BARE_CASES_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:atau\s+)?(?:dengan\s+(?:nilai|nominal|total|jumlah|pembayaran|manfaat)|senilai|sebesar|"
                                  r"dengan\s+Rp|yang\s+dibayar\w*|Rp)", re.I)
_BARE_CLAIM_LEAD_RE = re.compile(
    r"\b(?:klaim|pencairan|pengajuan|penerima(?:\s+manfaat)?)\s+(?:\w+\s+){0,3}?(?:sebanyak|sebnyak|sebayak|sejumlah|"
    r"berjumlah|mencapai|tercatat)\s+$"
    # ("Total kasus jaminan semester I tahun ini sebanyak 556.390": the claims' count, its period between)
    r"|\b(?:total|jumlah)\s+kasus(?:nya)?\s+(?:[\w-]+\s+){0,5}?(?:sebanyak|sejumlah|berjumlah|mencapai|tercatat)\s+$"
    # ("total kasus klaim yang diterima 22.517 di Riau": the claims received, counted)
    r"|\b(?:kasus|klaim)\s+(?:\w+\s+){0,2}?yang\s+(?:telah\s+|sudah\s+)?(?:diterima|dibayar\w*|dicairkan)\s+$", re.I)


def role_rule(body: str, s: ClaimSentence, fig: Figure, benefit_sentence: bool,
              previous: list[tuple[Figure, str]], claimants_before: bool = False,
              counts_changed_before: bool = False) -> tuple[str, str] | None:
    """("amount" | "cases", rule id) for a claim figure; None for any other figure. `claimants_before`: the sentence
    before counted a claim's cases in people; `counts_changed_before`: the claims just given were counts, from one
    value to another."""
    if claimants_before and fig.unit == "people" and fig.value \
            and _POINTED_COUNT_LEAD_RE.search(body, max(s.start, fig.start - 40), fig.start) \
            and not s.cues.first_after(fig.end, "active", until=fig.end + 25):
        return "cases", POINTED_BACK  # "Adapun pada ... tahun lalu jumlahnya 100.941 peserta"
    if fig.unit == "money":
        return "amount", "amount.money"
    if fig.value is None or fig.num.range_end is not None:
        return None
    if fig.unit == "bare" and fig.num.scale_word in ("juta", "miliar", "triliun") and previous \
            and previous[-1][1] == "amount" and previous[-1][0].unit == "money" \
            and any(previous[-1][0].end <= p.start < fig.start for p in s.programs):
        # "JP 133 kasus bernilai Rp 1,5 Miliar, dan JKP sebanyak 75,5 Juta": a list of programs' amounts goes on, its
        # mark left out
        return "amount", "amount.money_unmarked"
    if money_sized(fig) and (benefit_sentence or s.programs):
        return "amount", "amount.money_unmarked"  # "dengan jumlah klaim 643,51 juta": no count is that large
    if fig.unit == "case":
        subset = _SUBSET_AFTER_RE.match(body, fig.end)
        if (subset and not any(subset.end() <= p.start <= subset.end() + 20 for p in s.programs)) \
                or _SUBSET_BEFORE_RE.search(body, max(s.start, fig.start - 20), fig.start):
            # "12 kasus di antaranya meninggal": part of a figure by another cut (not "1.081 kasus di antaranya klaim
            # jaminan hari tua": a program's part, a claim)
            return None
        ids = ["cases.case_noun" if fig.noun is None or fig.noun.start > fig.start else "cases.bare_after_claim"]
        if _BARE_CASES_AFTER_RE.match(body, fig.end) and ids[0] != "cases.case_noun":
            ids.append("cases.bare_before_amount")  # "klaim JHT ... sebanyak 31.044 senilai Rp 314,8 miliar"
        return "cases", "+".join(ids)
    if fig.unit == "application":
        # "2.515 pengajuan klaim JKM telah disetujui dan dibayar": approved or paid applications are claims;
        # applications alone are not
        if _APPROVED_RE.search(body, s.start, s.end):  # "yang disetujui ... sebanyak 214 pengajuan" too
            return "cases", "cases.case_noun"
        if not s.cues.any("not_paid") and (
                _FROM_APPLICATIONS_LEAD_RE.search(body, max(s.start, fig.start - 40), fig.start) or
                (previous and previous[-1][1] == "amount"
                 and _FOR_APPLICATIONS_GAP_RE.fullmatch(_without_programs(body, s, previous[-1][0].end, fig.start)))
                or _AMOUNT_OF_APPLICATIONS_AFTER_RE.match(_without_programs(body, s, fig.end, s.end))):
            # "JKK sebesar Rp3,1 miliar untuk 163 pengajuan", "69 ribu pengajuan dan nilai klaim Rp 1,06 triliun"
            return "cases", "cases.applications_paid"
        if previous and any(role == "cases" for _, role in previous) and not s.cues.any("not_paid") \
                and _COMPARED_LEAD_RE.search(body, max(s.start, fig.start - 90), fig.start):
            # "... sebanyak 287,5 ribu ..., meningkat 129 persen dibanding pengajuan klaim JHT sepanjang bulan Juni tahun
            # 2019 yaitu sebanyak 124,5 ribu pengajuan": the compared side of the claims just counted
            return "cases", "cases.applications_compared"
        return None
    if fig.unit == "people":
        role = _people_role(body, s, fig, benefit_sentence, previous)
        if role and fig.noun is not None and (fig.noun.has("claimant") or fig.noun.has("heir")) \
                and "claimant" not in role[1]:
            role = (role[0], role[1] + "+cases.claimant_noun")  # "Penerima Manfaat JHT ... 15.402 orang"
        return role
    if fig.unit == "bare":
        if counts_changed_before and s.programs and in_a_change_frame(body, s, fig):
            return "cases", "cases.bare_change_after_counts"  # "naik dari 10.351 kasus menjadi 11.406. Lalu untuk
            # JHT turun dari 510.087 menjadi 494.886": the same counts, the noun said once
        if previous and previous[-1][1] == "cases" and fig.start - previous[-1][0].end <= _COMPARED_REACH \
                and s.cues.between(previous[-1][0].end, fig.start, "prior_period"):
            return "cases", "cases.bare_compared"  # "sebanyak 556.390 kasus, pada periode yang sama tahun lalu hanya
            # 573.757": the same count a year before
        if previous and previous[-1][1] == "cases" and _EXACT_AFTER_COUNT_RE.fullmatch(body, previous[-1][0].end, fig.start):
            return "cases", "frames.exact"  # "kurang lebih 300 ahli waris — tepatnya 296 — yang menerima ..."
        if _BARE_CASES_AFTER_RE.match(body, fig.end) and (benefit_sentence or s.programs):
            return "cases", "cases.bare_before_amount"
        if _BARE_CLAIM_LEAD_RE.search(body, max(s.start, fig.start - 45), fig.start):
            return "cases", "cases.bare_after_claim"
        if _RECEIVED_AFTER_RE.match(body, fig.end, s.end) and not s.cues.any("not_paid"):
            return "cases", "cases.recipients"  # "Sebanyak 82 warga ... sudah menerima santunan kematian Rp1,98 miliar"
        applied = _APPLIED_AFTER_RE.match(body, fig.end, s.end)
        if (_CLAIMED_AFTER_RE.match(body, fig.end, s.end) or (applied and worth_follows(body, applied.end(), s.end))) \
                and not s.cues.any("not_paid"):
            # "Saat ini kita sudah 2,5 juta yang klaim JHT"; "sebanyak 607 yang mengajukan klaim dengan pembayaran Rp7,75
            # miliar": applied for, and paid
            return "cases", "cases.claimed_after"
    return None


# "turun dari 510.087 menjadi 494.886": a figure on either side of a change, nothing but the figures between
_CHANGE_FROM_BEFORE_RE = re.compile(r"\bdari\s+$", re.I)
_CHANGE_TO_AFTER_RE = re.compile(rf"\s+{TO_WORD_BEFORE_FIGURE}\s+\d")
_CHANGE_TO_BEFORE_RE = re.compile(rf"\bdari\s+\d[\d.,]*\s+{TO_WORD_BEFORE_FIGURE}\s+$", re.I)


_COMPARED_REACH = 70  # characters from a count to the bare count of its earlier period


def counts_changed_just_before(claims: list) -> bool:
    """The last sentence with figures gave one program's count before and after a change, and no amount."""
    return len(claims) == 2 and claims[0].program == claims[1].program \
        and claims[0].is_prior_period != claims[1].is_prior_period \
        and all(c.cases is not None and c.amount_idr is None for c in claims)


def in_a_change_frame(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """The figure is the 'from' or the 'to' of "dari N menjadi M" with no word between them."""
    return bool((_CHANGE_FROM_BEFORE_RE.search(body, max(s.start, fig.start - 8), fig.start)
                 and _CHANGE_TO_AFTER_RE.match(body, fig.end, s.end))
                or _CHANGE_TO_BEFORE_RE.search(body, max(s.start, fig.start - 40), fig.start))


# "312 ahli waris mengajukan klaim JKM dengan total sebesar Rp12,1 miliar", "4.063 peserta JKK yang mengajukan klaim
# dengan total yang dibayar sebesar Rp31 miliar": those who applied, told with what they were paid
_APPLIED_AFTER_NOUN_RE = re.compile(r"[^,;.\d]{0,40}?\b(?:yang\s+)?(?:telah\s+|sudah\s+)?mengajukan\s+(?:klaim|pencairan)\b",
                                    re.I)


# "98.739 peserta yang mencairkan JHT. Pada ... tahun lalu jumlahnya 100.941 peserta": pointed back, the same claimants
_POINTED_COUNT_LEAD_RE = re.compile(r"\b(?:jumlahnya|angkanya|totalnya|jumlah\s+(?:itu|tersebut)|angka\s+(?:itu|tersebut))\s+"
                                    r"(?:(?:masih|hanya|baru|cuma|mencapai|sebanyak|ada|sekitar|tercatat|sebesar)\s+){0,2}$", re.I)
POINTED_BACK = "cases.claimants_pointed_back"
_PEOPLE_AFTER_RE = re.compile(r"\s*(?:orang|peserta|tenaga\s+kerja|pekerja|penerima|karyawan)\b", re.I)


def claimants_counted_before(body: str, claims: list, previous_sentence) -> bool:
    """The last claim's cases were counted in people in the sentence right before ("98.739 peserta yang mencairkan
    JHT")."""
    if not claims or previous_sentence is None or claims[-1].cases_span is None:
        return False
    start, end = claims[-1].cases_span
    return previous_sentence.start <= start < previous_sentence.start + len(previous_sentence.text) \
        and _PEOPLE_AFTER_RE.match(body, end) is not None


def _applied_and_paid(body: str, s: ClaimSentence, fig: Figure) -> bool:
    applied = _APPLIED_AFTER_NOUN_RE.match(body, fig.end, s.end)
    return applied is not None and not s.cues.any("not_paid") \
        and (worth_follows(body, applied.end(), s.end, reach=30) or _WORTH_RIGHT_AFTER_RE.match(body, applied.end(), s.end))


# ("mengajukan klaim sebesar Rp5,2 miliar", "mengajukan klaim JHT senilai Rp": the claims' worth at once)
_WORTH_RIGHT_AFTER_RE = re.compile(r"[^.;,\d]{0,12}?\s(?:sebesar|senilai)\s+Rp", re.I)


def _without_programs(body: str, s: ClaimSentence, start: int, end: int) -> str:
    """The text between two figures with the programs named there left out ("Rp90.305.770 Jaminan Pensiun (JP) dari
    53 pengajuan": the amount's program, then its count)."""
    kept, at = [], start
    for p in s.programs:
        if start <= p.start and p.end <= end:
            kept.append(body[at:p.start])
            at = p.end
    kept.append(body[at:end])
    return re.sub(r"\(\s*\)", " ", " ".join(kept))


# "... sebesar Rp283 miliar ... . Jumlah itu berasal dari 16.104 pengajuan klaim": the applications the amount paid
_FROM_APPLICATIONS_LEAD_RE = re.compile(r"\b(?:jumlah|nilai|dana|angka|nominal)\s+(?:itu|tersebut|ini)\s+(?:berasal\s+dari|"
                                        r"(?:di)?bayarkan\s+(?:untuk|kepada|atas)|untuk|atas)\s+(?:sebanyak\s+)?$", re.I)
_COMPARED_LEAD_RE = re.compile(r"\b(?:dibanding\w*|ketimbang|daripada)\b[^;]*$", re.I)
_BRACKET_GAP_RE = re.compile(r"\s*[(\[]\s*(?:untuk|kepada|bagi|atas)?\s*", re.I)
_BRACKET_OPENS_RE = re.compile(r"[(\[]\s*$")
_BRACKET_CLOSES_RE = re.compile(r"\s*(?:[^\W\d]+\s*){0,3}[)\]]")


def _in_one_bracket(body: str, amount: Figure, fig: Figure) -> bool:
    """"Juni (Rp195,9 miliar, 19.040 tenaga kerja), Juli (...)": an amount and a count alone in one bracket."""
    return _BRACKET_OPENS_RE.search(body, max(0, amount.start - 3), amount.start) is not None \
        and body[amount.end:fig.start].strip() == "," and _BRACKET_CLOSES_RE.match(body, fig.end) is not None
# ("73 pengajuan, dengan jumlah pembayaran Rp 937.964.060", "28 pengajuan dengan pembayaran sebesar Rp 66.461.800")
_AMOUNT_OF_APPLICATIONS_AFTER_RE = re.compile(r"\s*(?:pengajuan|permohonan|permintaan)?\s*(?:klaim\s+)?,?\s*(?:dan|dengan|senilai|"
                                              r"sebesar)\s+(?:(?:total|jumlah)\s+)?(?:(?:nilai|pembayaran|nominal)\s+)?"
                                              r"(?:klaim\s+|pembayaran\s+)?(?:sebesar\s+|senilai\s+|mencapai\s+)?Rp", re.I)
# ("Rp12,76 miliar dengan kasus sebanyak 1.786 pengajuan"; a period between: "... selama Januari-Maret 2018 untuk 4.300")
_FOR_APPLICATIONS_GAP_RE = re.compile(r"(?:\s*(?:selama|sepanjang|pada|hingga|sampai|periode)\s+[^.;\d]{0,30}?(?:19|20)\d\d)?"
                                      r"\s*(?:,\s*)?(?:untuk|bagi|dengan|atas|kepada|dari|atau)\s+(?:(?:jumlah|total)\s+)?"
                                      r"(?:kasus\s+|klaim\s+)?(?:sebanyak\s+|sejumlah\s+|total\s+)?", re.I)
_EXACT_AFTER_COUNT_RE = re.compile(r"\s*(?:\w+\s+){0,2}?[,(—–-]?\s*(?:atau\s+|lebih\s+)?(?:tepatnya|persisnya)\s*", re.I)
# (and received: "2.515 pengajuan ... telah diterima", the claimants' side; filed-only ones are vetoed in claim_rules)
_APPROVED_RE = re.compile(rf"\b(?:{SETTLED_WORDS}|diterima)\b", re.I)


_CONTRAST_RE = re.compile(r"[,;]\s*(?:sementara|sedangkan)\b", re.I)


def _another_programs_clause(body: str, s: ClaimSentence, start: int, end: int) -> bool:
    """A contrasting clause naming a program between two counts ("..., sementara klaim JKM berasal dari 11 pengajuan"):
    the later count is another program's."""
    contrast = _CONTRAST_RE.search(body, start, end)
    return contrast is not None and any(contrast.end() <= p.start < end for p in s.programs)


_LAID_OFF_COUNT_RE = re.compile(r"\b(?:PHK|pemutusan\s+hubungan\s+kerja|dirumahkan)\b[^.;]*?\b(?:mencapai|sebanyak|sejumlah|"
                                r"berjumlah|sekitar|di\s*angka)\s+$", re.I)


# "Untuk satu peserta bisa mengikuti empat program": people said to take part, not people paid
_TAKES_PART_AFTER_RE = re.compile(r"\s+(?:(?:orang|peserta|pekerja)\s+)?(?:(?:bisa|dapat|boleh|akan|wajib|harus|sudah|telah)\s+)?"
                                  r"(?:mengikuti|ikut|mendaftar|terdaftar|menjadi\s+peserta)\b", re.I)


def _people_role(body: str, s: ClaimSentence, fig: Figure, benefit_sentence: bool,
                 previous: list[tuple[Figure, str]]) -> tuple[str, str] | None:
    noun = fig.noun
    lead_audience = s.cues.last_before(fig.start, "audience", since=max(s.start, fig.start - 40))
    if lead_audience is not None:
        return None  # "sosialisasi yang diikuti 150 peserta"
    if won_after_paying(s, fig):
        return None  # participants won, not people paid
    if previous and previous[-1][1] == "amount" and (_BRACKET_GAP_RE.fullmatch(body, previous[-1][0].end, fig.start)
                                                     or _in_one_bracket(body, previous[-1][0], fig)) \
            and not _STATUS_AFTER_RE.match(body[fig.end:s.end]):
        return "cases", "cases.people_after_amount"  # "JKM Rp75,87 miliar (2.031 tenaga kerja)", "Juni (Rp195,9 M, 19.040 TK)"
    lead = body[max(s.start, fig.start - 80):fig.start]
    paid_to = _PAID_TO_GAP_RE.search(body, max(s.start, fig.start - 40), fig.start)  # (asked again below)
    if paid_to and _PAID_LEAD_RE.search(lead):
        return "cases", "cases.paid_to_people"  # "dibayarkan untuk 8.971 kepesertaan ... yang terdaftar"
    if _RECEIVED_BY_GAP_RE.search(lead) and _STATUS_AFTER_RE.match(body[fig.end:s.end]) \
            and (benefit_sentence or s.cues.any("claim_noun") or s.cues.any("payment")):
        # "Pembayaran klaim itu diterima oleh 8.971 kepesertaan yang terdaftar": those paid, whatever status describes
        # them (with no status after, the rules below read them)
        return "cases", "cases.paid_to_people"
    if benefit_sentence and _APPLIED_AFTER_RE.match(body, fig.end) and not s.cues.any("not_paid") \
            and not any(f.unit in ("case", "people", "application", "bare") for f in s.figures if f.start != fig.start
                        and not _another_programs_clause(body, s, min(f.end, fig.end), max(f.start, fig.start))):
        # "Sedikitnya 118.610 tenaga kerja mengajukan klaim JHT sepanjang tahun lalu" beside what was paid; not set against
        # another count ("..., 4.500 sudah dibayar"), though another program's may follow ("klaim JKM ... 11 pengajuan")
        return "cases", "cases.claimants_applied"
    if benefit_sentence and applicants_named_before(body, s, fig):
        return "cases", "cases.claimants_applied"  # "dengan pekerja yang mengajukan klaim JHT sebanyak 960 orang"
    if _CLAIMED_AFTER_RE.match(body, fig.end, s.end) and not s.cues.any("not_paid"):
        return "cases", "cases.claimed_after"  # "3.114 orang yang telah mengklaim Jaminan Hari Tua"
    if _applied_and_paid(body, s, fig):
        return "cases", "cases.applied_with_worth"
    clause_after = body[fig.end:s.end]
    if _STATUS_AFTER_RE.match(clause_after) or s.cues.first_after(fig.end, "active", until=fig.end + 25) \
            or s.cues.last_before(fig.start, "active", since=clause_start(body, s, fig.start)) \
            or _active_since_last_count(body, s, fig) or _whole_of_a_part_not_paid(body, s, fig, previous) \
            or _whole_opening_its_part(s, fig):
        return None  # "21.300 peserta berstatus nonaktif", "peserta aktif", ", sementara peserta aktif 210.000 pekerja"
    if noun is not None and noun.start > fig.start and any(noun.has(c) for c in ("claimant", "heir")):
        return "cases", "cases.claimant_noun"
    subject = s.cues.last_before(fig.start, "claimant", since=clause_start(body, s, fig.start))
    if subject is not None and (noun is None or not noun.has("member_noun")) \
            and not any(subject.end <= f.start < fig.start for f in s.figures if f.unit not in ("year", "percent")):
        return "cases", "cases.claimant_noun"  # "Penerima Manfaat JHT sepanjang 2023 berjumlah 15.402 orang"
    if paid_to and not _TAKES_PART_AFTER_RE.match(body, fig.end):
        lead = body[max(s.start, fig.start - 80):fig.start]
        if (previous and previous[-1][1] == "amount") or s.programs or benefit_sentence or "bayar" in lead:
            return "cases", "cases.paid_to_people"
    if benefit_sentence and not s.cues.first_after(fig.end, "application", until=fig.end + 30) \
            and not s.cues.last_before(fig.start, "application", since=max(s.start, fig.start - 30)) \
            and not OF_TOTAL_BEFORE_RE.search(body, max(s.start, fig.start - 90), fig.start) \
            and not (_in_millions(fig) and any(f.unit == "case" for f in s.figures)) \
            and not (_LAID_OFF_COUNT_RE.search(body, max(s.start, fig.start - 90), fig.start)
                     and not s.cues.last_before(fig.start, "claim_noun", since=s.start)):
        # (not "... 12 juta orang dari total pekerja sektor itu yang mencapai sekitar 40 juta orang": the whole; nor millions
        # of people beside claims counted as such, the participants: "19,01 juta peserta JKK ... dan 126.037 jumlah klaim";
        # nor workers laid off: "PHK yang terjadi ... mencapai 1.132.117 pekerja ..., berpengaruh pada peningkatan klaim JHT")
        return "cases", "cases.people_in_benefit_sentence"
    return None


def _in_millions(fig: Figure) -> bool:
    return fig.num.scale_word == "juta" or (fig.value or 0) >= 1_000_000


# Those the figure counts, said to have received a benefit ("82 warga Nagan Raya ... sudah menerima santunan
# kematian"): its recipients, whatever the noun (years may stand between: "sejak 2017 hingga 2019")
_RECEIVED_AFTER_RE = re.compile(r"(?:[^.;\d]|\b(?:19|20)\d\d\b){0,100}?\b(?:sudah\s+|telah\s+)?(?<!belum )(?<!tidak )(?<!akan )(?:menerima|terima|"
                                r"mendapat(?:kan)?|memperoleh)\s+(?:\w+\s+){0,2}?(?:santunan|manfaat|klaim|pembayaran\s+klaim|"
                                r"dana\s+(?:JHT|jaminan|santunan)|JHT|JKM|JKK|JP|JKP)\b", re.I)
# "2,5 juta yang klaim JHT", "1.200 yang sudah mencairkan JHT-nya": those who claimed, paid (not "yang mengajukan klaim")
_CLAIMED_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:peserta\s+|tenaga\s+kerja\s+|pekerja\s+)?yang\s+(?:sudah\s+|telah\s+|berhasil\s+)?(?:meng?klaim|klaim|mencairkan|"
                               r"melakukan\s+(?:klaim|pencairan))\b", re.I)
_APPLIED_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:peserta\s+|tenaga\s+kerja\s+|pekerja\s+)?(?:yang\s+)?(?:telah\s+|sudah\s+)?"
                               r"mengajukan(?:\s+(?:klaim|pencairan)\b|\s+(?=(?:JHT|JKK|JKM|JKP|JP|jaminan\s))|\s*[,.;\"”])", re.I)


_BENEFIT_WORD_CLASSES = frozenset(("claim_noun", "benefit_noun", "claimant"))


def is_benefit_sentence(body: str, s: ClaimSentence) -> bool:
    """A sentence about paying or receiving benefits: a claim, benefit or payment word that is
    not the payment of a contribution, fine or wage ("perusahaan membayar iuran")."""
    # (the sentence's classes settle most sentences: a claim, benefit or claimant word anywhere makes it one, and
    # without one only a payment word can; the scan below then passes over its payment cues only)
    classes = s.cues.classes
    if not _BENEFIT_WORD_CLASSES.isdisjoint(classes):
        return True
    if "program" in classes and _RECEIVING_WORD_RE.search(s.ctx.text) \
            and any(c.has("program") and _RECEIVES_RE.search(body, max(s.start, c.start - 30), c.start) for c in s.cues.cues):
        return True  # "peserta yang menerima JKP berjumlah 9.794 orang": a program received is a benefit
    if "payment" not in classes:
        return False
    for cue in s.cues.cues:
        if "payment" in cue.classes:
            if cue.has("actual") and not any(f.unit == "money" for f in s.figures):
                continue  # "Realisasi dari kelompok tersebut sudah mencapai 4.939 peserta": an achievement, no payment
            nxt = s.cues.first_after(cue.end, "contribution", until=cue.end + 25)
            wage = s.cues.first_after(cue.end, "wage", until=cue.end + 25)
            if nxt is None and wage is None:
                return True
    return False


# ("peserta yang telah mengklaim Jaminan Hari Tuanya (JHT) mencapai 395.866 orang", "yang mencairkan JHT")
_RECEIVING_WORD_RE = guarded(re.compile(r"\b(?:menerima|mendapat|memperoleh|mengklaim|mencairkan|mengajukan)", re.I))
_RECEIVES_RE = re.compile(r"\b(?:menerima|mendapat(?:kan)?|memperoleh|mengklaim|mencairkan|mengajukan)\s+(?:manfaat\s+|santunan\s+|klaim\s+|dana\s+)?"
                          r"(?:program\s+)?$", re.I)


# The same patterns, faster to search in the few words before a figure: their required words tested first (fastre).
_PAID_TO_GAP_RE = WindowFinder(guarded(_PAID_TO_GAP_RE))
_SUBSET_BEFORE_RE = WindowFinder(_SUBSET_BEFORE_RE)


def heir_payout_sentence(body: str, s: ClaimSentence, heir_before: bool, frames: list) -> bool:
    """A sentence (or one after it) naming an heir whose amounts are all under a billion tells payouts to one
    family; a sentence that also holds a program amount above it lists an office's claims ("... JKK Rp120 juta dan
    Santunan Kematian kepada ahli waris Rp2,9 milyar"), and money paid over a stretch of a month or more is a
    program's sum ("... mengucurkan Rp 264 juta kepada ahli waris peserta sepanjang 2018")."""
    return (s.has("heir") or heir_before) and not _paid_over_a_stretch(body, s) \
        and not (_SUMMED_AMOUNT_RE.search(s.text) and s.has("claim_noun") and s.programs) and all(
            frame.amount.value < 1e9 for frame in frames if frame.amount is not None and frame.amount.value is not None)


# "... pembayaran klaim JKM yang diberikan kepada ahli waris bagi peserta aktif yang meninggal dunia total Rp 249.000.000":
# a program's claims summed (not "Santunan senilai total Rp 170.000.000 itu terdiri dari ...": one family's)
_SUMMED_AMOUNT_RE = re.compile(r"\b(?:total|totalnya|seluruhnya|keseluruhan)\s+(?:sebesar\s+|senilai\s+|mencapai\s+)?Rp",
                               re.I)


def _paid_over_a_stretch(body: str, s: ClaimSentence) -> bool:
    return any(not p.relative and p.start is not None and p.end is not None and (p.end - p.start).days >= 27
               and _OVER_A_STRETCH_RE.search(body, max(s.start, p.span[0] - 12), p.span[0] + 9)
               for p in s.ctx.periods)


_OVER_A_STRETCH_RE = re.compile(r"\b(?:sepanjang|selama|sejak|hingga|sampai)\b", re.I)


def _active_since_last_count(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"..., jumlah peserta aktif dari sektor ini ... hanya 1.999 orang": said active since the last count, no payment or
    claim word between: not people paid. Nor a segment's participants after another count ("... dari 3.178 badan usaha
    yang sudah terdaftar, dengan peserta penerima upah sebanyak 146.410 orang"), no such word since that count."""
    since = s.last_count_end(fig.start)
    active = s.cues.last_before(fig.start, "active", since=since) or s.cues.last_before(fig.start, "segment", since=since)
    if active is None or (active.has("segment") and (since == s.start or not s.cues.between(since, active.start, "member_noun"))):
        return False
    comma = COMMA_RE.search(body, fig.end, s.end)  # ("..., 500 orang menerima klaim")
    return not any(c.has("payment") or c.has("claim_noun") or c.has("claimant") for c in s.cues.between(
        since if active.has("segment") else active.end, comma.start() if comma else s.end))


def _whole_opening_its_part(s: ClaimSentence, fig: Figure) -> bool:
    """"Dari 4.500 peserta pegawai bukan ASN tersebut, ... bagi 27 pegawai": the whole, its part counted after it."""
    opener = COUNTED_WHOLE_OPENER_RE.match(s.text)
    return opener is not None and fig.start < s.start + opener.end() \
        and any(f.start >= s.start + opener.end() and f.unit in ("case", "people", "bare") for f in s.figures)


def _whole_of_a_part_not_paid(body: str, s: ClaimSentence, fig: Figure, previous: list[tuple[Figure, str]]) -> bool:
    """The figure is the whole ("dari total 223.022 pekerja") of the count right before it, which no claim took."""
    if not WHOLE_LEAD_RE.search(body, max(s.start, fig.start - 40), fig.start):
        return False
    part = next((f for f in reversed(s.figures) if f.end <= fig.start and f.unit in ("case", "people", "bare")), None)
    return part is not None and all(f.start != part.start for f, _ in previous)
