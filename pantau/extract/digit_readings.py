"""Reading the digits of one figure: which of its dots and commas group thousands and which
marks decimals (`1.054.000`, `Rp7,1 miliar`, `Rp1.47 triliun`, `12,375`), with the guesses
flagged `ambiguous` (the rules are in pantau.extract.numbers' docstring).
"""
from __future__ import annotations

import re

# Float keeps 15-16 significant digits; beyond that a figure is surely garbled.
MAX_DIGITS = 15


class Reading:
    __slots__ = ("mantissa", "decimals", "ambiguous", "problem")

    def __init__(self, mantissa: int = 0, decimals: int = 0,
                 ambiguous: str | None = None, problem: str | None = None) -> None:
        self.mantissa = mantissa
        self.decimals = decimals
        self.ambiguous = ambiguous
        self.problem = problem


def _is_thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


_SEPARATOR_RE = re.compile(r"[.,]")
_DOUBLE_SEPARATOR_RE = re.compile(r"[.,]{2}")


def read_digits(body: str, scaled: bool, percent: bool) -> Reading:
    """Read '1.054.000', '7,1', '1.47', '8.712.450.000,00' into mantissa and decimals.

    `scaled`/`percent` say what follows; they decide the guesses between separators.
    """
    if "." not in body and "," not in body:  # the common plain "1500": same reading as below
        if len(body.lstrip("0")) > MAX_DIGITS:
            return Reading(problem=f"'{body}' has {len(body)} digits, too many for a figure")
        return Reading(int(body))
    if _DOUBLE_SEPARATOR_RE.search(body):
        return Reading(problem=f"'{body}' has two separators in a row")
    groups = _SEPARATOR_RE.split(body)
    separators = _SEPARATOR_RE.findall(body)
    digits = "".join(groups)
    if len(digits.lstrip("0")) > MAX_DIGITS:
        return Reading(problem=f"'{body}' has {len(digits)} digits, too many for a figure")
    if not separators:
        return Reading(int(body))
    if "." in separators and "," in separators:
        return _read_mixed(body, groups, separators, scaled or percent)
    sep = separators[0]
    if len(separators) > 1:
        if _is_thousands(groups):
            return Reading(int(digits))
        if len(groups) >= 3 and len(groups[-1]) <= 2 and _is_thousands(groups[:-1]):
            # "Rp 191.070.366.904.48": thousands marked, then the cents with the same mark
            return Reading(int(digits), len(groups[-1]), ambiguous=(
                f"'{body}' read with its last '{sep}' as a decimal mark (cents)"))
        return Reading(problem=(
            f"'{body}' has several '{sep}' but its digit groups are not thousands of three"))
    head, tail = groups
    if len(tail) == 3 and len(head) <= 3 and int(head) != 0:
        return _read_three_after_one_separator(body, head, tail, sep, scaled or percent)
    return Reading(int(digits), len(tail))  # only a decimal reading is possible


def _read_three_after_one_separator(body: str, head: str, tail: str, sep: str,
                                    before_unit: bool) -> Reading:
    """'1.500' / '1,245': thousands or decimals? Indonesian habits decide, flagged if unsure."""
    whole = Reading(int(head + tail))
    if sep == "." and not before_unit:
        return whole  # the usual Indonesian thousands dot: no guess to explain
    decimal = Reading(int(head + tail), 3)
    as_decimal = f"{head},{tail.rstrip('0') or '0'}"
    if sep == ".":
        if before_unit:
            whole.ambiguous = (
                f"'{body}' read with a thousands dot ({head}{tail}); "
                f"it could be a decimal point ({as_decimal})")
        return whole
    if before_unit:
        decimal.ambiguous = (
            f"'{body}' read with a decimal comma ({as_decimal}); "
            f"it could be a thousands comma ({head}{tail})")
        return decimal
    whole.ambiguous = (
        f"'{body}' read with a thousands comma ({head}{tail}, English style); "
        f"in Indonesian style it would be {as_decimal}")
    return whole


def _read_mixed(body: str, groups: list[str], separators: list[str], before_unit: bool = False) -> Reading:
    """'8.712.450.000,00' (Indonesian) or '1,234.56' (English)."""
    last = separators[-1]
    thousands_sep = "." if last == "," else ","
    if separators.count(last) != 1 or any(s != thousands_sep for s in separators[:-1]):
        if len(groups) >= 3 and _is_thousands(groups):
            # "Rp 23.681,200,000": a mark seen twice groups thousands, so every mark does, whatever the typing
            return Reading(int("".join(groups)), ambiguous=f"'{body}' mixes dots and commas; read as thousands")
        return Reading(problem=(
            f"'{body}' mixes dots and commas in an order that is neither "
            f"1.234,5 nor 1,234.5"))
    whole, fraction = groups[:-1], groups[-1]
    # (and "Rp732.608,470" with no scale after it: no rupiah or count has three decimals either)
    # (but ",000" after thousands is zero cents written long: "Rp1.250.000,000")
    if len(fraction) == 3 and _is_thousands(groups) and (last == "." or (not before_unit and fraction != "000")):
        # "Rp281,816.000" beside "Rp19.200.000": no figure has three decimals after an English point; a slip of
        # the thousands mark
        return Reading(int("".join(groups)), ambiguous=f"'{body}' mixes dots and commas; read as thousands")
    if not _is_thousands(whole):
        return Reading(problem=(
            f"'{body}' has digit groups that are not thousands of three"))
    return Reading(int("".join(whole) + fraction), len(fraction))
