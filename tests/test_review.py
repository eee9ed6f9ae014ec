"""The review workflow end to end, through the real flow into a real warehouse: the report
shows the warehouse's open findings (not one run's), with every figure a finding involves;
decisions stick until the article changes; the report speaks Bahasa Indonesia by default;
reviewed articles export as dev-set annotations; and the page's filters work in headless
Chromium."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pantau.report import ReportsFolderTaken, write_report
from pantau.review.decisions import Decision, DecisionError, read_csv, record
from pantau.review.gold import export_gold
from tests.conftest import REPO, SAMPLE_RAW, SHARED
from tests.report_dom import chromium, dump_dom, findings

FACTS = REPO / "tests" / "facts"


@pytest.fixture()
def raw(workdir: Path) -> Path:
    """The sample articles (a total_mismatch) and five Jatim 2017/2018 reports (conflicts across articles)."""
    shutil.copytree(SAMPLE_RAW, workdir / "raw", dirs_exist_ok=True)
    shutil.copytree(FACTS, workdir / "raw" / "facts", dirs_exist_ok=True)
    return workdir / "raw"


def query(workdir: Path, sql: str, params=()) -> list[tuple]:
    with duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def latest(workdir: Path) -> str:
    return (workdir / "reports" / "latest.html").read_text(encoding="utf-8")


def decide(workdir: Path, *decisions: Decision) -> None:
    with duckdb.connect(str(workdir / "pantau.duckdb")) as con:
        record(con, list(decisions))
        write_report(con, None, workdir / "reports")


def test_latest_html_holds_exactly_the_open_findings_and_a_rerun_marks_none_new(run_pipeline, raw, workdir):
    first = run_pipeline()
    second = run_pipeline()  # nothing new
    assert second["articles_new"] == 0 and second["error_count"] == 0
    open_ = dict(query(workdir, "SELECT finding_id, severity FROM v_open_issues"))
    shown = [f for f in findings(latest(workdir)) if f["state"] == "open"]
    assert sorted(f["id"] for f in shown) == sorted(open_)
    errors = sum(1 for s in open_.values() if s == "error")
    assert errors >= 5 and sum(1 for f in shown if f["severity"] == "error") == errors
    assert not any(f["new"] for f in shown)  # the re-run added none
    assert f'<li id="open-errors" class="error"><b>{errors}</b>' in latest(workdir)
    # runs.html lists both runs with their pages; the first run's page lists what it opened
    runs = (workdir / "reports" / "runs.html").read_text(encoding="utf-8")
    assert f'href="run-{first["run_id"]}.html"' in runs and f'href="run-{second["run_id"]}.html"' in runs
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="trend"' in runs
    first_page = (workdir / "reports" / f"run-{first['run_id']}.html").read_text(encoding="utf-8")
    assert sorted(f["id"] for f in findings(first_page)) == sorted(open_)
    assert findings((workdir / "reports" / f"run-{second['run_id']}.html").read_text(encoding="utf-8")) == []
    assert query(workdir, "SELECT run_id, open_errors FROM runs ORDER BY started_at") == \
        [(first["run_id"], errors), (second["run_id"], errors)]
    # rewriting an old run's page never turns latest.html into that run
    with duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True) as con:
        write_report(con, first["run_id"], workdir / "reports")
    assert sorted(f["id"] for f in findings(latest(workdir)) if f["state"] == "open") == sorted(open_)


def test_every_conflict_shows_two_figures_and_every_mismatch_its_total_and_parts(run_pipeline, raw, workdir):
    run_pipeline()
    shown = {f["id"]: f for f in findings(latest(workdir))}
    details = dict(query(workdir, "SELECT finding_id, details FROM v_open_issues"))
    conflicts = [f for f in shown.values() if f["check"] == "conflicting_figures"]
    mismatches = [f for f in shown.values() if f["check"] == "total_mismatch"]
    assert len(conflicts) >= 4 and mismatches
    for f in conflicts:
        assert len(f["marks"]) >= 2, f
        assert {"figure", "other"} <= {cls for cls, _ in f["marks"]}  # this article's value and the other's
    for f in mismatches:
        parts = [s for s in json.loads(details[f["id"]])["spans"] if s[2] == "part"]
        assert [cls for cls, _ in f["marks"]].count("total") == 1
        assert [cls for cls, _ in f["marks"]].count("part") == len(parts) >= 2
    # the sample's mismatch, quoted as printed (Ctrl-F finds it) and summed in the total's notation
    sample = mismatches[0]["text"]
    assert "4,87 juta + 0,91 juta + 0,43 juta" in sample and "6,21 juta" in sample and "6,12 juta" in sample


def test_a_dismissal_sticks_until_the_article_changes(run_pipeline, raw, workdir):
    run_pipeline()
    (finding_id, article_id), = query(workdir, "SELECT finding_id, article_id FROM v_open_issues "
                                               "WHERE check_name = 'total_mismatch'")
    decide(workdir, Decision(finding_id, "dismissed", "dibaca ganda", "rina"))
    assert finding_id not in [f["id"] for f in findings(latest(workdir))]  # the report refreshed at once
    run_pipeline()
    assert not query(workdir, "SELECT 1 FROM v_open_issues WHERE finding_id = ?", [finding_id])
    assert finding_id not in latest(workdir)
    assert query(workdir, "SELECT decision, note, reviewer FROM finding_reviews WHERE finding_id = ?", [finding_id]) \
        == [("dismissed", "dibaca ganda", "rina")]
    assert finding_id in (workdir / "reports" / "decisions.html").read_text(encoding="utf-8")

    page = next(raw.glob("jabar-2024-kepesertaan.html"))
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<p>Diperbarui.</p></body>"),
                    encoding="utf-8")
    run_pipeline()
    back = query(workdir, "SELECT finding_id FROM v_open_issues v JOIN articles a USING (article_id) "
                          "WHERE v.check_name = 'total_mismatch' AND a.source_path = 'jabar-2024-kepesertaan.html'")
    assert len(back) == 1 and back[0][0] != finding_id  # the new content's finding, standing again
    assert [f["new"] for f in findings(latest(workdir)) if f["id"] == back[0][0]] == [True]
    closed = [f for f in findings(latest(workdir)) if f["state"] == "closed"]
    assert closed == []  # the dismissed one was not open, so this run closed nothing a reviewer saw


def test_decisions_are_checked_before_anything_is_recorded(run_pipeline, raw, workdir, tmp_path):
    run_pipeline()
    ids = [f for (f,) in query(workdir, "SELECT finding_id FROM v_open_issues ORDER BY finding_id LIMIT 2")]
    with duckdb.connect(str(workdir / "pantau.duckdb")) as con:
        with pytest.raises(DecisionError, match="no finding fdoesnotexist"):
            record(con, [Decision(ids[0], "confirmed", None, "a"), Decision("fdoesnotexist", "dismissed", None, "a")])
        assert con.execute("SELECT count(*) FROM finding_reviews").fetchone() == (0,)
    sheet = tmp_path / "keputusan.csv"
    sheet.write_text(f"finding_id,decision,note\n{ids[0]},tolak,\"ganda, dibaca dua kali\"\n{ids[1]},confirm,\n",
                     encoding="utf-8")
    decisions = read_csv(sheet, "budi")
    with duckdb.connect(str(workdir / "pantau.duckdb")) as con:
        first = record(con, decisions)
        again = record(con, decisions)  # the same file twice records nothing more
    assert [o.recorded for o in first] == [True, True] and [o.recorded for o in again] == [False, False]
    assert query(workdir, "SELECT finding_id, decision, note, reviewer FROM finding_reviews ORDER BY decided_at") == [
        (ids[0], "dismissed", "ganda, dibaca dua kali", "budi"), (ids[1], "confirmed", None, "budi")]
    bad = tmp_path / "bad.csv"
    bad.write_text("finding_id,decision\nf1,maybe\n,dismiss\n", encoding="utf-8")
    with pytest.raises(DecisionError, match="line 2: 'maybe' is no decision.*line 3: no finding_id"):
        read_csv(bad, "budi")


def test_the_report_speaks_indonesian_by_default_and_english_when_asked(run_pipeline, raw, workdir):
    run_pipeline()
    html = latest(workdir)
    assert html.startswith('<!DOCTYPE html>\n<html lang="id">')
    assert "Bagian-bagiannya (4,87 juta + 0,91 juta + 0,43 juta) berjumlah 6,21 juta" in html
    messages = [m for (m,) in query(workdir, "SELECT message FROM v_open_issues WHERE check_name = 'total_mismatch'")]
    assert messages[0].startswith("Bagian-bagiannya")
    run_pipeline(lang="en")  # nothing new: the report is English, the stored findings keep their words
    html = latest(workdir)
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "The parts (4,87 juta + 0,91 juta + 0,43 juta) add up to 6,21 juta" in html
    assert query(workdir, "SELECT lang FROM runs ORDER BY started_at") == [("id",), ("en",)]
    assert 'data-check="total_mismatch"' in html  # check names stay as the contract names them


def test_a_second_warehouse_gets_its_own_reports_folder(run_pipeline, raw, workdir):
    run_pipeline()
    other = run_pipeline(warehouse=workdir / "lain.duckdb", reports_dir=None)
    assert Path(other["report"]) == workdir / "lain-reports" / "latest.html"
    assert str(workdir / "lain.duckdb") in Path(other["report"]).read_text(encoding="utf-8")
    assert str(workdir / "pantau.duckdb") in latest(workdir)
    with duckdb.connect(str(workdir / "lain.duckdb"), read_only=True) as con:
        with pytest.raises(ReportsFolderTaken, match="holds the report of the warehouse"):
            write_report(con, None, workdir / "reports")


def test_export_gold_turns_decisions_into_a_scored_set(run_pipeline, raw, workdir, tmp_path):
    run_pipeline()
    rows = query(workdir, "SELECT finding_id, check_name FROM v_open_issues ORDER BY check_name, finding_id")
    mismatch = next(f for f, c in rows if c == "total_mismatch")
    conflict = next(f for f, c in rows if c == "conflicting_figures")
    decide(workdir, Decision(mismatch, "confirmed", None, "rina"), Decision(conflict, "dismissed", "beda subjek", "rina"))
    with duckdb.connect(str(workdir / "pantau.duckdb"), read_only=True) as con:
        written = export_gold(con, tmp_path / "set")
    golds = {json.loads(p.read_text(encoding="utf-8"))["file"]: json.loads(p.read_text(encoding="utf-8"))
             for p in written}
    assert len(golds) == 2 and all((tmp_path / "set" / "articles" / name).is_file() for name in golds)
    assert golds["jabar-2024-kepesertaan.html"]["expected_checks"] == ["total_mismatch"]
    dismissed = next(g for g in golds.values() if g["dismissed_checks"])
    assert dismissed["dismissed_checks"] == ["conflicting_figures"] and "beda subjek" in dismissed["notes"]
    assert all(row["optional"] for g in golds.values() for row in g["claims"] + g["membership"])
    scorer = SHARED / "tools" / "score.py"
    if scorer.exists():  # the exported set scores like the dev sets
        done = subprocess.run([sys.executable, str(scorer), str(workdir / "pantau.duckdb"), str(tmp_path / "set" / "gold"),
                               "--quiet"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout.splitlines()[0])
        assert summary["check_recall"] == 1.0 and summary["claims"]["fp"] == 0


@pytest.mark.browser
def test_filters_and_search_in_headless_chromium(run_pipeline, raw, workdir, tmp_path):
    if chromium() is None:
        pytest.skip("chromium not installed: apt-get install chromium (.ci/run does)")
    run_pipeline()
    page = workdir / "reports" / "latest.html"
    everything = findings(latest(workdir))
    assert {f["check"] for f in everything} >= {"total_mismatch", "conflicting_figures"}

    dom = dump_dom(page, "#check=total_mismatch", tmp_path / "profile")
    shown = [f for f in findings(dom) if not f["hidden"]]
    assert shown and {f["check"] for f in shown} == {"total_mismatch"}
    assert len(findings(dom)) == len(everything)  # hidden, not removed
    assert f"Menampilkan {len(shown)} dari {len(everything)} temuan" in dom  # the count follows the filter

    # search: an article id (shown on its findings) and a figure as printed, with a severity filter
    article_id, = query(workdir, "SELECT article_id FROM v_open_issues WHERE check_name = 'conflicting_figures' "
                                 "GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 1")[0]
    wanted = {f["id"] for f in everything if f["severity"] == "error"
              and article_id in f["searched"] and "184.634" in f["searched"]}
    dom = dump_dom(page, f"#severity=error&q={article_id}%20184.634", tmp_path / "profile")
    shown = {f["id"] for f in findings(dom) if not f["hidden"]}
    assert wanted and shown == wanted and len(shown) < len(everything)
    assert "<script" not in "".join(f["text"] for f in findings(dom))
