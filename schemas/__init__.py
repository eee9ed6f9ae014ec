"""Pandera schemas of the tables pantau validates (see schemas.tables), with the named
checks registered under their contract names (schemas.checks)."""
from schemas.checks import SEVERITY
from schemas.tables import (ArticlesFrame, BreakdownsFrame, ChangesFrame, ClaimsFrame, MembershipFrame,
                            QualityIssuesFrame, WeekdaysFrame)

__all__ = ["SEVERITY", "ArticlesFrame", "BreakdownsFrame", "ChangesFrame", "ClaimsFrame", "MembershipFrame",
           "QualityIssuesFrame", "WeekdaysFrame"]
