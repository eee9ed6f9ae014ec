"""The reviewer's language: which one (flag, PANTAU_LANG, default Bahasa Indonesia), the
report's words (ui.toml), and dates and weekdays as each language writes them. Numbers
are written the Indonesian way in both languages (pantau.checks.wording)."""
from __future__ import annotations

import os
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"
UI_FILE = Path(__file__).with_name("ui.toml")

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
# date.weekday(): Monday is 0.
WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def resolve_lang(lang: str | None = None) -> str:
    """The language asked for, else PANTAU_LANG, else Bahasa Indonesia; unknown ones fall back."""
    chosen = (lang or os.environ.get("PANTAU_LANG") or DEFAULT_LANG).strip().lower()
    return chosen if chosen in LANGUAGES else DEFAULT_LANG


def as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_date(value, lang: str) -> str:
    """2023-04-30 -> '30 April 2023' (Indonesian) / '30 April 2023' (English month names)."""
    day = as_date(value)
    if day is None:
        return words(lang)["unknown_date"]
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def weekday_name(value, lang: str) -> str:
    day = as_date(value)
    return WEEKDAYS[lang][day.weekday()] if day else "?"


@cache
def _ui() -> dict:
    with open(UI_FILE, "rb") as fh:
        return tomllib.load(fh)


def words(lang: str) -> dict:
    """The report's words in a language (ui.toml): labels, headings, check titles."""
    return _ui()[lang]


def check_title(check_name: str, lang: str) -> str:
    """A check's plain-words title; a check the table lacks is named after itself."""
    return words(lang)["check_title"].get(check_name) or check_name.replace("_", " ").capitalize()


def metric_label(metric: str, lang: str) -> str:
    return words(lang)["metric"].get(metric) or str(metric).replace("_", " ")
