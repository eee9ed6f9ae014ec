"""The DuckDB warehouse: short connections, schema from `sql/`, one-transaction loads.

DuckDB lets no other process open a file while one holds it for writing, so pantau
opens the file only briefly: once to read what is already loaded, once to load a run.
Article text reaches SQL only as bound parameters or through Parquet staging files.
"""
from __future__ import annotations

import hashlib
import re
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


SEED_DIR = SQL_DIR / "seeds"
MIGRATING = "__before_migration"


def schema_digest() -> str:
    """sha256 over every file of sql/ (tables, macros, views, the loader's statements, seeds)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in SQL_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(SQL_DIR).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _applied_digest(con: duckdb.DuckDBPyConnection) -> str | None:
    """The digest the warehouse was last brought to; None when unknown, or when a view lost
    its description (an earlier pantau re-created its own views over ours)."""
    if _shape(con, "schema_applied") is None:
        return None
    if con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
                   "AND database_name = current_database() AND comment IS NULL").fetchone()[0]:
        return None
    row = con.execute("SELECT digest FROM schema_applied ORDER BY applied_at DESC LIMIT 1").fetchone()
    return row[0] if row else None


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the tables to their declaration (migrating a warehouse made by an earlier
    version), (re)create the views in file-name order, and load the seed tables. Part of
    the load's transaction, so a failure leaves the warehouse as it was. Skipped when the
    warehouse was last brought to these very files (schema_applied): a user's own rows of
    office_aliases are never touched anyway, and a changed seed file changes the digest."""
    digest = schema_digest()
    # (the shapes are compared too, a few ms: a warehouse whose tables someone altered by hand,
    # or an older pantau rebuilt, is brought back to the declaration whatever its digest says)
    if _applied_digest(con) == digest and not outdated_tables(con):
        return
    migrate_tables(con)
    for file in sql_files():
        con.execute(file.read_text(encoding="utf-8"))
    inherit_column_comments(con)
    run_script(con, (SQL_DIR / "load" / "seed_office_aliases.sql").read_text(encoding="utf-8"),
               {"seed_file": str(SEED_DIR / "office_aliases.csv")})
    con.execute("DELETE FROM schema_applied")
    con.execute("INSERT INTO schema_applied VALUES (?, current_localtimestamp())", [digest])


def inherit_column_comments(con: duckdb.DuckDBPyConnection) -> None:
    """A view column the view's file does not describe (COMMENT ON COLUMN) takes the
    description of the same-named column of the first relation the view's SQL names that
    has one: `claims.cases` is `claim_figures.cases`. So a column passed through is
    described once, where it is stored; a computed or re-meant column must be described in
    its view's file (tests/test_warehouse_docs.py fails on any column left without)."""
    described = {}
    for table, column, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal "
            "AND schema_name = 'main' AND database_name = current_database()").fetchall():
        described.setdefault(table, {})[column] = comment
    views = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
                        "AND database_name = current_database() ORDER BY view_oid").fetchall()
    for view, sql in views:
        text = sql.lower()
        named = sorted((m.start(), name) for name in described if name != view
                       for m in [re.search(rf"\b{re.escape(name.lower())}\b", text)] if m)
        for column, comment in described[view].items():
            if comment:
                continue
            source = next((described[name][column] for _, name in named if described[name].get(column)), None)
            if source:
                con.execute(f'COMMENT ON COLUMN "{view}"."{column}" IS ' + "'" + source.replace("'", "''") + "'")
                described[view][column] = source


def _shape(con: duckdb.DuckDBPyConnection, table: str) -> tuple[tuple, tuple] | None:
    """(columns with types, primary key) of a table of the open warehouse; None when absent."""
    columns = tuple(con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main' "
        "AND database_name = current_database() ORDER BY column_index", [table]).fetchall())
    if not columns:
        return None
    key = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = ? AND schema_name = 'main' "
        "AND database_name = current_database() AND constraint_type = 'PRIMARY KEY'", [table]).fetchone()
    return columns, tuple(key[0]) if key else ()


def outdated_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables whose columns, types or key differ from sql/00_tables.sql."""
    from pantau.tables import declared

    out = []
    for name, table in declared().items():
        shape = _shape(con, name)
        if shape is not None and shape != (table.columns, table.primary_key):
            out.append(name)
    return out


def migrate_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild each table an earlier version made in another shape: renamed aside, created
    as declared, its rows copied with every kept column cast to its declared type (DOUBLE
    amounts become DECIMAL rupiah), new columns NULL, then the old table dropped. One way
    for every change DuckDB's ALTER cannot make in place (a type or a key of a table with
    an index). Returns the tables rebuilt."""
    from pantau.tables import TABLES_SQL, declared

    old = outdated_tables(con)
    for name in old:
        con.execute(f'ALTER TABLE "{name}" RENAME TO "{name}{MIGRATING}"')
    if not old:
        return old
    con.execute(TABLES_SQL.read_text(encoding="utf-8"))
    for name in old:
        kept = {c for c, _ in _shape(con, name + MIGRATING)[0]}
        columns = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in declared()[name].columns if c in kept)
        con.execute(f'INSERT INTO "{name}" BY NAME SELECT {columns} FROM "{name}{MIGRATING}"')
        con.execute(f'DROP TABLE "{name}{MIGRATING}"')
    run_script(con, (SQL_DIR / "load" / "after_migration.sql").read_text(encoding="utf-8"))
    return old


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
