"""Severity of every check a finding can carry: the contract's names first, then the
team's own (schema rules and the extra consistency checks). Plain data, so the loader's
conflict check can use it without importing pandas or Pandera."""
from __future__ import annotations

SEVERITY = {
    "claim_missing_cases": "error",
    "claim_missing_amount": "warning",
    "total_mismatch": "error",
    "growth_mismatch": "error",
    "amount_per_case_out_of_range": "warning",
    "conflicting_figures": "error",
    "period_after_publication": "error",
    "weekday_mismatch": "warning",
    "ambiguous_number": "warning",
    "unparseable_number": "warning",
    "missing_publication_date": "warning",
    # Not in the contract: a row that breaks a column rule, or a malformed span/period.
    "invalid_figure": "error",
    "span_in_order": "warning",
    "period_in_order": "warning",
    "check_failed": "warning",
    "implausible_date": "warning",  # a date whose year is outside 1900-2100 ('12/10/6017'): read as no date
    "undecodable_bytes": "warning",  # a mostly UTF-8 file read with its few invalid bytes replaced
}
