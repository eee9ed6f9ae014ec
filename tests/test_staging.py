"""Validation reads the rows that are staged and loaded (pantau.pipeline.stage_batch), so
a value staging cannot hold is reported, not lost or fatal to its batch."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from pantau.checks import validate_batch
from pantau.checks.frames import claims_frame
from pantau.model import ClaimFigure, Extraction, RawArticle
from pantau.pipeline import exact_rupiah, stage_batch

BODY = "BPJS Ketenagakerjaan Kanwil Banten membayar klaim JHT 120.000 kasus senilai Rp 1,47 triliun pada 2022."


def claim(cases=120_000, amount=1.47e12, program="JHT") -> ClaimFigure:
    return ClaimFigure(program=program, cases=cases, amount_idr=amount, period_start=date(2022, 1, 1),
                       period_end=date(2022, 12, 31), office="Kanwil Banten", is_prior_period=False,
                       start_char=0, end_char=len(BODY), amount_tolerance=5e9)


def batch(*claims: ClaimFigure):
    raw = RawArticle(source_path="a.txt", content_sha256="0" * 64, title="Judul", body_text=BODY)
    return [("t1", raw, Extraction(published_date=date(2023, 1, 5), office="Kanwil Banten", claims=list(claims)))]


def test_amounts_are_staged_as_exact_rupiah_and_validated_as_staged():
    items = batch(claim(amount=1.47e12), claim(amount=0.1 + 0.2))
    staged = stage_batch(items, run_id="r1")
    amounts = staged.tables["claim_figures"].column("amount_idr").to_pylist()
    assert amounts == [Decimal("1470000000000.00"), Decimal("0.30")]
    frame = claims_frame(items, staged)
    assert frame["amount_idr"].tolist() == [1.47e12, 0.3]  # the staged value, not the extractor's 0.30000000000000004
    assert frame["figure_index"].tolist() == [0, 1]
    assert exact_rupiah(None) is None and exact_rupiah("banyak") == "banyak"


def test_a_value_staging_cannot_hold_is_staged_empty_and_reported():
    items = batch(claim(), claim(amount=1e40), claim(cases="banyak"))  # type: ignore[arg-type]
    staged = stage_batch(items, run_id="r1")
    rows = staged.tables["claim_figures"].select(["cases", "amount_idr"]).to_pylist()
    assert rows == [{"cases": 120_000, "amount_idr": Decimal("1470000000000.00")},
                    {"cases": 120_000, "amount_idr": None}, {"cases": None, "amount_idr": Decimal("1470000000000.00")}]
    assert sorted(staged.unreadable["claim_figures"]) == [(1, "amount_idr", 1e40), (2, "cases", "banyak")]
    found = [f for _, f in validate_batch(items, staged) if f.check_name == "invalid_figure"]
    assert sorted((f.check_name, f.figures[0][1], f.found) for f in found) == [
        ("invalid_figure", 1, "1e+40"), ("invalid_figure", 2, "'banyak'")]
    # the figure ids the findings name are those staged
    assert {ids for ids in staged.ids["t1"]["claim"]} == set(staged.tables["claim_figures"].column("figure_id").to_pylist())
