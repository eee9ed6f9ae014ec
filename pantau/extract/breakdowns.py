"""Stated totals split into parts inside one sentence: "365 tenaga kerja, yang meliputi
... 19 ..., 334 ..., dan 12 ...", "65 peserta, dimana 48 ..., 17 ...", "Santunan senilai
total Rp 170.000.000 itu terdiri dari ... Rp 150.000.000, ... Rp 10.000.000 ..."."""
from __future__ import annotations

import re

from pantau.extract.context import SentenceContext
from pantau.extract.fastre import may_hold, required_words
from pantau.extract.lexicon import CASE_WORD_RE, COMPANY_WORD_RE, WORKER_WORD_RE
from pantau.model import Breakdown, NumberMention

SPLIT_CUE_RE = re.compile(
    r"^[^\d]{0,40}?\b(?P<cue>di\s*mana|yang\s+meliputi|meliputi|terdiri\s+(?:dari|atas)|yakni|yaitu|antara\s+lain|"
    r"di\s*antaranya|dengan\s+rincian|rinciannya)\b", re.I)
_SPLIT_CUE_WORDS = required_words(SPLIT_CUE_RE)
_PARTIAL_CUES = ("antara lain", "diantaranya", "di antaranya")


def _family(mention: NumberMention) -> str | None:
    if mention.kind == "money":
        return "money"
    if mention.kind == "count":
        return "count"
    return None


_DURATION_AFTER_RE = re.compile(r"\s*(?:hari|minggu|pekan|bulan|tahun|jam|menit)\b", re.I)


def _unit_after(body: str, mention: NumberMention) -> str:
    word = re.match(r"\s*([A-Za-z]+(?:\s+kerja)?)", body[mention.end:mention.end + 25])
    return word.group(1).lower() if word else "jumlah"


def unit_class(body: str, mention: NumberMention) -> str | None:
    """What a count counts, from the noun after it: companies, people or claim cases
    (None when no such noun follows). Parts of a breakdown share their total's unit:
    "35 juta pekerja ... dari 735.312 perusahaan" is not a part of the workers."""
    after = body[mention.end:mention.end + 30]
    if CASE_WORD_RE.match(after):
        return "case"
    noun = re.match(r"\s*(?:orang\s+|unit\s+)?(\w+(?:\s+\w+)?)", after)
    if noun is None:
        return None
    if COMPANY_WORD_RE.match(noun.group(1)):
        return "company"
    if WORKER_WORD_RE.match(noun.group(1)) or re.match(r"\s*orang\b", after):
        return "worker"
    return None


def parts_up_to_the_total(total: float, tolerance: float, parts: list, value=lambda p: p.value,
                          spread=lambda p: p.tolerance) -> list:
    """"838.904 tenaga kerja aktif dengan rincian 751 ribu PU dan 87 ribu BPU, kemudian ... jasa konstruksi mencapai
    735.127": when the first parts already add up to the total (within their rounding) and all of them exceed it,
    the rest are told beside the total, not inside it; else all the parts."""
    def fits(some) -> bool:
        return abs(sum(value(p) for p in some) - total) <= tolerance + sum(spread(p) for p in some)
    if len(parts) < 3 or any(value(p) is None for p in parts) or fits(parts) \
            or sum(value(p) for p in parts) < total:
        return parts
    return next((parts[:k] for k in range(2, len(parts)) if fits(parts[:k])), parts)


_TARGET_BEFORE_RE = re.compile(r"\b(?:target\w*|menargetkan|ditargetkan|sasaran|proyeksi|rencana|anggaran)\b"
                               r"(?:[^.;\d]|\b(?:19|20)\d\d\b){0,80}$", re.I)  # (a year may stand between)


def split_breakdowns(body: str, contexts: list[SentenceContext]) -> list[Breakdown]:
    out = []
    for ctx in contexts:
        if not ctx.numbers or not may_hold(ctx.text, _SPLIT_CUE_WORDS):
            continue  # (most sentences: no split word, no figure's tail to match; 0.5 % of extraction)
        numbers = [m for m in ctx.numbers if m.value is not None or m.unparseable]
        for i, total in enumerate(numbers):
            family = _family(total)
            if family is None or total.value is None:
                continue
            cue = SPLIT_CUE_RE.match(body[total.end:ctx.sentence.end])
            if not cue or (family == "count" and _DURATION_AFTER_RE.match(body, total.end)):
                continue  # ("iuran minimal 12 bulan dalam 24 bulan": a rule's durations, nothing to add up)
            if _TARGET_BEFORE_RE.search(body, max(ctx.start, total.start - 100), total.start):
                continue  # ("dibebani target kepesertaan 126.000 tenaga kerja, terdiri atas ...": a plan, no figure reported)
            following = next((m for m in numbers[i + 1:] if _family(m) is not None), None)
            if following is not None and _family(following) != family:
                continue  # "sebesar Rp 216,61 M terdiri dari 17.755 kasus": the amount's count, not its parts
            unit = unit_class(body, total) if family == "count" else None
            parts = [m for m in numbers[i + 1:] if _family(m) == family and (m.value is None or m.value <= total.value)
                     and not (unit and unit_class(body, m) not in (None, unit))]
            parts = parts_up_to_the_total(total.value, total.tolerance, parts)
            if len(parts) < 2:
                continue
            label_start = max(ctx.start, total.start - 40)
            out.append(Breakdown(
                subject=body[label_start:total.start].strip().split(",")[-1].strip() or "jumlah",
                unit="rupiah" if family == "money" else _unit_after(body, total),
                total=total.value, total_tolerance=total.tolerance, total_span=(total.start, total.end),
                parts=[(body[max(total.end, p.start - 30):p.start].strip(), p.value, p.tolerance, (p.start, p.end))
                       for p in parts],
                exhaustive=re.sub(r"\s+", " ", cue.group("cue").lower()) not in _PARTIAL_CUES))
            break
    return out
