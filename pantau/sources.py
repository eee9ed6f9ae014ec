"""Raw files → RawArticle, or a reason the file cannot be read as an article.

Pure functions over bytes and paths; the flow decides what to do with a rejection.
HTML main text comes from trafilatura; the cheap page metadata (title, publication
date, canonical URL) is read from meta tags with lxml, because trafilatura's own
metadata search is ~30× slower than its text extraction.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath

from pantau.model import RawArticle
from pantau.relevance import NOT_ABOUT_REASON, names_the_agency

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
# `pantau fetch` writes the page's final URL and fetch time beside it in this sidecar.
FETCH_SIDECAR_SUFFIX = ".fetch.json"
# Fallback encodings Indonesian sites still serve (after UTF-8), in order of trust.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
MIN_TEXT_CHARS = 20


@dataclass(frozen=True)
class RawFile:
    source_path: str  # relative to the raw folder, '/' separated
    abs_path: str


@dataclass(frozen=True)
class Rejection:
    source_path: str
    reason: str
    content_sha256: str | None = None


def discover_files(raw_dir: Path) -> tuple[list[RawFile], list[Rejection]]:
    """Every candidate file under raw_dir (sub-folders too), sorted by path.

    Hidden files (`.gitkeep`) and fetch sidecars are not articles and are skipped.
    Symbolic links whose target leaves the raw folder are not followed: they are
    rejected so the user sees them.
    """
    root = raw_dir.resolve()
    found: list[RawFile] = []
    rejected: list[Rejection] = []
    _discover_in(str(root), "", root, found, rejected)
    return found, rejected


def _discover_in(folder: str, rel_prefix: str, root: Path, found: list[RawFile], rejected: list[Rejection]) -> None:
    """One folder, then its sub-folders in name order (the order os.walk gives). Directory
    entries carry their type, so a re-run's 20 000 files cost no stat call each."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return  # an unreadable sub-folder is skipped, as os.walk skips it
    folders, files = [], []
    for entry in entries:
        try:
            is_folder = entry.is_dir()  # a link to a folder counts as one, and is rejected below
        except OSError:
            is_folder = False
        if not is_folder:
            files.append(entry)
        elif not entry.name.startswith("."):
            folders.append(entry)
    for entry in folders:
        if entry.is_symlink():
            rejected.append(Rejection(rel_prefix + entry.name, "symbolic link to a folder: not followed (links are not scanned)"))
    for entry in files:
        name = entry.name
        if name.startswith(".") or name.endswith(FETCH_SIDECAR_SUFFIX):
            continue
        rel = rel_prefix + name
        if entry.is_symlink():
            target = Path(entry.path).resolve()
            if not target.is_relative_to(root):
                rejected.append(Rejection(rel, f"symbolic link pointing outside the raw folder ({target}): not followed"))
                continue
            if not target.is_file():
                rejected.append(Rejection(rel, "broken symbolic link: its target does not exist"))
                continue
        if not name.lower().endswith(ARTICLE_SUFFIXES):
            suffix = PurePath(name).suffix
            rejected.append(Rejection(rel, f"not an article file ({suffix or 'no extension'}): pantau reads .txt and .html files"))
            continue
        found.append(RawFile(rel, entry.path))
    for entry in folders:
        if not entry.is_symlink():
            _discover_in(entry.path, rel_prefix + entry.name + "/", root, found, rejected)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# C0 control characters other than tab, newline, form feed and carriage return.
_CONTROL_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode_text(data: bytes) -> tuple[str, str] | str:
    """(text, encoding used), or the reason the bytes are not text."""
    if b"\x00" in data[:8192]:
        return "binary file (contains NUL bytes): not a text or HTML article"
    for encoding in ("utf-8-sig",) + FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # latin-1 decodes anything: judge by control characters whether it is text at all.
        controls = len(_CONTROL_CHAR_RE.findall(text, 0, 4096))
        if controls > 0.01 * min(len(text), 4096) + 2:
            return "binary file (control characters): not a text or HTML article"
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    return "undecodable bytes: not UTF-8, cp1252 or latin-1"


_BLANK_RUN = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return _BLANK_RUN.sub("\n\n", text).strip()


# A hard-wrapped line ends mid-sentence (a word, digit or comma, no closing
# punctuation) and the next goes on in lower case, with a digit or with "Rp".
_ENDS_MID_SENTENCE = re.compile(r"[\w,;%\-–]\s*$")
_GOES_ON = re.compile(r"\s*(?:[a-z0-9(]|Rp\b)")
_MIN_WRAPPED_LINE = 40  # shorter lines are chrome ("beritalima.com"), not wrapped prose


def unwrap_lines(text: str) -> str:
    """Join the lines of a hard-wrapped plain-text article into its sentences, so a figure
    and its program are not split by a line break. Paragraph breaks, list items, short
    lines and lines ending a sentence are kept."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if len(prev) >= _MIN_WRAPPED_LINE and _ENDS_MID_SENTENCE.search(prev) and _GOES_ON.match(line):
            out[-1] = prev.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def split_title(text: str) -> tuple[str, str]:
    """A plain-text article: the first non-empty line is its title, the rest its body."""
    text = normalise_text(text)
    first, _, rest = text.partition("\n")
    return first.strip(), unwrap_lines(rest.strip())


_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "content_publishdate",
    "publish-date", "parsely-pub-date", "sailthru.date",
)
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{2})[-/](\d{2})")
# "20190603" (yyyymmdd, as some sites write meta pubdate), standing alone or before a time.
_COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)")


def _iso_date(value: str | None) -> date | None:
    match = _ISO_DATE.search(value or "") or _COMPACT_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


# Elements that carry the article's own date line, by class or id. Page-wide bars
# ("topbar": today's date when the page was saved) are deliberately not among them.
_BYLINE_CLASS = re.compile(r"byline|author|penulis|publish|posted|article[-_]?(?:date|time|info|meta)|"
                           r"(?:^|[-_ ])(?:date|tanggal|time|meta)(?:$|[-_ ])", re.I)
# Page-wide bars and widgets: their date is the day the page was saved, not the article's.
_PAGE_BAR_CLASS = re.compile(r"(?:^|[-_\s])(?:header|top|topbar|nav|navbar|menu|today|current|clock|cuaca|weather|"
                             r"ticker|breaking|footer|sidebar|widget|related|updated?|modified)", re.I)
# The article's own head ("entry-header", "post-meta") is not a page bar.
_ARTICLE_PART_CLASS = re.compile(r"entry|article|post|artikel|berita|content|detail", re.I)
_BYLINE_TAGS = ("div", "span", "p", "time", "small", "li")


def _short_text(el) -> str:
    text = " ".join(el.text_content().split())
    return text if 0 < len(text) <= 200 else ""


def _in_page_bar(el) -> bool:
    nodes = [el, *el.iterancestors()]
    in_article = any(node.tag == "article" for node in nodes)
    for node in nodes:
        if node.tag in ("nav", "footer", "aside") or (node.tag == "header" and not in_article):
            return True
        marker = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _PAGE_BAR_CLASS.search(marker) and not _ARTICLE_PART_CLASS.search(marker):
            return True
    return False


def byline_element_date(tree) -> date | None:
    """The article's own date for pages without date metadata: a 'Published/Diterbitkan'
    element first (never 'Updated'), then a byline or date element of the article
    ("Penulis: X | Rabu, 22 Januari 2025 - 13:05 WIB"). Page bars (a header showing
    today's date) are skipped."""
    from pantau.extract.dates import UPDATED_LABEL_RE, byline_date, published_label_date

    candidates = [el for el in tree.iter(*_BYLINE_TAGS) if not _in_page_bar(el)]
    for el in candidates:
        text = _short_text(el)
        found = published_label_date(text) if text else None
        if found:
            return found
    for el in candidates:
        marker = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _BYLINE_CLASS.search(marker):
            continue
        text = _short_text(el)
        if not text:
            continue
        # A byline may go on after its date ("Kamis, 22 April 2021 | 16:05 WIB · Penulis: X"):
        # read each part between separators as a line of its own.
        for part in re.split(r"\s[·•]\s|\s\|\s(?=[A-Za-z]+\s*:)", text):
            if UPDATED_LABEL_RE.search(part):
                continue
            found = byline_date(part, len(part))
            if found:
                return found
    return None


def html_metadata(tree) -> dict:
    """Title, publication date and canonical URL from a parsed page's meta tags."""
    meta = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in meta:
            meta[key] = el.get("content").strip()
    published = next((d for d in (_iso_date(meta.get(k)) for k in _META_DATE_KEYS) if d), None)
    if published is None:
        for el in tree.iter("time"):
            published = _iso_date(el.get("datetime"))
            if published:
                break
    if published is None:
        for el in tree.iter("script"):
            if (el.get("type") or "").lower() == "application/ld+json":
                found = re.search(r'"datePublished"\s*:\s*"([^"]+)"', el.text or "")
                published = _iso_date(found[1]) if found else None
                if published:
                    break
    if published is None:
        published = byline_element_date(tree)
    title = meta.get("og:title") or meta.get("twitter:title")
    if not title:
        h1 = next(iter(tree.iter("h1")), None)
        title_el = next(iter(tree.iter("title")), None)
        title = (h1.text_content() if h1 is not None else None) or (title_el.text_content() if title_el is not None else "")
    canonical = next((el.get("href") for el in tree.iter("link") if (el.get("rel") or "").lower() == "canonical"), None)
    return {"title": " ".join((title or "").split()), "published": published,
            "url": meta.get("og:url") or canonical}


def html_to_article(html: str) -> tuple[str, str, date | None, str | None] | str:
    """(title, main text, published date, url) of a saved page, or why there is no article in it."""
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except Exception as exc:  # lxml raises several types for broken documents
        return f"HTML could not be parsed ({type(exc).__name__})"
    meta = html_metadata(tree)
    text = trafilatura.extract(tree, include_comments=False, include_tables=True)
    body = normalise_text(text or "")
    # trafilatura keeps the headline as the first line; the title is stored apart.
    first, _, rest = body.partition("\n")
    if meta["title"] and first.strip() == meta["title"]:
        body = rest.strip()
    if len(body) < MIN_TEXT_CHARS:
        return "HTML page has no main article text (menus and page chrome only)"
    return meta["title"] or first.strip(), body, meta["published"], meta["url"]


def read_fetch_sidecar(abs_path: str) -> dict:
    try:
        with open(abs_path + FETCH_SIDECAR_SUFFIX, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def read_article(raw: RawFile, data: bytes, content_sha256: str, max_bytes: int) -> RawArticle | Rejection:
    """Read one raw file's bytes into an article, or say why not."""
    if not data.strip():
        return Rejection(raw.source_path, "empty file", content_sha256)
    if len(data) > max_bytes:
        return Rejection(raw.source_path, f"file too large ({len(data):,} bytes; the limit is {max_bytes:,}, "
                                          "set PANTAU_MAX_FILE_BYTES to raise it)", content_sha256)
    decoded = decode_text(data)
    if isinstance(decoded, str):
        return Rejection(raw.source_path, decoded, content_sha256)
    text, encoding = decoded
    if not names_the_agency(data):  # decided on the bytes, before the costly reading
        return Rejection(raw.source_path, NOT_ABOUT_REASON, content_sha256)
    published_hint = url = None
    if raw.source_path.lower().endswith((".html", ".htm")):
        page = html_to_article(text)
        if isinstance(page, str):
            return Rejection(raw.source_path, page, content_sha256)
        title, body, published_hint, url = page
    else:
        title, body = split_title(text)
        if len(body) < MIN_TEXT_CHARS:
            return Rejection(raw.source_path, "no article text: the file holds a title line only", content_sha256)
    sidecar = read_fetch_sidecar(raw.abs_path)
    return RawArticle(source_path=raw.source_path, content_sha256=content_sha256, title=title, body_text=body,
                      published_hint=published_hint, source_url=sidecar.get("final_url") or url,
                      fetched_at=sidecar.get("fetched_at"), encoding=encoding)
