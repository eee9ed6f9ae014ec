"""Isolation per article (issue 15): one odd value touches its own article, never its batch;
an extraction that fails or hits a limit leaves the article loaded and flagged."""
from __future__ import annotations

import shutil
from collections import Counter
from datetime import date, datetime, timezone

import pytest

from pantau.checks import validate_batch
from pantau.extract import extract_article
from pantau.extract.dates import find_dates, make_date, publication_date
from pantau.extract.periods import find_periods
from pantau.model import ClaimFigure, Extraction, RawArticle
from tests import hostile_inputs as h
from tests.conftest import DEVSET, SHARED
from tests.warehouse_checks import assert_sound, open_read_only

DEVSETS = (DEVSET / "articles", SHARED / "devset2" / "articles")


# --- values range-checked where they are parsed ---------------------------------------

@pytest.mark.parametrize("written", ["Kamis (12/10/6017)", "Kamis 12/10/20017", "Kamis (12/10/1850)",
                                     "Diterbitkan: 12/10/20017", "3 Mei 20017"])
def test_a_date_with_an_impossible_year_is_no_date(written):
    body = f"SURABAYA, {written} – BPJS Ketenagakerjaan mencatat klaim JHT 12 kasus."
    assert publication_date(body, len(body), None, None) is None
    assert all(d.year in range(1900, 2101) for _, _, d, _ in find_dates(body, 2017))


def test_the_year_range_is_1900_to_2100():
    assert make_date(2100, 12, 31) == date(2100, 12, 31) and make_date(1900, 1, 1) == date(1900, 1, 1)
    assert make_date(2101, 1, 1) is None and make_date(1899, 12, 31) is None and make_date(6017, 10, 12) is None
    assert make_date(17, 10, 12) == date(2017, 10, 12)  # a two-digit year is this century's


def test_a_period_year_with_a_digit_too_many_is_no_period():
    assert find_periods("klaim sepanjang Januari hingga Juni 20017 naik") == []
    assert [p.end for p in find_periods("klaim sepanjang Januari hingga Juni 2017 naik")] == [date(2017, 6, 30)]


# --- a check that cannot evaluate one article -----------------------------------------

# An amount with no case count: every article of these batches has a finding to lose.
AMOUNT_ONLY = ("SURABAYA, Senin (10/2/2020) – BPJS Ketenagakerjaan Kanwil Jawa Timur membayar klaim JHT senilai "
               "Rp 12 miliar sepanjang 2019.")


def _raw(n: int, body: str = AMOUNT_ONLY) -> RawArticle:
    return RawArticle(source_path=f"a{n}.txt", content_sha256=f"{n}", title=f"Artikel {n}", body_text=body)


def _batch(n: int) -> list:
    return [(f"a{i}", _raw(i), extract_article(_raw(i))) for i in range(n)]


def _key(findings):
    return Counter((article_id, f.check_name, f.start_char, f.message) for article_id, f in findings)


def test_a_date_pandas_cannot_hold_costs_only_its_own_article_its_checks():
    # A date no extraction gives any more (years are range-checked), put there by hand: the
    # frames cannot hold it (nanosecond timestamps end in 2262).
    good = _batch(3)
    far = Extraction(published_date=date(6017, 10, 12), office="Nasional",
                     claims=[ClaimFigure("JHT", None, 5.6e9, None, date(6017, 10, 12), "Nasional", False, 0, 10)])
    alone = validate_batch(good)
    beside = validate_batch(good + [("far", _raw(9), far)])

    assert len(alone) == 3 and _key(f for f in beside if f[0] != "far") == _key(alone)
    own = [f for a, f in beside if a == "far"]
    assert any(f.check_name == "check_failed" and "6017-10-12" in f.message for f in own)
    assert any(f.check_name == "claim_missing_cases" for f in own)  # its other checks still ran


@pytest.mark.parametrize("field, value", [("period_end", "2017-13-45"),
                                          ("period_start", datetime(2020, 1, 1, tzinfo=timezone.utc))])
def test_an_article_that_breaks_a_table_check_gets_check_failed_and_the_rest_their_findings(field, value):
    good = _batch(4)
    broken = extract_article(_raw(7))
    setattr(broken.claims[0], field, value)  # a value of a type no extraction gives: a bug's output
    alone = validate_batch(good)
    beside = validate_batch(good[:2] + [("bad", _raw(7), broken)] + good[2:])
    assert len(alone) == 4 and _key(f for f in beside if f[0] != "bad") == _key(alone)
    # Staging holds each value in its column's type: one it cannot hold is staged empty and
    # reported (invalid_figure); one it can convert (a datetime for a date) is checked as such.
    # Either way the article keeps findings of its own and costs no other article any.
    own = [f.check_name for a, f in beside if a == "bad"]
    assert own and set(own) <= {"invalid_figure", "check_failed", "claim_missing_cases", "period_in_order"}


# --- beside the dev set, one article dated Kamis (12/10/6017) ---------------------------

FAR_DATED = ("SURABAYA, Kamis (12/10/6017) – BPJS Ketenagakerjaan Cabang Surabaya Rungkut membayar klaim "
             "Jaminan Hari Tua (JHT) sebanyak 321 kasus senilai Rp 4,3 miliar pada Januari hingga September "
             "2017.\n\nKepala cabang mengimbau peserta memperbarui data.")


def _devset_raw(raw):
    for folder in DEVSETS:
        shutil.copytree(folder, raw / folder.parent.name)
    return raw


def _findings_by_path(warehouse) -> Counter:
    with open_read_only(warehouse) as con:
        assert_sound(con)
        return Counter(con.execute(
            "SELECT s.source_path, q.check_name, q.severity, q.start_char, q.message FROM quality_issues q "
            "JOIN source_files s USING (article_id)").fetchall())


@pytest.mark.skipif(not DEVSETS[1].is_dir(), reason="needs ../shared/devset2")
def test_a_far_future_date_beside_the_dev_set_changes_no_other_finding_and_prints_no_traceback(
        run_pipeline, workdir, capfd):
    plain = _devset_raw(workdir / "plain")
    run_pipeline(raw=plain, warehouse=workdir / "plain.duckdb")
    odd = _devset_raw(workdir / "odd")
    h.write(odd / "tanggal-6017.txt", h.article_text("Klaim JHT Cabang Surabaya Rungkut", FAR_DATED))
    capfd.readouterr()
    result = run_pipeline(raw=odd, warehouse=workdir / "odd.duckdb")
    out, err = capfd.readouterr()

    assert "Traceback" not in out + err and "OutOfBounds" not in out + err
    before, after = _findings_by_path(workdir / "plain.duckdb"), _findings_by_path(workdir / "odd.duckdb")
    own = Counter({k: n for k, n in after.items() if k[0] == "tanggal-6017.txt"})
    assert after - own == before
    assert not any(k[1] == "check_failed" for k in after)
    assert {k[1] for k in own} >= {"implausible_date", "missing_publication_date"}
    # the dev sets' 36 files less the BPJS Kesehatan trap, which names neither the agency nor a
    # program and is set aside as not about BPJS Ketenagakerjaan (pantau.relevance), plus this one
    assert result["articles_new"] == 35
    with open_read_only(workdir / "odd.duckdb") as con:
        assert con.execute("SELECT a.published_date, c.cases, c.amount_idr FROM claims c JOIN articles a "
                           "USING (article_id) WHERE a.title LIKE '%Rungkut%'").fetchall() == [(None, 321, 4.3e9)]


# --- no figure lost silently -------------------------------------------------------------

def test_a_run_on_annex_of_a_megabyte_keeps_the_claim_of_its_first_sentence(run_pipeline, workdir):
    path = h.run_on_article(workdir / "raw", megabytes=1.2)
    assert (workdir / "raw" / path).stat().st_size > 1_200_000
    result = run_pipeline()
    assert result["articles_new"] == 1
    with open_read_only(workdir / "pantau.duckdb") as con:
        assert con.execute("SELECT program, cases, amount_idr, office, period_end FROM claims").fetchall() == [
            ("JHT", 1234, 5.6e9, "Kanwil Jawa Timur", date(2019, 12, 31))]
        assert con.execute("SELECT count(*) FROM quality_issues WHERE check_name = 'extraction_failed'"
                           ).fetchone()[0] == 0


def test_a_stage_that_raises_is_recorded_on_the_article_and_flagged(monkeypatch, tmp_path):
    """Fault injection: the membership stage raises (as a RecursionError did in the splitter).
    The article keeps its claims, names the stage in rule_errors, and gets a finding."""
    import pyarrow.parquet as pq

    import pantau.extract as extract
    from pantau import pipeline
    from pantau.sources import discover_files

    def broken(*args):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(extract, "extract_membership", broken)
    raw = RawArticle("a.txt", "x", "Judul", AMOUNT_ONLY)
    ex = extract.extract_article(raw)
    assert ex.rule_errors == ["membership"] and len(ex.claims) == 1

    h.write(tmp_path / "raw" / "a.txt", h.article_text("Judul", AMOUNT_ONLY))
    planned, _ = pipeline.hash_files(discover_files(tmp_path / "raw")[0])
    counts = pipeline.process_batch(planned, "r1", str(tmp_path / "staging"), 0, 1 << 20)
    issues = pq.read_table(tmp_path / "staging" / "quality_issues-000000.parquet").to_pylist()
    failed = [i for i in issues if i["check_name"] == "extraction_failed"]
    assert counts["claims"] == 1 and len(failed) == 1
    assert failed[0]["found"] == "membership" and "membership figures" in failed[0]["message"]
    assert failed[0]["severity"] == "warning"


def test_a_count_beyond_64_bits_costs_its_figure_that_value_not_the_batch(run_pipeline, workdir):
    h.write(workdir / "raw" / "raksasa.txt", h.article_text("Klaim raksasa", h.GOOD_BODY.replace(
        "12.345 kasus", "999.999.999.999.999 triliun kasus")))
    h.write(workdir / "raw" / "biasa.txt", h.article_text("Klaim biasa"))
    result = run_pipeline()
    assert result["articles_new"] == 2
    with open_read_only(workdir / "pantau.duckdb") as con:
        assert_sound(con)
        assert sorted(con.execute("SELECT a.title, c.cases, c.amount_idr, c.status FROM claims c "
                                  "JOIN articles a USING (article_id)").fetchall()) == [
            ("Klaim biasa", 12345, 123.4e9, "ok"), ("Klaim raksasa", None, 123.4e9, "error")]
        assert "tidak dapat disimpan" in " ".join(m for (m,) in con.execute(
            "SELECT message FROM quality_issues WHERE check_name = 'invalid_figure'").fetchall())
