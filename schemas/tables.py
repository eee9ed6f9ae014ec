"""One DataFrameModel per table the checks validate.

Column rules live on the fields (allowed programs, non-negative figures, severities);
cross-column and cross-row rules are the registered checks of schemas.checks, listed in
each model's Config by their contract names. Frames are built by pantau.checks.frames.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

import schemas.checks  # noqa: F401 - registers the named checks used in the Configs below
from pantau.model import CLAIM_PROGRAMS

SEVERITIES = ("error", "warning")
# `membership.metric` may grow (CONTRACT.md); a metric is a snake_case name.
METRIC_PATTERN = r"^[a-z][a-z0-9_]*$"


class ArticlesFrame(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(unique=True)
    published_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    office: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = False
        missing_publication_date = ()


class ClaimsFrame(pa.DataFrameModel):
    article_id: Series[str]
    figure_index: Series[int] = pa.Field(ge=0)
    program: Series[str] = pa.Field(isin=list(CLAIM_PROGRAMS))
    cases: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    amount_idr: Series[float] = pa.Field(ge=0, nullable=True)
    period_start: Series[pd.Timestamp] = pa.Field(nullable=True)
    period_end: Series[pd.Timestamp] = pa.Field(nullable=True)
    published_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    is_prior_period: Series[bool]
    start_char: Series[int] = pa.Field(ge=0)
    end_char: Series[int] = pa.Field(ge=0)
    band_min: Series[float] = pa.Field(nullable=True)
    band_max: Series[float] = pa.Field(nullable=True)

    class Config:
        strict = False
        claim_missing_cases = ()
        claim_missing_amount = ()
        period_after_publication = ()
        amount_per_case_out_of_range = ()
        span_in_order = ()
        period_in_order = ()


class MembershipFrame(pa.DataFrameModel):
    article_id: Series[str]
    figure_index: Series[int] = pa.Field(ge=0)
    metric: Series[str] = pa.Field(str_matches=METRIC_PATTERN)
    value: Series[float] = pa.Field(ge=0)
    period_start: Series[pd.Timestamp] = pa.Field(nullable=True)
    period_end: Series[pd.Timestamp] = pa.Field(nullable=True)
    published_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    start_char: Series[int] = pa.Field(ge=0)
    end_char: Series[int] = pa.Field(ge=0)

    class Config:
        strict = False
        period_after_publication = ()
        span_in_order = ()
        period_in_order = ()


class BreakdownsFrame(pa.DataFrameModel):
    """One row per stated total with the sum of its parts."""
    article_id: Series[str]
    breakdown_index: Series[int] = pa.Field(ge=0)
    total: Series[float] = pa.Field(ge=0)
    total_tolerance: Series[float] = pa.Field(ge=0)
    parts_sum: Series[float] = pa.Field(ge=0)
    parts_tolerance: Series[float] = pa.Field(ge=0)
    unknown_parts: Series[int] = pa.Field(ge=0)
    n_parts: Series[int] = pa.Field(ge=0)
    exhaustive: Series[bool]
    parts_key: Series[str]  # the same parts linked to several totals share it
    gap_printed: Series[bool]  # the parts fall short by a figure printed near them that is no part (an unread item)
    parts_above_total: Series[int] = pa.Field(ge=0)  # parts each alone larger than the total

    class Config:
        strict = False
        total_mismatch = ()


class ChangesFrame(pa.DataFrameModel):
    """One row per stated % change with the two values it compares."""
    article_id: Series[str]
    change_index: Series[int] = pa.Field(ge=0)
    percent: Series[float]
    percent_tolerance: Series[float] = pa.Field(ge=0)
    from_value: Series[float]
    from_tolerance: Series[float] = pa.Field(ge=0)
    to_value: Series[float]
    to_tolerance: Series[float] = pa.Field(ge=0)

    class Config:
        strict = False
        growth_mismatch = ()


class WeekdaysFrame(pa.DataFrameModel):
    article_id: Series[str]
    weekday_index: Series[int] = pa.Field(ge=0)
    weekday: Series[str]
    stated_date: Series[pd.Timestamp] = pa.Field(nullable=True)

    class Config:
        strict = False
        weekday_mismatch = ()


class QualityIssuesFrame(pa.DataFrameModel):
    """The findings as the loader stages them (quality_issues rows)."""
    article_id: Series[str]
    check_name: Series[str] = pa.Field(str_matches=METRIC_PATTERN)
    severity: Series[str] = pa.Field(isin=list(SEVERITIES))
    message: Series[str] = pa.Field(str_length={"min_value": 1})
    evidence: Series[str] = pa.Field(nullable=True)
    start_char: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    end_char: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)

    class Config:
        strict = False
