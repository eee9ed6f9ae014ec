"""The cheap word tests that let extraction skip a pattern must never skip one that would match."""
import re
from datetime import date

from pantau.extract.context import may_state_change
from pantau.extract.dates import find_dates
from pantau.extract.lexicon import CHANGE_DOWN, CHANGE_RE, CHANGE_UP, MONTH_WORD
from pantau.extract.periods import find_periods


def _words(alternation: str) -> list[str]:
    return alternation.replace("(?:", "").replace(")", "").split("|")


def test_every_change_word_passes_the_change_prefilter():
    for word in _words(CHANGE_UP) + _words(CHANGE_DOWN):
        assert may_state_change(f"Klaim JHT {word.upper()} 5 persen"), word


def test_every_comparative_passes_the_change_prefilter():
    for word in ("tinggi", "besar", "banyak", "rendah", "kecil", "sedikit"):
        text = f"Klaim JHT LEBIH {word.upper()} 5 persen"
        assert CHANGE_RE.search(text) and may_state_change(text), word


def test_every_month_word_still_reads_as_a_period_and_a_date():
    months = ["januari", "februari", "febuari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
              "september", "oktober", "nopember", "napember", "november", "desember"]
    assert all(re.fullmatch(MONTH_WORD, m) for m in months)
    for month in months:  # misspellings included: every spelling the pattern accepts has a month number
        periods = find_periods(f"hingga {month.capitalize()} 2022", 0, None, None)
        assert len(periods) == 1 and periods[0].end.year == 2022, month
        dates = find_dates(f"Senin, 3 {month.upper()} 2020 pukul 10")
        assert [d[3] for d in dates] == ["senin"], month


def test_numeric_date_inside_a_run_of_text_keeps_its_weekday():
    assert find_dates("MEDAN, Sabtu (6/7/2019) – BPJS") == [(7, 23, date(2019, 7, 6), "sabtu")]
