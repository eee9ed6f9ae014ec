"""The data dictionary: every table and view of a warehouse with its columns, types and
descriptions, read from the COMMENTs that sql/ puts on them (nothing is written twice),
as one self-contained HTML page beside the report."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE = "data-dictionary.html"


def relations(con) -> list[dict]:
    """Tables, then marts and views users query, then staging views; each in the order
    sql/ creates them, with its columns."""
    found = con.execute("""
        SELECT * FROM (
            SELECT 'table' AS kind, table_name AS name, comment, table_oid AS oid FROM duckdb_tables()
            WHERE NOT internal AND NOT temporary AND schema_name = 'main' AND database_name = current_database()
            UNION ALL
            SELECT CASE WHEN starts_with(view_name, 'stg_') THEN 'staging view' ELSE 'view' END, view_name,
                   comment, view_oid FROM duckdb_views()
            WHERE NOT internal AND NOT temporary AND schema_name = 'main' AND database_name = current_database())
        ORDER BY kind = 'staging view', kind = 'view', oid""").fetchall()
    out = []
    for kind, name, comment, _oid in found:
        columns = con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = ? "
            "AND schema_name = 'main' AND database_name = current_database() ORDER BY column_index", [name]).fetchall()
        out.append({"kind": kind, "name": name, "comment": comment or "",
                    "columns": [{"name": c, "type": t, "comment": d or ""} for c, t, d in columns]})
    return out


def render_data_dictionary(con) -> str:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("data-dictionary.html.j2").render(relations=relations(con))


def write_data_dictionary(con, reports_dir: Path) -> Path:
    path = Path(reports_dir) / PAGE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(render_data_dictionary(con), encoding="utf-8")
    tmp.replace(path)
    return path
