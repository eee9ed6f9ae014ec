"""The DuckDB warehouse: short connections, schema from `sql/`, one-transaction loads.

DuckDB lets no other process open a file while one holds it for writing, so pantau
opens the file only briefly: once to read what is already loaded, once to load a run.
Article text reaches SQL only as bound parameters or through Parquet staging files.
"""
from __future__ import annotations

import time
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "being used by another process" in text or "conflicting lock" in text


def connect(path: Path, read_only: bool = False, wait_seconds: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting (bounded, with backoff) while another process holds it."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"the warehouse {path} is held by another process (another pantau run, or an open "
                    f"DuckDB session); waited {wait_seconds:.0f} s. Close that session or try again later."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def sql_files() -> list[Path]:
    return sorted(SQL_DIR.glob("*.sql"))


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and (re)create the views, in file-name order."""
    for file in sql_files():
        con.execute(file.read_text(encoding="utf-8"))


def has_schema(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'").fetchone()[0])


def read_state(path: Path, wait_seconds: float, raw_dir: str | None = None) -> dict:
    """What is already loaded, for deciding which files cost work.

    `latest_sha_by_path`: the last content recorded for each raw path (of the raw folder
    `raw_dir`, a pantau.sources.raw_folder_key, and of rows made before raw_dir was kept);
    `extracted`: article_id -> extractor version of its current figures;
    `rejected`: (path, sha) pairs already recorded as rejected.
    """
    state = {"latest_sha_by_path": {}, "extracted": {}, "rejected": set()}
    if not Path(path).exists():
        return state
    con = connect(path, read_only=True, wait_seconds=wait_seconds)
    try:
        if not has_schema(con):
            return state
        # This folder's rows and those made before raw_dir was kept (the column may not exist yet).
        has_raw_dir = bool(con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'source_files' "
            "AND column_name = 'raw_dir'").fetchone()[0])
        mine, params = ("WHERE $raw IS NULL OR raw_dir IS NULL OR raw_dir = $raw", {"raw": raw_dir}) \
            if has_raw_dir else ("", {})
        state["latest_sha_by_path"] = dict(con.execute(
            "SELECT source_path, arg_max(content_sha256, seen_at) FROM source_files " + mine + " GROUP BY source_path",
            params).fetchall())
        state["extracted"] = dict(con.execute("SELECT article_id, extractor_version FROM articles").fetchall())
        state["rejected"] = set(con.execute(
            "SELECT source_path, coalesce(content_sha256, '') FROM rejected_files " + mine, params).fetchall())
    finally:
        con.close()
    return state


def run_script(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> None:
    """Execute a multi-statement SQL file; each statement gets the named parameters it uses.

    (DuckDB binds prepared parameters only in a single statement.)"""
    params = params or {}
    for statement in sql.split(";\n"):
        code = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()
        if not code:
            continue
        used = {k: v for k, v in params.items() if f"${k}" in code}
        con.execute(code, used) if used else con.execute(code)
