"""The report's pages from a hand-made warehouse: what each page holds, escaping of
untrusted article text, the passages and marks of a finding, and the markdown summary.
tests/test_review.py drives the same pages through real runs and headless Chromium."""
from __future__ import annotations

import json
from datetime import datetime

import duckdb
import pytest

from pantau.review.data import passage, passages
from pantau.report import summary_markdown, write_report
from pantau.warehouse import apply_schema
from tests.report_dom import findings, parse

BODY = ("Kepala Kanwil mengatakan pihaknya telah membayar klaim JKK sebanyak 1.245 kasus. "
        "<script>alert('body')</script> Dari 1.254 kasus kecelakaan kerja itu, 41 meninggal dunia.")
EVIL_TITLE = "Santunan <script>alert('title')</script> & co"


def _insert(con, table: str, row: dict) -> None:
    names = ", ".join(row)
    con.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


@pytest.fixture()
def warehouse(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)  # the tables and the views, as a real warehouse has them
    for n, (run_id, new) in enumerate([("r1", 7), ("r2", 0)]):
        _insert(con, "runs", dict(run_id=run_id, started_at=datetime(2026, 1, 1 + n, 8),
                                  finished_at=datetime(2026, 1, 1 + n, 8, 1), status="completed", articles_seen=12,
                                  articles_new=new, error_count=1 - n, warning_count=1 - n, files_rejected=1 - n,
                                  figures_loaded=53 if new else 0, raw_dir=str(tmp_path / "raw"), lang="id",
                                  open_errors=1, open_warnings=1))
    _insert(con, "articles", dict(article_id="a1", source_path="sulsel/makassar.txt", title=EVIL_TITLE,
                                  body_text=BODY, loaded_run_id="r1", is_current=True, office="Kanwil Sulawesi Maluku",
                                  source_url="javascript:alert(1)"))
    first, second = BODY.index("1.245"), BODY.index("1.254")
    spans = [[first, first + 5, "figure", None, 1245.0], [second, second + 5, "figure", None, 1254.0]]
    details = {"key": "conflicting_figures", "spans": spans,
               "args": {"program": "JKK", "field": "cases", "office": "Kanwil Sulawesi Maluku", "period_start": None,
                        "period_end": "2022-10-31", "prior": False, "values": ["1.245", "1.254"], "first": "1.245",
                        "second": "1.254"}}
    _insert(con, "quality_issues", dict(
        issue_id="i1", run_id="r1", article_id="a1", check_name="conflicting_figures", severity="error",
        message="stored words", evidence="", start_char=first, end_char=first + 5, figure_ids="a1-c0,a1-c1",
        finding_id="fconflict", details=json.dumps(details), created_at=datetime(2026, 1, 1, 8)))
    _insert(con, "quality_issues", dict(  # a finding from before details were recorded: its own words
        issue_id="i2", run_id="r1", article_id="a1", check_name="claim_missing_amount", severity="warning",
        message="The JKK claim states 1.254 cases but no amount <b>paid</b>.",
        evidence="Dari 1.254 kasus kecelakaan kerja itu, 41 meninggal dunia.", start_char=second, end_char=second + 5,
        expected="an amount", found="1.254 cases, no amount", finding_id="fmissing", created_at=datetime(2026, 1, 1, 8)))
    for fid, check, severity in [("fconflict", "conflicting_figures", "error"), ("fmissing", "claim_missing_amount",
                                                                                  "warning")]:
        _insert(con, "finding_events", dict(run_id="r1", finding_id=fid, event="opened", article_id="a1",
                                            check_name=check, severity=severity, recorded_at=datetime(2026, 1, 1, 8)))
    for i, (program, cases, amount) in enumerate([("JKK", 1245, 38.6e9), ("JKK", 1254, None)]):
        _insert(con, "claim_figures", dict(figure_id=f"a1-c{i}", article_id="a1", run_id="r1", program=program,
                                           cases=cases, amount_idr=amount, is_prior_period=False, period_end=None,
                                           office="Kanwil Sulawesi Maluku"))
    _insert(con, "rejected_files", dict(source_path="bad/<img src=x onerror=alert(1)>.html",
                                        reason="not an article: <script>x()</script>", run_id="r2"))
    yield con
    con.close()


def test_latest_html_holds_the_open_findings_by_article_with_marks(warehouse, tmp_path):
    path = write_report(warehouse, None, tmp_path / "reports")
    assert path == tmp_path / "reports" / "latest.html"
    html = path.read_text(encoding="utf-8")
    shown = {f["id"]: f for f in findings(html)}
    assert set(shown) == {"fconflict", "fmissing"}
    conflict = shown["fconflict"]
    assert (conflict["check"], conflict["severity"], conflict["state"]) == ("conflicting_figures", "error", "open")
    assert conflict["marks"] == [("figure", "1.245"), ("figure", "1.254")]
    assert not conflict["new"]  # opened by r1; the latest run is r2
    assert "Jumlah kasus klaim JKK (Kanwil Sulawesi Maluku, s.d. 31 Oktober 2022) bernilai 1.245 di satu kalimat " \
           "dan 1.254 di kalimat lain." in conflict["text"]  # worded from its details, in the report's language
    assert "stored words" not in html
    assert "The JKK claim states 1.254 cases but no amount &lt;b&gt;paid&lt;/b&gt;." in html  # no details: as stored
    root = parse(html)
    section = root.get_element_by_id("a-a1")
    assert section.get("data-article-id") == "a1" and len(section.xpath(".//*[@data-finding-id]")) == 2
    assert root.xpath('//ol[@class="contents"]/li/a/@href') == ["#a-a1"]
    assert root.get_element_by_id("open-errors").text_content().split()[0] == "1"
    assert root.xpath('//*[@id="warehouse-path"]')[0].text == str((tmp_path / "w.duckdb").resolve())
    assert root.xpath('//*[@id="raw-folder"]')[0].text == str(tmp_path / "raw")
    assert root.xpath('//option[@value="Kanwil Sulawesi Maluku"]') and root.xpath('//option[@value="JKK"]')
    assert 'href="javascript:' not in html  # an article's URL is a link only when it is a web address
    assert (tmp_path / "reports" / "runs.html").exists() and (tmp_path / "reports" / "run-r2.html").exists()
    assert (tmp_path / "reports" / "run-r1.html").exists()  # a run without its page gets one
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")  # nothing from the network


def test_article_text_is_escaped_everywhere(warehouse, tmp_path):
    for page in [write_report(warehouse, "r1", tmp_path)] + list(tmp_path.glob("*.html")):
        html = page.read_text(encoding="utf-8")
        assert "alert('title')" not in html and "alert('body')" not in html and "<img" not in html, page
        assert html.count("<script>") <= 1  # the page's own script only
    html = (tmp_path / "latest.html").read_text(encoding="utf-8")
    assert "Santunan &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co" in html
    assert "not an article: &lt;script&gt;x()&lt;/script&gt;" in html


def test_a_run_page_lists_what_the_run_opened_and_the_runs_page_every_run(warehouse, tmp_path):
    write_report(warehouse, "r1", tmp_path)
    page = (tmp_path / "run-r1.html").read_text(encoding="utf-8")
    assert {f["id"]: f["state"] for f in findings(page)} == {"fconflict": "open", "fmissing": "open"}
    assert 'href="latest.html#f-fconflict"' in page  # one line each; latest.html holds them in full
    runs = parse((tmp_path / "runs.html").read_text(encoding="utf-8"))
    assert [tr.get("data-run-id") for tr in runs.xpath("//tr[@data-run-id]")] == ["r2", "r1"]
    assert runs.xpath('//svg[@id="trend"]') and len(runs.xpath('//*[@data-series="open_errors"]')) >= 2


def test_no_run_and_empty_warehouse(tmp_path):
    con = duckdb.connect(str(tmp_path / "empty.duckdb"))
    apply_schema(con)
    assert "Belum ada run" in write_report(con, None, tmp_path).read_text(encoding="utf-8")
    assert "Belum ada run" in summary_markdown(con, None)
    assert "No run is recorded" in summary_markdown(con, None, "en")


def test_summary_markdown_counts_the_run_and_the_open_findings(warehouse):
    text = summary_markdown(warehouse, "r1", "en")
    assert "| 12 | 7 | 53 | 1 | 1 | 1 | 1 | 1 |" in text
    assert "| `conflicting_figures` | The same figure is given two different values | error | 1 |" in text


def test_passages_hold_every_mark_and_cut_long_sentences_around_them():
    body = "Satu kalimat. Klaim JKK sebanyak 744 kasus senilai Rp 5 miliar. Lain lagi."
    at, rp = body.index("744"), body.index("Rp 5 miliar")
    found = passages(body, [(at, at + 3, "figure"), (rp, rp + 11, "figure")])
    assert found == [{"segments": [("Klaim JKK sebanyak ", None), ("744", "figure"), (" kasus senilai ", None),
                                   ("Rp 5 miliar", "figure"), (".", None)], "cut_before": False, "cut_after": False}]
    assert passages(body, [(500, 510, "figure")]) == []  # a span outside the text marks nothing
    long = "x" * 2000 + " 12 " + "y" * 2000
    cut = passage(long, [(2001, 2003, "figure")], 0, len(long))
    assert cut["cut_before"] and cut["cut_after"] and ("12", "figure") in cut["segments"]
    assert sum(len(t) for t, _ in cut["segments"]) < 700
