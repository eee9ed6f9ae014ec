"""Session 20: a sentence listing two or more programs' changes, each told in full (its program, a change word, then
"menjadi"), is read one clause a sentence, so each change's from-side is that program's
(pantau/extract/text.py, _change_clauses). Near-misses: one program's change with another program only named; two
programs sharing one change.

Every sentence was written for this file.
"""
from __future__ import annotations

from datetime import date

import pytest

from pantau.extract import extract_article
from pantau.extract.text import split_sentences
from pantau.model import RawArticle


def _claims(text: str, published: str) -> set[tuple]:
    ex = extract_article(RawArticle("t.txt", "0" * 64, "", text, published_hint=date.fromisoformat(published)))
    return {(c.program, c.cases, round(c.amount_idr) if c.amount_idr else None, c.is_prior_period) for c in ex.claims}


@pytest.mark.parametrize("text, published, expected", [
    ("Hingga kuartal III 2013 Jamsostek membayar jaminan. Rinciannya, pembayaran JKK tumbuh 2,14 persen menjadi "
     "Rp412,89 miliar dari Rp404,24 miliar, pembayaran JHT naik 24,57 persen menjadi Rp7,391 triliun dari Rp5,933 "
     "triliun.", "2013-10-25",
     {("JKK", None, 412_890_000_000, False), ("JKK", None, 404_240_000_000, True),
      ("JHT", None, 7_391_000_000_000, False), ("JHT", None, 5_933_000_000_000, True)}),
    ("Sepanjang 2021 klaim JKM BPJS Ketenagakerjaan Cabang Bogor naik menjadi 410 kasus dari 350 kasus, sedangkan klaim "
     "JKK turun menjadi 1.120 kasus dari 1.300 kasus.", "2022-01-10",
     {("JKM", 410, None, False), ("JKM", 350, None, True), ("JKK", 1120, None, False), ("JKK", 1300, None, True)}),
    ("Selama 2022 di BPJS Ketenagakerjaan Cabang Kudus, untuk Jaminan Pensiun (JP) dari 196 kasus meningkat menjadi 218 "
     "kasus, begitu juga klaim Jaminan Kecelakaan Kerja (JKK) dari 321 kasus bertambah menjadi 586 kasus.", "2023-01-09",
     {("JP", 218, None, False), ("JP", 196, None, True), ("JKK", 586, None, False), ("JKK", 321, None, True)}),
    ("Pada semester I 2023 BPJS Ketenagakerjaan Cabang Serang mencatat klaim JHT melonjak menjadi Rp 90 miliar dari Rp 70 "
     "miliar; klaim JP bertambah menjadi Rp 6 miliar dari Rp 5 miliar.", "2023-07-10",
     {("JHT", None, 90_000_000_000, False), ("JHT", None, 70_000_000_000, True),
      ("JP", None, 6_000_000_000, False), ("JP", None, 5_000_000_000, True)}),
    ("Sepanjang 2019, klaim JKK BPJS Ketenagakerjaan Cabang Cilegon naik menjadi 840 kasus dari 700 kasus, serta klaim "
     "JKM naik menjadi 95 kasus dari 80 kasus.", "2020-01-13",
     {("JKK", 840, None, False), ("JKK", 700, None, True), ("JKM", 95, None, False), ("JKM", 80, None, True)}),
])
def test_each_programs_change_is_read_in_its_own_clause(text, published, expected):
    assert _claims(text, published) == expected


@pytest.mark.parametrize("text", [
    # one program's change, another program only named after it
    "Klaim JHT naik 20 persen menjadi Rp 90 miliar dari Rp 75 miliar, sedangkan JKK menjadi perhatian kantor cabang.",
    # two programs sharing one change
    "Klaim JHT dan JKK naik menjadi Rp 90 miliar dari Rp 75 miliar, menurut kepala cabang.",
])
def test_near_misses_stay_one_sentence(text):
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("text, published, expected", [
    # another scheme's change alone (JPK, health) has no side of ours, whatever program was told before it
    ("Pada kuartal III 2013 pembayaran JK Jamsostek naik 7,72 persen menjadi Rp305,21 miliar, sedangkan JPK naik 55,51 "
     "persen dari 796,24 miliar menjadi Rp1,238 triliun.", "2013-10-25", {("JKM", None, 305_210_000_000, False)}),
    ("Klaim JHT Jamsostek Cabang Samarinda hingga Oktober 2012 Rp 84,7 miliar. Biaya JPK naik dari Rp 9,1 miliar "
     "menjadi Rp 10,7 miliar.", "2012-11-13", {("JHT", None, 84_700_000_000, False)}),
    ("Sepanjang 2013 klaim JKK Jamsostek Cabang Medan Rp 40 miliar. Sementara itu klaim JPK turun dari Rp 22 miliar "
     "menjadi Rp 19 miliar.", "2014-01-13", {("JKK", None, 40_000_000_000, False)}),
    ("Hingga Juni 2013 Jamsostek Cabang Bekasi membayar JHT Rp 120 miliar. Pembayaran JPK meningkat dari Rp 30 miliar "
     "menjadi Rp 36 miliar.", "2013-07-08", {("JHT", None, 120_000_000_000, False)}),
    ("Klaim JKM Jamsostek Cabang Tegal selama 2012 Rp 6 miliar, adapun layanan JPK naik dari Rp 11 miliar menjadi Rp 13 "
     "miliar.", "2013-01-14", {("JKM", None, 6_000_000_000, False)}),
    # near-misses: our program's own change keeps its compared side
    ("Pada kuartal III 2013 pembayaran JKK naik 2,14 persen menjadi Rp412,89 miliar dari Rp404,24 miliar.", "2013-10-25",
     {("JKK", None, 412_890_000_000, False), ("JKK", None, 404_240_000_000, True)}),
    ("Klaim JHT Jamsostek Cabang Samarinda naik dari Rp 70 miliar menjadi Rp 84,7 miliar hingga Oktober 2012.",
     "2012-11-13", {("JHT", None, 84_700_000_000, False), ("JHT", None, 70_000_000_000, True)}),
])
def test_another_schemes_change_has_no_side_of_ours(text, published, expected):
    assert _claims(text, published) == expected


def _changes(text: str, published: str) -> list[tuple]:
    ex = extract_article(RawArticle("t.txt", "0" * 64, "", text, published_hint=date.fromisoformat(published)))
    return [(c.percent, c.from_value, c.to_value) for c in ex.changes]


def test_a_percent_said_as_a_bound_states_no_change_to_check():
    text = ("Pada Juli 2020 klaim JKM BPJS Ketenagakerjaan Batam naik signifikan, dari sebelumnya berjumlah 11 kasus, "
            "meningkat menjadi 28 kasus, atau lebih dari 100 persen.")
    assert _changes(text, "2020-07-31") == []


def test_near_miss_a_percent_said_plainly_is_a_change_to_check():
    text = ("Pada Juli 2020 klaim JKM BPJS Ketenagakerjaan Batam naik signifikan, dari sebelumnya berjumlah 11 kasus, "
            "meningkat menjadi 28 kasus, atau 154 persen.")
    assert _changes(text, "2020-07-31") == [(154.0, 11.0, 28.0)]


def test_near_miss_before_in_a_years_figures_is_the_year_before():
    text = "Selama 2019 klaim JKM BPJS Ketenagakerjaan Batam, dari sebelumnya 110 kasus, meningkat menjadi 280 kasus."
    ex = extract_article(RawArticle("t.txt", "0" * 64, "", text, published_hint=date(2020, 1, 13)))
    # (not the month before; the year before is what it means, read today as the sentence's own year by
    # side.before_change: a known weakness)
    prior = [c for c in ex.claims if c.is_prior_period]
    assert [(c.cases, c.period_end.month, c.period_end.day) for c in prior] == [(110, 12, 31)]
