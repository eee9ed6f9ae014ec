"""What the words around a figure say about it: a lone four-digit number is a year or a count; digits glued to a
word are part of a code ("4G", "P2K3") unless a space went missing ("dan116 rumah sakit", "40.527kasus").
Part of pantau.extract.numbers."""
from __future__ import annotations

import re

from pantau.extract.fastre import guarded

# A lone 4-digit year is a count when a count word sits beside it ("2019 kasus").
_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?i:kasus|orang|peserta|pekerja|perusahaan|tenaga|karyawan|buruh|unit|jiwa"
    r"|klaim|badan|anak|desa|warga|pegawai|tki|pmi|penerima|ahli|kali|rumah|paket)\b"
)
_COUNT_WORD_BEFORE = re.compile(
    r"(?i:sebanyak|sejumlah|mencapai|total|sekitar|hanya|baru|lebih\s+dari"
    r"|kurang\s+dari|hampir|setidaknya|kepada|bagi|untuk)\s*$"
)
_PERIOD_WORD_BEFORE = re.compile(
    r"\b(?i:sepanjang|selama|pada|hingga|sampai(?:\s+dengan)?|periode|tahun|pertama|awal|akhir|sejak|semester\s+\w+"
    r"|triwulan\s+\w+|kuartal\s+\w+|bulan\s+\w+)\s*$"
)
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


def looks_like_year(text: str, match: re.Match[str], value: float, scale: str | None,
                    kind: str, n2: str | None) -> bool:
    body = match.group("n1")
    if kind != "count" or scale or not (len(body) == 4 and body.isdigit()):
        return False
    if not _FIRST_YEAR <= value <= _LAST_YEAR:
        return False
    if n2 is not None and not (len(n2) in (2, 4) and n2.isdigit()):
        return False
    if _PERIOD_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return True  # "sepanjang 2019 klaim JHT naik", "lima bulan pertama 2019 klaim ...": the year, a noun after or not
    if _COUNT_NOUN_AFTER.match(text, match.end()):
        return False
    return not _COUNT_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())


# Small words a slip of the space bar glues to the figure after them ("121 puskesmas dan116 rumah sakit").
_GLUED_JOINER_RE = re.compile(r"(?<![^\W\d_])(?:dan|atau|serta|sebanyak|sebesar|mencapai)\Z", re.I)


def glued_to_word(text: str, start: int, end: int) -> bool:
    """True for digits inside a word or code: 'P2K3', '4G', 'B2B', 'COVID-19'; not after a joining word
    a space went missing from ('dan116 rumah sakit')."""
    before = text[start - 1] if start > 0 else ""
    if text.startswith("Rp", start) and before.islower():
        before = ""  # "nilai klaimRp2,2 miliar": the space before a rupiah mark went missing
    if (before.isalnum() or before == "_") and not (before.isalpha()
                                                    and _GLUED_JOINER_RE.search(text, max(0, start - 9), start)):
        return True
    if before == "-" and start > 1 and text[start - 2].isalpha():
        return True
    if before in " -" and _DISEASE_NAME_RE.search(text, max(0, start - 9), start):
        return True  # "Covid 19", "Covid- 19": the name, spaced out
    after = text[end] if end < len(text) else ""
    if after.islower() and _GLUED_COUNT_NOUN_RE.match(text, end):
        return False  # "40.527kasus": the space before a count's noun went missing
    if after == "a" and _APPROXIMATE_SUFFIX_RE.match(text, end):
        return False  # "17.000an pekerja": some seventeen thousand
    if after.isupper() and text[end - 1:end].islower():
        return False  # "Rp26 TriliunNasabah ...": a headline's scale word, the caption after it glued on
    return after.isalnum() or after == "_"


_APPROXIMATE_SUFFIX_RE = re.compile(r"an(?![A-Za-z0-9])")
_DISEASE_NAME_RE = re.compile(r"\bcovid\s*-?\s*\Z", re.I)


# A count's noun a space went missing before ("40.527kasus", "312orang"); a code's letters ("4G", "P2K3") are no noun
_GLUED_COUNT_NOUN_RE = re.compile(r"(?:kasus|klaim|orang|peserta|pekerja|perusahaan|penerima|tenaga\s+kerja)(?![a-z])")


# The same pattern, faster to search: a look-ahead on the characters a match can begin with.
_COUNT_WORD_BEFORE = guarded(_COUNT_WORD_BEFORE)


# The count's noun (and the rest of its clause: "494 peserta datang mencairkan JHT di BPJS Ketenagakerjaan setiap hari"), then
# "setiap/tiap/per hari(nya)", "sebulan": a rate, how many a day or a month, not a count
# (membership: "sampai 7000 peserta setiap bulannya"; claims: "rata-rata sembilan kasus kecelakaan kerja per hari").
# Not "per bulan Juni 2023": as of a month.
RATE_AFTER_RE = re.compile(r"[^,;.\d]{0,90}?\b(?:setiap|tiap|per|tiap-tiap|sehari|sebulan|seminggu)\s*"
                           r"(?:(?:hari|minggu|pekan|bulan|tahun)(?:nya)?\b|(?<=sehari)|(?<=sebulan)|(?<=seminggu))"
                           r"(?!\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
                           r"Desember|ini|lalu|ke-?\d))", re.I)


# "satu kecelakaan kerja bisa membuat keluarga kehilangan penghasilan": a count said able to cause something (veto.hypothetical)
# "85.436 kasus atau kira-kira 86,53 persen dipicu oleh PHK": a count's share and its cause said after it (veto.share)
MODAL_NEAR_RE = re.compile(r"\b(?:bisa|dapat|akan|bakal|mampu|berpotensi|berisiko)\b", re.I)  # its quick guard
WHAT_IT_COULD_DO_AFTER_RE = re.compile(r"\s*(?:\w+\s+){0,6}?(?:saja\s+)?(?:bisa|dapat|akan|bakal|mampu|berpotensi|berisiko)\s+"
                                       r"(?:membuat|menyebabkan|mengakibatkan|berdampak|menimbulkan|merugikan|menghilangkan|"
                                       r"mengubah|menghancurkan|memiskinkan|menjadi)\b", re.I)
SHARE_AFTER_BY_CAUSE_RE = re.compile(r"\s*(?:kasus|klaim|orang|peserta|pekerja)?\s*,?\s*(?:atau|yakni|sekitar)\s+(?:sekitar\s+|kira-kira\s+|"
                                     r"kurang\s+lebih\s+|hampir\s+)?\d[\d.,]*\s*(?:persen|%)[\s,]*(?:\w+\s+){0,2}?(?:dipicu|disebabkan|"
                                     r"karena|akibat|berasal|didominasi|merupakan)\b", re.I)


def cut_off_at_the_end(body: str, fig) -> bool:
    """A page saved cut off mid-figure ("... telah mencapai 3" and nothing after): the figure's digits end the text
    with no unit, noun or stop, so its scale and noun are lost; it is no figure to read."""
    if len(body) - fig.end > _TAIL_CHARS or not body[fig.end - 1:fig.end].isdigit() or body[fig.end:].strip():
        return False  # (the length first: no slice of the rest of the text for every figure)
    line = body[body.rfind("\n", 0, fig.start) + 1:fig.start]
    # (not a table's last row, "Total | 1.234", "Jumlah: 1.234": short, or a cell or label before the figure)
    return len(line) >= _PROSE_LINE_CHARS and not re.search(r"[|:\t]\s*$", line)


_PROSE_LINE_CHARS = 40
_TAIL_CHARS = 64  # trailing blanks a cut-off page may keep
