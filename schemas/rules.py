"""The cross-column rules behind the registered checks, as plain vectorised functions.

Each takes a frame built by pantau.checks.frames and returns a boolean Series, True
where the row passes. Tolerances follow the printed precision of each figure (half a
unit of its last digit), so a rounded figure is never a finding.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

# date.weekday() / Series.dt.day_of_week: Monday is 0.
WEEKDAYS_ID = np.array(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"], dtype=object)
PROGRAM_CLAIMS_EXCLUDED = "TOTAL"  # missing-cases/amount rules apply to program claims only
REL_EPSILON = 1e-9  # float noise in sums of scaled decimals


def _current_program_claim(df: pd.DataFrame) -> pd.Series:
    return ~df["is_prior_period"].astype(bool) & (df["program"] != PROGRAM_CLAIMS_EXCLUDED)


def claim_missing_cases(df: pd.DataFrame) -> pd.Series:
    """An amount without a case count on a current-period program claim, when the article gives
    that program's count nowhere (an amount restated in a headline or a quote, while the counted
    figure stands elsewhere in the article, is not missing its cases)."""
    counted = df["cases"].notna().groupby([df["article_id"], df["program"], df["is_prior_period"]]).transform("any")
    # A count stated beside the amount that pantau did not pair with it (pantau.checks.context).
    beside = df["count_beside"].astype(bool) if "count_beside" in df.columns else False
    return ~(_current_program_claim(df) & df["amount_idr"].notna() & df["cases"].isna() & ~counted.astype(bool)
             & ~beside)


def claim_missing_amount(df: pd.DataFrame) -> pd.Series:
    """A case count without an amount on a current-period program claim."""
    return ~(_current_program_claim(df) & df["cases"].notna() & df["amount_idr"].isna())


def period_after_publication(df: pd.DataFrame) -> pd.Series:
    """The figure's period may not end after the article was published, unless it is still
    running then: "Januari hingga September 2023" said on 23 September (pantau.checks.context)."""
    unknown = df["period_end"].isna() | df["published_date"].isna()
    running = df["running"].astype(bool) if "running" in df.columns else False
    return unknown | (df["period_end"] <= df["published_date"]) | running


def amount_per_case(df: pd.DataFrame) -> pd.Series:
    cases = df["cases"].astype("Float64")
    return (df["amount_idr"] / cases.where(cases > 0)).astype("float64")


def amount_per_case_out_of_range(df: pd.DataFrame) -> pd.Series:
    """amount ÷ cases inside the program's benefit band at the figure's date (no band: pass)."""
    per_case = amount_per_case(df)
    unchecked = per_case.isna() | df["band_min"].isna() | df["band_max"].isna()
    return unchecked | ((per_case >= df["band_min"]) & (per_case <= df["band_max"]))


def breakdown_slack(df: pd.DataFrame) -> pd.Series:
    """How far parts and total may differ: every printed figure's rounding, plus float noise."""
    scale = np.maximum(df["total"].abs(), df["parts_sum"].abs()).clip(lower=1.0)
    return df["parts_tolerance"] + df["total_tolerance"] + REL_EPSILON * scale


def total_mismatch(df: pd.DataFrame) -> pd.Series:
    """Stated parts add up to the stated total. A non-exhaustive list may fall short of the
    total (other programs exist) but never exceed it; an unreadable part gives no verdict.
    Cross-row: the same parts (`parts_key`) linked to several totals belong to the one they
    fit, so when any of those totals fits, the others are not findings. Parts short of the total
    by a figure printed near them that was read as no part (`gap_printed`) are an unread item,
    not a mismatch."""
    difference = df["parts_sum"] - df["total"]
    slack = breakdown_slack(df)
    exhaustive = df["exhaustive"].astype(bool)
    fits = pd.Series(np.where(exhaustive, difference.abs() <= slack, difference <= slack), index=df.index)
    if "parts_key" in df.columns and len(df):
        fits = fits | fits.groupby(df["parts_key"]).transform("any").astype(bool)
    gap = df["gap_printed"].astype(bool) if "gap_printed" in df.columns else False
    # Two parts each larger than the total are not its parts (counts of two countries read beside another's
    # total, a year's amounts beside a month's): no verdict on a breakdown that is none. (One part above it,
    # "24.618 ribu" among parts of 1,6 juta, is a unit slip in a real breakdown: still a mismatch.)
    above = df["parts_above_total"] if "parts_above_total" in df.columns else 0
    not_its_parts = above >= 2
    # An unread part gives no verdict on parts that fall short; parts it can only add to that already exceed the
    # total are a mismatch whatever it holds ("26.595 kasus" in all, JHT alone "249.408 kasus", the rest by amount).
    unread = (df["unknown_parts"] > 0) & (difference <= slack)
    return fits | gap | not_its_parts | unread | (df["n_parts"] == 0)


def growth_interval(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The % change the two values allow, given their rounding: [low, high] (NaN when the
    base can be zero or negative)."""
    base_low = df["from_value"] - df["from_tolerance"]
    base_high = df["from_value"] + df["from_tolerance"]
    to_low = df["to_value"] - df["to_tolerance"]
    to_high = df["to_value"] + df["to_tolerance"]
    usable = base_low > 0
    low = (to_low / base_high - 1.0) * 100.0
    high = (to_high / base_low.where(usable) - 1.0) * 100.0
    # A negative "to" bound flips which base gives the extreme; keep the interval ordered.
    low2 = (to_low / base_low.where(usable) - 1.0) * 100.0
    high2 = (to_high / base_high - 1.0) * 100.0
    lows = np.fmin(low, low2).where(usable)
    highs = np.fmax(high, high2).where(usable)
    return lows, highs


def growth_bounds(from_value: float, from_tolerance: float, to_value: float, to_tolerance: float
                  ) -> tuple[float, float] | None:
    """growth_interval for one change (for messages); None when the base can be zero."""
    base_low, base_high = from_value - from_tolerance, from_value + from_tolerance
    if not base_low > 0:
        return None
    to_low, to_high = to_value - to_tolerance, to_value + to_tolerance
    ratios = [to_low / base_high, to_low / base_low, to_high / base_high, to_high / base_low]
    return (min(ratios) - 1.0) * 100.0, (max(ratios) - 1.0) * 100.0


def growth_mismatch(df: pd.DataFrame) -> pd.Series:
    """The stated % (± its rounding) overlaps the change the values allow (± theirs)."""
    low, high = growth_interval(df)
    stated_low = df["percent"] - df["percent_tolerance"] - REL_EPSILON * 100
    stated_high = df["percent"] + df["percent_tolerance"] + REL_EPSILON * 100
    overlaps = (stated_low <= high) & (stated_high >= low)
    # Cross-row: one stated % read as the change of both the amount and the case count
    # (`percent_key`) is about the one it fits; when either fits, the other is no finding.
    if "percent_key" in df.columns and len(df):
        overlaps = overlaps | overlaps.groupby(df["percent_key"]).transform("any").astype(bool)
    return overlaps | low.isna()


def actual_weekday(df: pd.DataFrame) -> pd.Series:
    days = df["stated_date"].dt.day_of_week
    names = pd.Series(WEEKDAYS_ID[days.fillna(0).astype(int).to_numpy()], index=df.index, dtype=object)
    return names.where(days.notna())


def weekday_mismatch(df: pd.DataFrame) -> pd.Series:
    """The weekday written beside a date is that date's weekday."""
    actual = actual_weekday(df)
    return actual.isna() | (df["weekday"].astype(object) == actual)


def missing_publication_date(df: pd.DataFrame) -> pd.Series:
    return df["published_date"].notna()


def span_in_order(df: pd.DataFrame) -> pd.Series:
    """A figure's evidence span is non-empty and in order."""
    return df["end_char"] >= df["start_char"]


def period_in_order(df: pd.DataFrame) -> pd.Series:
    unknown = df["period_start"].isna() | df["period_end"].isna()
    return unknown | (df["period_start"] <= df["period_end"])
