"""`pantau fetch`: download article pages into the raw folder for the next run.

Each page lands at `<raw>/fetched/<host>/<slug>.html`, named after its final URL (after
redirects), with a sidecar `<file>.fetch.json` holding `requested_url`, `final_url`,
`fetched_at` and `status`; `pantau.sources` reads it into `articles.source_url` and
`fetched_at`. Downloads stream and stop at the size limit, and are written to a temp
file renamed into place, so a failed or oversized download leaves nothing behind.

Server errors (5xx), 408/429, timeouts and connection failures are retried with backoff
by Prefect; other client errors (404, 403, …) are final at once.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import typer

from pantau import __version__
from pantau.config import load_settings
from pantau.sources import FETCH_SIDECAR_SUFFIX

FETCHED_FOLDER = "fetched"
# Who is asking, so a site owner can tell and reach us; PANTAU_FETCH_CONTACT adds an address.
USER_AGENT = f"pantau/{__version__} (+{os.environ.get('PANTAU_FETCH_CONTACT') or 'news-figure checker; contact in the pantau README'})"
HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRYABLE_STATUS = {408, 429}  # client errors that mean "try later", like a 5xx
MAX_SLUG_CHARS = 80
CHUNK_BYTES = 64 * 1024


class TransientFetchError(RuntimeError):
    """Worth another try: a 5xx, a timeout, a dropped connection."""


def fetch_timeout() -> float:
    """Seconds to wait for a connection or for the next bytes (env PANTAU_FETCH_TIMEOUT)."""
    return float(os.environ.get("PANTAU_FETCH_TIMEOUT") or 20)


def retry_delays() -> list[float]:
    """Backoff between tries (env PANTAU_FETCH_RETRY_DELAYS, seconds, comma-separated)."""
    raw = os.environ.get("PANTAU_FETCH_RETRY_DELAYS") or "2,8"
    return [float(part) for part in raw.split(",") if part.strip()]


def slug_for(url: str) -> str:
    """A stable, filesystem-safe file stem from a URL's path (and query, hashed)."""
    parts = urlsplit(url)
    path = re.sub(r"\.(html?|php|aspx?)$", "", parts.path.strip("/"), flags=re.IGNORECASE)
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", path).strip("-").lower() or "index"
    digest = hashlib.sha1(f"{parts.path}?{parts.query}".encode()).hexdigest()[:8]
    if len(slug) > MAX_SLUG_CHARS:
        slug = slug[:MAX_SLUG_CHARS].rstrip("-") + "-" + digest
    elif parts.query:
        slug = f"{slug}-{digest}"
    return slug


def host_folder(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "unknown-host").lower()
    return f"{host}_{parts.port}" if parts.port else host


def target_path(raw_dir: Path, final_url: str, content_type: str) -> Path:
    suffix = ".txt" if content_type == "text/plain" else ".html"
    return raw_dir / FETCHED_FOLDER / host_folder(final_url) / f"{slug_for(final_url)}{suffix}"


def url_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    return None


def media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "text/html").split(";")[0].strip().lower() or "text/html"


def write_atomically(path: Path, chunks) -> int:
    """Write the chunks to a temp file beside `path` and rename it into place; on any
    error the temp file is removed and `path` is untouched. Returns the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".fetching-", dir=path.parent)
    written = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
                written += len(chunk)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return written


class TooLarge(Exception):
    pass


def limited(chunks, max_bytes: int, deadline: float):
    """Pass chunks through until the limit or the deadline is passed."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > max_bytes:
            raise TooLarge(f"page larger than the limit of {max_bytes:,} bytes (PANTAU_MAX_FILE_BYTES)")
        if time.monotonic() > deadline:
            raise TransientFetchError("the download took too long")
        yield chunk


def download(url: str, raw_dir: Path, max_bytes: int, timeout: float) -> dict:
    """Fetch one page into the raw folder. Returns {"ok", "url", "path"|"reason"} for a
    final outcome; raises TransientFetchError when another try may succeed."""
    problem = url_problem(url)
    if problem:
        return {"ok": False, "url": url, "reason": problem}
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"}
    try:
        with httpx.Client(follow_redirects=True, max_redirects=10, timeout=httpx.Timeout(timeout),
                          headers=headers) as client, client.stream("GET", url) as response:
            status = response.status_code
            if status >= 500 or status in RETRYABLE_STATUS:
                raise TransientFetchError(f"HTTP {status} {response.reason_phrase}")
            if status >= 400:
                return {"ok": False, "url": url, "reason": f"HTTP {status} {response.reason_phrase}"}
            kind = media_type(response)
            if kind not in HTML_TYPES and kind != "text/plain":
                return {"ok": False, "url": url, "reason": f"not a web page ({kind})"}
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                return {"ok": False, "url": url,
                        "reason": f"page larger than the limit of {max_bytes:,} bytes ({declared:,} announced)"}
            final_url = str(response.url)
            path = target_path(raw_dir, final_url, kind)
            deadline = time.monotonic() + 3 * timeout
            sidecar = {"requested_url": url, "final_url": final_url, "status": status,
                       "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            size = write_atomically(path, limited(response.iter_bytes(CHUNK_BYTES), max_bytes, deadline))
    except TooLarge as exc:
        return {"ok": False, "url": url, "reason": str(exc)}
    except httpx.TooManyRedirects:
        return {"ok": False, "url": url, "reason": "too many redirects"}
    except httpx.TimeoutException as exc:
        raise TransientFetchError(f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except httpx.TransportError as exc:
        raise TransientFetchError(f"connection failed ({type(exc).__name__}: {exc})") from exc
    except httpx.InvalidURL as exc:
        return {"ok": False, "url": url, "reason": f"invalid URL ({exc})"}
    if size == 0:
        path.unlink(missing_ok=True)
        return {"ok": False, "url": url, "reason": "empty page"}
    # The sidecar goes beside the page; discovery skips sidecars, so a page is never read without it.
    (path.parent / (path.name + FETCH_SIDECAR_SUFFIX)).write_text(json.dumps(sidecar, indent=1), encoding="utf-8")
    return {"ok": True, "url": url, "path": str(path), "final_url": final_url, "bytes": size}


def _prefect_parts():
    """The task and flow, built on first use (importing Prefect costs a second)."""
    from prefect import flow, task

    @task(name="fetch page", retries=len(retry_delays()), retry_delay_seconds=retry_delays())
    def fetch_page(url: str, raw_dir: str, max_bytes: int, timeout: float) -> dict:
        return download(url, Path(raw_dir), max_bytes, timeout)

    @flow(name="pantau-fetch", log_prints=False)
    def fetch_pages(urls: list[str], raw_dir: str, max_bytes: int, timeout: float) -> list[dict]:
        """Download pages one after another (polite to the sites), each with retries."""
        outcomes = []
        for url in urls:
            state = fetch_page(url, raw_dir, max_bytes, timeout, return_state=True)
            if state.is_completed():
                outcomes.append(state.result())
            else:
                exc = state.result(raise_on_failure=False)
                reason = str(exc) if isinstance(exc, BaseException) else (state.message or "failed")
                outcomes.append({"ok": False, "url": url, "reason": f"{reason} (after {len(retry_delays()) + 1} tries)"})
        return outcomes

    return fetch_pages


def fetch_urls(urls: list[str], raw_dir: Path, max_bytes: int | None = None) -> list[str]:
    """Download each URL into raw_dir, printing one line per URL; returns the URLs that failed."""
    max_bytes = max_bytes or load_settings().max_file_bytes  # env / pantau.toml, like a run
    fetch_pages = _prefect_parts()
    # A failed download is reported below in one line; Prefect's traceback of it would only be noise.
    task_log = logging.getLogger("prefect.task_runs")
    level = task_log.level
    task_log.setLevel(logging.CRITICAL)
    try:
        outcomes = fetch_pages([u.strip() for u in urls], str(Path(raw_dir).resolve()), max_bytes, fetch_timeout())
    finally:
        task_log.setLevel(level)
    failed = []
    for outcome in outcomes:
        if outcome["ok"]:
            typer.echo(f"saved  {outcome['url']} -> {outcome['path']}")
        else:
            failed.append(outcome["url"])
            typer.echo(f"failed {outcome['url']}: {outcome['reason']}")
    return failed
