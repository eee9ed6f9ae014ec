"""Readings of the twenty-sixth stop below the rules. Each has five wordings and two near-misses."""
from datetime import date

import pytest

from tests.reading import extract_text


def _claims(text, published="2011-08-25"):
    return {(c.program, c.cases, c.amount_idr) for c in extract_text(text, date.fromisoformat(published)).claims}


@pytest.mark.parametrize("text", [
    "Sepanjang 2010 BPJS Ketenagakerjaan Cabang Denpasar mencatat kecelakaan kerja 423 kasus dan kematian 226 kasus.",
    "Jumlah kecelakaan kerja pada 2010 mencapai 423 kasus, sedangkan kematian 226 kasus, kata Kepala Jamsostek Cabang Bali.",
    "Selama 2010 Jamsostek Cabang Badung menangani kecelakaan kerja sebanyak 423 kasus serta kematian sebanyak 226 kasus.",
    "Pada 2010, klaim kecelakaan kerja di BPJS Ketenagakerjaan Cabang Gianyar sebanyak 423 kasus, sedangkan kematian sebanyak 226 kasus.",
    "SEPANJANG 2010 JAMSOSTEK CABANG BALI I MENCATAT KECELAKAAN KERJA 423 KASUS DAN KEMATIAN 226 KASUS.",
])
def test_death_after_a_work_accident_in_a_list_is_jkm(text):
    """"kecelakaan kerja 423 kasus dan kematian 226 kasus": the list leaves out the programme word before "kematian"."""
    assert _claims(text) == {("JKK", 423, None), ("JKM", 226, None)}


@pytest.mark.parametrize("text, expected", [
    # an accident named without "kerja", with death: both together (a total, not JKM)
    ("PT Jamsostek Dumai selama 2010 sudah mengeluarkan klaim kecelakaan dan kematian sekitar Rp600 juta untuk 200 kasus.",
     {("TOTAL", 200, 600e6)}),
    # a death from a work accident is JKK
    ("Sepanjang 2010 Jamsostek Cabang Bali I membayar 12 kasus kematian akibat kecelakaan kerja senilai Rp 1,2 miliar.",
     {("JKK", 12, 1.2e9)}),
])
def test_near_miss_death_words_that_are_not_a_listed_jkm(text, expected):
    assert _claims(text) == expected
