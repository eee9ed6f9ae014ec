"""What must hold in any warehouse pantau leaves behind, whatever happened to the run."""
from __future__ import annotations

from pathlib import Path

import duckdb

TABLES = ("runs", "articles", "source_files", "rejected_files", "claim_figures", "membership_figures",
          "quality_issues")


def open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def snapshot(path: Path) -> dict[str, int]:
    con = open_read_only(path)
    try:
        return counts(con)
    finally:
        con.close()


def duplicates(con) -> dict[str, int]:
    """Rows that repeat a key that must be unique; all zero in a sound warehouse."""
    queries = {
        "articles": "SELECT count(*) - count(DISTINCT article_id) FROM articles",
        "source_files": "SELECT count(*) - count(DISTINCT (raw_dir, source_path, content_sha256)) FROM source_files",
        "rejected_files": "SELECT count(*) - count(DISTINCT (raw_dir, source_path, content_sha256, reason)) "
                          "FROM rejected_files",
        # figure ids are stable across runs: one row per figure and extraction (run)
        "claim_figures": "SELECT count(*) - count(DISTINCT (figure_id, run_id)) FROM claim_figures",
        "membership_figures": "SELECT count(*) - count(DISTINCT (figure_id, run_id)) FROM membership_figures",
        "quality_issues": "SELECT count(*) - count(DISTINCT issue_id) FROM quality_issues",
        "runs": "SELECT count(*) - count(DISTINCT run_id) FROM runs",
        # the views users read: one extraction per current article
        "claims": "SELECT count(*) - count(DISTINCT figure_id) FROM claims",
        "claims_by_content": "SELECT count(*) - count(DISTINCT (article_id, program, cases, amount_idr, period_start, "
                             "period_end, office, is_prior_period, start_char, end_char)) FROM claims",
        "membership": "SELECT count(*) - count(DISTINCT figure_id) FROM membership",
        "open_issues": "SELECT count(*) - count(DISTINCT (article_id, check_name, message, start_char, figure_ids)) "
                       "FROM v_open_issues",
    }
    return {name: con.execute(sql).fetchone()[0] for name, sql in queries.items()}


def half_runs(con) -> dict[str, int]:
    """Rows written by a run that has no `runs` row: a load that stopped half-way."""
    known = "(SELECT run_id FROM runs)"
    queries = {
        "articles": f"SELECT count(*) FROM articles WHERE loaded_run_id NOT IN {known}",
        "source_files": f"SELECT count(*) FROM source_files WHERE run_id NOT IN {known}",
        "rejected_files": f"SELECT count(*) FROM rejected_files WHERE run_id NOT IN {known}",
        "claim_figures": f"SELECT count(*) FROM claim_figures WHERE run_id NOT IN {known}",
        "membership_figures": f"SELECT count(*) FROM membership_figures WHERE run_id NOT IN {known}",
        "quality_issues": f"SELECT count(*) FROM quality_issues WHERE run_id NOT IN {known}",
        # every article is reachable from a file, every file row names a loaded article
        "articles_without_file": "SELECT count(*) FROM articles WHERE article_id NOT IN "
                                 "(SELECT article_id FROM source_files)",
        "files_without_article": "SELECT count(*) FROM source_files WHERE article_id NOT IN "
                                 "(SELECT article_id FROM articles)",
        # a run row states exactly the figures and articles the run left
        "runs_miscounted": """
            SELECT count(*) FROM runs r
            WHERE r.figures_loaded <> (SELECT count(*) FROM claim_figures f WHERE f.run_id = r.run_id)
                                    + (SELECT count(*) FROM membership_figures m WHERE m.run_id = r.run_id)""",
    }
    return {name: con.execute(sql).fetchone()[0] for name, sql in queries.items()}


def assert_sound(con) -> None:
    assert all(v == 0 for v in duplicates(con).values()), duplicates(con)
    assert all(v == 0 for v in half_runs(con).values()), half_runs(con)


def accounted_paths(con) -> set[str]:
    return {p for (p,) in con.execute(
        "SELECT source_path FROM source_files UNION SELECT source_path FROM rejected_files").fetchall()}
