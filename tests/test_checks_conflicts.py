"""conflicting_figures: real conflicts within and across articles fire; rounding,
truncation, breakdown parts, other subjects and old-vs-old stay silent."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from pantau.checks import find_conflicts


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """These cases read the English words; tests/test_messages_lang.py reads both languages."""
    monkeypatch.setenv("PANTAU_LANG", "en")


def fig(article, figure_id, value, tolerance=0.5, key="JKK", field="cases", new=True, office="Kanwil Sulawesi Maluku",
        end=date(2022, 10, 31), start_char=10, kind="claim", prior=False):
    return dict(article_id=article, figure_id=figure_id, kind=kind, key=key, office=office, period_start=None,
                period_end=end, is_prior_period=prior, value_field=field, value=value, tolerance=tolerance,
                start_char=start_char, end_char=start_char + 5, evidence=f"sentence of {figure_id}", is_new=new)


def conflicts(*rows):
    return find_conflicts(pd.DataFrame(list(rows)))


def test_two_case_counts_in_one_article_conflict_once():
    found = conflicts(fig("A", "A-c0", 1245, start_char=501), fig("A", "A-c1", 1254, start_char=550))
    assert len(found) == 1
    article_id, f = found[0]
    assert article_id == "A" and f.check_name == "conflicting_figures" and f.severity == "error"
    assert f.figures == [("claim", "A-c0"), ("claim", "A-c1")]
    assert "1.245 in one sentence and 1.254 in another" in f.message
    assert (f.start_char, f.evidence) == (501, "sentence of A-c0")


def test_a_cross_article_conflict_is_recorded_for_each_article():
    found = conflicts(fig("A", "A-c0", 1245), fig("B", "B-c0", 1300, new=False))
    assert sorted(a for a, _ in found) == ["A", "B"]
    by_article = dict(found)
    assert by_article["A"].figures == [("claim", "A-c0")] and by_article["A"].related_article_ids == "B"
    assert by_article["B"].figures == [("claim", "B-c0")] and by_article["B"].related_article_ids == "A"
    assert "1.245 here but 1.300 in 1 other article" in by_article["A"].message


def test_rounded_and_truncated_restatements_are_not_conflicts():
    # 2,68 juta vs 2.684.312 (rounding) and 1,47 triliun vs 1.474.200.000.000 (truncation).
    assert conflicts(fig("A", "A-c0", 2.68e6, 5e3, key="TOTAL"), fig("B", "B-c0", 2684312, key="TOTAL")) == []
    assert conflicts(fig("A", "A-c0", 1.47e12, 5e9, key="JHT", field="amount_idr"),
                     fig("B", "B-c0", 1474200000000, key="JHT", field="amount_idr")) == []


def test_a_restatement_that_neither_rounds_nor_truncates_conflicts():
    # 1,48 triliun is not 1.474.200.000.000 rounded (1,47) nor truncated (1,47).
    found = conflicts(fig("A", "A-c0", 1.48e12, 5e9, key="JHT", field="amount_idr"),
                      fig("B", "B-c0", 1474200000000, key="JHT", field="amount_idr"))
    assert len(found) == 2
    assert "Rp 1,48 triliun" in dict(found)["A"].message


def test_one_off_whole_counts_conflict():
    assert len(conflicts(fig("A", "A-c0", 1245), fig("A", "A-c1", 1246))) == 1


def test_parts_of_a_stated_breakdown_are_not_conflicts():
    # Rp 9,8 miliar with its parts Rp 8.712.450.000 and Rp 510.000.000 in the same article.
    rows = [fig("M", "M-c0", 9.8e9, 5e7, key="JKP", field="amount_idr"),
            fig("M", "M-c1", 8712450000, key="JKP", field="amount_idr", start_char=300),
            fig("M", "M-c2", 510000000, key="JKP", field="amount_idr", start_char=400)]
    assert conflicts(*rows) == []


def test_the_case_count_of_a_part_of_a_stated_breakdown_is_a_part_too():
    # Rp4.067.386.459 to 7 people, then "dengan rincian Rp1.708.809.850 ... kepada 5 orang ahli waris dan
    # Rp2.320.477.204 ...": 5 is some of the 7.
    rows = [fig("N", "N-c0", 7, key="JKM", start_char=100), fig("N", "N-c0", 4067386459, key="JKM", field="amount_idr", start_char=100),
            fig("N", "N-c1", 5, key="JKM", start_char=300), fig("N", "N-c1", 1708809850, key="JKM", field="amount_idr", start_char=300),
            fig("N", "N-c2", 2320477204, key="JKM", field="amount_idr", start_char=380)]
    assert conflicts(*rows) == []


def test_near_miss_a_case_count_whose_amount_is_no_part_still_conflicts():
    # the same amount said twice with two counts: the counts are one quantity told two ways
    rows = [fig("N", "N-c0", 7, key="JKM", start_char=100), fig("N", "N-c0", 4067386459, key="JKM", field="amount_idr", start_char=100),
            fig("N", "N-c1", 5, key="JKM", start_char=300), fig("N", "N-c1", 4067386459, key="JKM", field="amount_idr", start_char=300)]
    assert [f.check_name for _, f in conflicts(*rows)] == ["conflicting_figures"]


def test_different_offices_periods_and_prior_flags_are_different_subjects():
    assert conflicts(fig("A", "A-c0", 1245), fig("B", "B-c0", 1300, office="Kanwil Banten")) == []
    assert conflicts(fig("A", "A-c0", 1245), fig("B", "B-c0", 1300, end=date(2022, 9, 30))) == []
    assert conflicts(fig("A", "A-c0", 1245), fig("B", "B-c0", 1300, prior=True)) == []
    assert conflicts(fig("A", "A-c0", 1245), fig("A", "A-c0", 38.6e9, 5e7, field="amount_idr")) == []


def test_single_payouts_to_two_heirs_are_not_conflicts():
    rows = [fig("S", "S-c0", 1), fig("S", "S-c0", 170e6, field="amount_idr"),
            fig("S", "S-c1", 1, start_char=90), fig("S", "S-c1", 85e6, field="amount_idr", start_char=90)]
    assert conflicts(*rows) == []


def test_old_against_old_is_not_reported_again():
    assert conflicts(fig("A", "A-c0", 1245, new=False), fig("B", "B-c0", 1300, new=False)) == []


def test_membership_figures_conflict_by_metric():
    found = conflicts(fig("A", "A-m0", 2.4e6, 5e4, kind="membership", key="active_workers", field="value"),
                      fig("A", "A-m1", 2.6e6, 5e4, kind="membership", key="active_workers", field="value"))
    assert len(found) == 1 and found[0][1].figures == [("membership", "A-m0"), ("membership", "A-m1")]
    assert "active workers" in found[0][1].message


def test_empty_or_odd_input_gives_no_findings():
    assert find_conflicts(pd.DataFrame(columns=list(fig("A", "x", 1)))) == []
    assert conflicts(fig("A", "A-c0", None), fig("A", "A-c1", "n/a")) == []


def test_three_values_of_one_subject_in_one_article_are_a_series_not_a_conflict():
    # "13.394 ... 12.994 ... 10.283 kasus" for three provinces the figures' office did not tell apart
    found = conflicts(fig("A", "A-c0", 13394, start_char=100), fig("A", "A-c1", 12994, start_char=300),
                      fig("A", "A-c2", 10283, start_char=500))
    assert found == []


def test_two_values_said_again_among_the_same_two_still_conflict():
    found = conflicts(fig("A", "A-c0", 1245, start_char=100), fig("A", "A-c1", 1254, start_char=300),
                      fig("A", "A-c2", 1245, start_char=500))
    assert [f.check_name for _, f in found] == ["conflicting_figures"]


def test_three_values_across_articles_still_conflict():
    found = conflicts(fig("A", "A-c0", 1245, start_char=100), fig("A", "A-c1", 1300, start_char=300),
                      fig("B", "B-c0", 1400, new=False))
    assert "A" in {a for a, _ in found}
