"""Round-4 generalisation rules (heldout3 failures), each on small sentences of our own."""
from datetime import date

from pantau.extract import extract_article
from pantau.extract.context import _guarded
from pantau.extract.periods import find_periods
from pantau.model import RawArticle


def _extract(body: str, title: str = ""):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body))


def _claims(body: str):
    return sorted((c.program, c.cases, c.amount_idr, c.is_prior_period, str(c.period_end), c.office)
                  for c in _extract(body).claims)


def test_misspelt_month_has_a_month_number():
    assert [(p.start, p.end) for p in find_periods("hingga Febuari 2022", 0, None, None)] == [(None, date(2022, 2, 28))]
    assert find_periods("sampai Napember 2021", 0, None, None)[0].end == date(2021, 11, 30)


def test_a_reader_bug_costs_one_sentence_only():
    def broken(*_):
        raise KeyError("bug")
    assert _guarded(broken, "teks", 0) == []
