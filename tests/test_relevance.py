"""Files that name neither BPJS Ketenagakerjaan nor one of its programs are recorded, not
parsed (pantau.relevance); a relevant page, in any case or spelling, is always read."""
from __future__ import annotations

import json
import shutil

import pytest

from pantau.relevance import NOT_ABOUT_REASON, load_terms, names_the_agency, term_patterns
from pantau.sources import RawFile, Rejection, read_article
from tests.conftest import DEVSET, REPO, SHARED

DEVSET2 = SHARED / "devset2"


@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan", "bpjs ketenagakerjaan", "BPJS KETENAGAKERJAAN", "Bpjs Ketenagakerjaan",
    "BPJS-Ketenagakerjaan", "BPJS\u00a0Ketenagakerjaan", "BPJS&nbsp;Ketenagakerjaan", "BPJS\nKetenagakerjaan",
    "BPJS <strong>Ketenagakerjaan</strong>", "BPJSKetenagakerjaan", "BPJS Ketenaga Kerjaan",
    "BP Jamsostek", "BPJamsostek", "BP-JAMSOSTEK", "jamsostek", "PT Jamsostek (Persero)",
    "BPJS TK", "BPJSTK", "bpjs-tk", "BPJS Naker", "jaminan sosial tenaga kerja",
    "klaim JHT naik", "pencairan jht", "(JKK)", "santunan JKM,", "manfaat JP.", "JKP:", "program JHT/JP",
    "Jaminan Hari Tua", "jaminan hari\ntua", "JAMINAN KEMATIAN", "Jaminan Kecelakaan Kerja",
    "jaminan  pensiun", "Jaminan Kehilangan Pekerjaan",
])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_a_page_naming_the_agency_or_a_program_in_any_case_or_spelling_is_read(text, encoding):
    page = f"<html><body><p>Berita hari ini: {text} di Surabaya.</p></body></html>"
    assert names_the_agency(page.encode(encoding, errors="replace"))


@pytest.mark.parametrize("text", [
    "BPJS Kesehatan membayar klaim rumah sakit", "Kementerian Ketenagakerjaan menetapkan UMP",
    '<img src="/foto/banjir.jpg">', "konser JKT48", "gambar.jpeg", "JPMorgan", "kode JHTX9", "Jasa Raharja",
])
def test_a_page_naming_neither_is_not_about_the_agency(text):
    assert not names_the_agency(f"<html><body><p>{text}</p></body></html>".encode())


def test_the_term_list_is_data_and_every_term_finds_itself():
    terms = load_terms()
    assert {"agency", "programs", "abbreviations"} <= set(terms)
    patterns = term_patterns(terms)
    for term in terms["agency"] + terms["programs"] + terms["abbreviations"]:
        assert any(p.search(f" {term} ".lower().encode()) for p in patterns), term


def test_a_page_about_something_else_is_rejected_before_it_is_parsed():
    # A menu-only page: parsed, it would be rejected as having no main text.
    page = b"<html><head><title>Olahraga</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>"
    rejected = read_article(RawFile("olahraga.html", "/nonexistent/olahraga.html"), page, "0" * 64, 1 << 20)
    assert isinstance(rejected, Rejection)
    assert rejected.reason == NOT_ABOUT_REASON and rejected.reason.startswith("not about BPJS Ketenagakerjaan: ")
    assert rejected.content_sha256 == "0" * 64


def _article_sets():
    sets = [DEVSET / "articles", DEVSET2 / "articles", REPO / "data" / "raw", REPO / "tests" / "articles",
            SHARED / "seeds"]
    return sets + sorted(p / "articles" for p in (REPO / "tests").glob("heldout*"))


def test_no_annotated_article_is_skipped():
    """Every file of the dev sets and of our own annotated sets names the agency or a program,
    but the one dev-set trap about BPJS Kesehatan, whose gold holds nothing at all."""
    skipped = []
    for folder in _article_sets():
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".html") and not names_the_agency(path.read_bytes()):
                skipped.append(path)
    assert [p.name for p in skipped] == ["jateng-2024-bpjs-kesehatan.txt"]
    gold = json.loads((DEVSET2 / "gold" / "jateng-2024-bpjs-kesehatan.json").read_text(encoding="utf-8"))
    assert not (gold["claims"] or gold["membership"] or gold["expected_checks"] or gold["published_date"])


def test_the_dev_sets_lose_nothing(run_pipeline, workdir):
    raw = workdir / "raw"
    for folder in (DEVSET / "articles", DEVSET2 / "articles"):
        shutil.copytree(folder, raw / folder.parent.name)
    files = {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}

    result = run_pipeline()

    import duckdb

    with duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True) as con:
        loaded = {p for (p,) in con.execute("SELECT source_path FROM source_files WHERE article_id IS NOT NULL").fetchall()}
        rejected = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
    assert rejected == {"devset2/jateng-2024-bpjs-kesehatan.txt": NOT_ABOUT_REASON}
    assert loaded == files - set(rejected) and len(loaded) == len(files) - 1
    assert result["files_found"] == len(files)
    # The report counts such files by reason, with a few examples, instead of listing each (a crawl
    # has thousands).
    from pathlib import Path

    page = Path(result["report"]).read_text(encoding="utf-8")
    table = page[page.index('<table id="rejected-files">'):]
    table = table[:table.index("</table>")]
    assert table.count("<tr>") == 2  # the header and one reason
    assert '<td class="n">1</td>' in table and "jateng-2024-bpjs-kesehatan.txt" in table


def test_a_crawl_loads_the_pages_about_the_agency_records_every_other_and_a_re_run_adds_nothing(run_pipeline, workdir):
    import sys

    import duckdb

    sys.path.insert(0, str(REPO / "bench"))
    import crawl

    raw = workdir / "raw"
    crawl.write_crawl(raw, 300)  # pages 50, 150 and 250 are about the agency
    (raw / "kosong.html").write_bytes(b"")  # still rejected for what it is

    first = run_pipeline()
    again = run_pipeline()

    assert (first["files_found"], first["articles_new"], first["files_rejected"]) == (301, 3, 298)
    assert again["articles_new"] == 0
    with duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True) as con:
        reasons = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
        unread = con.execute("SELECT count(*) FROM source_files WHERE article_id IS NULL").fetchone()[0]
        runs = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    assert reasons.pop("kosong.html") == "empty file"
    assert len(reasons) == 297 and set(reasons.values()) == {NOT_ABOUT_REASON}
    assert unread == 298 and runs == 2  # each recorded once, with its content
