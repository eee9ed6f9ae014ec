"""`pantau fetch` against a real HTTP server on 127.0.0.1 (a thread, random port):
saved pages and their sidecars, 404s, redirects, slow and flaky servers, size limits,
and an end-to-end fetch → run that loads the page with its URL and fetch time."""
from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from pantau.fetch import USER_AGENT, fetch_urls, host_folder, slug_for
from tests.conftest import REPO, SAMPLE_RAW

PAGE = (SAMPLE_RAW / "jabar-2024-kepesertaan.html").read_bytes()
LIMIT = 64 * 1024


class Site(BaseHTTPRequestHandler):
    """Routes that behave like the web at its worst; `hits` counts requests per path."""

    hits: Counter = Counter()
    agents: list = []

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None, length: bool = True) -> None:
        self.send_response(status)
        for key, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.hits[self.path] += 1
        self.agents.append(self.headers.get("User-Agent"))
        if self.path == "/berita/klaim-jkp-jabar.html":
            self._send(200, PAGE)
        elif self.path == "/lama/123":
            self._send(301, headers={"Location": "/berita/klaim-jkp-jabar.html"})
        elif self.path == "/hilang":
            self._send(404, b"<h1>tidak ditemukan</h1>")
        elif self.path == "/lambat":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif self.path == "/sibuk":  # 503 on the first try, then the page
            if self.hits[self.path] == 1:
                self._send(503, b"busy")
            else:
                self._send(200, PAGE)
        elif self.path == "/besar-tanpa-panjang":  # no Content-Length: only streaming finds out
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>\n")
        elif self.path == "/besar":
            self._send(200, b"<p>" + b"y" * (2 * LIMIT) + b"</p>")
        elif self.path == "/laporan.pdf":
            self._send(200, b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
        else:
            self._send(404)


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch):
    """Two retries, 0.1 s apart, and a 0.5 s timeout: the same code paths, in a second."""
    monkeypatch.setenv("PANTAU_FETCH_RETRY_DELAYS", "0.1,0.1")
    monkeypatch.setenv("PANTAU_FETCH_TIMEOUT", "0.5")
    Site.hits.clear()
    Site.agents.clear()


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def sidecar_of(page: Path) -> dict:
    return json.loads(page.with_name(page.name + ".fetch.json").read_text(encoding="utf-8"))


# --- names -------------------------------------------------------------------------

def test_file_names_are_stable_and_safe():
    assert slug_for("https://www.antaranews.com/berita/3456789/klaim-jht-naik.html") == "berita-3456789-klaim-jht-naik"
    assert slug_for("https://example.id/") == "index"
    with_query = slug_for("https://example.id/read.php?id=77")
    assert with_query.startswith("read-") and with_query == slug_for("https://example.id/read.php?id=77")
    assert with_query != slug_for("https://example.id/read.php?id=78")
    long = slug_for("https://example.id/" + "sangat-panjang/" * 20)
    assert len(long) <= 90 and long == slug_for("https://example.id/" + "sangat-panjang/" * 20)
    assert host_folder("https://WWW.Example.ID/a") == "www.example.id"
    assert host_folder("http://127.0.0.1:8123/a") == "127.0.0.1_8123"


# --- downloads ---------------------------------------------------------------------

def test_page_saved_with_sidecar(prefect_harness, site, tmp_path):
    before = datetime.now().astimezone()
    failed = fetch_urls([f"{site}/berita/klaim-jkp-jabar.html"], tmp_path)
    assert failed == []
    host = host_folder(site)
    page = tmp_path / "fetched" / host / "berita-klaim-jkp-jabar.html"
    assert page.read_bytes() == PAGE
    meta = sidecar_of(page)
    assert meta["requested_url"] == meta["final_url"] == f"{site}/berita/klaim-jkp-jabar.html"
    assert meta["status"] == 200
    fetched_at = datetime.fromisoformat(meta["fetched_at"])
    assert before - timedelta(seconds=1) <= fetched_at <= datetime.now().astimezone() + timedelta(seconds=1)
    assert Site.agents == [USER_AGENT] and USER_AGENT.startswith("pantau/")


def test_redirect_keeps_the_final_url(prefect_harness, site, tmp_path):
    assert fetch_urls([f"{site}/lama/123"], tmp_path) == []
    page = tmp_path / "fetched" / host_folder(site) / "berita-klaim-jkp-jabar.html"
    meta = sidecar_of(page)
    assert meta["requested_url"] == f"{site}/lama/123"
    assert meta["final_url"] == f"{site}/berita/klaim-jkp-jabar.html"
    assert Site.hits["/lama/123"] == 1 and Site.hits["/berita/klaim-jkp-jabar.html"] == 1


def test_not_found_fails_at_once(prefect_harness, site, tmp_path, capsys):
    assert fetch_urls([f"{site}/hilang"], tmp_path) == [f"{site}/hilang"]
    assert Site.hits["/hilang"] == 1  # a 404 is final: no retry
    assert f"failed {site}/hilang: HTTP 404" in capsys.readouterr().out
    assert files_under(tmp_path) == []


def test_server_error_is_retried_then_saved(prefect_harness, site, tmp_path):
    assert fetch_urls([f"{site}/sibuk"], tmp_path) == []
    assert Site.hits["/sibuk"] == 2
    assert files_under(tmp_path) == [f"fetched/{host_folder(site)}/sibuk.html",
                                     f"fetched/{host_folder(site)}/sibuk.html.fetch.json"]


def test_slow_server_times_out_after_retries(prefect_harness, site, tmp_path, capsys):
    started = time.monotonic()
    assert fetch_urls([f"{site}/lambat"], tmp_path) == [f"{site}/lambat"]
    assert Site.hits["/lambat"] == 3  # the first try and two retries
    assert time.monotonic() - started < 10
    out = capsys.readouterr().out
    assert f"failed {site}/lambat: timed out after 0.5 s" in out and "(after 3 tries)" in out
    assert files_under(tmp_path) == []


@pytest.mark.parametrize("path", ["/besar", "/besar-tanpa-panjang"])
def test_oversized_page_is_rejected_and_nothing_written(prefect_harness, site, tmp_path, capsys, path):
    assert fetch_urls([f"{site}{path}"], tmp_path, max_bytes=LIMIT) == [f"{site}{path}"]
    assert Site.hits[path] == 1  # too large is final
    assert f"larger than the limit of {LIMIT:,} bytes" in capsys.readouterr().out
    assert files_under(tmp_path) == []  # no page, no sidecar, no temp file


def test_mixed_batch_reports_each_url(prefect_harness, site, tmp_path, capsys):
    urls = [f"{site}/berita/klaim-jkp-jabar.html", f"{site}/laporan.pdf", "ftp://example.id/berita", f"{site}/hilang"]
    assert fetch_urls(urls, tmp_path) == urls[1:]
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"saved  {urls[0]} -> ")
    assert out[1] == f"failed {urls[1]}: not a web page (application/pdf)"
    assert out[2] == f"failed {urls[2]}: not an http(s) URL"
    assert out[3].startswith(f"failed {urls[3]}: HTTP 404")


# --- the command and the next run --------------------------------------------------

def test_cli_exit_code_and_lines(prefect_harness, site, tmp_path):
    from prefect.settings import PREFECT_API_URL

    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(f"# daftar\n{site}/berita/klaim-jkp-jabar.html\n\n{site}/hilang\n", encoding="utf-8")
    # The session's test server records the run (a fresh temporary one would cost ~10 s).
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PANTAU_FETCH_RETRY_DELAYS": "0.1",
           "PREFECT_API_URL": PREFECT_API_URL.value()}
    done = subprocess.run([str(REPO / ".venv" / "bin" / "pantau"), "fetch", "--urls", str(urls_file),
                           "--raw", str(tmp_path / "raw")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"saved  {site}/berita/klaim-jkp-jabar.html -> ")
    assert lines[1].startswith(f"failed {site}/hilang: HTTP 404")
    assert (tmp_path / "raw" / "fetched" / host_folder(site) / "berita-klaim-jkp-jabar.html").is_file()


def test_fetched_page_loads_with_url_and_time(prefect_harness, site, workdir, run_pipeline):
    raw = workdir / "raw"
    assert fetch_urls([f"{site}/lama/123"], raw) == []
    meta = sidecar_of(raw / "fetched" / host_folder(site) / "berita-klaim-jkp-jabar.html")
    result = run_pipeline()
    assert result["files_found"] == 1 and result["files_rejected"] == 0
    con = duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True)
    try:
        row = con.execute("SELECT source_path, source_url, fetched_at, title FROM articles").fetchall()
    finally:
        con.close()
    assert len(row) == 1
    source_path, source_url, fetched_at, title = row[0]
    assert source_path == f"fetched/{host_folder(site)}/berita-klaim-jkp-jabar.html"
    # The sidecar's final URL wins over the page's own canonical link.
    assert source_url == f"{site}/berita/klaim-jkp-jabar.html"
    expected = datetime.fromisoformat(meta["fetched_at"]).astimezone().replace(tzinfo=None)
    assert fetched_at == expected
    assert title == "Klaim JKP Jawa Barat Capai Rp 48 Miliar"
