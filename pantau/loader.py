"""Load one run's staged rows into the warehouse in a single transaction.

Either everything a run found lands (articles, figures, findings, file records, the
run row) or nothing does: a crash or a kill before COMMIT leaves the previous state.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow as pa

from pantau.pipeline import PlannedFile, issue_row, staged_schemas
from pantau.sources import Rejection
from pantau.text import sentence_around
from pantau.warehouse import apply_schema, connect, run_script

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"


def _staged(con, staging_dir: Path, name: str) -> str:
    """A relation over this run's staged Parquet rows of one table (empty if none)."""
    files = sorted(staging_dir.glob(f"{name}-*.parquet"))
    view = f"staged_{name}"
    if files:
        # A view cannot bind parameters; the paths are our own staging files, quoted here.
        paths = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM read_parquet([{paths}])")
    else:
        con.register(f"{view}_empty", staged_schemas()[name].empty_table())
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM {view}_empty")
    return view


def _load_sql(name: str) -> str:
    return (SQL_DIR / "load" / f"{name}.sql").read_text(encoding="utf-8")


def conflict_findings(con, run_id: str) -> list:
    """conflicting_figures for every subject the run touched, set-based in SQL inside the
    load (sql/load/conflict_figures.sql, then pantau.checks.conflicts): figures the run
    loaded and figures that stopped being current, each subject evaluated whole, so every
    article a cross-article finding involves is evaluated again when any of them changes."""
    from pantau.checks.conflicts import evaluate_conflicts

    run_script(con, _load_sql("conflict_figures"), {"run_id": run_id})
    return evaluate_conflicts(con)


def add_evidence(con, findings: list) -> None:
    """Give each (article_id, Finding) the sentence its figure stands in."""
    ids = sorted({article_id for article_id, _ in findings})
    bodies = dict(con.execute("SELECT article_id, body_text FROM articles WHERE list_contains(?, article_id)",
                              [ids]).fetchall())
    for article_id, finding in findings:
        if not finding.evidence and finding.start_char is not None and article_id in bodies:
            finding.evidence = sentence_around(bodies[article_id], finding.start_char, finding.end_char)


def as_read_sources(staging_dir: Path, new_source_rows: list[PlannedFile], all_files: list[PlannedFile]
                    ) -> tuple[list[PlannedFile], list[PlannedFile]]:
    """The run's file lists with each file rewritten between planning and reading recorded as
    the version read (staged as changed_sources by process_batch): the hash stored beside a
    text is the hash of that text."""
    import pyarrow.parquet as pq

    changed = {}
    for path in sorted(staging_dir.glob("changed_sources-*.parquet")):
        for row in pq.read_table(path).to_pylist():
            changed[row["source_path"]] = row
    if not changed:
        return new_source_rows, all_files

    def read(f: PlannedFile) -> PlannedFile:
        row = changed.get(f.source_path)
        if row is None or row["planned_sha256"] != f.content_sha256:
            return f
        return PlannedFile(f.source_path, f.abs_path, row["content_sha256"], row["article_id"])

    rows = [read(f) for f in new_source_rows]
    listed = {f.source_path for f in rows}
    # A file planned as unchanged-but-stale (a new extractor) that changed: a new content for its path.
    rows += [read(f) for f in all_files if f.source_path in changed and f.source_path not in listed]
    return rows, [read(f) for f in all_files]


def load_run(warehouse: Path, run_id: str, started_at: datetime, staging_dir: Path,
             new_source_rows: list[PlannedFile], early_rejections: list[Rejection], all_files: list[PlannedFile],
             raw_dir: str, extractor_version: str, wait_seconds: float, lang: str = "id") -> dict:
    """Apply the schema and load the run; returns the run row as written. `lang`: the
    language of the findings' messages (id | en)."""
    from pantau.review.evidence import quote_as_printed, reword_staged_findings
    from pantau.sources import raw_folder_key

    new_source_rows, all_files = as_read_sources(staging_dir, new_source_rows, all_files)
    raw_key = raw_folder_key(raw_dir)
    con = connect(warehouse, wait_seconds=wait_seconds)
    try:
        # The schema is part of the transaction: a run killed while creating the tables
        # of a new warehouse must not leave some of them (the next run reads them all).
        con.execute("BEGIN TRANSACTION")
        apply_schema(con)
        for name in staged_schemas():
            _staged(con, staging_dir, name)
        early = pa.Table.from_pylist(
            [{"source_path": r.source_path, "reason": r.reason, "run_id": run_id, "content_sha256": r.content_sha256}
             for r in early_rejections], schema=staged_schemas()["rejected_files"])
        reword_staged_findings(con, lang)  # the workers worded them in PANTAU_LANG's language
        con.register("early_rejections", early)
        sources = pa.Table.from_pylist(
            [{"source_path": f.source_path, "article_id": f.article_id, "content_sha256": f.content_sha256}
             for f in new_source_rows],
            schema=pa.schema([("source_path", pa.string()), ("article_id", pa.string()), ("content_sha256", pa.string())]))
        con.register("planned_sources", sources)
        con.register("run_files", pa.Table.from_pylist(
            [{"source_path": f.source_path, "content_sha256": f.content_sha256} for f in all_files],
            schema=pa.schema([("source_path", pa.string()), ("content_sha256", pa.string())])))
        # The current articles as the load begins: the conflict check re-evaluates the
        # subjects of figures that stop being current.
        con.execute("CREATE OR REPLACE TEMP TABLE current_before AS "
                    "SELECT article_id, loaded_run_id FROM articles WHERE is_current")
        run_script(con, _load_sql("load_staged"), {"run_id": run_id, "now": datetime.now(), "raw_dir": raw_key})

        conflicts = conflict_findings(con, run_id)
        if conflicts:
            add_evidence(con, conflicts)
            quote_as_printed(con, conflicts, lang)
            now = datetime.now()
            rows = [issue_row(article_id, finding, run_id, n, now) for n, (article_id, finding) in enumerate(conflicts)]
            for row in rows:
                row["issue_id"] = row["issue_id"] + "-x"
            con.register("conflict_issue_rows", pa.Table.from_pylist(rows, schema=staged_schemas()["quality_issues"]))
            con.execute("INSERT INTO quality_issues BY NAME SELECT * FROM conflict_issue_rows")

        errors, warnings = con.execute(
            "SELECT count(*) FILTER (WHERE severity = 'error'), count(*) FILTER (WHERE severity = 'warning') "
            "FROM quality_issues WHERE run_id = ?", [run_id]).fetchone()
        # What this run's files are now, whichever run first recorded them.
        articles_seen, rejected = con.execute(
            "SELECT (SELECT count(DISTINCT s.article_id) FROM run_files f JOIN source_files s "
            "        USING (source_path, content_sha256) WHERE s.article_id IS NOT NULL AND s.raw_dir = $raw), "
            "       (SELECT count(*) FROM run_files f WHERE EXISTS (SELECT 1 FROM rejected_files r "
            "        WHERE r.source_path = f.source_path AND r.raw_dir = $raw "
            "          AND r.content_sha256 IS NOT DISTINCT FROM f.content_sha256))", {"raw": raw_key}).fetchone()
        rejected += len(early_rejections)
        # What this run actually left: a run that lost a race to another one extracting
        # the same articles loads none of them (see load_staged.sql).
        articles_new, claims, membership, extraction_errors = con.execute(
            "SELECT (SELECT count(*) FROM articles WHERE loaded_run_id = $r), "
            "(SELECT count(*) FROM claim_figures WHERE run_id = $r), "
            "(SELECT count(*) FROM membership_figures WHERE run_id = $r), "
            "(SELECT coalesce(sum(extraction_errors), 0) FROM articles WHERE loaded_run_id = $r)",
            {"r": run_id}).fetchone()
        figures = claims + membership
        run_row = {"run_id": run_id, "started_at": started_at, "finished_at": datetime.now(), "status": "completed",
                   "articles_seen": articles_seen, "articles_new": articles_new,
                   "error_count": errors, "warning_count": warnings, "files_rejected": rejected,
                   "figures_loaded": figures, "extractor_version": extractor_version, "raw_dir": raw_dir,
                   "extraction_errors": int(extraction_errors), "lang": lang}
        con.execute("INSERT INTO runs BY NAME SELECT * FROM (SELECT $run_id AS run_id, $started_at AS started_at, "
                    "$finished_at AS finished_at, $status AS status, $articles_seen AS articles_seen, "
                    "$articles_new AS articles_new, $error_count AS error_count, $warning_count AS warning_count, "
                    "$files_rejected AS files_rejected, $figures_loaded AS figures_loaded, "
                    "$extractor_version AS extractor_version, $raw_dir AS raw_dir, $extraction_errors AS extraction_errors, "
                    "$lang AS lang)", run_row)
        # What the run changed in the findings that stand (the report's "new" and "closed").
        run_script(con, _load_sql("finding_events"), {"run_id": run_id, "now": datetime.now()})
        con.execute("COMMIT")
        # What the warehouse holds of this run (not what it staged): the summary prints these.
        return {**run_row, "claims": claims, "membership": membership}
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - the transaction may not have started
            pass
        raise
    finally:
        con.close()
