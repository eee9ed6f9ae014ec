"""The benchmark's corpus generator and its arithmetic (no pipeline run: that is `make bench`)."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import run_bench  # noqa: E402


@pytest.mark.parametrize("n, words", [
    (7, "tujuh"), (11, "sebelas"), (15, "lima belas"), (100, "seratus"), (272, "dua ratus tujuh puluh dua"),
    (1000, "seribu"), (21300, "dua puluh satu ribu tiga ratus"), (110011, "seratus sepuluh ribu sebelas"),
])
def test_number_in_words(n, words):
    assert corpus.number_in_words(n) == words


def test_rupiah_spellings_round_the_amount():
    rng = random.Random(1)
    seen = {corpus.write_rupiah(rng, 8_712_450_000) for _ in range(300)}
    assert "Rp 8.712.450.000" in seen or "Rp8.712.450.000" in seen
    assert {"Rp 8,7 M", "Rp 8,712 miliar", "Rp 8,71 miliar"} & seen
    assert all(s.startswith("Rp") for s in seen)
    trillions = {corpus.write_rupiah(rng, 1.47e12) for _ in range(300)}
    assert {"Rp1.47 triliun", "Rp 1.47 triliun"} & trillions  # a dot as decimal mark
    assert {"Rp 1,5 T", "Rp1,5 T"} & trillions


def test_corpus_is_deterministic_unique_and_one_in_eight_html(tmp_path):
    files = [corpus.article_file(i) for i in range(400)]
    assert files == [corpus.article_file(i) for i in range(400)]
    assert len({content for _, content in files}) == 400
    html = [path for path, _ in files if path.endswith(".html")]
    assert len(html) == 400 // corpus.HTML_EVERY
    page = dict(files)[html[0]]
    for chrome in ('<nav class="menu">', 'class="ticker"', "Baca Juga", "<aside>", "article:published_time"):
        assert chrome in page


def test_reprints_of_one_office_and_period_state_the_same_figures():
    office = corpus.OFFICES[0]
    end = corpus.date(2022, 9, 30)
    a = corpus._facts(7, office, end)
    b = corpus._facts(7, office, end)
    assert [a.random() for _ in range(5)] == [b.random() for _ in range(5)]


def test_write_corpus_writes_n_files_in_sub_folders(tmp_path):
    corpus.write_corpus(tmp_path, 16)
    written = run_bench.corpus_files(tmp_path)
    assert len(written) == 16
    assert all(len(p.relative_to(tmp_path).parts) == 3 for p in written)  # site/year/file


def test_stage_seconds_split_the_batch_wall_time_by_worker_share():
    run = {"wall_s": 10.0, "timings": {
        "wall": {"startup": 2.0, "discover": 0.5, "batches": 4.0, "load": 2.0, "report": 0.5},
        "worker": {"read": 1.0, "extract": 5.0, "validate": 1.5, "stage": 0.5}}}
    seconds = run_bench.stage_seconds(run)
    assert seconds == {"startup": 2.0, "discover": 0.5, "read": 0.5, "extract": 2.5, "validate": 0.75, "stage": 0.25,
                       "load": 2.0, "report": 0.5, "prefect": 1.0}


def test_floor_reads_every_file(tmp_path):
    corpus.write_corpus(tmp_path, 8)
    floor = run_bench.floor_read_regex(tmp_path)
    assert floor["files"] == 8 and floor["matches"] > 8 * 5
    assert run_bench.floor_html(tmp_path)["pages"] == 1


def test_the_crawl_is_general_news_with_one_page_in_a_hundred_about_the_agency():
    import crawl

    from pantau.relevance import names_the_agency

    pages = [crawl.crawl_page(i) for i in range(300)]
    assert pages == [crawl.crawl_page(i) for i in range(300)]
    assert all(path.endswith(".html") for path, _ in pages)
    relevant = [i for i, (_, page) in enumerate(pages) if names_the_agency(page.encode())]
    assert relevant == [i for i in range(300) if i % crawl.RELEVANT_EVERY == crawl.RELEVANT_EVERY // 2]
    text = "".join(page for _, page in pages)
    for near_miss in ("BPJS Kesehatan", "Kementerian Ketenagakerjaan", "Taspen", "Jasa Raharja", ".jpg"):
        assert near_miss in text
    assert 15_000 < sum(len(page) for _, page in pages) / len(pages) < 40_000  # a news site's page
