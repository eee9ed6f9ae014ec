"""A file that would take the extractor minutes (a 'sentence' running for pages with hundreds
of figures) is cut off: the article is loaded without figures and flagged, its batch goes on."""
from __future__ import annotations

import time

import pyarrow.parquet as pq

from pantau import pipeline
from pantau.sources import discover_files

NORMAL = ("Klaim JHT Naik\n\nSERANG – BPJS Ketenagakerjaan Cabang Serang membayar klaim JHT 1.204 kasus "
          "senilai Rp 14,2 miliar sepanjang Januari hingga Juni 2023.\n")


def run_on(clauses: int) -> str:
    """One 'sentence' of claim clauses joined by 'dan', no full stop."""
    return "Rekap klaim\n\n" + " ".join(f"klaim JHT {i} kasus senilai Rp {i},5 miliar dan" for i in range(clauses)) + "\n"


RUN_ON = run_on(1000)
# Seconds of extraction (restatements are compared pairwise), where an article takes a millisecond.
SLOW = run_on(3000)


def _staged(staging, table: str) -> list[dict]:
    return [row for path in sorted(staging.glob(f"{table}-*.parquet")) for row in pq.read_table(path).to_pylist()]


def test_an_article_over_the_time_limit_is_loaded_without_figures_and_flagged(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a-normal.txt").write_text(NORMAL, encoding="utf-8")
    (raw / "b-run-on.txt").write_text(SLOW, encoding="utf-8")
    files, _ = discover_files(raw)
    planned, _ = pipeline.hash_files(files)
    staging = tmp_path / "staging"

    clock = time.perf_counter()
    counts = pipeline.process_batch(planned, "run1", str(staging), 0, 1 << 20, seconds_limit=0.3)

    assert time.perf_counter() - clock < 3.0  # cut off, not the seconds the article would take
    assert counts["articles"] == 2
    ids = {f.source_path.split("-")[0]: f.article_id for f in planned}
    assert [(c["article_id"], c["cases"], c["amount_idr"]) for c in _staged(staging, "claim_figures")] == \
        [(ids["a"], 1204, 14.2e9)]
    assert {a["article_id"] for a in _staged(staging, "articles")} == {ids["a"], ids["b"]}  # both loaded
    failed = [i for i in _staged(staging, "quality_issues") if i["check_name"] == "extraction_failed"]
    assert [i["article_id"] for i in failed] == [ids["b"]]
    assert "longer than 0.3 s" in failed[0]["message"]


def _sleep_limited(seconds_limit: float, sleep: float) -> str:
    with pipeline.FileTimer(seconds_limit) as timer:
        try:
            timer.arm()
            time.sleep(sleep)
        except pipeline.TookTooLong as exc:
            return str(exc)
        finally:
            timer.disarm()
    return "finished"


def test_the_limit_interrupts_the_main_thread_of_a_process():
    clock = time.perf_counter()
    assert _sleep_limited(0.05, 2) == "it took longer than 0.05 s"
    assert time.perf_counter() - clock < 1.0
    assert _sleep_limited(5, 0.01) == "finished"  # disarmed in time: nothing fires later
    time.sleep(0.05)


def test_an_alarm_swallowed_in_the_work_comes_again_until_disarmed():
    # a garbage-collector callback or a finaliser swallows what is raised in it ("Exception ignored in ...")
    swallowed = 0
    with pipeline.FileTimer(0.05) as timer:
        try:
            timer.arm()
            deadline = time.perf_counter() + 2
            while time.perf_counter() < deadline:
                try:
                    time.sleep(0.01)
                except pipeline.TookTooLong:
                    if swallowed:
                        raise
                    swallowed += 1  # the first alarm lost, as in a gc callback
            result = "finished"
        except pipeline.TookTooLong:
            result = "stopped"
        finally:
            timer.disarm()
    assert (swallowed, result) == (1, "stopped")
    time.sleep(0.1)  # disarmed: no alarm comes after


def test_the_limit_applies_only_where_a_timer_can_interrupt():
    import threading

    results = []
    thread = threading.Thread(target=lambda: results.append(_sleep_limited(0.05, 0.2)))
    thread.start()
    thread.join()
    assert results == ["finished"]  # a flow's thread: no alarm, the work finishes


def test_a_run_on_sentence_is_cut_into_pieces_at_clause_boundaries():
    from pantau.extract.text import MAX_SENTENCE_CHARS, split_sentences

    body = RUN_ON
    pieces = split_sentences(body)
    assert len(pieces) > 40
    assert all(len(p.text) <= MAX_SENTENCE_CHARS and body[p.start:p.end] == p.text for p in pieces)
    # Each cut falls after a clause boundary (" dan "), so no clause is split in two.
    assert all(p.text.endswith(" dan") or p.text.endswith("dan") for p in pieces[1:-1])
    assert "".join(body[a.end:b.start] for a, b in zip(pieces, pieces[1:])).strip() == ""


def test_every_clause_of_a_run_on_article_is_still_read():
    from pantau.extract import extract_article
    from pantau.sources import RawFile, read_article

    raw = read_article(RawFile("run-on.txt", "/nonexistent/run-on.txt"), RUN_ON.encode(), "0" * 64, 1 << 20)
    claims = extract_article(raw).claims
    assert [(c.cases, c.amount_idr) for c in claims[:3]] == [(0, 0.5e9), (1, 1.5e9), (2, 2.5e9)]
    assert len(claims) == 1000


def test_restatements_are_sought_among_a_bounded_number_of_earlier_figures():
    from dataclasses import replace

    from pantau.extract.claim_merge import MAX_RESTATEMENT_CANDIDATES, merge_restatements
    from pantau.model import ClaimFigure

    base = ClaimFigure(program="JHT", cases=None, amount_idr=None, period_start=None, period_end=None,
                       office="Cabang Serang", is_prior_period=False, start_char=0, end_char=1)
    many = [replace(base, cases=n, amount_idr=n * 1e9) for n in range(1, 3 * MAX_RESTATEMENT_CANDIDATES)]
    # Each distinct figure is kept; a restatement of an early one (the same values) merges into it.
    merged = merge_restatements(many + [replace(base, cases=5, amount_idr=5e9)])
    assert len(merged) == len(many)
    assert [(c.cases, c.amount_idr) for c in merged[:2]] == [(1, 1e9), (2, 2e9)]
