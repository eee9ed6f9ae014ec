"""Claim tables: rows of "program | cases | amount" under a header that names the columns
and, often, the unit of the amounts ("Nominal (Rp miliar)"). Both an HTML table as the
page reader renders it ("| JHT | 142.310 | 2.184,6 |") and a plain-text pipe table
("JHT | 6.412 | 71.840.500.000") are read; the header's scale applies to every amount
that carries none of its own."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pantau.extract.context import SentenceContext
from pantau.extract.lexicon import PROGRAM_RE, SEGMENT_METRIC, program_of
from pantau.model import ClaimFigure, NumberMention
from pantau.text import is_column_line

_CASES_HEADER_RE = re.compile(r"\b(?:kasus|klaim|berkas|penerima)\b", re.I)
_AMOUNT_HEADER_RE = re.compile(r"\b(?:nominal|nilai|rp|rupiah|idr|manfaat|dana|pembayaran)\b", re.I)
_SCALE_RE = re.compile(r"\b(ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\b", re.I)
_SCALES = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9,
           "triliun": 1e12, "t": 1e12}
_TOTAL_LABEL_RE = re.compile(r"^\s*(?:total|jumlah|grand\s+total|total\s+klaim|jumlah\s+total)\b", re.I)
_SEPARATOR_ROW_RE = re.compile(r"^[\s|:\-–—]*$")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


# Columns aligned with spaces ("Medan Kota        9.412    Rp 118,6 miliar"): a gap of two or more.
_SPACE_GAP_RE = re.compile(r"[ \t]{2,}")


def _is_spaced_row(text: str) -> bool:
    """A line of at least three columns set apart by runs of spaces (pantau.text.is_column_line)."""
    return is_column_line(text.strip())


def is_table_line(text: str) -> bool:
    return "|" in text or _is_spaced_row(text)


def cells_of(body: str, ctx: SentenceContext) -> list[Cell]:
    """The cells of a table line, with offsets into the body (outer pipes dropped)."""
    cells, begin = [], ctx.start
    splitter = r"\|" if "|" in ctx.text else _SPACE_GAP_RE
    for match in re.finditer(splitter, ctx.text):
        cells.append(Cell(begin, ctx.start + match.start(), body[begin:ctx.start + match.start()]))
        begin = ctx.start + match.end()
    cells.append(Cell(begin, ctx.sentence.end, body[begin:ctx.sentence.end]))
    if ctx.text.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1].text.strip():
        cells = cells[:-1]
    return cells


@dataclass
class _Header:
    cases_col: int | None
    amount_col: int | None
    scale: float
    # A table of offices ("Kantor Cabang | Kasus JHT | Nominal JHT"): its rows are named by
    # place, and the program is the one the column headers name.
    program: str | None = None
    office_kind: str | None = None  # "Cabang" or "Kanwil" when the rows are offices


_NOT_CLAIM_COLUMN_RE = re.compile(r"\b(?:iuran|dana\s+(?:investasi|kelola\w*)|investasi|hasil|aset|target|"
                                  r"anggaran|premi|tunggakan)\b", re.I)
_OFFICE_COLUMN_RE = re.compile(r"^\s*(?:kantor\s+)?(?P<kind>cabang|wilayah|kanwil|kacab|kcp)\b", re.I)


def read_header(cells: list[Cell]) -> _Header | None:
    """Which column holds the case counts and which the amounts (with their scale); None when
    the line is not a claim table's header."""
    texts = [c.text.strip() for c in cells]
    if len(texts) < 2 or any(re.search(r"\d", t) for t in texts[1:]):
        return None
    cases_col = amount_col = None
    scale = 1.0
    for index, text in enumerate(texts[1:], start=1):
        if amount_col is None and _AMOUNT_HEADER_RE.search(text):
            amount_col = index
            unit = re.search(r"\(([^)]*)\)", text)
            found = _SCALE_RE.search(unit.group(1) if unit else re.sub(r"\bnominal\b|\bnilai\b", "", text, flags=re.I))
            scale = _SCALES[found.group(1).lower()] if found else 1.0
        elif cases_col is None and _CASES_HEADER_RE.search(text):
            cases_col = index
    if cases_col is None and amount_col is None:
        return None
    if amount_col is not None and _NOT_CLAIM_COLUMN_RE.search(texts[amount_col]):
        return None  # "Iuran (Rp miliar)", "Dana Investasi": money of another kind
    office = _OFFICE_COLUMN_RE.match(texts[0])
    programs = {program_of(m) for text in texts[1:] for m in PROGRAM_RE.finditer(text)}
    if office and len(programs) == 1:
        kind = "Cabang" if office.group("kind").lower() in ("cabang", "kacab", "kcp") else "Kanwil"
        return _Header(cases_col, amount_col, scale, programs.pop(), kind)
    return _Header(cases_col, amount_col, scale)


def _number_in(cell: Cell, numbers: list[NumberMention]) -> NumberMention | None:
    return next((m for m in numbers if cell.start <= m.start < cell.end and m.kind not in ("percent", "year")), None)


def _row_program(label: str) -> str | None:
    if _TOTAL_LABEL_RE.match(label):
        return "TOTAL"
    match = PROGRAM_RE.search(label)
    return program_of(match) if match else None


def table_row_claim(body: str, ctx: SentenceContext, header: _Header) -> ClaimFigure | None:
    """One table row as a claim figure (its period and office are the ones in force)."""
    cells = cells_of(body, ctx)
    if len(cells) < 2:
        return None
    label_cell = next((c for c in cells if re.search(r"[A-Za-z]", c.text)), cells[0])
    program = _row_program(label_cell.text)
    office = ctx.office
    if header.office_kind is not None:
        label = label_cell.text.strip()
        if program == "TOTAL" or not label:  # the offices' sum: the area the article is about
            program = header.program
        elif program is None and label[0].isupper() and not re.search(r"\d", label):
            program, office = header.program, f"{header.office_kind} {label}"
    if program is None:
        return None
    cases = amount = None
    if header.cases_col is not None and header.cases_col < len(cells):
        cases = _number_in(cells[header.cases_col], ctx.numbers)
    if header.amount_col is not None and header.amount_col < len(cells):
        amount = _number_in(cells[header.amount_col], ctx.numbers)
    if cases is not None and (cases.value is None or cases.value != int(cases.value)):
        cases = None
    if amount is not None and amount.value is None:
        amount = None
    if cases is None and amount is None:
        return None
    scale = 1.0 if amount is None or amount.scale_word or amount.kind == "money" else header.scale
    period = ctx.period or (None, None)
    spans = [m for m in (cases, amount) if m is not None]
    return ClaimFigure(
        program=program, cases=int(cases.value) if cases else None,
        amount_idr=amount.value * scale if amount else None,
        period_start=period[0], period_end=period[1], office=office, is_prior_period=False,
        start_char=min(m.start for m in spans), end_char=max(m.end for m in spans),
        cases_tolerance=cases.tolerance if cases else 0.0,
        amount_tolerance=amount.tolerance * scale if amount else 0.0,
        cases_span=(cases.start, cases.end) if cases else None,
        amount_span=(amount.start, amount.end) if amount else None)


_CAPTION_SCALE_RE = re.compile(r"\(\s*dalam\s+(?:rp\.?\s*)?(ribu|juta|miliar|milyar|triliun)(?:\s+rupiah)?\s*\)", re.I)


def table_rows(body: str, contexts: list[SentenceContext]) -> dict[int, ClaimFigure | None]:
    """Context index → the claim its table row states (None for header, separator and other
    rows of a claim table), for every line of every claim table in the article."""
    rows: dict[int, ClaimFigure | None] = {}
    header: _Header | None = None
    for index, ctx in enumerate(contexts):
        text = ctx.text
        if "|" not in text and ("  " not in text or not _is_spaced_row(text)):
            header = None
            continue
        if _SEPARATOR_ROW_RE.match(ctx.text):
            if header is not None:
                rows[index] = None
            continue
        found = read_header(cells_of(body, ctx))
        if found is not None:
            caption = _CAPTION_SCALE_RE.search(contexts[index - 1].text) if index and found.scale == 1.0 else None
            if caption and found.amount_col is not None:  # "... sepanjang 2024 (dalam miliar rupiah):" above the table
                found.scale = _SCALES[caption.group(1).lower()]
            header = found
            rows[index] = None
            continue
        if header is not None:
            rows[index] = table_row_claim(body, ctx, header)
    return rows


# ---- participation tables -------------------------------------------------------------------



def column_metric(cues, listed: bool = False) -> str | None:
    """What a participation table's column counts, from its header's cue classes (rule
    member.table): None for inactive, registered-only or unknown columns. `listed`: a row label of a
    table of participants by year ("Perusahaan", "Pekerja"), active unless it says otherwise."""
    def has(cls):
        return any(c.has(cls) for c in cues)
    if has("inactive") or has("not_member") or has("program") or has("target") or (listed and has("claim_noun")):
        return None
    segment = next((c.value("segment") for c in cues if c.has("segment")), None)
    if segment == "migrant":
        return "migrant_workers"
    if segment:
        return f"{'new' if has('member_new') else 'active'}_{SEGMENT_METRIC[segment]}"
    active = listed or has("active")
    if has("company_noun"):
        return "active_companies" if active else None
    if active and (has("member_noun") or has("people_noun")):
        return "active_workers"
    return None


def _under_header(cells: list[Cell], header_spans: list[tuple[int, int]], line_start: int) -> list[Cell]:
    """The row's cells placed under the header's columns (an empty cell where none stands)."""
    placed = [Cell(0, 0, "") for _ in header_spans]
    for cell in cells:
        middle = (cell.start + cell.end) / 2 - line_start
        nearest = min(range(len(header_spans)), key=lambda i: abs((header_spans[i][0] + header_spans[i][1]) / 2 - middle))
        if not placed[nearest].text.strip():
            placed[nearest] = cell  # (the first cell under a header cell: a row number before its label)
    return placed


def membership_table_rows(body: str, contexts: list[SentenceContext], cues_of) -> dict[int, list]:
    """Context index -> the participation figures its table row states, for the lines of every
    participation table ("No. | Provinsi | Kepesertaan Aktif | Kepesertaan Non Aktif")."""
    from pantau.extract.offices import province_in
    from pantau.model import MembershipFigure

    rows: dict[int, list] = {}
    columns: dict[int, str] | None = None
    years: list[int] | None = None  # a header of years: the table's columns are years, its rows metrics
    header_spans: list[tuple[int, int]] = []  # a spaced header's cells, as columns of its line
    for index, ctx in enumerate(contexts):
        spaced = "|" not in ctx.text and _is_spaced_row(ctx.text)
        if "|" not in ctx.text and not spaced:
            columns = years = None
            continue
        cells = cells_of(body, ctx)
        if _SEPARATOR_ROW_RE.match(ctx.text):
            continue
        digits = [c for c in cells if re.search(r"\d", c.text) and not re.fullmatch(r"\s*\d{1,3}[.)]?\s*", c.text)]
        if len(digits) >= 2 and all(_YEAR_CELL_RE.fullmatch(c.text) for c in digits):
            years, columns = [int(c.text) for c in digits], None  # "| Kepesertaan | 2020 | 2021 | ... |"
            rows[index] = []
            continue
        if years:
            rows[index] = _year_row(body, ctx, cells, years, cues_of(ctx).cues)
            continue
        if not digits:
            cues = cues_of(ctx).cues
            found = {i: column_metric([q for q in cues if cell.start <= q.start < cell.end])
                     for i, cell in enumerate(cells)}
            found = {i: m for i, m in found.items() if m}
            columns = found or None
            header_spans = [(c.start - ctx.start, c.end - ctx.start) for c in cells] if spaced else []
            if columns:
                rows[index] = []
            continue
        if not columns:
            continue
        label = next((c.text.strip() for c in cells if re.search(r"[A-Za-z]", c.text) and not re.search(r"\d", c.text)),
                     "")
        if header_spans:
            # Spaced columns line up by position, not by count ("No. Provinsi" is one header cell
            # over two row cells): each figure's cell goes to the header cell nearest above it.
            cells = _under_header(cells, header_spans, ctx.start)
        office = province_in(f"di {label}", ctx.office) or ctx.office
        row_cues = cues_of(ctx).cues
        segment = next((q for q in row_cues if q.has("segment") and q.start < body.find(label, ctx.start) + len(label)),
                       None)
        period = ctx.period or (None, None)
        figures = []
        for i, metric in columns.items():
            if i >= len(cells):
                continue
            number = _number_in(cells[i], ctx.numbers)
            if number is None or number.value is None:
                continue
            if segment is not None and metric == "active_workers":
                # a row per segment under "Peserta Aktif": that segment's active count
                value = segment.value("segment")
                metric = "migrant_workers" if value == "migrant" else f"active_{SEGMENT_METRIC[value]}"
            figures.append(MembershipFigure(metric, number.value, period[0], period[1], office, number.start,
                                            number.end, number.tolerance, rule_id="member.table"))
        rows[index] = figures
    return rows


_YEAR_CELL_RE = re.compile(r"\s*(?:19|20)\d\d\s*")


def _year_row(body: str, ctx: SentenceContext, cells: list[Cell], years: list[int], cues) -> list:
    """A row of a table whose columns are years ("| 2 | Pekerja | 82.001 | 65.144 | ... |"): one figure a
    year, each dated by its column (rule member.table_years); a row whose label counts nothing known
    ("Jumlah" of companies and workers together) gives none."""
    from datetime import date

    from pantau.model import MembershipFigure

    label = next((c for c in cells if re.search(r"[A-Za-z]", c.text) and not re.search(r"\d", c.text)), None)
    metric = column_metric([q for q in cues if label is not None and label.start <= q.start < label.end], listed=True)
    numeric = [c for c in cells if re.search(r"\d", c.text)]
    if len(numeric) == len(years) + 1:
        numeric = numeric[1:]  # the row's number ("| 2 | Pekerja | ...")
    if metric is None or len(numeric) != len(years):
        return []
    out = []
    for cell, year in zip(numeric, years):
        number = _number_in(cell, ctx.numbers)
        if number is None or number.value is None:
            continue
        end = date(year, 12, 31)
        if ctx.published is not None and end > ctx.published:
            end = None  # the year still running when the page was made
        out.append(MembershipFigure(metric, number.value, date(year, 1, 1), end, ctx.office, number.start,
                                    number.end, number.tolerance, rule_id="member.table_years"))
    return out
