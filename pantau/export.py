"""`pantau export`: the facts, series and open findings as Parquet or CSV files, for
spreadsheets and notebooks. DuckDB writes them (COPY), straight from the views."""
from __future__ import annotations

from pathlib import Path

# file stem -> the relation it holds
EXPORTS = {
    "claim_facts": "claim_facts",
    "membership_facts": "membership_facts",
    "claim_series": "v_claim_series",
    "findings": "v_open_issues",
}


def _select(con, relation: str, fmt: str) -> str:
    """CSV has no lists: a list column (figure_ids) is written comma separated, as in
    quality_issues.figure_ids. Parquet keeps lists and DECIMAL amounts as they are."""
    if fmt != "csv":
        return f'SELECT * FROM "{relation}"'
    lists = [c for c, t in con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?",
                                       [relation]).fetchall() if t.endswith("[]")]
    if not lists:
        return f'SELECT * FROM "{relation}"'
    replaced = ", ".join(f"array_to_string(\"{c}\", ',') AS \"{c}\"" for c in lists)
    return f'SELECT * REPLACE ({replaced}) FROM "{relation}"'


def export(con, out_dir: Path, fmt: str) -> list[Path]:
    """Write every relation of EXPORTS to out_dir/<stem>.<fmt>; returns the files written."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown export format {fmt!r}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    written = []
    for stem, relation in EXPORTS.items():
        path = out_dir / f"{stem}.{fmt}"
        tmp = path.with_name(path.name + ".tmp")
        con.execute(f"COPY ({_select(con, relation, fmt)}) TO '{_quoted(tmp)}' ({options})")
        tmp.replace(path)  # a reader never sees half a file
        written.append(path)
    return written


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def missing_relations(con) -> list[str]:
    present = {n for (n,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    return [r for r in EXPORTS.values() if r not in present]
