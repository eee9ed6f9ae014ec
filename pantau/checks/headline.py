"""conflicting_figures between a headline and its own body: "Klaim JHT ... Tembus Rp 85 Miliar"
over a body that says JHT was Rp 58,2 miliar. The title is not part of `body_text`, so its
figure is no claim row; it is compared here with the body's claims of the program it names.

A headline may round, truncate or bound a body figure ("Rp 128 Miliar" for Rp 128,17
miliar, "Tembus Rp 50 Miliar" for Rp 58,2 miliar) or add up several offices' figures: none
of those is a conflict. Anything unsure (no program, two programs, two amounts, a subject
that is no claim) gives no finding: a false error is worse than a missed one.
"""
from __future__ import annotations

import re

from pantau.checks.wording import format_rupiah
from pantau.extract.claim_rules import named_programs
from pantau.extract.numbers import find_numbers
from pantau.extract.periods import find_periods
from pantau.model import ClaimFigure, Extraction, Finding, RawArticle
from pantau.review.messages import render
from schemas import SEVERITY

# The headline must be about paying claims, and its amount must not be a fund, a contribution
# or an asset figure ("Dana Kelolaan Tembus Rp 9,6 T").
_CLAIM_WORD_RE = re.compile(r"\b(?:klaim|bayar\w*|cair\w*|pencairan|salur\w*|manfaat|santunan)\b", re.I)
_OTHER_MONEY_RE = re.compile(r"\b(?:dana|iuran|investasi|aset|saldo\s+dana|kelolaan|premi|tunggakan|piutang|"
                             r"target\w*|anggaran|bsu|subsidi|bantuan|beasiswa|per\s+(?:orang|peserta|bulan))\b", re.I)
# Words before the amount that make it a bound, not a value.
_AT_LEAST_RE = re.compile(r"\b(?:tembus|menembus|lebih\s+dari|lebih|di\s+atas|melampaui|lampaui|capai\s+lebih|"
                          r"hampir\s+tembus|minimal|setidaknya|over)\s*$", re.I)
_AT_MOST_RE = re.compile(r"\b(?:hampir|nyaris|mendekati|jelang|kurang\s+dari|di\s+bawah|maksimal)\s*$", re.I)
_ABOUT_RE = re.compile(r"\b(?:sekitar|kurang\s+lebih|kira-kira|lk\.?|±)\s*$", re.I)
_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])")
ABOUT_SHARE = 0.1  # "sekitar Rp 50 miliar" allows a tenth either way
# A headline amount after a change word is the change, not a level ("Pencairan JHT Bertambah Rp 48 Miliar").
_CHANGE_RE = re.compile(r"\b(?:naik|bertambah|tambah|meningkat|melonjak|melejit|turun|menurun|berkurang|anjlok|"
                        r"merosot|selisih|kenaikan|penurunan|tambahan|lonjakan|peningkatan)\s*$", re.I)


def _printed_in_body(body: str, value: float, unit: float, claims: list[ClaimFigure]) -> bool:
    """The headline's amount is printed in the body where pantau read no claim: the headline
    restates a body figure pantau did not take as a claim, which is no contradiction (one it
    took as another program's claim still is: 'JHT Rp 583,74 miliar' over a body whose
    583,74 is the total)."""
    read = [c.amount_span for c in claims if c.amount_span]
    return any(m.kind == "money" and m.value is not None and abs(m.value - value) <= unit + m.tolerance
               and not any(a < m.end and m.start < b for a, b in read)
               for m in find_numbers(body))


def _consistent(title_value: float, unit: float, lead: str, body_value: float) -> bool:
    """Whether a body amount can be what the headline writes: rounded or truncated to the
    headline's last digit, or within the bound its lead word sets."""
    if _AT_LEAST_RE.search(lead):
        return body_value >= title_value - unit
    if _AT_MOST_RE.search(lead):
        return body_value <= title_value + unit
    if _ABOUT_RE.search(lead):
        return abs(body_value - title_value) <= ABOUT_SHARE * title_value + unit
    return abs(body_value - title_value) <= unit


# A headline's clauses: "Klaim JHT Melonjak Selama Pandemi, BP Jamsostek Bayar Rp36,4 Triliun"
# names JHT in one clause and pays an amount of all programs in the other.
_CLAUSE_BREAK_RE = re.compile(r"[,;:|]\s|\s[-–—]\s")


def _clause_around(title: str, pos: int) -> str:
    start = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(title, 0, pos)), default=0)
    stop = _CLAUSE_BREAK_RE.search(title, pos)
    return title[start:stop.start() if stop else len(title)]


def _headline_program(clause: str) -> str | None:
    programs = named_programs(clause)
    if len(programs) > 1:
        return None
    return programs.pop() if programs else "TOTAL"


def _comparable(claims: list[ClaimFigure], program: str, title_ends: set) -> list[ClaimFigure]:
    """The body's current claims of the program, of the headline's period when it states one."""
    same = [c for c in claims if c.program == program and not c.is_prior_period and c.amount_idr is not None]
    if title_ends:
        same = [c for c in same if c.period_end in title_ends]
    return same


def headline_conflicts(raw: RawArticle, ex: Extraction) -> list[Finding]:
    """A finding when the headline's one claim amount matches no body figure it could restate."""
    try:
        return _headline_conflicts(raw, ex)
    except Exception:  # noqa: BLE001 - a headline we cannot read gives no finding
        return []


def _headline_conflicts(raw: RawArticle, ex: Extraction) -> list[Finding]:
    title = (raw.title or "").strip()
    if not title or not ex.claims or not _CLAIM_WORD_RE.search(title) or _OTHER_MONEY_RE.search(title):
        return []
    money = [m for m in find_numbers(title) if m.kind == "money"]
    if len(money) != 1 or money[0].value is None or money[0].range_end is not None:
        return []
    amount = money[0]
    program = _headline_program(_clause_around(title, amount.start))
    if program is None:
        return []
    default_year = ex.published_date.year if ex.published_date else None
    title_ends = {p.end for p in find_periods(title, 0, default_year, ex.published_date)
                  if not p.relative and p.end is not None}
    body = _comparable(ex.claims, program, title_ends)
    # A bare year ("Klaim JHT Pontianak 2021 Rp 85 Miliar") dates the headline too.
    years = {int(y) for y in _YEAR_RE.findall(title)}
    if years and not title_ends:
        body = [c for c in body if c.period_end is not None and c.period_end.year in years]
    if not body:
        return []
    unit = 2 * amount.tolerance if amount.tolerance else 0.005 * amount.value
    lead = title[max(0, amount.start - 30):amount.start]
    if _CHANGE_RE.search(lead) or _printed_in_body(raw.body_text or "", amount.value, unit, ex.claims):
        return []
    # A body figure of the program the headline restates, whatever period pantau gave it; a headline naming no
    # program may restate any one program's figure ("Banyak PHK, BPJS Ketenagakerjaan Salurkan Klaim Rp182 Miliar"
    # over a body about JKP's Rp182,13 miliar and the national total of Rp25,43 triliun).
    restated = ex.claims if program == "TOTAL" else _comparable(ex.claims, program, set())
    if any(_consistent(amount.value, unit + 2 * c.amount_tolerance, lead, c.amount_idr)
           for c in restated if not c.is_prior_period and c.amount_idr is not None):
        return []
    # Either side may be the rounded one: a body "Rp 46,4 miliar" under a headline "Rp46,36 miliar".
    values = [(c.amount_idr, 2 * c.amount_tolerance) for c in body]
    if len({c.office for c in body}) > 1:  # "Dua Kantor Cabang ... Bayar JHT Rp 106 Miliar": the offices' sum
        values.append((sum(v for v, _ in values), sum(u for _, u in values)))
    if any(_consistent(amount.value, unit + body_unit, lead, v) for v, body_unit in values):
        return []
    # "Rp 4.629 MILIAR" over a body read as Rp 4,629 miliar: the headline's other reading
    if amount.ambiguous and "thousands dot" in amount.ambiguous.split(";")[0] and any(
            _consistent(amount.value / 1000, unit / 1000 + body_unit, lead, v) for v, body_unit in values):
        return []
    first = body[0]
    body_amounts = [c.amount_span or (c.start_char, c.end_char) for c in body]
    text = raw.body_text or ""
    shown = [" ".join(text[a:b].split()) for a, b in body_amounts[:3]]
    if len(values) > len(body):  # the offices' sum, which no sentence prints
        shown.append(format_rupiah(values[-1][0]))
    args = {"program": program, "headline": amount.text, "shown": shown}
    words = render("conflicting_figures.headline", args)
    # The headline's figure indexes the title (role "title"), the body's their text.
    spans = [(amount.start, amount.end, "title")] + [(a, b, "figure") for a, b in body_amounts]
    return [Finding(
        check_name="conflicting_figures", severity=SEVERITY.get("conflicting_figures", "error"),
        message=words.message, evidence=f"{title} | {raw.body_text[first.start_char:first.end_char]}",
        start_char=first.start_char, end_char=first.end_char, expected=words.expected, found=words.found,
        figures=[("claim", ex.claims.index(c)) for c in body], key="conflicting_figures.headline", args=args,
        spans=spans)]
