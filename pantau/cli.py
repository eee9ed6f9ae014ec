"""The `pantau` command: run, serve, report, review, fetch, export, export-gold.

Exit codes: 0 the run completed (whatever it found), 1 the pipeline failed, 2 bad
usage or input, 3 `--fail-on error` and an error-severity finding was made.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from pantau.config import Settings, load_settings

# Prefect reads these at import: no telemetry; run logs at INFO, so the Prefect API and its
# UI show what each stage did.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
# The terminal shows pantau's own summary and one-line errors, never a traceback; Prefect's
# run logs (with tracebacks) reach the API/UI. Set this to INFO to see them here too.
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
# With no API configured Prefect starts a temporary server, and a new PREFECT_HOME first
# builds its database. Prefect gives that 20 s, counting only its own sleeps: on a busy
# 2-core machine (four other busy processes, AMD EPYC) three runs in three failed with
# "Timed out while attempting to connect to ephemeral Prefect API server" after ~50 s.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="pantau: BPJS Ketenagakerjaan figures from news text into a validated DuckDB warehouse.")

RawOpt = typer.Option(None, "--raw", help="Folder of raw articles (.txt, .html). Env: PANTAU_RAW_DIR.")
WarehouseOpt = typer.Option(None, "--warehouse", help="DuckDB file. Env: PANTAU_WAREHOUSE.")
ReportsOpt = typer.Option(None, "--reports", help="Folder for HTML reports. Env: PANTAU_REPORTS_DIR.")
DaskOpt = typer.Option(None, "--dask", help="Address of a Dask scheduler to run extraction batches on.")
LangOpt = typer.Option(None, "--lang", help="Language of the report and of the findings' messages: id or en. "
                                            "Env: PANTAU_LANG (default id).")


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"pantau: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def _settings(**flags) -> Settings:
    try:
        return load_settings(**flags)
    except (ValueError, OSError) as exc:
        _fail(str(exc))


def _check_reports_folder(settings: Settings) -> None:
    """A run on one warehouse never writes into another warehouse's reports folder."""
    from pantau.report import ReportsFolderTaken, check_reports_folder

    try:
        check_reports_folder(settings.reports_dir, settings.warehouse)
    except ReportsFolderTaken as exc:
        _fail(str(exc))


def task_runner_for(settings: Settings):
    """Dask when asked; else threads, two per local worker process (pantau.workers): a
    batch task's thread only waits while a worker extracts, and while one task does its
    Prefect bookkeeping (API calls before and after), the next batch keeps the worker busy.
    With one process there is no pool and a batch runs on its thread: one thread, so
    batches take turns instead of sharing a core and doubling the memory."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner

    from pantau.workers import resolve_worker_count

    processes = resolve_worker_count(settings.workers)
    return ThreadPoolTaskRunner(max_workers=2 * processes if processes > 1 else 1)


def local_workers_for(settings: Settings) -> int:
    """Local extraction processes per run: none on Dask (its workers do the batches)."""
    return 1 if settings.dask_address else settings.workers


def run_once(settings: Settings, progress: bool = False, run_id: str | None = None) -> dict:
    """One flow run with these settings (used by `run` and by tests). `run_id`: the run's id
    (default: a new one), to ask the warehouse what became of it after a failure."""
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.ingest import ingest

    # Heartbeats let a server tell a crashed run from a live one. With no API configured the
    # run goes to the temporary server Prefect starts for it, which keeps no such watch, and
    # ending the heartbeat thread made every run wait up to a second (it sleeps in 1 s steps:
    # 1.1 -> 0.3 s for the 3 sample articles, 2 cores, AMD EPYC).
    no_heartbeats = {} if PREFECT_API_URL.value() else {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    with temporary_settings(updates=no_heartbeats):
        return ingest.with_options(task_runner=task_runner_for(settings))(
            raw_dir=str(settings.raw_dir), warehouse=str(settings.warehouse), reports_dir=str(settings.reports_dir),
            batch_size=settings.batch_size, max_file_bytes=settings.max_file_bytes,
            lock_wait_seconds=settings.lock_wait_seconds, progress=progress,
            local_workers=local_workers_for(settings), run_id=run_id, lang=settings.lang)


def print_summary(result: dict) -> None:
    """The run as the warehouse recorded it (the loader's counts, not what was staged)."""
    files = f"{result['files_found']} files, " if result.get("files_found") is not None else ""
    typer.echo(
        f"pantau run {result['run_id']}: {files}{result['articles_seen']} articles "
        f"({result['articles_new']} extracted now), {result['files_rejected']} files rejected; "
        f"{result['claims']} claim and {result['membership']} membership figures loaded; "
        f"{result['error_count']} errors, {result['warning_count']} warnings.")
    if result.get("report"):
        typer.echo(f"report: {result['report']}")
    if result.get("report_error"):
        written = "" if result.get("report") else f"; `pantau report --run {result['run_id']}` writes it"
        typer.secho(f"pantau: warning: run {result['run_id']} is loaded, but its report could not be written "
                    f"({result['report_error']}){written}.", err=True, fg=typer.colors.YELLOW)


def report_after_failure(settings: Settings, run_id: str) -> tuple[str | None, str | None]:
    """(path, None) or (None, why): the report of a committed run whose flow failed afterwards."""
    from pantau.report import write_report
    from pantau.warehouse import connect

    try:
        con = connect(settings.warehouse, read_only=True, wait_seconds=settings.lock_wait_seconds)
        try:
            return str(write_report(con, run_id, settings.reports_dir, settings.lang)), None
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - reported as a warning: the run's data is loaded
        return None, f"{type(exc).__name__}: {exc}"


def _interrupted_query(exc: BaseException) -> bool:
    """Ctrl-C while DuckDB runs a statement arrives as its 'Query interrupted' error, not as
    KeyboardInterrupt: the user still asked to stop, and is told so with exit status 130."""
    import duckdb

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, duckdb.InterruptException) or str(seen).strip() == "Query interrupted":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@app.command()
def run(raw: Optional[Path] = RawOpt, warehouse: Optional[Path] = WarehouseOpt, reports: Optional[Path] = ReportsOpt,
        fail_on: Optional[str] = typer.Option(None, "--fail-on", help="'error': exit 3 when an error-severity finding was made."),
        dask: Optional[str] = DaskOpt, lang: Optional[str] = LangOpt) -> None:
    """Run the pipeline once over the raw folder into the warehouse, and write the report."""
    if fail_on not in (None, "error"):
        _fail("--fail-on takes only 'error'")
    settings = _settings(raw_dir=raw, warehouse=warehouse, reports_dir=reports, dask_address=dask, lang=lang)
    if not settings.raw_dir.is_dir():
        _fail(f"raw folder {settings.raw_dir} does not exist (set --raw or PANTAU_RAW_DIR)")
    _check_reports_folder(settings)
    import uuid

    from pantau.outcome import run_outcome
    from pantau.warehouse import WarehouseBusy

    # Every message after a failure says what the warehouse holds of this run, asked of it.
    run_id = uuid.uuid4().hex[:12]
    failure, busy = None, False
    try:
        result = run_once(settings, progress=sys.stderr.isatty(), run_id=run_id)
    except KeyboardInterrupt:
        failure = "interrupted"
    except WarehouseBusy as exc:
        failure, busy = str(exc), True
    except Exception as exc:  # noqa: BLE001 - a clear message instead of a traceback
        failure = "interrupted" if _interrupted_query(exc) else f"the pipeline failed: {type(exc).__name__}: {exc}"
    if failure is not None:
        outcome = run_outcome(settings.warehouse, run_id, wait_seconds=0.0 if busy else 2.0)
        if busy and outcome.state == "unknown":  # the run never had the file open for writing
            _fail(f"{failure} Nothing of this run was written.", code=1)
        if not outcome.committed:
            _fail(f"{failure.rstrip('.')}. {outcome.sentence[0].upper()}{outcome.sentence[1:]}.",
                  code=130 if failure == "interrupted" else 1)
        # Committed, then something failed (the report, the Prefect API): the run's data is loaded.
        if failure == "interrupted":
            _fail(f"interrupted after the load: {outcome.sentence}; its report may be missing (`pantau report "
                  f"--run {run_id}` writes it, and so does the next run).", code=130)
        path, report_error = report_after_failure(settings, run_id)
        result = {**outcome.row, "report": path, "report_error": report_error}
        typer.secho(f"pantau: warning: {outcome.sentence}, but the run failed after its load ({failure}).",
                    err=True, fg=typer.colors.YELLOW)
    print_summary(result)
    if fail_on == "error" and result["error_count"] > 0:
        raise typer.Exit(3)


@app.command()
def report(run_id: Optional[str] = typer.Option(None, "--run", help="Run id (default: the latest run)."),
           warehouse: Optional[Path] = WarehouseOpt, reports: Optional[Path] = ReportsOpt,
           lang: Optional[str] = LangOpt) -> None:
    """(Re)write the report: latest.html (the warehouse's open findings now), runs.html, and
    the page of a run (--run; default the latest)."""
    from pantau.dictionary import write_data_dictionary
    from pantau.report import write_report

    settings = _settings(warehouse=warehouse, reports_dir=reports, lang=lang)
    if settings.warehouse.exists():
        _check_reports_folder(settings)
    con = _open_warehouse(settings, read_only=True)
    try:
        if run_id and not con.execute("SELECT count(*) FROM runs WHERE run_id = ?", [run_id]).fetchone()[0]:
            _fail(f"no run {run_id} in {settings.warehouse}")
        if not con.execute("SELECT count(*) FROM runs").fetchone()[0]:
            _fail("the warehouse has no runs yet")
        _require_review_relations(con, settings)
        path = write_report(con, run_id, settings.reports_dir, settings.lang)
        write_data_dictionary(con, settings.reports_dir)
    finally:
        con.close()
    typer.echo(f"report: {path}")


@app.command()
def export(out_dir: Path = typer.Argument(..., help="Folder to write the files into (created if missing)."),
           parquet: bool = typer.Option(False, "--parquet", help="Write Parquet files."),
           csv: bool = typer.Option(False, "--csv", help="Write CSV files."),
           warehouse: Optional[Path] = WarehouseOpt) -> None:
    """Write the facts, series and open findings for spreadsheets and notebooks."""
    from pantau.export import export as export_files, missing_relations

    if parquet == csv:
        _fail("give exactly one of --parquet or --csv")
    settings = _settings(warehouse=warehouse)
    con = _open_warehouse(settings, read_only=True)
    try:
        missing = missing_relations(con)
        if missing:
            _fail(f"{settings.warehouse} has no {', '.join(missing)} yet: run `pantau run` once with this version")
        written = export_files(con, out_dir, "parquet" if parquet else "csv")
    except OSError as exc:
        _fail(f"cannot write to {out_dir}: {exc.strerror or exc}")
    finally:
        con.close()
    for path in written:
        typer.echo(f"wrote {path}")


def _require_review_relations(con, settings: Settings) -> None:
    from pantau.review.pages import missing_relations

    missing = missing_relations(con)
    if missing:
        _fail(f"{settings.warehouse} has no {', '.join(missing)} yet: run `pantau run` once with this version "
              "to bring it up to date")


def _open_warehouse(settings: Settings, read_only: bool = False):
    """The settings' warehouse, open; a clear message instead when it is missing, busy or not pantau's."""
    from pantau.warehouse import WarehouseBusy, connect, has_schema

    if not settings.warehouse.exists():
        _fail(f"no warehouse at {settings.warehouse}: run `pantau run` first")
    try:
        con = connect(settings.warehouse, read_only=read_only, wait_seconds=settings.lock_wait_seconds)
    except WarehouseBusy as exc:
        _fail(str(exc), code=1)
    if not has_schema(con):
        con.close()
        _fail(f"{settings.warehouse} is not a pantau warehouse")
    return con


@app.command()
def review(finding_id: Optional[str] = typer.Argument(None, help="The finding (finding_id, shown in the report)."),
           dismiss: bool = typer.Option(False, "--dismiss", help="Not a real problem: it leaves the open findings."),
           confirm: bool = typer.Option(False, "--confirm", help="A real problem."),
           note: Optional[str] = typer.Option(None, "--note", help="Why, in a few words."),
           from_csv: Optional[Path] = typer.Option(None, "--from-csv",
                                                   help="Many decisions: a CSV with finding_id, decision, note."),
           reviewer: Optional[str] = typer.Option(None, "--reviewer", help="Who decides (default: PANTAU_REVIEWER, "
                                                                               "else the login name)."),
           warehouse: Optional[Path] = WarehouseOpt, reports: Optional[Path] = ReportsOpt,
           lang: Optional[str] = LangOpt) -> None:
    """Record a reviewer's decision on a finding (finding_reviews). A dismissed finding leaves
    v_open_issues and the report while its article's content is unchanged."""
    from pantau.review.decisions import Decision, DecisionError, default_reviewer, read_csv, record

    settings = _settings(warehouse=warehouse, reports_dir=reports, lang=lang)
    who = reviewer or default_reviewer()
    try:
        if from_csv is not None:
            if finding_id or dismiss or confirm or note:
                _fail("give either FINDING_ID with --dismiss or --confirm, or --from-csv FILE")
            decisions = read_csv(from_csv, who)
        else:
            if not finding_id or dismiss == confirm:
                _fail("give FINDING_ID and exactly one of --dismiss or --confirm (or --from-csv FILE)")
            decisions = [Decision(finding_id.strip(), "dismissed" if dismiss else "confirmed", note, who)]
    except DecisionError as exc:
        _fail(str(exc))
    con = _open_warehouse(settings)
    try:
        _require_review_relations(con, settings)
        try:
            outcomes = record(con, decisions)
        except DecisionError as exc:
            _fail(f"{exc}; nothing was recorded")
        report = _refresh_report(con, settings)
    finally:
        con.close()
    for o in outcomes:
        d = o.decision
        said = "recorded" if o.recorded else "already the latest decision, unchanged"
        typer.echo(f"{d.finding_id} {d.decision} ({o.check_name}, {o.title or 'untitled'}) by {d.reviewer}: {said}")
    if report:
        typer.echo(f"report: {report}")


def _refresh_report(con, settings: Settings) -> Optional[Path]:
    """latest.html and decisions.html show a decision at once, when the warehouse has its reports folder."""
    from pantau.report import ReportsFolderTaken, write_report

    if not (settings.reports_dir / "latest.html").exists():
        return None
    try:
        return write_report(con, None, settings.reports_dir, settings.lang)
    except ReportsFolderTaken:
        return None


@app.command("export-gold")
def export_gold(out_dir: Path = typer.Argument(..., help="Folder to write articles/ and gold/ into."),
                warehouse: Optional[Path] = WarehouseOpt) -> None:
    """Write the reviewed articles and their annotations (checks confirmed, checks dismissed)
    in the dev-set gold format, for scoring the next extractor."""
    from pantau.review.gold import export_gold as write_gold

    settings = _settings(warehouse=warehouse)
    con = _open_warehouse(settings, read_only=True)
    try:
        _require_review_relations(con, settings)
        written = write_gold(con, out_dir)
    except OSError as exc:
        _fail(f"cannot write to {out_dir}: {exc.strerror or exc}")
    finally:
        con.close()
    if not written:
        typer.echo("no decision on a finding that stands: nothing to export (pantau review records decisions)")
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def serve(cron: Optional[str] = typer.Option(None, "--cron", help='Cron schedule, e.g. "0 6 * * *".'),
          interval: Optional[int] = typer.Option(None, "--interval", help="Seconds between runs."),
          raw: Optional[Path] = RawOpt, warehouse: Optional[Path] = WarehouseOpt, reports: Optional[Path] = ReportsOpt,
          dask: Optional[str] = DaskOpt) -> None:
    """Serve the flow on a schedule until stopped (Ctrl-C)."""
    from pantau.serve import serve_flow

    if (cron is None) == (interval is None):
        _fail("give exactly one of --cron or --interval")
    settings = _settings(raw_dir=raw, warehouse=warehouse, reports_dir=reports, dask_address=dask)
    _check_reports_folder(settings)
    serve_flow(settings, cron=cron, interval=interval)


@app.command()
def fetch(urls: Optional[list[str]] = typer.Argument(None, help="Article URLs."),
          urls_file: Optional[Path] = typer.Option(None, "--urls", help="File with one URL per line."),
          raw: Optional[Path] = RawOpt) -> None:
    """Download article pages into the raw folder for the next run."""
    from pantau.fetch import fetch_urls

    settings = _settings(raw_dir=raw)
    wanted = list(urls or [])
    if urls_file:
        if not urls_file.is_file():
            _fail(f"no such file: {urls_file}")
        wanted += [line.strip() for line in urls_file.read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.lstrip().startswith("#")]
    if not wanted:
        _fail("give at least one URL, or --urls FILE")
    failed = fetch_urls(wanted, settings.raw_dir)
    if failed:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
