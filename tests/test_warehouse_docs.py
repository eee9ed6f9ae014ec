"""A warehouse that explains itself: one declaration per table (sql/00_tables.sql), a
description on every table, view and column, and a data dictionary made from them."""
from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

import schemas
from pantau.dictionary import render_data_dictionary
from pantau.pipeline import staged_schemas
from pantau.tables import STAGED_TABLES, declared
from pantau.warehouse import apply_schema


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    connection = duckdb.connect(str(tmp_path_factory.mktemp("docs") / "w.duckdb"))
    connection.execute("BEGIN")
    apply_schema(connection)
    connection.execute("COMMIT")
    yield connection
    connection.close()


def relations(con) -> list[tuple[str, str | None]]:
    return con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main' "
        "UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
        "ORDER BY 1").fetchall()


def test_every_table_view_and_column_carries_a_description(con):
    names = [name for name, _ in relations(con)]
    assert {"claims", "membership", "claim_facts", "membership_facts", "v_claim_series", "office_aliases",
            "finding_reviews", "v_open_issues", "v_unmapped_offices"} <= set(names)
    assert [name for name, comment in relations(con) if not (comment or "").strip()] == []
    undescribed = con.execute(
        "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main' "
        "AND coalesce(trim(comment), '') = ''").fetchall()
    assert undescribed == []


def test_claims_columns_are_described_and_amounts_are_not_double(con):
    comments = con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'claims'").fetchall()
    assert len(comments) >= 14 and all((c or "").strip() for _, c in comments)
    assert "rupiah" in dict(comments)["amount_idr"]
    types = dict(con.execute("SELECT table_name, data_type FROM duckdb_columns() WHERE column_name = 'amount_idr'"
                             ).fetchall())
    assert types and all(t == "DECIMAL(38,2)" for t in types.values()), types


def test_staged_rows_have_exactly_the_declared_tables_types(con):
    for name in STAGED_TABLES:
        schema = staged_schemas()[name]
        warehouse = con.execute(f"SELECT * FROM {name} LIMIT 0").to_arrow_table().schema
        assert schema == warehouse, name
        assert [f.name for f in schema] == [c for c, _ in declared()[name].columns]
    assert staged_schemas()["claim_figures"].field("amount_idr").type == pa.decimal128(38, 2)


# The frames the Pandera models validate, and the table each one's rows are loaded into.
MODEL_TABLES = {schemas.ClaimsFrame: "claim_figures", schemas.MembershipFrame: "membership_figures",
                schemas.ArticlesFrame: "articles", schemas.QualityIssuesFrame: "quality_issues"}
# DuckDB type -> the pandas dtypes a model may validate that column as. An amount is
# validated as a float (the checks compute with it) and stored as DECIMAL rupiah.
COMPATIBLE = {"VARCHAR": {"str", "object", "string", "string[pyarrow]", "string[python]"}, "BIGINT": {"int64", "Int64"}, "INTEGER": {"int64", "Int64"},
              "DOUBLE": {"float64"}, "DECIMAL(38,2)": {"float64"}, "DATE": {"datetime64[ns]"},
              "TIMESTAMP": {"datetime64[ns]"}, "BOOLEAN": {"bool"}}


@pytest.mark.parametrize("model", list(MODEL_TABLES), ids=lambda m: m.__name__)
def test_pandera_models_agree_with_the_tables_they_validate(model):
    """Fails the moment a model and its table differ in a column they share."""
    table = dict(declared()[MODEL_TABLES[model]].columns)
    shared = {name: column for name, column in model.to_schema().columns.items() if name in table}
    assert shared, model.__name__
    for name, column in shared.items():
        assert str(column.dtype) in COMPATIBLE[table[name]], (model.__name__, name, str(column.dtype), table[name])


def test_the_data_dictionary_lists_every_relation_and_column_with_its_description(con):
    html = render_data_dictionary(con)
    for name, comment in relations(con):
        assert f'data-relation="{name}"' in html
    assert html.count('<tr data-column="') == con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main'").fetchone()[0]
    assert "Benefits paid, exact rupiah" in html
    assert "http" not in html.replace("http://www.w3.org", "")  # works from disk, no network


def test_a_view_column_passed_through_takes_its_tables_description(con):
    described = dict(con.execute("SELECT table_name || '.' || column_name, comment FROM duckdb_columns() "
                                 "WHERE column_name IN ('cases', 'office')").fetchall())
    assert described["claims.cases"] == described["claim_figures.cases"]
    assert described["claim_facts.office"] != described["claim_figures.office"]  # re-meant: described anew
