"""Named rules that link a claim figure to its program.

Program (`link.*`), first that applies:
  link.total_row          a row labelled Total/Jumlah closing a list of program figures
  link.program_before     the nearest program named before the figure in its sentence
  link.program_after      a program named right after the figure ("500 kasus JKK", "Rp 20
                          miliar untuk klaim JHT", "1.873 pekerja ... menerima manfaat JKP")
  link.collective         all programs together ("total klaim", "seluruh program")
  link.joint_programs     two programs together ("Rp150 miliar untuk JHT dan JKM"): neither's alone, left out
  link.list_header        a row of a list whose announcing line named one program
  link.anaphora           "klaim tersebut", "nilainya": the program just reported
  link.completes_previous an amount completing the previous sentence's counted claim
  link.previous_sentence  no subject of its own: the one program the sentence before named
  link.total_default      a benefit figure naming no program: the total of all programs

The sides of a comparison (`side.*`) are pantau.extract.claim_sides.
"""
from __future__ import annotations

import re

from pantau.extract.claim_parts import whole_after_part
from pantau.extract.claim_rules import ClaimSentence
from pantau.extract.claim_sides import YEAR_WORD_RE
from pantau.extract.figures import Figure
from pantau.extract.fastre import WindowFinder

# "200 kasus JKK", "4.210 penerima manfaat JKP", "411 tenaga kerja yang mengambil saldo JHT", "Rp 53,4 miliar Dana
# Jaminan Hari Tua", "143.700 orang peserta Jaminan Hari Tua (JHT)"
_FOLLOWING_LINK_RE = re.compile(
    r"^\s*(?:(?:orang|pekerja|peserta|kasus)\s+di\s*antaranya\s+|di\s*antaranya\s+)?(?:laporan\s+)?(?:kasus|klaim|pencairan|pengambilan(?:\s+saldo)?|penerima(?:\s+manfaat)?|ahli\s+waris|peserta(?:\s+penerima(?:\s+manfaat)?)?|pekerja|"
    r"tenaga\s+kerja|orang(?:\s+(?:peserta|pekerja|tenaga\s+kerja))?)?\s*"
    r"(?:untuk|bagi|dari|pada|di|atas)?\s*(?:klaim|program|manfaat|santunan|kasus|pembayaran|pengajuan|permohonan|dana|"
    r"simpanan|saldo)?"
    r"\s*(?:program\s+)?$", re.I)
_RECEIVES_PROGRAM_RE = re.compile(
    r"^[^\d;]{0,120}?\b(?:menerima|terima|mendapat(?:kan)?|memperoleh|(?:men)?cairkan|menikmati|mengklaim|mengambil|menarik|mengajukan|"
    r"mengalami)\s+"
    r"(?:klaim|manfaat|santunan|pembayaran|pencairan|saldo|dana)?\s*(?:program\s+)?$", re.I)
_OTHER_CLAUSE_RE = re.compile(r"\d|,\s|;|\s(?:dan|serta|sedangkan|sementara)\s")
_GOES_TO_PROGRAM_RE = re.compile(r"(?:,-)?\s*(?:(?:mengalir|disalurkan|dibayarkan|diberikan|dialokasikan|tersalur(?:kan)?|"
                                 r"terserap|masuk|dicairkan)\s+)?(?:ke|kepada|untuk|bagi)\s+(?:program\s+)?", re.I)
_FOR_PROGRAM_LEAD_RE = re.compile(r"\b(?:untuk|bagi|atas|klaim|program)\s+(?:program\s+)?$", re.I)
_LIST_JOIN_RE = re.compile(r",\s|;\s|\s(?:dan|serta)\s")
_JOINT_GAP_RE = re.compile(r"\)?(?:\s*(?:dan|serta|&|\+|maupun|plus|,|;)\s*)+", re.I)
_EACH_IN_TURN_RE = re.compile(r";|\bmasing-masing\b|\bberturut-turut\b|\bmasing2\b", re.I)
_TOTAL_ROW_RE = re.compile(r"^\W*(?:total|jumlah|grand\s+total)(?:\s+(?:klaim|keseluruhan|seluruhnya|seluruh\s+"
                           r"program))?\s*(?:[:|]|(?=\d|Rp))", re.I)


# "Rp1,5 miliar untuk 35 kasus kematian", "Rp 68 miliar kepada 607 peserta JHT": an amount, then the
# count it paid, then that count's program; the item names its program last.
_FOR_COUNT_OF_PROGRAM_RE = re.compile(
    # ("Rp16,2 Miliar untuk pembayaran sebanyak 3.697 kasus JKK": what the money was for may stand before the count)
    r"^\s*(?:(?:pada|selama|sepanjang)\s+(?:tahun\s+)?(?:19|20)\d\d\s+)?(?:(?:di|ter)?(?:bayar|salur|serah|cair)\w*\s+)?"
    r"(?:untuk|atas|kepada|bagi|dengan)\s+"
    r"(?:(?:pembayaran|pencairan|penyelesaian)\s+(?:klaim\s+)?)?(?:sebanyak\s+|total\s+)?"
    r"\d[\d.,]*(?:\s*(?:ribu|rb|juta))?\s*(?:(?:kasus|klaim|peserta|orang|tenaga\s+kerja|pekerja|berkas|ahli\s+waris|"
    r"penerima(?:\s+manfaat)?)\s+)?(?:(?:untuk|atas|dari)\s+)?(?:(?:klaim|program|manfaat|santunan)\s+)?$", re.I)


# "Rp219,58 juta untuk peserta JP 327 berkas": the amount's program and its count after it
_FOR_MEMBERS_OF_PROGRAM_RE = re.compile(r"\s*(?:untuk|kepada|bagi)\s+(?:para\s+)?(?:peserta|penerima(?:\s+manfaat)?|"
                                        r"klaim|program)\s+", re.I)
_COUNT_NEXT_RE = re.compile(r"\s*(?:\([A-Z]{2,4}\)\s*)?(?:sebanyak\s+)?\d")


# A bracket right after a count (and its noun) that names whose it is: "138 peserta (yakni penerima manfaat JKM)"
_BRACKET_NAMES_PROGRAM_RE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?\(\s*(?:yakni|yaitu|atau|sebagai)?\s*(?:para\s+)?"
                                       r"(?:penerima\s+(?:manfaat\s+)?|klaim\s+|santunan\s+|peserta\s+)?(?:program\s+)?", re.I)


_INCLUDING_RE = re.compile(r"\b(?:termasuk|tak\s+terkecuali)\s+(?:(?:program|klaim|manfaat)\s+)?$", re.I)


_CLAIM_NOUN_OF_PROGRAM_RE = re.compile(r"\s+(?:kasus|klaim|pengajuan|permohonan)\s+(?:peserta\s+|program\s+|peserta\s+program\s+)?", re.I)


_OWN_COUNT_NEXT_RE = re.compile(r"\s*(?:sebanyak\s+|ada\s+|sejumlah\s+)?\d")


def program_before_after(body: str, s: ClaimSentence, fig: Figure) -> tuple[str, str] | None:
    before = [p for p in s.programs if p.end <= fig.start]
    after = [p for p in s.programs if p.start >= fig.end]
    if after and fig.unit == "money" and (_FOR_COUNT_OF_PROGRAM_RE.match(body[fig.end:after[0].start])
                                          or (_FOR_MEMBERS_OF_PROGRAM_RE.fullmatch(body, fig.end, after[0].start)
                                              and _COUNT_NEXT_RE.match(body, after[0].end))
                                          or (_GOES_TO_PROGRAM_RE.fullmatch(body, fig.end, after[0].start)
                                              and len(_chain_from(body, after)) < 2)):
        # ("Rp 22,48 miliar mengalir ke program JHT, Rp1.179.926.062,- ke JKK, ...": each amount's program after it)
        return after[0].value("program"), "link.program_after"
    if after and fig.unit != "money" and (not body[fig.end:after[0].start].strip()
                                          or (_CLAIM_NOUN_OF_PROGRAM_RE.fullmatch(body, fig.end, after[0].start)
                                              and len(_chain_from(body, after)) < 2
                                              # (not "klaim JKM ada 333 klaim JKK 70 kasus": JKK's count follows it)
                                              and not _OWN_COUNT_NEXT_RE.match(body, after[0].end))):
        # "klaim 15.071 JP sejumlah Rp ...", "13.494 klaim peserta JHT dibayar total Rp178 Miliar": the count's own
        return after[0].value("program"), "link.program_after"
    if after and fig.unit != "money" and _BRACKET_NAMES_PROGRAM_RE.fullmatch(body, fig.end, after[0].start):
        return after[0].value("program"), "link.program_after"  # "138 peserta (yakni penerima manfaat jaminan kematian)"
    if before and after and (_FOLLOWING_LINK_RE.match(body[fig.end:after[0].start])
                             or fig.unit != "money" and _RECEIVES_PROGRAM_RE.match(body[fig.end:after[0].start])
                             and not _own_amount_before(body, s, before[-1].end, fig)) \
            and _LIST_JOIN_RE.search(body[before[-1].end:fig.start]):
        # "..., dan 200 kasus JKK senilai ...", "..., dan 35 ahli waris yang mengajukan klaim JKM senilai ..." (not a
        # count after its own amount: "JHT ..., juga mencairkan Rp 23 miliar untuk 5.183 orang yang mengalami ...")
        return after[0].value("program"), "link.program_after"
    agency = _AGENCY_CLAUSE_RE.search(body, before[-1].end, fig.start) if before else None
    if agency is not None and re.search(r"\w", body[before[-1].end:agency.start()].strip("() ")):
        # "Klaim JKP Melonjak Dua Kali Lipat, BPJS Ketenagakerjaan Bayar Rp15,76 Triliun": the program's own clause
        # ended, the agency starts a new subject (not "untuk kasus JKK, BPJamsostek ... membayarkan": the topic)
        before = []
    if before and _INCLUDING_RE.search(body, max(s.start, before[-1].start - 20), before[-1].start):
        return "TOTAL", "link.collective"  # "kepada peserta klaim, termasuk Program JKP, mencapai Rp 25,43 triliun": all
    if before:
        nearest = before[-1]
        if _SHARE_RESTATED_RE.search(body, max(nearest.end, fig.start - 90), fig.start):
            return nearest.value("program"), "link.program_before"  # "JHT ... 90% dari keseluruhan klaim, atau setara Rp"
        # (not "klaim Jaminan Kecelakaan Kerja (JKK) secara keseluruhan mencapai Rp 2,64 miliar": that program, whole)
        # (right after the program, "secara keseluruhan" is that program's whole; "semua program" never is)
        if any(not _WHOLE_OF_IT_GAP_RE.fullmatch(body, nearest.end, c.start) or "program" in body[c.start:c.end].casefold()
               for c in s.cues.between(nearest.end, fig.start, "collective")) \
                or _sums_the_list(body, s, nearest, fig) \
                or _collective_list_before(body, s, fig) or whole_after_part(body, s, nearest, fig) \
                or _total_after_own_amount(s, nearest, fig):
            return "TOTAL", "link.collective"  # "JHT Rp 5 M dan JKK Rp 1 M, sehingga total klaim Rp 8 M"
        if _after_full_frame(body, s, nearest, fig):
            return None, "link.unlabelled_item"  # "JHT Rp 188 M atas 19.999 kasus serta Rp 2,1 M atas 1.271 kasus"
        return nearest.value("program"), "link.program_before"
    if after:
        gap = body[fig.end:after[0].start]
        chain = _chain_from(body, after)
        if len(chain) >= 2 and not _EACH_IN_TURN_RE.search(body, fig.end, s.end) \
                and (_FOLLOWING_LINK_RE.match(gap) or _FOR_PROGRAM_LEAD_RE.search(gap)):
            if len(chain) >= 3:
                return "TOTAL", "link.collective"  # "Rp 57,5 M itu merupakan klaim JHT, JKK, JKM dan JP"
            return None, "link.joint_programs"  # "Rp150,1 miliar untuk program JHT dan JKM": neither alone
        if _FOLLOWING_LINK_RE.match(gap):
            return after[0].value("program"), "link.program_after"
        if fig.unit != "money" and _RECEIVES_PROGRAM_RE.match(YEAR_WORD_RE.sub("", gap)):  # ("... tahun 2020 telah mendapat")
            return after[0].value("program"), "link.program_after"
        if len(gap.split()) <= 6 and not _OTHER_CLAUSE_RE.search(gap) and _FOR_PROGRAM_LEAD_RE.search(gap) \
                and not s.cues.between(fig.end, after[0].start, "breakdown"):
            # (not "Rp36,5 triliun dengan rincian klaim untuk JHT Rp33,1 triliun": the whole its parts follow)
            return after[0].value("program"), "link.program_after"
    return None


# A clause of its own whose subject is the agency ("..., BPJS Ketenagakerjaan bayar Rp"): the program before it is
# another clause's
_AGENCY_CLAUSE_RE = re.compile(r"[,;]\s+(?:BPJS\s+Ketenagakerjaan|BP\s*Jamsostek|BPJAMSOSTEK|Jamsostek)\s+(?:[a-z]+\s+){0,2}?"
                               r"(?:mem)?(?:bayar|salurkan|cairkan|kucurkan)\w*\s+(?:klaim\s+|manfaat\s+)?(?:sebesar\s+|senilai\s+)?$",
                               re.I)
# A program's share of the whole, then its worth ("porsi hingga 90% dari keseluruhan klaim, atau setara Rp21,6
# triliun"): the whole word names what the share is of, the figure is the program's
_SHARE_RESTATED_RE = re.compile(r"(?:%|\bpersen)\s+dari\s+[^,.;\d]{0,40},?\s*(?:atau\s+)?(?:setara|senilai|sekitar|sebesar)"
                                r"(?:\s+dengan)?\s*$", re.I)


def _own_amount_before(body: str, s: ClaimSentence, since: int, fig: Figure) -> bool:
    """An amount stands between the last list join since `since` and the count: the count's own."""
    joins = [m.end() for m in _LIST_JOIN_RE.finditer(body, since, fig.start)]
    start = joins[-1] if joins else since
    return any(start <= f.start < fig.start for f in s.figures if f.unit == "money")


# "1.837 orang untuk pembayaran JHT", "1.837 orang menerima pembayaran JHT": the figure before is that program's own
_OWN_PROGRAM_GAP_RE = re.compile(r"\s*(?:orang|kasus|klaim|peserta|pekerja|penerima)?\s*(?:yang\s+)?(?:untuk|bagi|atas|menerima|mendapat(?:kan)?|memperoleh)\s+(?:\w+\s+){0,2}",
                                 re.I)
_OWN_FIGURE_AFTER_RE = re.compile(r"\)?\s*(?:sebanyak\s+|sejumlah\s+)?(?:Rp\.?\s*)?\d")


def _chain_from(body: str, programs: list) -> set[str]:
    """The programs named one after another from the first of `programs`, joined only by commas,
    'dan', brackets ("JHT, JKK, JKM dan JP", "Jaminan Hari Tua (JHT), Jaminan Kematian (JKM)")."""
    chain = [programs[0]]
    for nxt in programs[1:]:
        gap = body[chain[-1].end:nxt.start].strip("() ")
        if gap and not _JOINT_GAP_RE.fullmatch(gap) or _OWN_FIGURE_AFTER_RE.match(body, nxt.end):
            break  # ("1.837 orang untuk pembayaran JHT, JKK 10 orang, ...": the next program has its own figure)
        chain.append(nxt)
    return {p.value("program") for p in chain}


_WHOLE_OF_IT_GAP_RE = re.compile(r"\W{0,3}")


def _total_after_own_amount(s: ClaimSentence, nearest, fig: Figure) -> bool:
    """"JKP Rp204 juta dengan total klaim sebesar Rp59,83 miliar": the program has its amount already; a second one
    said a total is the whole of the claims."""
    own = [f for f in s.figures if f.unit == "money" and nearest.end <= f.start and f.end <= fig.start]
    return fig.unit == "money" and bool(own) and _WITH_TOTAL_GAP_RE.fullmatch(s.text, own[-1].end - s.start,
                                                                              fig.start - s.start) is not None


_WITH_TOTAL_GAP_RE = re.compile(r"\s*,?\s*(?:dengan|sehingga)\s+total\s+(?:klaim|pembayaran|manfaat)\s*"
                                r"(?:sebesar|senilai|mencapai)?\s*", re.I)


def _collective_list_before(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """"Gabungan klaim kelima program (JHT, JKK, JKM, JP, dan JKP) ... berjumlah 18.400 kasus": a list of
    programs after an all-programs or total cue names what the figure sums."""
    before = [p for p in s.programs if p.end <= fig.start]
    if len({p.value("program") for p in before}) < 3:
        return False
    first = before[-1]
    chain = [first]
    for prev in reversed(before[:-1]):
        if not _JOINT_GAP_RE.fullmatch(body[prev.end:chain[0].start].strip("() ") or " "):
            break
        chain.insert(0, prev)
    if len(chain) < 3:
        return False
    lead = [c for c in s.cues.cues if c.end <= chain[0].start and (c.has("collective") or c.has("total"))]
    return bool(lead) and not any(f.end <= chain[0].start for f in s.figures if f.unit in ("money", "case"))


def _sums_the_list(body: str, s: ClaimSentence, nearest, fig: Figure) -> bool:
    """A total word after two or more programs' figures, opening its own clause (not "dengan total
    pembayaran", which sizes the program just named): the sum of the list."""
    listed = {p.value("program") for p in s.programs if p.end <= fig.start}
    if len(listed) < 2:
        return False
    for cue in s.cues.between(nearest.end, fig.start, "total"):
        if re.search(r"\b(?:dengan|senilai|sebesar|untuk|nilai|nominal)\s+$", body[max(s.start, cue.start - 12):cue.start],
                     re.I):
            continue
        last = max((f.end for f in s.figures if nearest.end <= f.end <= cue.start), default=None)
        # "JPN 1.160 kasus jumlah nominal ... Rp 1,3 miliar": the item's own amount, no new clause
        if last is not None and _OPENS_CLAUSE_RE.search(body, last, cue.start):
            return True
    return False


# Between a list's last figure and a total word: the total opens a clause of its own.
_OPENS_CLAUSE_RE = re.compile(r"[,;:–—]|\s-\s|\b(?:sehingga|maka|jadi|dengan\s+demikian|secara|adapun|atau|yang|"
                              r"sedangkan|sementara|dan)\b", re.I)


def _after_full_frame(body: str, s: ClaimSentence, program, fig: Figure) -> bool:
    """A list item with no label of its own: between the program and this figure stand already a
    figure of the same kind and a list join ("..., JHT Rp 188,4 miliar atas 19.999 kasus serta Rp 2,1
    miliar atas 1.271 kasus"): the program's frame is full, this figure belongs to an unnamed item."""
    same = [f for f in s.figures if program.end <= f.start < fig.start and _kind(f) == _kind(fig)]
    listed = {p.value("program") for p in s.programs if p.end <= fig.start}
    if not same or len(listed) < 2:
        return False  # one program's figures for several places or periods ("..., sedangkan di Cabang Gresik Rp 98,6 M")
    between = body[same[-1].end:fig.start]
    return bool(re.search(r",\s|;\s|\s(?:dan|serta)\s", between)) and not re.search(r"\b(?:masing-masing|"
                                                                                   r"berturut-turut)\b", between)


def _kind(fig: Figure) -> str:
    return "money" if fig.unit == "money" else "count"


_EACH_CUE_RE = re.compile(r"[^;]{0,140}?\b(?:masing[\s-]*masing|masing2|berturut-turut|berturut\s+turut|"
                          r"secara\s+berurutan)\b",
                          re.I)


def respective_programs(body: str, s: ClaimSentence, roles) -> dict[int, str]:
    """"klaim JKK dan JKM masing-masing 70 kasus dan 30 kasus": programs listed, then "masing-masing" or
    "berturut-turut", then one figure of a kind for each, in the same order (rule link.respectively).
    Returns figure start -> program."""
    out: dict[int, str] = {}
    programs = s.programs
    if len(programs) < 2:
        return out
    for i in range(len(programs) - 1, 0, -1):
        last = programs[i]
        each = _EACH_CUE_RE.match(body, last.end, s.end)
        if each is None:
            continue
        between = [f for f in s.figures if f.unit != "year" and last.end <= f.start < each.end()]
        # the cue comes before the figures ("... sepanjang 2023 masing-masing Rp 40 M dan ..."), or after a list of
        # as many of another kind ("JKM dan JKK ... sebanyak 311 orang dan 5.893 orang dengan nilai masing-masing
        # Rp14,6 miliar dan Rp13,92 miliar")
        listed = [last]
        for prev in reversed(programs[:i]):
            if not _JOINT_GAP_RE.fullmatch(body[prev.end:listed[0].start]):
                break
            listed.insert(0, prev)
        if len(listed) < 2:
            continue
        parallel = len(between) == len(listed)  # (a figure or two before the cue that are not a list: left alone)
        for role in ("amount", "cases"):
            # (not a figure of a program named after the cue: "JKK dan JP masing-masing Rp14,7 miliar ... dan JKM Rp11,9
            # miliar")
            figs = [f for f, r, _ in roles if r == role and f.start >= (last.end if parallel else each.end())
                    and not any(each.end() <= p.start < f.start for p in programs[i + 1:])]
            if len(figs) == len(listed):
                out.update({f.start: p.value("program") for f, p in zip(figs, listed)})
        break
    return out


_RESTATED_NAME_RE = re.compile(r"\s*\(?\s*")


def _collapsed(programs: list, body: str) -> list[tuple[int, int, str]]:
    """(start, end, program) of program mentions, a name and its short form ("Jaminan Kematian
    (JKM)") as one."""
    out: list[tuple[int, int, str]] = []
    for p in programs:
        name = p.value("program")
        if out and out[-1][2] == name and _RESTATED_NAME_RE.fullmatch(body, out[-1][1], p.start):
            out[-1] = (out[-1][0], p.end, name)
        else:
            out.append((p.start, p.end, name))
    return out


def joint_programs(body: str, s: ClaimSentence, fig: Figure) -> bool:
    """A figure stated for two programs together ("Untuk JKK dan JKM, kami membayarkan 458
    kasus"): neither program's figure alone."""
    before = _collapsed([p for p in s.programs if p.end <= fig.start], body)
    if len(before) < 2 or before[-1][2] == before[-2][2]:
        return False
    if _collective_list_before(body, s, fig):
        return False  # "Jumlah keseluruhan biaya ..., baik JKK, JHT, maupun JKM adalah sebesar 31,23 miliar": all of them
    # (the conjunction may open the second program's own words: "kecelakaan kerja dan kematian", lexicon "dan kematian")
    if not _JOINT_GAP_RE.fullmatch(body, before[-2][1], before[-1][0]) and not (
            not body[before[-2][1]:before[-1][0]].strip() and _JOINT_GAP_RE.match(body, before[-1][0])):
        return False
    if s.figures and any(before[-2][1] <= f.start < before[-1][0] for f in s.figures):
        return False
    if any(f.end <= before[-2][0] and _OWN_PROGRAM_GAP_RE.fullmatch(body, f.end, before[-2][0])
           for f in s.figures if f.unit != "year"):
        return False  # "1.837 orang untuk pembayaran JHT, JKK 10 orang": the program before had its own figure
    own = next((p for p in s.programs if p.start >= fig.end), None)
    gap = body[fig.end:own.start] if own is not None else ""
    if own is not None and len(gap.split()) <= 6 and not _OTHER_CLAUSE_RE.search(gap) \
            and _FOR_PROGRAM_LEAD_RE.search(gap):
        return False  # "..., sedangkan sisanya Rp10,5 miliar untuk program JKK": its own program follows
    return not _EACH_IN_TURN_RE.search(body[before[-1][1]:fig.end + 40])


def is_total_row(text: str, last_program: str | None) -> bool:
    return last_program not in (None, "TOTAL") and bool(_TOTAL_ROW_RE.match(text))


# The same patterns, faster to search in the few words before a figure: their required words tested first (fastre).
_SHARE_RESTATED_RE = WindowFinder(_SHARE_RESTATED_RE)
