"""Plain records passed between extraction, checks and loading.

Everything here is pure data (dataclasses), so extraction and checks stay importable
and testable without Prefect or DuckDB. Character offsets always index into the
article's stored `body_text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PROGRAMS = ("JHT", "JKM", "JKK", "JP", "JKP")
CLAIM_PROGRAMS = PROGRAMS + ("TOTAL",)

MEMBERSHIP_METRICS = (
    "active_companies",
    "active_workers",
    "active_wage_workers",
    "active_non_wage_workers",
    "active_construction_workers",
    "migrant_workers",
    "new_wage_workers",
    "new_non_wage_workers",
    "new_construction_workers",
)


@dataclass(frozen=True)
class NumberMention:
    """One figure as written in the text, read into a value.

    `value` has the scale applied (`Rp 7,1 miliar` -> 7.1e9, `12,5 ribu` -> 12500.0,
    `tujuh` -> 7.0, `23%` -> 23.0). `tolerance` is half a unit of the last printed
    digit, scaled the same way (`Rp 9,8 miliar` -> 0.05e9, `Rp 8.712.450.000` -> 0.5,
    `2,68 juta` -> 5000.0): the rounding the printed precision allows.
    """

    start: int
    end: int
    text: str
    value: float | None  # None when the figure could not be read
    kind: str  # "money" (Rp/IDR or a money scale context), "percent", "count"
    tolerance: float = 0.0
    scale_word: str | None = None  # normalised: "ribu", "juta", "miliar", "triliun"
    is_words: bool = False  # written in words ("tujuh", "dua puluh satu ribu")
    range_end: float | None = None  # "5-6" -> value 5, range_end 6
    ambiguous: str | None = None  # why the reading was a guess between separators
    unparseable: str | None = None  # why it could not be read


@dataclass
class ClaimFigure:
    """A benefit-claim figure: a program (or TOTAL), its cases and/or amount."""

    program: str  # one of CLAIM_PROGRAMS
    cases: int | None
    amount_idr: float | None
    period_start: date | None
    period_end: date | None
    office: str
    is_prior_period: bool
    start_char: int
    end_char: int
    cases_tolerance: float = 0.0
    amount_tolerance: float = 0.0
    # Char spans of the case count and amount mentions (for highlighting), if any.
    cases_span: tuple[int, int] | None = None
    amount_span: tuple[int, int] | None = None
    rule_id: str = ""  # the named extraction rule that produced the figure


@dataclass
class MembershipFigure:
    metric: str  # one of MEMBERSHIP_METRICS (more may be added)
    value: float
    period_start: date | None
    period_end: date | None
    office: str
    start_char: int
    end_char: int
    tolerance: float = 0.0
    rule_id: str = ""  # the named extraction rule that produced the figure


@dataclass
class Breakdown:
    """A stated total and the parts the text says it is made of.

    `exhaustive` is true when the text says the parts make up the whole ("terdiri atas",
    "sisanya", "meliputi", "dimana ... dan ..."); when false (e.g. program claims listed
    beside a grand total), only parts that add up to MORE than the total are a mismatch.
    Parts whose value is None make the verdict impossible (no finding).
    """

    subject: str  # plain words: "klaim TOTAL (nominal)", "peserta aktif", "santunan"
    unit: str  # "rupiah", "kasus", "pekerja", ...
    total: float
    total_tolerance: float
    total_span: tuple[int, int]
    parts: list[tuple[str, float | None, float, tuple[int, int]]]  # (label, value, tolerance, span)
    exhaustive: bool = True


@dataclass
class StatedChange:
    """A stated % change between two values ("naik 20% dari Rp26,7 triliun")."""

    subject: str
    percent: float  # signed: "turun 5%" -> -5.0
    percent_tolerance: float  # half a unit of the printed % digit
    from_value: float
    from_tolerance: float
    to_value: float
    to_tolerance: float
    start_char: int
    end_char: int


@dataclass
class WeekdayStatement:
    """A weekday written beside a date ("Kamis (12/10/2017)")."""

    weekday: str  # as written, normalised lower case Indonesian ("kamis")
    stated_date: date
    start_char: int
    end_char: int


@dataclass
class NumberProblem:
    """A figure whose reading was a guess (ambiguous) or impossible (unparseable)."""

    check_name: str  # "ambiguous_number" | "unparseable_number"
    text: str
    detail: str
    start_char: int
    end_char: int


@dataclass
class RawArticle:
    """A raw file read into text, before figure extraction."""

    source_path: str  # relative to the raw folder
    content_sha256: str
    title: str
    body_text: str
    published_hint: date | None = None  # from page metadata (HTML meta tags), most trusted
    source_url: str | None = None
    fetched_at: str | None = None  # ISO timestamp, when `pantau fetch` brought it
    encoding: str = "utf-8"


@dataclass
class Extraction:
    """Everything extraction finds in one article."""

    published_date: date | None
    office: str  # the article's main office ("Kanwil Jawa Timur", "Nasional", ...)
    dateline_city: str | None = None
    claims: list[ClaimFigure] = field(default_factory=list)
    membership: list[MembershipFigure] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)
    changes: list[StatedChange] = field(default_factory=list)
    weekdays: list[WeekdayStatement] = field(default_factory=list)
    number_problems: list[NumberProblem] = field(default_factory=list)
    # Ids of the extraction rules (or stages) that raised on this article: counted per
    # article and per run (`runs.extraction_errors`), never only logged.
    rule_errors: list[str] = field(default_factory=list)
    # Ids of every extraction rule that fired on this article, vetoes and skips included: what a
    # reviewer (or the paraphrase suite) reads to see why a figure is there or is not. Not loaded.
    trace: list[str] = field(default_factory=list)


@dataclass
class Finding:
    """One data-quality finding (a row of `quality_issues`)."""

    check_name: str
    severity: str  # "error" | "warning"
    message: str  # plain words a reviewer understands
    evidence: str  # the sentence the finding is about
    start_char: int | None = None
    end_char: int | None = None
    expected: str | None = None  # what the check expected, in words
    found: str | None = None  # what the text says, in words
    # Which figures the finding flags: ("claim", index) or ("membership", index) into
    # the article's Extraction lists.
    figures: list[tuple[str, int]] = field(default_factory=list)
    # Other articles of a cross-article finding (conflicting_figures), comma separated.
    related_article_ids: str | None = None
    # The words' key (messages.toml: the check name, or `check.variant`) and arguments, from
    # which pantau.review.messages words the finding in any language; empty for a finding
    # built from ready text.
    key: str = ""
    args: dict = field(default_factory=dict)
    # Every figure the finding involves: (start, end, role) in its article's body_text, or
    # (start, end, role, article_id) in another article. Roles: figure, total, part, from,
    # to, percent, other.
    spans: list[tuple] = field(default_factory=list)
