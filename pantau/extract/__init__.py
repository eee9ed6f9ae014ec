"""Article text → figures with meaning (claims, membership, breakdowns, stated changes,
dates). Pure functions, no Prefect.

The pipeline: cut page chrome → read every number (pantau.extract.numbers) → sentences
with the period and office in force → claims (linked to programs, comparisons,
restatements merged) → membership → breakdowns → number problems.
"""
from __future__ import annotations

import logging

from pantau.extract.breakdowns import split_breakdowns
from pantau.extract.claims import extract_claims
from pantau.extract.context import build_contexts
from pantau.extract.dates import context_year, dateline, publication_date, weekday_statements
from pantau.extract.membership import extract_membership
from pantau.extract.offices import find_offices
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


def article_office(body: str, limit: int, title: str) -> str:
    """The article's main office: the first Kanwil/Cabang the text names, else head office
    when the text speaks for it; the title is a last resort (its capitalised words make
    place names unreliable, so only known region names or a single word are taken)."""
    offices = find_offices(body[:limit])
    regional = [o.office for o in offices if o.office.startswith(("Kanwil", "Cabang"))]
    if regional:
        return regional[0]
    if any(o.office == "Nasional" for o in offices):
        return "Nasional"
    for office in find_offices(title or ""):
        if office.office.startswith("Kanwil"):
            return office.office
        if office.office.startswith("Cabang"):
            return " ".join(office.office.split()[:2])
    return "Nasional"


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


def extract_article(article: RawArticle) -> Extraction:
    """Everything extraction finds in one article. Never raises: on an internal error the
    article comes back with what could be read (at least its date and office)."""
    body = getattr(article, "body_text", None) or ""
    if not isinstance(body, str):
        body = str(body)
    body = join_spaced_thousands(body)
    try:
        limit = article_end(body)
        chrome = chrome_spans(body)
        year = context_year(body[:limit])
        published = publication_date(body, limit, getattr(article, "published_hint", None), year)
        if published:
            year = context_year(body[:limit], published.year) or published.year
        default_year = year or (published.year if published else None)
        office = article_office(body, limit, getattr(article, "title", "") or "")
        city, _, _ = dateline(body, limit)
    except Exception:
        failed = Extraction(published_date=getattr(article, "published_hint", None), office="Nasional")
        _failed(failed.rule_errors, "dates_and_office")
        return failed
    extraction = Extraction(published_date=published, office=office, dateline_city=city)
    try:
        numbers = [m for m in _find_numbers(body, extraction.rule_errors)
                   if m.start < limit and not _inside(chrome, m.start)]
        sentences = [s for s in split_sentences(body, 0, limit) if not _inside(chrome, s.start)]
        contexts = build_contexts(sentences, numbers, office, default_year, published)
    except Exception:
        _failed(extraction.rule_errors, "sentences")
        return extraction
    # Each stage on its own: a bug in one keeps what the others found.
    claim_breakdowns, member_breakdowns, split = [], [], []
    try:
        claims = extract_claims(body, contexts)
        extraction.claims, extraction.changes, claim_breakdowns = claims.claims, claims.changes, claims.breakdowns
    except Exception:
        _failed(extraction.rule_errors, "claims")
    try:
        extraction.membership, member_breakdowns = extract_membership(body, contexts)
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
