"""Raw files → RawArticle, or a reason the file cannot be read as an article.

Pure functions over bytes and paths; the flow decides what to do with a rejection.
HTML main text comes from trafilatura; the cheap page metadata (title, publication
date, canonical URL) is read from meta tags with lxml, because trafilatura's own
metadata search is ~30× slower than its text extraction.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path, PurePath

from pantau.model import RawArticle
from pantau.relevance import NOT_ABOUT_REASON, names_the_agency
from pantau.text import is_column_line

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


def raw_folder_key(raw_dir: str | Path) -> str:
    """The raw folder as part of a source's identity (source_files.raw_dir): absolute, so two
    runs naming one folder differently agree, and two folders' same-named files differ."""
    return str(Path(raw_dir).resolve())


def discover_files(raw_dir: Path) -> tuple[list[RawFile], list[Rejection]]:
    """Every candidate file under raw_dir (sub-folders too), sorted by path.

    Hidden files (`.gitkeep`) and fetch sidecars are not articles and are skipped.
    Symbolic links whose target leaves the raw folder are not followed: they are
    rejected so the user sees them. So are entries no run can read as a file (a link
    loop, a named pipe, a socket, a device, a name that is not UTF-8, a folder that
    cannot be listed): each is recorded with its reason and the run goes on. Nothing
    here opens a file, so a named pipe cannot hold the run up.
    """
    root = raw_dir.resolve()
    found: list[RawFile] = []
    rejected: list[Rejection] = []
    _discover_in(str(root), "", root, found, rejected)
    return found, rejected


def shown_name(name: str) -> str:
    """A file name as text that can be stored: bytes that are not UTF-8 (kept by Python as
    surrogates) are written as \\xNN escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _is_utf8_name(name: str) -> bool:
    return shown_name(name) is name


def _kind_of(mode: int) -> str | None:
    """What a non-regular, non-folder entry is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _discover_in(folder: str, rel_prefix: str, root: Path, found: list[RawFile], rejected: list[Rejection]) -> None:
    """One folder, then its sub-folders in name order (the order os.walk gives). Directory
    entries carry their type, so a re-run's 20 000 files cost no stat call each."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        rejected.append(Rejection(rel_prefix.rstrip("/") or ".",
                                  f"folder cannot be read ({exc.strerror or exc}): its files were not scanned"))
        return
    folders, files = [], []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()  # a link to a folder counts as one, and is rejected below
        except OSError:
            is_folder = False  # a link loop: judged with the files
        (folders if is_folder else files).append(entry)
    for entry in folders:
        rel = rel_prefix + shown_name(entry.name)
        if entry.is_symlink():
            rejected.append(Rejection(rel, "symbolic link to a folder: not followed (links are not scanned)"))
        elif not _is_utf8_name(entry.name):
            rejected.append(Rejection(rel, "folder name is not valid UTF-8: its files were not read; rename it"))
    for entry in files:
        name = entry.name
        if name.endswith(FETCH_SIDECAR_SUFFIX):
            continue
        rel = rel_prefix + shown_name(name)
        reason = _not_readable_entry(entry, root)
        if reason:
            rejected.append(Rejection(rel, reason))
            continue
        if not name.lower().endswith(ARTICLE_SUFFIXES):
            suffix = PurePath(rel).suffix
            rejected.append(Rejection(rel, f"not an article file ({suffix or 'no extension'}): pantau reads .txt and .html files"))
            continue
        if not _is_utf8_name(name):
            rejected.append(Rejection(rel, "file name is not valid UTF-8 (shown here with \\x escapes): "
                                           "rename the file and the next run reads it"))
            continue
        found.append(RawFile(rel, entry.path))
    for entry in folders:
        if not entry.is_symlink() and _is_utf8_name(entry.name):
            _discover_in(entry.path, rel_prefix + entry.name + "/", root, found, rejected)


def _not_readable_entry(entry: os.DirEntry, root: Path) -> str | None:
    """Why a directory entry that is not a folder cannot be read as a file, or None."""
    try:
        if entry.is_file(follow_symlinks=False):
            return None  # the usual case: no system call beyond the listing
        if entry.is_symlink():
            try:
                target = Path(entry.path).resolve(strict=True)
            except RuntimeError:
                return "symbolic link loop: not followed"
            except FileNotFoundError:
                return "broken symbolic link: its target does not exist"
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return "symbolic link loop: not followed"
                return f"symbolic link cannot be followed ({exc.strerror or exc})"
            if not target.is_relative_to(root):
                return f"symbolic link pointing outside the raw folder ({shown_name(str(target))}): not followed"
            kind = _kind_of(os.stat(target).st_mode)
            return f"symbolic link to {kind}: not a file pantau reads" if kind else None
        kind = _kind_of(entry.stat(follow_symlinks=False).st_mode)
    except OSError as exc:
        return f"cannot read the file's type ({exc.strerror or exc})"
    return f"{kind}, not a regular file: pantau reads .txt and .html files only" if kind else None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# C0 control characters other than tab, newline, form feed and carriage return.
_CONTROL_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


# Byte order marks, longest first (UTF-32's little-endian mark begins like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf8_with_replacement(data: bytes) -> tuple[str, str] | None:
    """Mostly UTF-8 with a few bad bytes (a file cut or pasted together): UTF-8, each bad
    byte replaced by U+FFFD, rather than the whole file misread as cp1252 or latin-1. Mostly
    means more correctly encoded non-ASCII characters than invalid bytes."""
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # U+FFFD already in the file is no error
    valid_non_ascii = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if 0 < invalid <= valid_non_ascii:
        return text, f"utf-8 ({invalid} invalid byte{'s' if invalid > 1 else ''} replaced)"
    return None


def decode_text(data: bytes) -> tuple[str, str] | str:
    """(text, encoding used), or the reason the bytes are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
            except UnicodeDecodeError:
                break  # a mark that lies: judged as any other bytes
    if b"\x00" in data[:8192]:
        return "binary file (contains NUL bytes): not a text or HTML article"
    decoded = None
    for encoding in ("utf-8-sig",) + FALLBACK_ENCODINGS:
        try:
            decoded = data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
            break
        except UnicodeDecodeError:
            decoded = _utf8_with_replacement(data) if encoding == "utf-8-sig" else None
            if decoded is not None:
                break
    if decoded is None:
        return "undecodable bytes: not UTF-8, cp1252 or latin-1"
    # latin-1 decodes anything: judge by control characters whether it is text at all.
    controls = len(_CONTROL_CHAR_RE.findall(decoded[0], 0, 4096))
    if controls > 0.01 * min(len(decoded[0]), 4096) + 2:
        return "binary file (control characters): not a text or HTML article"
    return decoded


_BLANK_RUN = re.compile(r"\n{3,}")


# A soft hyphen inside a word, or what is left of one read in the wrong encoding ("peserÂta", "sebeÂsar"): the
# word is whole without it
_SOFT_HYPHEN = re.compile("(?<=[a-z])(?:\u00c2\u00ad?|\u00ad)(?=[a-z])")


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if "\u00c2" in text or "\u00ad" in text:
        text = _SOFT_HYPHEN.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


# A hard-wrapped line ends mid-sentence (a word, digit or comma, no closing
# punctuation) and the next goes on in lower case, with a digit or with "Rp".
_ENDS_MID_SENTENCE = re.compile(r"[\w,;%\-–]\s*$")
# (not a list's next item: "2. Kartu Keluarga ...", "- JKK Rp ...")
_GOES_ON = re.compile(r"\s*(?!\d{1,2}[.)]\s|[-•▪*·–]\s)(?:[a-z0-9(]|Rp\b)")
# A line ending in a word that cannot end a sentence goes on even into a capitalised word ("... tercover
# BPJS\nKetenagakerjaan 824.714 orang", "... kata Kepala Cabang\nBandar Lampung")
_NAME_GOES_ON = re.compile(r"\b(?:BPJS|Cabang|Kantor|Kepala|Provinsi|Kota|Kabupaten|Wilayah|Jaminan|Badan|PT|Rp|di|dan|yang|"
                           r"oleh|dari|untuk|kepada|bagi|ke|pada|jika|bahwa|dengan|atau|serta|sebanyak|sebesar|"
                           r"mencapai)\s*$")
_MIN_WRAPPED_LINE = 40  # shorter lines are chrome ("beritalima.com"), not wrapped prose
# A line that is only a date (and time) is a byline's, never the end of the line above it ("Penulis: ... | Editor: ...
# " then "14 Maret 2025")
_DATE_ONLY_LINE = re.compile(r"\s*(?:[A-Za-z]+,\s*)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}(?:\s*[,|-]?\s*\d{1,2}[:.]\d{2}"
                             r"(?:\s*[A-Z]{3,4})?)?\s*$")


def unwrap_lines(text: str) -> str:
    """Join the lines of a hard-wrapped plain-text article into its sentences, so a figure
    and its program are not split by a line break. Paragraph breaks, list items, short
    lines, lines ending a sentence and the lines of a table aligned with spaces are kept."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if len(prev) >= _MIN_WRAPPED_LINE and _ENDS_MID_SENTENCE.search(prev) \
                and (_GOES_ON.match(line) or (_NAME_GOES_ON.search(prev) and line[:1].isupper())) \
                and not _DATE_ONLY_LINE.match(line) \
                and not is_column_line(prev) and not is_column_line(line):
            out[-1] = prev.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


MAX_TITLE_CHARS = 200  # a line this long is prose, not a headline
# "SUARA INDONESIA, SURABAYA - ...", "BANDUNG, KOMPAS.com — ...", "JAKARTA – ...": a lead opens with its dateline,
# a headline does not
_DATELINE_OPENING_RE = re.compile(r"(?:[A-Z][\w.]*\s*){1,4},\s*(?:[A-Z][\w.]*\s*){1,4}[–—-]\s"
                                  r"|[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*[–—-]\s")
_DATELINED_LEAD_CHARS = 80
_LEAD_SENTENCE_WORDS = 12  # a headline ends with no full stop; a first line of this many words that does is a sentence


def split_title(text: str) -> tuple[str, str]:
    """A plain-text article: the first non-empty line is its title, the rest its body.
    A first line that is more than a headline is body, its first sentence the title too: in a
    file of one line (scraped text often is), two sentences or more, or longer than a headline;
    before more text, longer than a headline, opened by a dateline or a long sentence with its full stop (a page saved
    from its lead paragraph on)."""
    from pantau.extract.dates import is_photo_caption
    from pantau.text import sentence_bounds

    text = normalise_text(text)
    first, _, rest = text.partition("\n")
    first, rest = first.strip(), rest.strip()
    # (a page saved from its photo's caption on: "Dok. Presscon ..., Rabu (4/11) di Hotel ... (ist) |" is text of the page)
    lead = len(first) > MAX_TITLE_CHARS or (len(first) > _DATELINED_LEAD_CHARS and _DATELINE_OPENING_RE.match(first)) \
        or (first.endswith(".") and len(first.split()) >= _LEAD_SENTENCE_WORDS)
    caption = is_photo_caption(first)
    lead = lead or caption
    if first and (len(rest) < MIN_TEXT_CHARS or lead):
        _, stop = sentence_bounds(first, 0)
        if stop < len(first) or lead:
            title = (first if caption else first[:stop]).strip()
            if len(title) > MAX_TITLE_CHARS:
                title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
            return title, unwrap_lines(text)
    return first, unwrap_lines(rest)


_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date", "dcterms.created", "content_publishdate",
    "publish-date", "parsely-pub-date", "sailthru.date",
)
_META_PUBLISHED_KEY = re.compile(r"^(?!.*(?:modif|updat|expir)).*(?:publish\w*[-_:. ]?(?:date|time)|(?:date|time)[-_:. ]?publish)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/")
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{2})[-/](\d{2})")
# "20190603" (yyyymmdd, as some sites write meta pubdate), standing alone or before a time.
_COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)")


def _iso_date(value: str | None) -> date | None:
    match = _ISO_DATE.search(value or "") or _COMPACT_DATE.match(value or "")
    if not match:
        return None
    from pantau.extract.dates import make_date

    return make_date(int(match[1]), int(match[2]), int(match[3]))  # None for a year outside 1900-2100


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
    if published is None:  # a site's own name for it ("content_PublishedDate", "publish_time")
        published = next((d for d in (_iso_date(v) for k, v in meta.items() if _META_PUBLISHED_KEY.search(k)) if d),
                         None)
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
    if published is None:  # ".../read/2015/07/11/110732626/...": the date in the page's own address
        address = meta.get("og:url") or next((el.get("href") for el in tree.iter("link")
                                              if (el.get("rel") or "").lower() == "canonical"), None)
        found = _URL_DATE.search(address or "")
        if found:
            from pantau.extract.dates import make_date
            published = make_date(int(found[1]), int(found[2]), int(found[3]))
    title = meta.get("og:title") or meta.get("twitter:title")
    if not title:
        h1 = next(iter(tree.iter("h1")), None)
        title_el = next(iter(tree.iter("title")), None)
        title = (h1.text_content() if h1 is not None else None) or (title_el.text_content() if title_el is not None else "")
    canonical = next((el.get("href") for el in tree.iter("link") if (el.get("rel") or "").lower() == "canonical"), None)
    return {"title": " ".join((title or "").split()), "published": published,
            "url": meta.get("og:url") or canonical}


# Page chrome: navigation, header and footer bars, side panels (by tag, or by class or id).
_CHROME_TAGS = ("nav", "footer", "aside", "header")
_CHROME_CLASS = re.compile(r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?)(?:$|[-_\s])", re.I)


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _chrome_text(tree) -> str:
    """The text of the page's chrome elements, whitespace squeezed."""
    parts = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        marker = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag in _CHROME_TAGS or (marker.strip() and _CHROME_CLASS.search(marker)):
            if el.tag == "header" and any(a.tag == "article" for a in el.iterancestors()):
                continue  # an article's own head (its headline, byline) is not page chrome
            if next(el.iter("article", "main"), None) is not None:
                continue  # a wrapper around the article ('has-sidebar') is not chrome
            parts.append(_squeezed(el.text_content()))
    return "\n".join(parts)


def is_chrome_only(body: str, tree) -> bool:
    """Every line of the extracted text stands in the page's navigation, header or footer:
    trafilatura found no article and fell back to the page chrome."""
    lines = [_squeezed(line) for line in body.split("\n") if line.strip()]
    if not lines:
        return True
    chrome = _chrome_text(tree)
    return bool(chrome) and all(line in chrome for line in lines)


class _PlainText(HTMLParser):
    """Text of a page outside scripts, styles and chrome, one block per line: a tokenizer
    with no depth limit, for pages nested deeper than libxml2 builds a tree."""

    SKIP = {"script", "style", "noscript", "template", "nav", "footer", "aside", "header", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def plain_text_of(html: str) -> str:
    reader = _PlainText()
    reader.feed(html)
    reader.close()
    return "\n".join(_squeezed(line) for line in "".join(reader.parts).split("\n") if line.strip())


def html_to_article(html: str) -> tuple[str, str, date | None, str | None] | str:
    """(title, main text, published date, url) of a saved page, or why there is no article in it."""
    import lxml.html
    import trafilatura

    # huge_tree: libxml2 otherwise stops building the tree 256 elements deep (the article lost).
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except Exception as exc:  # lxml raises several types for broken documents
        return f"HTML could not be parsed ({type(exc).__name__})"
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    meta = html_metadata(tree)
    text = None if too_deep else trafilatura.extract(tree, include_comments=False, include_tables=True)
    if too_deep:  # nested deeper than even a huge tree holds: read its text with a tokenizer
        text = plain_text_of(html)
    body = normalise_text(text or "")
    # trafilatura keeps the headline as the first line; the title is stored apart.
    first, _, rest = body.partition("\n")
    if meta["title"] and first.strip() == meta["title"]:
        body = rest.strip()
    if len(body) < MIN_TEXT_CHARS or (not too_deep and is_chrome_only(body, tree)):
        return "HTML page has no main article text (menus and page chrome only)"
    return meta["title"] or first.strip(), body, meta["published"], meta["url"]


class NotARegularFile(OSError):
    """The path names a pipe, socket, device or folder (it was swapped since discovery)."""


def open_regular(path: str) -> int:
    """A file descriptor of a regular file. Non-blocking, so a named pipe put in the file's
    place cannot hold the run up in open(); anything but a regular file is refused."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = _kind_of(os.fstat(fd).st_mode)
        if kind:
            raise NotARegularFile(errno.EINVAL, f"{kind}, not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: str, max_bytes: int) -> tuple[bytes, int]:
    """(at most max_bytes + 1 bytes of a regular file, its size when opened): one open, so
    what is hashed is exactly what is read."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        size = os.fstat(fd).st_size
        return fh.read(max_bytes + 1), size


def read_fetch_sidecar(abs_path: str) -> dict:
    try:
        data, _ = read_regular(abs_path + FETCH_SIDECAR_SUFFIX, 1 << 20)
        return json.loads(data.decode("utf-8"))
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
