"""Each check fires on a minimal case and stays silent on its near-miss twin.

Articles are hand-made Extraction records (no extractor), validated through the same
validate_batch the pipeline calls.
"""
from __future__ import annotations

from datetime import date

import pytest

from pantau.checks import validate_batch
from pantau.review.notation import like
from pantau.model import (Breakdown, ClaimFigure, Extraction, MembershipFigure, NumberProblem, RawArticle,
                          StatedChange, WeekdayStatement)

@pytest.fixture(autouse=True)
def english(monkeypatch):
    """These cases read the English words; tests/test_messages_lang.py reads both languages."""
    monkeypatch.setenv("PANTAU_LANG", "en")


BODY = ("Kantor Wilayah membayar klaim JKM sebesar Rp 9,4 miliar. "
        "Klaim JKK sebanyak 744 kasus. Rabu (15/9/2021) ada acara.")


AMOUNT_AT = BODY.index("Rp 9,4 miliar")
WEEKDAY_AT = BODY.index("Rabu (15/9/2021)")


def claim(program="JKM", cases=None, amount=None, period_end=date(2022, 9, 30), prior=False, start=0, end=10,
          office="Kanwil Banten", cases_tol=0.5, amount_tol=5e7) -> ClaimFigure:
    return ClaimFigure(program=program, cases=cases, amount_idr=amount, period_start=None, period_end=period_end,
                       office=office, is_prior_period=prior, start_char=start, end_char=end,
                       cases_tolerance=cases_tol, amount_tolerance=amount_tol)


def article(body: str = BODY, published=date(2022, 10, 14), article_id="a1", **parts):
    raw = RawArticle(source_path=f"{article_id}.txt", content_sha256="0" * 64, title="Judul", body_text=body)
    return article_id, raw, Extraction(published_date=published, office="Kanwil Banten", **parts)


def names(items, severity=None) -> list[str]:
    return sorted(f.check_name for _, f in validate_batch(items) if severity in (None, f.severity))


def findings_named(items, name):
    return [f for _, f in validate_batch(items) if f.check_name == name]


# --- claim_missing_cases / claim_missing_amount -------------------------------------------

def test_claim_missing_cases_fires_on_amount_without_cases():
    found = findings_named([article(claims=[claim("JKM", amount=9.4e9, start=AMOUNT_AT, end=AMOUNT_AT + 13)])], "claim_missing_cases")
    assert len(found) == 1
    f = found[0]
    assert f.severity == "error" and f.figures == [("claim", 0)]
    assert "Rp 9,4 miliar" in f.message and "JKM" in f.message
    assert f.evidence == "Kantor Wilayah membayar klaim JKM sebesar Rp 9,4 miliar."
    assert (f.start_char, f.end_char) == (AMOUNT_AT, AMOUNT_AT + 13)


@pytest.mark.parametrize("twin", [
    claim("JKM", cases=120, amount=9.4e9),            # has its cases
    claim("JKM", amount=9.4e9, prior=True),           # a comparison figure
    claim("TOTAL", amount=9.4e9),                     # a grand total, not a program claim
])
def test_claim_missing_cases_silent_on_twins(twin):
    assert "claim_missing_cases" not in names([article(claims=[twin])])


def test_claim_missing_amount_is_a_warning_and_silent_with_an_amount():
    found = findings_named([article(claims=[claim("JKK", cases=744, start=68, end=71)])], "claim_missing_amount")
    assert [f.severity for f in found] == ["warning"]
    assert "a case count of 744 but no amount" in found[0].message
    assert names([article(claims=[claim("JKK", cases=744, amount=5.1e9)])]) == []


# --- total_mismatch --------------------------------------------------------------------------

def breakdown(total, total_tol, parts, exhaustive=True, unit="rupiah"):
    return Breakdown(subject="santunan", unit=unit, total=total, total_tolerance=total_tol, total_span=(0, 5),
                     parts=[(f"part {i}", v, t, (10 + i, 11 + i)) for i, (v, t) in enumerate(parts)],
                     exhaustive=exhaustive)


def test_total_mismatch_fires_when_parts_miss_the_total_beyond_rounding():
    # Rp 8.712.450.000 + Rp 510.000.000 is not Rp 9,8 miliar (± 0,05 miliar).
    found = findings_named([article(breakdowns=[breakdown(9.8e9, 5e7, [(8712450000, 0.5), (510000000, 0.5)])])],
                           "total_mismatch")
    assert len(found) == 1 and found[0].severity == "error"
    assert "Rp 8.712.450.000 + Rp 510 juta" in found[0].message
    # the sum in the total's own notation, so the two compare at a glance
    assert like(9_222_450_000, "Rp 9,8 miliar") in found[0].message and "Rp 9,8 miliar" in found[0].message


def test_total_mismatch_silent_when_rounding_explains_the_gap():
    # 2,46 + 0,318 + 1,12 juta = 3,898 juta, printed as 3,90 juta: fine.
    parts = [(2.46e6, 5e3), (0.318e6, 5e2), (1.12e6, 5e3)]
    assert names([article(breakdowns=[breakdown(3.90e6, 5e3, parts, unit="pekerja")])]) == []


def test_total_mismatch_exact_sum_of_counts_is_silent_and_an_off_by_one_fires():
    assert names([article(breakdowns=[breakdown(65, 0.5, [(48, 0.5), (17, 0.5)], unit="peserta")])]) == []
    assert names([article(breakdowns=[breakdown(66, 0.5, [(48, 0.5), (17, 0.5)], unit="peserta")])]) \
        == ["total_mismatch"]


def test_total_mismatch_non_exhaustive_parts_may_fall_short_but_not_exceed():
    short = breakdown(312.6e9, 5e7, [(281.3e9, 5e7), (19.75e9, 5e6)], exhaustive=False)
    over = breakdown(300e9, 5e7, [(281.3e9, 5e7), (19.75e9, 5e6)], exhaustive=False)
    assert names([article(breakdowns=[short])]) == []
    assert names([article(breakdowns=[over])]) == ["total_mismatch"]


def test_total_mismatch_no_verdict_with_an_unreadable_part():
    parts = [(21402, 0.5), (1987, 0.5), (None, 0.0)]
    assert names([article(breakdowns=[breakdown(30000, 0.5, parts, unit="kasus")])]) == []


# --- growth_mismatch -------------------------------------------------------------------------

def change(percent, from_value, from_tol, to_value, to_tol, percent_tol=0.5, subject="klaim JHT (nominal)"):
    return StatedChange(subject=subject, percent=percent, percent_tolerance=percent_tol, from_value=from_value,
                        from_tolerance=from_tol, to_value=to_value, to_tolerance=to_tol, start_char=0, end_char=20)


def test_growth_mismatch_fires_when_the_percent_disagrees():
    # "naik 20%" from Rp 26,7 to 33,1 triliun is +24%.
    found = findings_named([article(changes=[change(20, 26.7e12, 5e10, 33.1e12, 5e10)])], "growth_mismatch")
    assert len(found) == 1 and found[0].severity == "error"
    assert "+20,0%" in found[0].message and "+24,0%" in found[0].message
    assert "Rp 26,7 triliun" in found[0].message and "the JHT claim amount" in found[0].message
    assert "ratio" not in found[0].message


@pytest.mark.parametrize("twin", [
    change(15, 4.35e12, 5e9, 5.01e12, 5e9),      # +15,2% printed as 15%
    change(23, 29.6e12, 5e10, 36.4e12, 5e10),    # +23,0%
    change(-5, 100, 0.5, 95, 0.5),               # "turun 5%"
    change(20, 0, 0, 10, 0.5),                   # no base: no verdict
])
def test_growth_mismatch_silent_within_rounding(twin):
    assert names([article(changes=[twin])]) == []


def test_growth_mismatch_catches_a_wrong_direction():
    assert names([article(changes=[change(-5, 100, 0.5, 105, 0.5)])]) == ["growth_mismatch"]


# --- amount_per_case_out_of_range ------------------------------------------------------------

def test_amount_per_case_fires_far_outside_the_jkm_benefit():
    found = findings_named([article(claims=[claim("JKM", cases=3, amount=1.2e9)])], "amount_per_case_out_of_range")
    assert len(found) == 1 and found[0].severity == "warning"
    assert "Rp 400 juta per case" in found[0].message and "PP 82/2019" in found[0].message


def test_amount_per_case_silent_at_the_benefit():
    assert names([article(claims=[claim("JKM", cases=3, amount=126e6)])]) == []


def test_amount_per_case_band_follows_the_date_of_pp_82_2019():
    # Rp 20 juta a case: plausible under the Rp 24 juta benefit, not under Rp 42 juta.
    before = claim("JKM", cases=10, amount=200e6, period_end=date(2019, 12, 1))
    after = claim("JKM", cases=10, amount=200e6, period_end=date(2019, 12, 2))
    assert names([article(claims=[before], published=date(2020, 1, 10))]) == []
    assert names([article(claims=[after], published=date(2020, 1, 10))]) == ["amount_per_case_out_of_range"]


@pytest.mark.parametrize("period_end, per_case, fires", [
    (date(2024, 12, 31), 31.3e6, True),   # 75 % of Rp 42 juta: deaths counted that were not paid in full
    (date(2024, 12, 31), 35e6, False),    # 83 %: within four fifths of the benefit
    (date(2017, 12, 31), 18.7e6, True),   # 78 % of Rp 24 juta (PP 44/2015)
    (date(2017, 12, 31), 20e6, False),
    (date(2014, 12, 31), 17.5e6, False),  # 83 % of Rp 21 juta (PP 53/2012)
    (date(2014, 12, 31), 13e6, True),
])
def test_jkm_average_below_four_fifths_of_its_fixed_benefit_is_out_of_range(period_end, per_case, fires):
    figure = claim("JKM", cases=100, amount=per_case * 100, period_end=period_end)
    found = names([article(claims=[figure], published=date(period_end.year + 1, 1, 15))])
    assert found == (["amount_per_case_out_of_range"] if fires else [])


def test_amount_per_case_uses_publication_date_without_a_period():
    undated = claim("JKM", cases=10, amount=200e6, period_end=None)
    assert names([article(claims=[undated], published=date(2019, 11, 1))]) == []
    assert names([article(claims=[undated], published=date(2021, 11, 1))]) == ["amount_per_case_out_of_range"]


def test_amount_per_case_bounds_unregulated_programs_only_widely():
    # JHT, JKK, JP and TOTAL have no regulated size: a wide plausibility bound catches a slipped
    # scale word (Rp 10 ribu or Rp 690 juta a case) and nothing near a real average
    assert names([article(claims=[claim("JHT", cases=1000, amount=15e9)])]) == []
    assert names([article(claims=[claim("JKK", cases=13, amount=1.2e9)])]) == []
    assert names([article(claims=[claim("TOTAL", cases=122051, amount=1.26e9)])]) == ["amount_per_case_out_of_range"]
    assert names([article(claims=[claim("JP", cases=294, amount=203e9)])]) == ["amount_per_case_out_of_range"]
    assert names([article(claims=[claim("JHT", cases=1, amount=5e9)])]) == ["amount_per_case_out_of_range"]


# --- period_after_publication ----------------------------------------------------------------

def test_period_after_publication_fires_for_claims_and_membership():
    late_claim = claim("JKP", cases=3412, amount=9.8e9, period_end=date(2023, 4, 30), start=10, end=20)
    late_member = MembershipFigure(metric="active_workers", value=2.4e6, period_start=None,
                                   period_end=date(2023, 4, 30), office="Kanwil Banten", start_char=30, end_char=40)
    found = findings_named([article(published=date(2023, 3, 6), claims=[late_claim], membership=[late_member])],
                           "period_after_publication")
    assert sorted(f.figures[0] for f in found) == [("claim", 0), ("membership", 0)]
    assert all(f.severity == "error" for f in found)
    assert "30 April 2023" in found[0].message and "6 March 2023" in found[0].message


def test_period_after_publication_silent_when_the_period_ends_that_day_or_date_unknown():
    on_the_day = claim("JKP", cases=3412, amount=9.8e9, period_end=date(2023, 3, 6))
    assert "period_after_publication" not in names([article(published=date(2023, 3, 6), claims=[on_the_day])])
    assert "period_after_publication" not in names([article(published=None, claims=[on_the_day])])


# --- weekday_mismatch ------------------------------------------------------------------------

def test_weekday_mismatch_fires_on_a_wrong_weekday():
    found = findings_named([article(weekdays=[WeekdayStatement("selasa", date(2021, 9, 15), WEEKDAY_AT, WEEKDAY_AT + 16)])],
                           "weekday_mismatch")
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].expected == "Wednesday" and found[0].found == "Selasa"  # the day as written
    assert found[0].evidence == "Rabu (15/9/2021) ada acara."


@pytest.mark.parametrize("name", ["rabu", "Rabu"])
def test_weekday_mismatch_silent_on_the_right_weekday(name):
    assert names([article(weekdays=[WeekdayStatement(name, date(2021, 9, 15), 86, 104)])]) == []


def test_weekday_spelling_variants_are_the_same_day():
    assert names([article(weekdays=[WeekdayStatement("jum'at", date(2022, 10, 14), 0, 5)])]) == []


# --- number problems, publication date -------------------------------------------------------

def test_number_problems_become_warnings_and_none_means_silence():
    problems = [NumberProblem("unparseable_number", "Rp 1,2,3 miliar", "two decimal commas", 0, 15),
                NumberProblem("ambiguous_number", "1.250", "thousands or decimals", 20, 25)]
    found = validate_batch([article(number_problems=problems)])
    assert sorted((f.check_name, f.severity) for _, f in found) == [("ambiguous_number", "warning"),
                                                                      ("unparseable_number", "warning")]
    assert names([article()]) == []


def test_missing_publication_date_fires_only_without_a_date():
    found = findings_named([article(published=None)], "missing_publication_date")
    assert [f.severity for f in found] == ["warning"]
    assert names([article(published=date(2022, 1, 1))]) == []


# --- column rules and robustness -------------------------------------------------------------

def test_column_rule_failures_become_findings_not_crashes():
    bad = [claim("JKM", cases=-3, amount=1e9), claim("XYZ", cases=5, amount=1e8), claim("JHT", cases=5, amount=-1.0)]
    found = [f for _, f in validate_batch([article(claims=bad)]) if f.check_name == "invalid_figure"]
    assert sorted(f.figures[0][1] for f in found) == [0, 1, 2]
    assert all(f.severity == "error" for f in found)


def test_values_of_the_wrong_type_are_flagged_not_raised():
    odd = claim("JKM", cases="banyak", amount=None)  # type: ignore[arg-type]
    odd.start_char = None  # type: ignore[assignment]
    found = validate_batch([article(claims=[odd])])
    assert {f.check_name for _, f in found} == {"invalid_figure"}


def test_findings_belong_to_their_article_in_a_batch():
    items = [article(article_id="ok"), article(article_id="late", published=None),
             article(article_id="jkm", claims=[claim("JKM", amount=9.4e9)])]
    by_article = sorted((a, f.check_name) for a, f in validate_batch(items))
    assert by_article == [("jkm", "claim_missing_cases"), ("late", "missing_publication_date")]


def test_an_empty_batch_has_no_findings():
    assert validate_batch([]) == []


def test_large_counts_read_as_articles_print_them():
    from pantau.checks.wording import format_amount, format_count, format_rupiah

    assert format_amount(27.1e6, "pekerja") == "27,1 juta pekerja"
    assert format_amount(735312, "pekerja") == "735.312 pekerja"
    assert format_count(1245) == "1.245" and format_rupiah(9.8e9) == "Rp 9,8 miliar"
    assert format_rupiah(8712450000) == "Rp 8.712.450.000"


def test_a_thousand_articles_validate_in_one_batch_quickly():
    import time

    items = []
    for i in range(1000):
        claims = [claim("JHT", cases=100 + i, amount=1e9), claim("JKM", cases=3, amount=126e6),
                  claim("JKK", amount=5e8) if i % 10 == 0 else claim("JKK", cases=7, amount=5e8)]
        items.append(article(article_id=f"a{i}", claims=claims,
                             breakdowns=[breakdown(65, 0.5, [(48, 0.5), (17, 0.5)], unit="peserta")],
                             weekdays=[WeekdayStatement("rabu", date(2021, 9, 15), WEEKDAY_AT, WEEKDAY_AT + 16)]))
    validate_batch(items[:10])  # warm-up: first use of each schema
    started = time.perf_counter()
    found = validate_batch(items)
    elapsed = time.perf_counter() - started
    assert sorted({a for a, f in found if f.check_name == "claim_missing_cases"}) == \
        sorted(f"a{i}" for i in range(0, 1000, 10))
    assert len(found) == 100
    assert elapsed < 1.5, f"{elapsed:.2f}s for 1000 articles"


def test_parts_linked_to_two_totals_belong_to_the_one_they_fit():
    # The program claims add up to this year's Rp 612,4 miliar; a mislinked last-year total
    # (Rp 540 miliar) over the same parts is not a second finding...
    parts = [(521.7e9, 5e7), (41.3e9, 5e7), (46.28e9, 5e6), (3.1e9, 5e7)]
    this_year = breakdown(612.4e9, 5e7, parts, exhaustive=False)
    last_year = breakdown(540e9, 5e8, parts, exhaustive=False)
    assert names([article(breakdowns=[this_year, last_year])]) == []
    # ...but when neither total fits, the parts are reported against both.
    assert names([article(breakdowns=[breakdown(500e9, 5e8, parts, exhaustive=False), last_year])]) \
        == ["total_mismatch", "total_mismatch"]


def _member(metric, value, at):
    return MembershipFigure(metric=metric, value=value, period_start=None, period_end=date(2019, 5, 31),
                            office="Cabang Madiun", start_char=at, end_char=at + 5, tolerance=0.5)


def test_a_segment_and_its_parts_by_district_count_once_in_the_active_total():
    # 169.048 = 81.552 PU + 9.429 BPU + 11.994 PMI (5.510 + 6.482 + 2 by district) + 66.073 construction
    figures = [_member("active_workers", 169048, 0), _member("active_wage_workers", 81552, 10),
               _member("active_non_wage_workers", 9429, 20), _member("migrant_workers", 11994, 30),
               _member("migrant_workers", 5510, 40), _member("migrant_workers", 6482, 50),
               _member("migrant_workers", 2, 60), _member("active_construction_workers", 66073, 70)]
    assert "total_mismatch" not in names([article(published=date(2019, 6, 5), membership=figures)])
    # a segment whose values do not reconcile is in the total at an unknown value: no shortfall is told
    figures[5] = _member("migrant_workers", 6000, 50)
    assert "total_mismatch" not in names([article(published=date(2019, 6, 5), membership=figures)])
    # a total the parts do not reach, with every segment known, still is a mismatch
    figures = figures[:4] + [_member("active_construction_workers", 56073, 70)]
    assert "total_mismatch" in names([article(published=date(2019, 6, 5), membership=figures)])


def _checked(body: str, published: date) -> list[str]:
    from pantau.extract import extract_article

    raw = RawArticle(source_path="t.txt", content_sha256="0" * 64, title="", body_text=body, published_hint=published)
    return names([("t", raw, extract_article(raw))])


def test_parts_short_by_one_more_item_of_their_list_make_the_total():
    body = ("Sepanjang 2024 BPJS Ketenagakerjaan Cabang Pontianak membayar 3.568 klaim dengan nilai sebesar "
            "Rp30,989 miliar, dengan rincian:\n• JKM: 138 klaim senilai Rp5,778 miliar\n• JKK: 214 klaim senilai "
            "Rp1,941 miliar\n• JHT: 1.980 klaim senilai Rp21,722 miliar\n• JP: 860 klaim senilai Rp949 juta\n"
            "• JKP: 297 klaim senilai Rp298 juta\n• Beasiswa: 79 klaim senilai Rp301 juta\n")
    assert "total_mismatch" not in _checked(body, date(2025, 1, 20))


def test_an_item_that_completes_the_count_but_not_the_amount_leaves_the_mismatch():
    body = ("Sepanjang 2025 BPJS Ketenagakerjaan Cabang Madura membayar klaim Rp155,17 miliar untuk 11.834 kasus. "
            "Klaim JHT Rp140,59 miliar dari 9.984 kasus, JKK Rp4,83 miliar dari 951 kasus, JKM Rp8,096 miliar dari "
            "296 kasus, JP Rp815,99 juta dari 40 kasus, dan JKP Rp836 juta dari 423 kasus, serta beasiswa senilai "
            "Rp688 juta kepada 140 anak.")
    assert "total_mismatch" in _checked(body, date(2026, 1, 22))


def test_segments_said_approximately_are_rounded_and_a_segment_told_beside_the_total_is_no_part():
    body = ("BPJS Ketenagakerjaan Cabang Medan mencatat, dari sebanyak 838.904 tenaga kerja aktif di tahun 2016 "
            "terdiri dari sekitar 751.000 tenaga kerja aktif sektor penerima upah dan sekitar 87.000 untuk sektor "
            "bukan penerima upah. Sedangkan tenaga kerja aktif jasa konstruksi selama 2016 mencapai 735.127 "
            "tenaga kerja.")
    assert "total_mismatch" not in _checked(body, date(2017, 1, 20))


def test_total_mismatch_no_verdict_when_two_parts_each_exceed_the_total():
    # counts of two destination countries read beside another figure as their "total": not its parts
    countries = breakdown(25151, 0.5, [(235657, 0.5), (592932, 0.5)], unit="pekerja")
    assert names([article(breakdowns=[countries])]) == []


def test_total_mismatch_fires_with_one_part_above_the_total():
    # "24.618 ribu" among the parts of 1,6 juta: a unit slip in a real breakdown, still a mismatch
    slip = breakdown(1.6e6, 5e4, [(89178, 0.5), (38214, 0.5), (54860, 0.5), (24.618e6, 500)], unit="pekerja")
    assert names([article(breakdowns=[slip])]) == ["total_mismatch"]
