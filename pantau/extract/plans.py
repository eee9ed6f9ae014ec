"""Plans, estimates and what may come: whether a figure is said under a target, an estimate or a future word
of its clause (plan_before), and the clause boundaries that end such a word's scope (cue_in_clause). Read by
the claim vetoes (pantau.extract.claim_rules) and the membership vetoes (pantau.extract.member_rules)."""
from __future__ import annotations

import re

from pantau.extract.figures import SentenceCues

# Cue classes that make every later figure of the sentence a plan or an estimate.
NOT_PAID_AFTER_IN_SENTENCE = ("target", "estimate")
STRONG_BOUNDARY_RE = re.compile(r";\s|\.\s|,?\s(?:sedangkan|sementara\s+itu|sementara|namun|tetapi|adapun)\s", re.I)
COMMA_RE = re.compile(r",\s|;\s|\s[–—-]\s|:\s")


def plan_before(cues: SentenceCues, pos: int, body: str = "", start: int = 0) -> str | None:
    """A target, estimate or future cue before `pos` in its clause (a target's scope ends at a strong
    boundary, ";" or "sedangkan"; what may come, "bisa"/"akan", at any comma), unless what was achieved is
    said after it ("target 214.518, ternyata capaiannya 216 ribu")."""
    if cues.classes.isdisjoint(_PLAN_CLASSES):
        return None  # most sentences hold no target, estimate or future word
    strong = [m.end() for m in STRONG_BOUNDARY_RE.finditer(body, start, pos)
              if not _ELLIPTIC_ITEM_RE.match(body, m.end(), pos)] if body else []
    commas = [m.end() for m in COMMA_RE.finditer(body, start, pos)] if body else []
    found = None
    for cue in cues.cues:
        if cue.start >= pos:
            break
        if cue.classes.isdisjoint(_PLAN_OR_ACTUAL):
            continue  # (no test below can fire on it)
        if body and _MEASURED_AGAINST_RE.search(body, max(start, cue.start - 30), cue.start) \
                and "," in body[cue.end:pos] and not _ITS_OWN_FIGURE_RE.search(body, max(start, pos - 30), pos):
            continue  # "Sesuai target layanan cepat, ...", "Berbeda dari perkiraan awal, ...": what was done, measured
        if cue.has("target") and body and _TARGET_THEN_COVERED_RE.match(body, cue.end, pos):
            continue  # "Potensi coverage formal berjumlah 711.705 jiwa dan yang terdaftar 334.786": the part reached
        if body and _WHOLE_REFERRED_RE.match(body, cue.end) and _FROM_BEFORE_RE.search(body, max(start, cue.start - 8),
                                                                                        cue.start):
            continue  # "Dari potensi tersebut, yang sudah terdaftar baru 93.600 jiwa": the part reached of that whole
        hit = next((c for c in NOT_PAID_AFTER_IN_SENTENCE if cue.has(c)), None)
        if hit and body and _BASE_OF_ACTUAL_RE.search(body, max(start, cue.start - 16), cue.start) \
                and _TARGET_FIGURE_THEN_COMMA_RE.match(body, cue.end, pos):
            continue  # "... 105.689 orang dari target 98.249, tenaga kerja BPU 55.147 orang": the target had its figure
        if hit and not any(b > cue.end for b in strong):
            # "memprediksi klaim JKK ... bakal menyentuh Rp 10 miliar": an estimate, whatever future word follows
            found = found if found == "estimate" and hit == "target" else hit
        elif cue.has("future") and not any(b > cue.end for b in strong + commas):
            found = found if found == "estimate" else "target"  # "Itu tahun ini bisa Rp130 miliar": what may come
        elif found and cue.has("actual"):
            found = None
    return found


# "Tahun ini ditargetkan 12.410 perusahaan ..., sedangkan untuk tenaga kerja yakni 202.739 pekerja ...": a clause with no
# verb of its own goes on with the list before it, target and all
_ELLIPTIC_ITEM_RE = re.compile(r"(?:untuk|bagi)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+(?:yakni|yaitu)\b", re.I)
_PLAN_CLASSES = (*NOT_PAID_AFTER_IN_SENTENCE, "future")
_PLAN_OR_ACTUAL = frozenset((*_PLAN_CLASSES, "actual"))
# A target an achieved figure is measured against ("mencapai 105.689 orang dari target 98.249"), its own figure (not a
# year), then a comma: what follows is no longer the target.
_BASE_OF_ACTUAL_RE = re.compile(r"\b(?:dari|atas|terhadap|dibanding(?:kan)?(?:\s+dengan)?)\s+$", re.I)
_TARGET_FIGURE_THEN_COMMA_RE = re.compile(r"[^\d,;.]{0,30}?(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\d?(?:\s+(?:ribu|juta|miliar|"
                                          r"triliun))?(?:\s+[^\W\d]+){0,2}\s*,\s")
# a target's own figure, then those already covered: "... 711.705 jiwa dan yang terdaftar ", "... 98.249 orang, yang
# sudah terlindungi baru "
# (the target's figure no year: "target di tahun 2017 ini perusahaan aktif menjadi 25.182" is still the target; "aktif"
# only after "yang": "Dari potensi 711.707 pekerja, yang tercatat aktif ...")
_TARGET_THEN_COVERED_RE = re.compile(r"[^\d;.]{0,80}?(?!(?:19|20)\d\d\b)\d[\d.,]*(?:\s+(?:ribu|juta))?[^;.]{0,40}?\s*,?\s+"
                                     r"(?:dan\s+|sedangkan\s+|sementara\s+)?(?:(?:yang\s+)?(?:sudah\s+|telah\s+|baru\s+)?"
                                     r"(?:terdaftar|terlindungi|ter-?cover|menjadi\s+peserta|terealisasi)|yang\s+(?:tercatat\s+)?aktif)\b"
                                     r"[^\d.;]{0,50}$", re.I)
_FROM_BEFORE_RE = re.compile(r"\bdari\s+$", re.I)
_WHOLE_REFERRED_RE = re.compile(r"\s+(?:tersebut|itu|ini)\b", re.I)
# ("... melampaui sasaran yang dibebankan untuk satu tahun penuh, yakni 588.220 pekerja": the figure that target is)
_ITS_OWN_FIGURE_RE = re.compile(r",\s*(?:yakni|yaitu|sebesar|sebanyak)\s+(?:sebanyak\s+|sekitar\s+)?$", re.I)
_MEASURED_AGAINST_RE = re.compile(r"\b(?:sesuai(?:\s+dengan)?|seiring(?:\s+dengan)?|demi|untuk\s+mencapai|mengejar|"
                                  r"berbeda\s+(?:dari|dengan)|melampaui|melebihi)\s+$", re.I)


def cue_in_clause(body: str, s, fig, cls: str, unless: re.Pattern) -> bool:
    """A cue of `cls` anywhere in the figure's clause, not led by `unless` (a negation, a purpose)."""
    if not s.cues.any(cls):
        return False
    start, end = s.start, s.end
    for m in STRONG_BOUNDARY_RE.finditer(body, s.start, s.end):
        if m.end() <= fig.start:
            start = m.end()
        elif m.start() >= fig.end:
            end = m.start()
            break
    for m in COMMA_RE.finditer(body, fig.end, end):
        if any(f.start >= m.end() and f.unit in ("money", "case") for f in s.figures):
            end = m.start()  # the next figure's own clause begins
            break
    for cue in s.cues.between(start, end, cls):
        if not unless.search(body, max(start, cue.start - 30), cue.start):
            return True
    return False
