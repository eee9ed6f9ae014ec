"""Data-quality checks: per-batch validation (Pandera schemas of schemas/ plus domain
checks) and the cross-article conflict check run by the loader.

    validate_batch(items)     -> [(article_id, Finding)]   claims, membership, breakdowns,
                                 changes, weekdays, number problems, publication date
    find_conflicts(figures)   -> [(article_id, Finding)]   conflicting_figures

Check names and severities are the contract's (CONTRACT.md; schemas.SEVERITY).
"""
from __future__ import annotations

from pantau.checks.conflicts import find_conflicts
from pantau.checks.validate import validate_batch

__all__ = ["validate_batch", "find_conflicts"]
