"""The warehouse tables as sql/00_tables.sql declares them, read back by DuckDB itself.

That file is the one declaration of every table (columns, types, keys, descriptions).
Python needs two things from it: the Arrow schema of the rows a batch stages (so that a
staged Parquet file has exactly the table's types, DECIMAL amounts included) and the
columns a migration compares an existing warehouse against. Both come from creating the
tables in an in-memory DuckDB and asking it, so there is no second list to keep in step.
Creating them costs ~35 ms once per process (cached).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyarrow as pa

TABLES_SQL = Path(__file__).resolve().parent.parent / "sql" / "00_tables.sql"

# The tables a batch stages as Parquet and the loader reads back (sql/load/load_staged.sql).
STAGED_TABLES = ("articles", "claim_figures", "membership_figures", "quality_issues", "rejected_files")


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, DuckDB type as duckdb_columns() spells it)
    primary_key: tuple[str, ...]
    schema: pa.Schema  # Arrow schema of a row, as DuckDB converts the table's types


@cache
def declared() -> dict[str, Table]:
    """Every table of sql/00_tables.sql, in declaration order."""
    import duckdb

    con = duckdb.connect()
    try:
        con.execute(TABLES_SQL.read_text(encoding="utf-8"))
        names = [n for (n,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY table_oid").fetchall()]
        tables = {}
        for name in names:
            columns = tuple(con.execute(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
                [name]).fetchall())
            key = con.execute("SELECT constraint_column_names FROM duckdb_constraints() "
                              "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'", [name]).fetchone()
            schema = con.execute(f'SELECT * FROM "{name}" LIMIT 0').to_arrow_table().schema
            tables[name] = Table(name, columns, tuple(key[0]) if key else (), schema)
        return tables
    finally:
        con.close()


def arrow_schema(table: str) -> pa.Schema:
    return declared()[table].schema


def staged_schemas() -> dict[str, pa.Schema]:
    return {name: arrow_schema(name) for name in STAGED_TABLES}


def empty(table: str) -> pa.Table:
    return arrow_schema(table).empty_table()
