"""Article text → figures with meaning (claims, membership, breakdowns, stated changes,
dates). Pure functions, no Prefect.

The pipeline: cut page chrome → read every number (pantau.extract.numbers) → sentences
with the period and office in force → claims (linked to programs, comparisons,
restatements merged) → membership → breakdowns → number problems.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace

from pantau.extract.breakdowns import split_breakdowns
from pantau.extract.claim_frames import PLAUSIBLE_PER_CASE
from pantau.extract.claims import extract_claims
from pantau.extract.context import build_contexts
from pantau.extract.dateline_year import dateline_date_without_year, said_date_without_year
from pantau.extract.dates import byline_date, context_year, dateline, publication_date, weekday_statements
from pantau.extract.membership import extract_membership
from pantau.extract.offices import find_offices
from pantau.extract.separators import settle_separators
from pantau.extract.spelling import corrected_spelling
from pantau.extract.text import article_end, chrome_spans, join_spaced_thousands, split_sentences
from pantau.model import Extraction, NumberMention, NumberProblem, RawArticle

log = logging.getLogger(__name__)


def _find_numbers(text: str, rule_errors: list[str]) -> list[NumberMention]:
    from pantau.extract.numbers import find_numbers

    try:
        return sorted(find_numbers(text), key=lambda m: m.start)
    except Exception:  # a reader bug must not lose the whole article
        _failed(rule_errors, "numbers")
        return []


def _failed(rule_errors: list[str], stage: str) -> None:
    """A stage that raised is recorded on the extraction (the pipeline turns it into an
    extraction_failed finding and counts it), never only logged. The traceback goes to
    the debug log: a worker's stderr is the user's terminal."""
    rule_errors.append(stage)
    log.debug("extraction stage %s failed", stage, exc_info=True)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return bool(spans) and any(a <= pos < b for a, b in spans)  # most articles have no chrome line


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans turned to spaces (positions kept)."""
    for a, b in spans:
        if a < len(text):
            text = text[:a] + " " * (min(b, len(text)) - a) + text[min(b, len(text)):]
    return text


def _outside_chrome(sentences: list, chrome: list[tuple[int, int]], body: str) -> list:
    """The sentences, less chrome: one that begins in a chrome span is kept from the span's end
    on when the article goes on after it in the same paragraph ("Baca Juga: <headline> Rincian
    klaim itu meliputi ...")."""
    if not chrome:
        return sentences
    from pantau.extract.text import Sentence

    out = []
    for sentence in sentences:
        span = next(((a, b) for a, b in chrome if a <= sentence.start < b), None)
        if span is None:
            out.append(sentence)
        elif sentence.end > span[1] and body[span[1]:sentence.end].strip():
            start = span[1] + len(body[span[1]:sentence.end]) - len(body[span[1]:sentence.end].lstrip())
            out.append(Sentence(start, sentence.end, body[start:sentence.end]))
    return out


def article_office(body: str, limit: int, title: str) -> str:
    """The article's main office: the first Kanwil/Cabang the text names, else head office
    when the text speaks for it; the title is a last resort (its capitalised words make
    place names unreliable, so only known region names or a single word are taken)."""
    offices = find_offices(body[:limit])
    regional = [o.office for o in offices if o.office.startswith(("Kanwil", "Cabang"))]
    if regional:
        # "Kepala BPJAMSOSTEK Cabang Manokwari Chandra Frans Sitanggang ..." first, "Cabang Manokwari,
        # Papua Barat" later: the office named alone elsewhere is the place; the rest was a person
        return min((o for o in regional if regional[0].startswith(o + " ")), key=len, default=regional[0])
    if any(o.office == "Nasional" for o in offices):
        return "Nasional"
    for office in find_offices(title or ""):
        if office.office.startswith("Kanwil"):
            return office.office
        if office.office.startswith("Cabang"):
            return " ".join(office.office.split()[:2])
    return "Nasional"


def settle_by_plausibility(claims, numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers, each amount a claim re-read (claim_frames.settle_amount) re-read the same way,
    so its number problem says which reading was taken."""
    by_span = {(m.start, m.end): k for k, m in enumerate(numbers)}
    out = list(numbers)
    for claim in claims:
        k = by_span.get(claim.amount_span) if claim.amount_span else None
        if k is None or claim.amount_idr is None or not out[k].ambiguous or not out[k].value:
            continue
        # an amount and its count joined across sentences: the same per-case test as one frame's
        if claim.cases and abs(claim.amount_idr - out[k].value) <= 1e-6 * out[k].value \
                and "thousands dot" in out[k].ambiguous.split(";")[0] \
                and claim.amount_idr / claim.cases > PLAUSIBLE_PER_CASE[1] \
                and PLAUSIBLE_PER_CASE[0] <= claim.amount_idr / 1000 / claim.cases <= PLAUSIBLE_PER_CASE[1]:
            claim.amount_idr, claim.amount_tolerance = claim.amount_idr / 1000, claim.amount_tolerance / 1000
        if abs(claim.amount_idr * 1000 - out[k].value) <= 1e-6 * out[k].value:
            first, _, second = out[k].ambiguous.partition("; it could be ")
            out[k] = replace(out[k], value=claim.amount_idr, tolerance=out[k].tolerance / 1000,
                             ambiguous=f"'{out[k].text}' read as {second.rstrip()} (a thousands dot would pay over "
                                       f"Rp 1 miliar a case); it could be {first.split(' read with ', 1)[-1]}")
    return out


def number_problems(numbers: list[NumberMention]) -> list[NumberProblem]:
    problems = []
    for mention in numbers:
        if mention.unparseable:
            problems.append(NumberProblem("unparseable_number", mention.text, mention.unparseable,
                                          mention.start, mention.end))
        elif mention.ambiguous:
            problems.append(NumberProblem("ambiguous_number", mention.text, mention.ambiguous,
                                          mention.start, mention.end))
    return problems


def _dedupe_breakdowns(breakdowns):
    seen, out = set(), []
    for item in breakdowns:
        key = (item.total_span, item.unit == "rupiah")
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def _cue_cache():
    """The cues of each sentence, found once for both claims and membership."""
    from pantau.extract.claims import sentence_cues

    found = {}

    def cues_of(ctx):
        cues = found.get(ctx.start)
        if cues is None:
            cues = found[ctx.start] = sentence_cues(ctx)
        return cues
    return cues_of


# A word that names the agency or one of its programs (any case; old names and short forms too).
# Claim and participation words count too: a branch's release may never spell the agency out.
_OURS_RE = re.compile(r"BPJS|Jamsostek|JAMSOSTEK|[Kk]etenagakerjaan|KETENAGAKERJAAN|\bNaker\b|\bJ(?:HT|KK|KM|KP|PN?)\b|"
                      r"[Jj]aminan\s+(?:[Hh]ari|[Kk]ecelakaan|[Kk]ematian|[Pp]ensiun|[Kk]ehilangan)|BP\s?Jamsostek|"
                      r"\b(?:[Kk]laim|KLAIM|[Ss]antunan|[Pp]eserta|PESERTA|[Kk]epesertaan|Kanwil|Kantor\s+(?:Wilayah|Cabang)|"
                      r"[Kk]ecelakaan\s+kerja|[Pp]ekerja\s+(?:migran|aktif)|[Tt]enaga\s+kerja|[Pp]emberi\s+kerja|[Pp]erusahaan\s+aktif|"
                      r"[Aa]hli\s+waris|[Uu]pah|UMP|UMK|[Ii]uran|berstatus\s+aktif)")
_DIGIT_RE = re.compile(r"\d")
NEAR_CHARS = 2000  # how far from such a word a figure may stand and still be read


def speaks_of_us_with_figures(body: str) -> bool:
    """Some agency or program word with a digit within NEAR_CHARS of it."""
    for match in _OURS_RE.finditer(body):
        if _DIGIT_RE.search(body, max(0, match.start() - NEAR_CHARS), match.end() + NEAR_CHARS):
            return True
    return False


def extract_article(article: RawArticle) -> Extraction:
    """Everything extraction finds in one article. Never raises: on an internal error the
    article comes back with what could be read (at least its date and office)."""
    body = getattr(article, "body_text", None) or ""
    if not isinstance(body, str):
        body = str(body)
    if not speaks_of_us_with_figures(body):
        # No agency or program word near a number: nothing to read (a page kept for its link, a
        # market report); costs a couple of scans instead of the whole cascade.
        return Extraction(published_date=getattr(article, "published_hint", None), office="Nasional",
                          trace=["skip.not_about_us"])
    body = corrected_spelling(join_spaced_thousands(body))
    try:
        limit = article_end(body)
        chrome = chrome_spans(body, getattr(article, "title", "") or "")
        # (a "Baca Juga" headline's year and office are another story's: "... Pilkada Tahun 2024" in a 2021 article,
        # "Ini Alasan Kasus BPJS Ketenagakerjaan Berbeda ..." no branch "Berbeda")
        head = _blank(body[:limit], chrome)
        year = context_year(head)
        # A .txt whose first line is its byline ("Kamis 19 Nov 2015 04:00 WIB") has it as its title.
        # Not when the page has a byline with a time of day ("Senin, 15 Jan 2018 | 06:50 WIB") below a bare first line:
        # that line is the site's today-ticker.
        hint = getattr(article, "published_hint", None) or byline_date(body, limit, timed_only=True) \
            or byline_date(getattr(article, "title", "") or "", 200)
        published = publication_date(body, limit, hint, year) or dateline_date_without_year(body, limit, year) \
            or said_date_without_year(body, limit, year)
        if published:
            year = context_year(head, published.year) or published.year
        default_year = year or (published.year if published else None)
        office = article_office(head, limit, getattr(article, "title", "") or "")
        city, _, _ = dateline(body, limit)
    except Exception:
        failed = Extraction(published_date=getattr(article, "published_hint", None), office="Nasional")
        _failed(failed.rule_errors, "dates_and_office")
        return failed
    extraction = Extraction(published_date=published, office=office, dateline_city=city)
    try:
        numbers = settle_separators([m for m in _find_numbers(body, extraction.rule_errors)
                                     if m.start < limit and not _inside(chrome, m.start)])
        sentences = _outside_chrome(split_sentences(body, 0, limit), chrome, body)
        contexts = build_contexts(sentences, numbers, office, default_year, published, extraction.rule_errors)
    except Exception:
        _failed(extraction.rule_errors, "sentences")
        return extraction
    # Each stage on its own: a bug in one keeps what the others found.
    claim_breakdowns, member_breakdowns, split = [], [], []
    cues_of = _cue_cache()
    try:
        claims = extract_claims(body, contexts, cues_of)
        extraction.claims, extraction.changes, claim_breakdowns = claims.claims, claims.changes, claims.breakdowns
        extraction.rule_errors += claims.rule_errors
        extraction.trace += claims.trace
        numbers = settle_by_plausibility(extraction.claims, numbers)
    except Exception:
        _failed(extraction.rule_errors, "claims")
    try:
        claim_counts = frozenset(c.cases_span[0] for c in extraction.claims if c.cases_span)
        extraction.membership, member_breakdowns = extract_membership(body, contexts, cues_of, extraction.trace,
                                                                      claim_counts, extraction.changes)
    except Exception:
        _failed(extraction.rule_errors, "membership")
    try:
        split = split_breakdowns(body, contexts)
    except Exception:
        _failed(extraction.rule_errors, "breakdowns")
    extraction.breakdowns = _dedupe_breakdowns(split + claim_breakdowns + member_breakdowns)
    try:
        extraction.weekdays = [w for w in weekday_statements(body[:limit], published.year if published else year)
                               if not _inside(chrome, w.start_char)]
        extraction.number_problems = number_problems(numbers)
    except Exception:
        _failed(extraction.rule_errors, "weekdays_and_number_problems")
    return extraction


__all__ = ["extract_article"]
