"""Session 20: a clause that gives the figure just told a year earlier ("formal ada 22,58 juta, tahun lalu masih 20,9
juta"; "Rp 2 triliun, padahal tahun sebelumnya hanya Rp 1,5 triliun").

The figure after "(, | padahal | sementara) (periode yang sama) tahun lalu/sebelumnya (masih | baru | hanya | di angka
...)" is the compared value: a participation count keeps the metric of the count before it and is dated a year
before it (pantau/extract/last_year_clause.py); the count before keeps the sentence's own period; a change stated
after both ("jadi naik 7 persen") is read between them. Near-misses: "tahun lalu" as the sentence's only period, and
"tahun lalu" with no figure of its own. (The claims' wordings are in tests/paraphrases/session20.toml.)

Every sentence was written for this file.
"""
from __future__ import annotations

from datetime import date

import pytest

import pantau.extract
import pantau.model
from tests.test_member_periods18 import members


@pytest.mark.parametrize("text, published, expected", [
    ("Sampai Februari 2023 peserta aktif BPJS Ketenagakerjaan 35,3 juta orang. Kalau formal ada 22,58 juta, tahun lalu "
     "masih 20,9 juta.", "2023-04-05",
     {("active_workers", 35300000, "2023-02-28"), ("active_wage_workers", 22580000, "2023-02-28"),
      ("active_wage_workers", 20900000, "2022-02-28")}),
    ("Hingga Juni 2022, peserta BPU BPJS Ketenagakerjaan Cabang Kudus tercatat 14.200 orang, padahal tahun lalu baru "
     "9.800 orang.", "2022-07-11",
     {("active_non_wage_workers", 14200, "2022-06-30"), ("active_non_wage_workers", 9800, "2021-06-30")}),
    ("Peserta jasa konstruksi BPJS Ketenagakerjaan Cabang Pati hingga Mei 2024 ada 31.000 pekerja, sementara tahun "
     "lalu hanya 27.500 pekerja.", "2024-06-03",
     {("active_construction_workers", 31000, "2024-05-31"), ("active_construction_workers", 27500, "2023-05-31")}),
    ("“Peserta aktif kami per Maret 2023 sekitar 128 ribu, tahun sebelumnya di angka 119 ribu,” kata Kepala BPJS "
     "Ketenagakerjaan Cabang Kediri.", "2023-04-12",
     {("active_workers", 128000, "2023-03-31"), ("active_workers", 119000, "2022-03-31")}),
    ("Jumlah pekerja migran yang terlindungi BPJS Ketenagakerjaan Kanwil Jawa Timur per Agustus 2021 mencapai 61.300 "
     "orang, pada periode yang sama tahun lalu masih 48.900 orang.", "2021-09-20",
     {("migrant_workers", 61300, "2021-08-31"), ("migrant_workers", 48900, "2020-08-31")}),
    # near-misses: "tahun lalu" is the sentence's only period; "tahun lalu" with no figure of its own
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus sepanjang tahun lalu mencapai 80.100 orang.", "2023-03-06",
     {("active_workers", 80100, "2022-12-31")}),
    ("Hingga Juni 2022, peserta BPU BPJS Ketenagakerjaan Cabang Kudus tercatat 14.200 orang, naik dibanding tahun "
     "lalu.", "2022-07-11",
     {("active_non_wage_workers", 14200, "2022-06-30")}),
])
def test_a_last_year_clause_gives_the_count_before_a_year_earlier(text, published, expected):
    assert members(text, published) == expected


def _changes(text: str, published: str) -> list[tuple]:
    ex = pantau.extract.extract_article(
        pantau.model.RawArticle("t.txt", "0" * 64, "", text, published_hint=date.fromisoformat(published)))
    return [(c.subject, c.percent, c.from_value, c.to_value) for c in ex.changes]


def test_a_change_told_after_the_clause_is_read_between_its_two_counts():
    text = ("Sampai Februari 2023 peserta aktif BPJS Ketenagakerjaan 35,3 juta orang. Kalau formal ada 22,58 juta, "
            "tahun lalu masih 20,9 juta, jadi naik 7 persen.")
    assert _changes(text, "2023-04-05") == [("active_wage_workers", 7.0, 20900000.0, 22580000.0)]


def test_a_segment_a_year_earlier_is_no_part_of_the_total():
    """The total's parts take each segment once and never its value a year before (no false total_mismatch from
    22,58 + 20,9 + 6,1 against 35,3); the parts of the same moment still are read."""
    text = ("Sampai Februari 2023 peserta aktif BPJS Ketenagakerjaan 35,3 juta orang. Yang informal sekitar 6,1 juta. "
            "Kalau formal ada 22,58 juta, tahun lalu masih 20,9 juta.")
    ex = pantau.extract.extract_article(
        pantau.model.RawArticle("t.txt", "0" * 64, "", text, published_hint=date(2023, 4, 5)))
    assert [sorted(p[1] for p in b.parts) for b in ex.breakdowns] == [[6100000.0, 22580000.0]]
