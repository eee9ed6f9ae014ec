"""A finding's words in a language, from its key and arguments (messages.toml).

A check builds a finding as a key (its check name, or `check.variant`) and plain
arguments: figures as the article prints them, computed figures already written the
Indonesian way, dates as ISO strings (`*_date`), and the subject's parts (`program`,
`metric`, `office`, `period_end`, ...). render() words them in Bahasa Indonesia or
English; the arguments are stored with the finding (quality_issues.details), so the
report can word a finding in its own language whatever language the run used.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pantau.review.lang import DEFAULT_LANG, LANGUAGES, format_date, metric_label, resolve_lang, words

MESSAGES_FILE = Path(__file__).with_name("messages.toml")


@dataclass(frozen=True)
class Words:
    message: str
    expected: str | None
    found: str | None


@cache
def catalogue() -> dict[str, dict]:
    """key -> {"message": {lang: text}, "expected": ..., "found": ...}; variants as `check.variant`."""
    with open(MESSAGES_FILE, "rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, dict] = {}

    def walk(prefix: str, table: dict) -> None:
        if "message" in table:
            out[prefix] = {part: table[part] for part in ("message", "expected", "found") if part in table}
        for name, value in table.items():
            if name not in ("message", "expected", "found") and isinstance(value, dict):
                walk(f"{prefix}.{name}", value)

    for name, table in data.items():
        walk(name, table)
    return out


class _Fields(dict):
    """Format fields; a field a finding lacks shows as '?' instead of failing."""

    def __missing__(self, key: str) -> str:
        return "?"


# --- subjects --------------------------------------------------------------------------

def _office(args: dict, lang: str) -> str:
    office = args.get("office")
    return office if isinstance(office, str) and office.strip() else words(lang)["unknown_office"]


def _until(args: dict, lang: str) -> str:
    end = args.get("period_end")
    if not end:
        return words(lang)["unknown_period"]
    return f"{words(lang)['until']} {format_date(end, lang)}"


def _period(args: dict, lang: str) -> str:
    start, end = args.get("period_start"), args.get("period_end")
    if start and end:
        return f"{format_date(start, lang)} {words(lang)['to']} {format_date(end, lang)}"
    return _until(args, lang)


def _claim_subject(args: dict, lang: str) -> str:
    """Klaim JHT (Kanwil Jawa Timur, s.d. 30 April 2023) / The JHT claim (..., up to 30 April 2023)."""
    program = str(args.get("program") or "?")
    w = words(lang)
    head = w["total_claim"] if program == "TOTAL" else w["program_claim"].format(program=program)
    return f"{head} ({_office(args, lang)}, {_until(args, lang)})"


def _figure_subject(args: dict, lang: str) -> str:
    """Angka klaim JHT / The JHT claim figure; Angka peserta aktif / The active workers figure."""
    w = words(lang)
    if args.get("metric"):
        return w["metric_figure"].format(metric=metric_label(args["metric"], lang))
    program = str(args.get("program") or "?")
    return w["total_claim_figure"] if program == "TOTAL" else w["claim_figure"].format(program=program)


def _conflict_subject(args: dict, lang: str) -> str:
    """jumlah kasus klaim JHT (Kanwil Jawa Timur, 1 Januari 2023 s.d. 30 April 2023)."""
    w = words(lang)
    field = args.get("field")
    if args.get("metric"):
        what = w["metric_figure_lower"].format(metric=metric_label(args["metric"], lang))
    else:
        program = str(args.get("program") or "?")
        claim = w["total_claims_lower"] if program == "TOTAL" else w["program_claims_lower"].format(program=program)
        what = (w["case_count_of"] if field == "cases" else w["amount_of"]).format(claim=claim)
    prior = w["comparison_period"] if args.get("prior") else ""
    return f"{what} ({_office(args, lang)}, {_period(args, lang)}{prior})"


_CHANGE_SUBJECT = re.compile(r"^klaim (\w+) \((nominal|kasus)\)$")


def _change_subject(args: dict, lang: str) -> str:
    """'klaim JHT (nominal)' -> nominal klaim JHT / the JHT claim amount; other subjects quoted."""
    subject = str(args.get("change") or "").strip()
    match = _CHANGE_SUBJECT.match(subject)
    w = words(lang)
    if match:
        program, what = match.groups()
        claim = w["total_claims_lower"] if program == "TOTAL" else w["program_claims_lower"].format(program=program)
        phrase = (w["amount_of"] if what == "nominal" else w["case_count_of"]).format(claim=claim)
        return w["the"] + phrase
    if subject in w["metric"]:  # a participation count's change (pantau.extract.member_changes)
        return w["the"] + metric_label(subject, lang)
    return f"'{subject}'" if subject else w["the_figure"]


SUBJECTS = {
    "claim_missing_cases": _claim_subject, "claim_missing_amount": _claim_subject,
    "amount_per_case_out_of_range": _claim_subject, "period_after_publication": _figure_subject,
    "conflicting_figures": _conflict_subject, "check_failed.conflicts": _conflict_subject,
}


# --- details of number readings -----------------------------------------------------------

# What pantau.extract.numbers says of a figure it could not read, in Indonesian.
_DETAIL_ID = [
    (re.compile(r"^'(.*)' has (\d+) digits, too many for a figure$"), "'{0}' punya {1} digit, terlalu banyak untuk sebuah angka"),
    (re.compile(r"^'(.*)' has two separators in a row$"), "'{0}' punya dua pemisah berturut-turut"),
    (re.compile(r"^'(.*)' has several '(.)' but its digit groups are not thousands of three$"),
     "'{0}' punya beberapa '{1}' tetapi kelompok digitnya bukan ribuan bertiga"),
    (re.compile(r"^'(.*)' mixes dots and commas in an order that is neither 1\.234,5 nor 1,234\.5$"),
     "'{0}' mencampur titik dan koma dalam urutan yang bukan 1.234,5 maupun 1,234.5"),
    (re.compile(r"^'(.*)' has digit groups that are not thousands of three$"),
     "'{0}' punya kelompok digit yang bukan ribuan bertiga"),
]


def _detail(detail: str, lang: str) -> str:
    if lang == "id":
        for pattern, wording in _DETAIL_ID:
            match = pattern.match(detail or "")
            if match:
                return wording.format(*match.groups())
    return detail or "?"


def _reading(value, how, lang: str) -> str:
    label = words(lang)["reading"].get(str(how), str(how))
    return f"{value} ({label})"


# --- rendering -------------------------------------------------------------------------------

def fields(key: str, args: dict, lang: str) -> _Fields:
    """The format fields of a message: the arguments, dates worded, the subject phrased."""
    out = _Fields(args)
    check = key.split(".")[0]
    for name, value in args.items():
        if name.endswith("_date"):
            out[name] = format_date(value, lang)
    subject = SUBJECTS.get(key) or SUBJECTS.get(check)
    if subject:
        out["subject"] = subject(args, lang)
    if "change" in args:
        out["change_subject"] = _change_subject(args, lang)
    if "actual_weekday" in args:
        out["actual"] = words(lang)["weekdays"][int(args["actual_weekday"])]
    if "detail" in args:
        out["detail"] = _detail(args["detail"], lang)
    if "reading_value" in args:
        out["reading"] = _reading(args["reading_value"], args.get("reading_how"), lang)
        out["alternative"] = _reading(args.get("alternative_value"), args.get("alternative_how"), lang)
    if "n" in args:
        out["articles"] = words(lang)["article" if args["n"] == 1 else "articles"]
    if "slack" in args:  # no rounding allowance to mention when every figure is printed exactly
        exact = not re.search(r"[1-9]", str(args["slack"]))
        out["rounding"] = "" if exact else words(lang)["rounding_note"].format(slack=args["slack"])
    if "headline" in args:
        program = str(args.get("program") or "TOTAL")
        w = words(lang)
        out["name"] = w["total_claims_lower"] if program == "TOTAL" else w["program_claims_lower"].format(program=program)
    for name in ("values", "mine", "theirs", "parts", "shown"):
        if isinstance(args.get(name), list):
            joiner = {"parts": " + ", "shown": words(lang)["or"]}.get(name, words(lang)["and"])
            out[name] = joiner.join(str(v) for v in args[name])
    return out


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def render(key: str, args: dict | None, lang: str | None = None) -> Words:
    """A finding's message, expected and found in `lang` (default: PANTAU_LANG, else id)."""
    lang = resolve_lang(lang)
    entry = catalogue().get(key) or catalogue().get(key.split(".")[0])
    if entry is None:
        raise KeyError(f"no words for finding key {key!r} in {MESSAGES_FILE.name}")
    values = fields(key, args or {}, lang)

    def say(part: str) -> str | None:
        text = entry.get(part, {}).get(lang)
        return text.format_map(values) if text else None

    return Words(_capitalised(say("message") or ""), say("expected") or None, say("found") or None)


def details_json(key: str, args: dict, spans: list) -> str:
    """What quality_issues.details holds: the key, the arguments and the figures' spans."""
    return json.dumps({"key": key, "args": args, "spans": spans}, ensure_ascii=False, default=str,
                      separators=(",", ":"))


def parse_details(text: str | None) -> dict | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) and "key" in data else None


def words_of(details: str | None, lang: str, message: str | None = None, expected: str | None = None,
             found: str | None = None) -> Words:
    """A stored finding worded in `lang`; a finding without details (made before they were
    stored, or by a check with no words here) keeps its stored text."""
    data = parse_details(details)
    if data is not None:
        try:
            return render(data["key"], data.get("args") or {}, lang)
        except (KeyError, ValueError, TypeError, IndexError):
            pass
    return Words(message or "", expected, found)


__all__ = ["LANGUAGES", "DEFAULT_LANG", "Words", "render", "details_json", "parse_details", "words_of"]
