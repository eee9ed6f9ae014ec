"""The HTML validation report: content, escaping of untrusted article text, and what a
reviewer sees in a real (headless) browser."""
from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from pantau.report import highlight, summary_markdown, write_report
from pantau.warehouse import apply_schema

REPO = Path(__file__).resolve().parent.parent
BODY = ("Kepala Kanwil mengatakan pihaknya telah membayar klaim JKK sebanyak 1.245 kasus. "
        "<script>alert('body')</script> Dari 1.254 kasus kecelakaan kerja itu, 41 meninggal dunia.")
EVIL_TITLE = "Santunan <script>alert('title')</script> & co"


def _insert(con, table: str, row: dict) -> None:
    names = ", ".join(row)
    con.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


@pytest.fixture()
def warehouse(tmp_path: Path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)  # the tables and the views, as a real warehouse has them
    _insert(con, "runs", dict(run_id="r1", started_at=datetime(2026, 1, 1, 8), finished_at=datetime(2026, 1, 1, 8, 1),
                              status="completed", articles_seen=12, articles_new=7, error_count=1, warning_count=1,
                              files_rejected=1, figures_loaded=53))
    _insert(con, "runs", dict(run_id="r2", started_at=datetime(2026, 1, 2, 8), finished_at=datetime(2026, 1, 2, 8, 1),
                              status="completed", articles_seen=12, articles_new=0, error_count=0, warning_count=0,
                              files_rejected=0, figures_loaded=0))
    _insert(con, "articles", dict(article_id="a1", source_path="sulsel/makassar.txt", title=EVIL_TITLE,
                                  body_text=BODY, loaded_run_id="r1", is_current=True))
    first, second = BODY.index("1.245"), BODY.index("1.254")
    _insert(con, "quality_issues", dict(
        issue_id="i1", run_id="r1", article_id="a1", check_name="conflicting_figures", severity="error",
        message="The JKK claim case count is 1.245 in one sentence and 1.254 in another.",
        evidence=BODY[:BODY.index("<script>")].strip(), start_char=first, end_char=first + 5,
        expected="one value", found="1.245 and 1.254", figure_ids="a1-r1-c0,a1-r1-c1"))
    _insert(con, "quality_issues", dict(
        issue_id="i2", run_id="r1", article_id="a1", check_name="claim_missing_amount", severity="warning",
        message="The JKK claim states 1.254 cases but no amount <b>paid</b>.",
        evidence="Dari 1.254 kasus kecelakaan kerja itu, 41 meninggal dunia.", start_char=second,
        end_char=second + 5, expected="an amount", found="1.254 cases, no amount"))
    for i, (program, cases, amount) in enumerate([("JKK", 1245, 38.6e9), ("JKM", 2086, 89.7e9),
                                                  ("JHT", 21300, 287.15e9), ("JKK", 1254, None)]):
        _insert(con, "claim_figures", dict(figure_id=f"f{i}", article_id="a1", run_id="r1", program=program,
                                           cases=cases, amount_idr=amount, is_prior_period=False))
    _insert(con, "rejected_files", dict(source_path="bad/<img src=x onerror=alert(1)>.html",
                                        reason="not an article: <script>x()</script>", run_id="r1"))
    yield con
    con.close()


def test_report_holds_summary_findings_chart_and_rejections(warehouse, tmp_path):
    path = write_report(warehouse, "r1", tmp_path / "reports")
    assert path == tmp_path / "reports" / "run-r1.html"
    html = path.read_text(encoding="utf-8")
    assert (tmp_path / "reports" / "latest.html").read_text(encoding="utf-8") == html
    assert '<li id="articles-seen"><b>12</b>' in html and '<li id="figures"><b>53</b>' in html
    assert '<li id="errors" class="error"><b>1</b>' in html and '<li id="warnings" class="warning"><b>1</b>' in html
    assert "<code>conflicting_figures</code>" in html and "The same figure is given two different values" in html
    assert "klaim JKK sebanyak <mark>1.245</mark> kasus." in html
    assert "<dd>1.245 and 1.254</dd>" in html
    assert "sulsel/makassar.txt" in html
    assert '<svg id="claims-chart"' in html and ">JKK</text>" in html and "2 figures · Rp 38,6 miliar" in html
    assert "not an article: &lt;script&gt;x()&lt;/script&gt;" in html
    assert "<script" not in html and "<img" not in html and "<b>paid</b>" not in html


def test_article_text_is_escaped_everywhere(warehouse, tmp_path):
    html = write_report(warehouse, "r1", tmp_path).read_text(encoding="utf-8")
    assert "Santunan &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co" in html
    assert "alert('title')" not in html and "alert('body')" not in html


def test_latest_run_is_the_default(warehouse, tmp_path):
    path = write_report(warehouse, None, tmp_path)
    assert path.name == "run-r2.html"
    assert "No data-quality findings in this run." in path.read_text(encoding="utf-8")


def test_an_empty_warehouse_gives_a_report_saying_so(tmp_path):
    con = duckdb.connect(str(tmp_path / "empty.duckdb"))
    apply_schema(con)  # the tables and the views, as a real warehouse has them
    assert "No run is recorded" in write_report(con, None, tmp_path).read_text(encoding="utf-8")
    assert "No run recorded yet" in summary_markdown(con, None)


def test_summary_markdown_counts_by_check(warehouse):
    text = summary_markdown(warehouse, "r1")
    assert "| 12 | 7 | 53 | 1 | 1 | 1 |" in text
    assert "| `conflicting_figures` | error | 1 |" in text and "| `claim_missing_amount` | warning | 1 |" in text


def test_highlight_splits_the_sentence_around_the_figure_and_survives_bad_spans():
    body = "Satu kalimat. Klaim JKK sebanyak 744 kasus. Lain lagi."
    at = body.index("744")
    mark = highlight(body, "Klaim JKK sebanyak 744 kasus.", at, at + 3)
    assert (mark.before, mark.figure, mark.after) == ("Klaim JKK sebanyak ", "744", " kasus.")
    assert highlight(body, "evidence", 500, 510).figure == ""
    assert highlight(None, None, None, None).before == ""


def _chromium() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.browser
def test_browser_shows_summary_finding_and_highlighted_figure(warehouse, tmp_path):
    chromium = _chromium()
    if chromium is None:
        pytest.skip("chromium not installed: apt-get install chromium")
    path = write_report(warehouse, "r1", tmp_path / "reports")
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", "--dump-dom", path.resolve().as_uri()],
        capture_output=True, text=True, timeout=90)
    dom = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    assert '<li id="articles-new"><b>7</b> articles new</li>' in dom
    assert '<li id="errors" class="error"><b>1</b> errors</li>' in dom
    assert '<code class="check">conflicting_figures</code>' in dom
    assert "<mark>1.245</mark>" in dom
    assert "<rect" in dom  # the chart rendered as SVG
    assert "<script" not in dom  # nothing from the article became markup
