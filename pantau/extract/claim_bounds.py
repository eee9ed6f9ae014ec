"""Bounds and restatements around a claim figure: an upper bound said before it ("paling banyak Rp 235,2 juta"), and a
count said again rounded right after the exact one ("9.794 orang atau hampir 10 ribu"). Read by the claim vetoes
(pantau.extract.claim_rules)."""
from __future__ import annotations

import re

from pantau.extract.fastre import WindowFinder, guarded
from pantau.extract.figures import Figure

# (a change, or a fact told: "pembayaran klaim terbesar ... yakni sampai Rp 18,2 triliun", the level reached)
_REACHED_RE = re.compile(r"\b(?:naik|meningkat|melonjak|tumbuh|bertambah|membengkak|melesat|turun|menurun|merosot|"
                         r"berkurang|anjlok|yakni|yaitu|tercatat|terbesar|tertinggi|dibayarkan|membayarkan|"
                         r"disalurkan|menyalurkan|jumlahnya|totalnya|nilainya|nominalnya|sudah|telah|kini|"
                         r"(?<!bisa\s)(?<!dapat\s)mencapai)\s+(?:\w+\s+)?$", re.I)  # ("yang mencapai hingga 6.078 kasus")
_CEILING_LEAD_RE = re.compile(r"\b(?:hingga|sampai|maksimal|maksimum|maks\.?|paling\s+banyak|paling\s+besar|sebanyak-banyaknya|"
                              r"setinggi-tingginya|bisa\s+mencapai(?:\s+hingga)?|dapat\s+mencapai(?:\s+hingga)?)\s*(?:sebesar\s+|senilai\s+|untuk\s+)?"
                              r"(?:Rp\.?\s*)?$", re.I)


def ceiling_before(body: str, s, fig: Figure) -> bool:
    """"santunan bisa mencapai hingga Rp 50 juta", "paling banyak Rp 235,2 juta": an upper bound;
    not "realisasi dananya naik hingga Rp719 miliar", the level a change reached, nor "360 kasus, dan jumlahnya sampai
    Rp283.015.534", the sum the cases came to."""
    lead = _CEILING_LEAD_RE.search(body, max(s.start, fig.start - 40), fig.start)
    if lead is None:
        return False
    return not (_REACHED_RE.search(body, max(s.start, lead.start() - 25), lead.start())
                and lead.group(0).strip().lower().startswith(("hingga", "sampai")))


# "9.794 orang atau hampir 10 ribu": the count before, said again in round figures
_ROUNDED_AGAIN_RE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?,?\s*atau\s+(?:hampir|sekitar|kurang\s+lebih|kira-kira|lebih\s+dari|"
                               r"nyaris|mendekati|sekira|setara(?:\s+dengan)?)\s+$", re.I)
_ROUNDING_REACH = 0.25  # a rounding of the count before stays within a quarter of it


def without_rounded_restatements(body: str, figures: list[Figure]) -> list[Figure]:
    """The sentence's figures less a count said again right after the exact one, joined by "atau hampir/sekitar/lebih
    dari" and close to it ("berjumlah 9.794 orang atau hampir 10 ribu, dengan nominal Rp 44,516 miliar"): the same count
    in round figures, not a second one (the amount after it goes with the exact count)."""
    kept: list[Figure] = []
    for fig in figures:
        before = kept[-1] if kept else None
        if before is not None and fig.unit != "money" and before.unit not in ("money", "year", "percent") \
                and fig.value and before.value and abs(before.value - fig.value) <= _ROUNDING_REACH * before.value \
                and _ROUNDED_AGAIN_RE.fullmatch(body, before.end, fig.start) is not None:
            continue
        kept.append(fig)
    return kept


_CEILING_LEAD_RE = WindowFinder(guarded(_CEILING_LEAD_RE))


# "memiliki tenaga kerja dibawah 20 orang", "perusahaan dengan pekerja kurang dari 10 orang": a bound, not a count
_BOUND_BEFORE_RE = re.compile(r"\b(?:di\s*bawah|di\s*atas|kurang\s+dari|(?:tidak|tak)\s+(?:lebih|kurang)\s+dari|maksimal|"
                              r"minimal|paling\s+(?:sedikit|banyak))\s+$",
                              re.I)
# ... of what a company or worker has or employs
_SIZE_OF_RE = re.compile(r"\b(?:memiliki|mempunyai|mempekerjakan|berkaryawan|dengan)\s+(?:jumlah\s+)?"
                         r"(?:tenaga\s+kerja|pekerja|karyawan|pegawai)\s+[^\d]{0,20}$", re.I)


# "memiliki 200 pekerja atau lebih", "perusahaan dengan 50 karyawan ke atas": a floor said after the count (not
# "atau lebih dari 100 persen", a comparison)
_FLOOR_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:tenaga\s+kerja|pekerja|karyawan|pegawai|buruh|orang)?\s*"
                             r"(?:atau\s+lebih\b(?!\s+dari)|ke\s+atas\b)", re.I)
_HAS_BEFORE_RE = re.compile(r"\b(?:memiliki|mempunyai|mempekerjakan|berkaryawan|dengan|ber(?:jumlah|isi))\s+"
                            r"(?:jumlah\s+)?(?:(?:tenaga\s+kerja|pekerja|karyawan|pegawai)\s+)?(?:sebanyak\s+)?$", re.I)


def size_class(body: str, s, fig: Figure) -> bool:
    """A bound on a company's workforce ("rata-rata memiliki tenaga kerja dibawah 20 orang", "memiliki 200 pekerja
    atau lebih"): a size class."""
    before = body[max(s.start, fig.start - 60):fig.start]
    if _BOUND_BEFORE_RE.search(before) and _SIZE_OF_RE.search(before):
        return True
    return bool(_HAS_BEFORE_RE.search(before)) and bool(_FLOOR_AFTER_RE.match(body, fig.end, s.end))


def bound_veto(body: str, s, fig: Figure) -> str | None:
    """The veto for a bound said in place of a figure: a ceiling on a benefit, a size class of companies."""
    if ceiling_before(body, s, fig):
        return "veto.ceiling"  # "nilainya maks. Rp 5 juta", "paling banyak untuk dua orang anak"
    if fig.unit == "people" and size_class(body, s, fig):
        return "veto.threshold"  # "perusahaan yang mempekerjakan 50 orang ke atas"
    return None


# The same pattern, faster to search: a look-ahead on the characters a match can begin with.
_BOUND_BEFORE_RE = guarded(_BOUND_BEFORE_RE)
