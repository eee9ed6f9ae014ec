"""Session 18, third file: the period of a participation figure told after a dated position.

Reading 2: a sentence whose only period is "(pada periode yang sama) tahun lalu" / "tahun sebelumnya", after
sentences about a dated position ("hingga Mei 2019, peserta aktif 88.435"), counts the position a year earlier
(period_end a year before). Near-misses: "tahun lalu" in an article published the year after a whole-year period
(it is that year itself); a sentence with its own written year.

Reading 3: a sentence listing the parts of the count just told ("Rinciannya, jasa konstruksi 86.770, ...") and naming
no period of its own has that count's period, also when that count was of a year earlier. Near-misses: a parts
sentence that names its own period; a list that is not of the parts of the count just told.

Each case asserts every membership figure as (metric, value, period_end), exactly. Every sentence was written for
this file.
"""
from __future__ import annotations

from datetime import date

import pytest

import pantau.extract
import pantau.model


def members(text: str, published: str) -> set[tuple]:
    ex = pantau.extract.extract_article(
        pantau.model.RawArticle("t.txt", "0" * 64, "", text, published_hint=date.fromisoformat(published)))
    return {(m.metric, round(m.value), str(m.period_end)) for m in ex.membership}


def case(id_, published, text, expected, known=None):
    marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
    return pytest.param(published, text, set(expected), id=id_, marks=marks)


# ---------------------------------------------------------------------------------------------------------------
# Reading 2: "(pada periode yang sama) tahun lalu" / "tahun sebelumnya" after a dated position: a year earlier.
# ---------------------------------------------------------------------------------------------------------------

YEAR_EARLIER = [
    case("same-period-last-year", "2019-06-20",
         "Hingga Mei 2019, peserta aktif BPJS Ketenagakerjaan Cabang Blora tercatat 88.435 orang. "
         "Pada periode yang sama tahun lalu, jumlahnya 81.200 orang.",
         [("active_workers", 88435, "2019-05-31"), ("active_workers", 81200, "2018-05-31")]),
    case("compared-with-same-period", "2021-09-14",
         "BPJS Ketenagakerjaan Cabang Magelang mencatat peserta aktif per Agustus 2021 sebanyak 63.910 orang. "
         "Angka itu lebih tinggi dibanding periode yang sama tahun lalu, yakni 59.480 orang.",
         [("active_workers", 63910, "2021-08-31"), ("active_workers", 59480, "2020-08-31")],
         known="a count on the compared side ('dibanding periode yang sama tahun lalu, yakni 59.480 orang') keeps "
               "the current position's period (2021-08-31), not the year before"),
    case("last-year-wage-segment", "2023-04-18",
         "Per Maret 2023, pekerja penerima upah yang aktif di BPJS Ketenagakerjaan Cabang Jember berjumlah "
         "45.100 orang. Tahun lalu pada periode yang sama, jumlahnya 41.960 orang.",
         [("active_wage_workers", 45100, "2023-03-31"), ("active_wage_workers", 41960, "2022-03-31")]),
    case("year-before-companies", "2016-07-12",
         "Sampai Juni 2016, perusahaan aktif yang terdaftar di BPJS Ketenagakerjaan Cabang Pekanbaru mencapai "
         "4.310 perusahaan. Pada periode yang sama tahun sebelumnya, perusahaan aktif tercatat 3.985.",
         [("active_companies", 4310, "2016-06-30"), ("active_companies", 3985, "2015-06-30")]),
    case("last-year-after-workers-and-companies", "2019-07-02",
         "Hingga Mei 2019, peserta aktif BPJS Ketenagakerjaan Cabang Grobogan tercatat 88.435 orang dari "
         "1.960 perusahaan. Pada periode yang sama tahun lalu, jumlahnya 80.010 orang.",
         [("active_workers", 88435, "2019-05-31"), ("active_companies", 1960, "2019-05-31"),
          ("active_workers", 80010, "2018-05-31")],
         known="the year-earlier count of 'orang' takes the metric of the last figure before it (the companies), "
               "so 80.010 workers become active companies"),
]

YEAR_EARLIER_NEAR_MISSES = [
    # published in January 2019 about the whole of 2018: "tahun lalu" is 2018 itself
    case("last-year-is-the-year-reported", "2019-01-15",
         "Sepanjang 2018, peserta aktif BPJS Ketenagakerjaan Cabang Sragen bertambah hingga mencapai 52.780 orang. "
         "Tahun lalu pula, perusahaan aktif yang terdaftar mencapai 1.940 perusahaan.",
         [("active_workers", 52780, "2018-12-31"), ("active_companies", 1940, "2018-12-31")]),
    case("own-written-year", "2019-06-20",
         "Hingga Mei 2019, peserta aktif BPJS Ketenagakerjaan Cabang Rembang tercatat 67.310 orang. "
         "Pada akhir 2017, jumlahnya 59.870 orang.",
         [("active_workers", 67310, "2019-05-31"), ("active_workers", 59870, "2017-12-31")]),
]


# ---------------------------------------------------------------------------------------------------------------
# Reading 3: a parts sentence naming no period of its own has the period of the count just told.
# ---------------------------------------------------------------------------------------------------------------

PARTS = [
    case("rinciannya-after-year-earlier", "2019-07-02",
         "Hingga Mei 2019, peserta aktif BPJS Ketenagakerjaan Cabang Purwodadi tercatat 88.435 orang. "
         "Pada periode yang sama tahun lalu, jumlahnya 80.010 orang. "
         "Rinciannya, penerima upah 48.500, bukan penerima upah 18.400 dan jasa konstruksi 13.110.",
         [("active_workers", 88435, "2019-05-31"), ("active_workers", 80010, "2018-05-31"),
          ("active_wage_workers", 48500, "2018-05-31"), ("active_non_wage_workers", 18400, "2018-05-31"),
          ("active_construction_workers", 13110, "2018-05-31")]),
    case("jumlah-itu-terdiri-atas", "2022-11-08",
         "Tenaga kerja aktif BPJS Ketenagakerjaan Cabang Kendari per Oktober 2022 sebanyak 74.600 orang. "
         "Jumlah itu terdiri atas pekerja penerima upah 51.900 orang, bukan penerima upah 17.250 orang dan "
         "pekerja migran 5.450 orang.",
         [("active_workers", 74600, "2022-10-31"), ("active_wage_workers", 51900, "2022-10-31"),
          ("active_non_wage_workers", 17250, "2022-10-31"), ("migrant_workers", 5450, "2022-10-31")]),
    case("pu-bpu-after-year-before", "2018-02-20",
         "Per Januari 2018, peserta aktif BPJS Ketenagakerjaan Cabang Lubuk Pakam mencapai 112.300 orang. "
         "Tahun sebelumnya, angkanya 104.870 orang. Rinciannya, PU 79.420 orang dan BPU 25.450 orang.",
         [("active_workers", 112300, "2018-01-31"), ("active_workers", 104870, "2017-01-31"),
          ("active_wage_workers", 79420, "2017-01-31"), ("active_non_wage_workers", 25450, "2017-01-31")]),
    case("jumlah-tersebut-after-year-earlier", "2020-10-13",
         "Kanwil BPJS Ketenagakerjaan Jawa Barat mencatat tenaga kerja aktif per September 2020 sebanyak "
         "5,12 juta orang. Pada periode yang sama tahun sebelumnya, jumlahnya mencapai 5,47 juta orang. "
         "Jumlah tersebut terdiri dari penerima upah 4,21 juta, bukan penerima upah 0,64 juta dan pekerja "
         "migran 0,62 juta.",
         [("active_workers", 5120000, "2020-09-30"), ("active_workers", 5470000, "2019-09-30"),
          ("active_wage_workers", 4210000, "2019-09-30"), ("active_non_wage_workers", 640000, "2019-09-30"),
          ("migrant_workers", 620000, "2019-09-30")],
         known="'Jumlah tersebut terdiri dari ...' after a year-earlier count (its parts add up to 5,47 juta) is "
               "not taken as that count's parts: they get the current position's period"),
    case("rinciannya-colon-current", "2026-05-19",
         "BPJS Ketenagakerjaan Cabang Merauke mencatat peserta aktif hingga April 2026 sebanyak 31.870 orang. "
         "Rinciannya: pekerja penerima upah 22.640 orang, pekerja informal 6.410 orang, serta pekerja jasa "
         "konstruksi 2.820 orang.",
         [("active_workers", 31870, "2026-04-30"), ("active_wage_workers", 22640, "2026-04-30"),
          ("active_non_wage_workers", 6410, "2026-04-30"), ("active_construction_workers", 2820, "2026-04-30")]),
]

PARTS_NEAR_MISSES = [
    case("parts-with-own-period", "2019-07-02",
         "Hingga Mei 2019, peserta aktif BPJS Ketenagakerjaan Cabang Demak tercatat 88.435 orang. "
         "Rinciannya per Desember 2018, penerima upah 50.200, bukan penerima upah 19.100, dan jasa konstruksi "
         "14.900.",
         [("active_workers", 88435, "2019-05-31"), ("active_wage_workers", 50200, "2018-12-31"),
          ("active_non_wage_workers", 19100, "2018-12-31"), ("active_construction_workers", 14900, "2018-12-31")]),
    # the list after the year-earlier count adds up to the current count (52.100 + 20.300 + 16.035 = 88.435), not
    # to the 80.010 just told: not that count's parts, so not its period
    case("list-not-of-the-count-just-told", "2019-07-02",
         "Hingga Mei 2019, peserta aktif BPJS Ketenagakerjaan Cabang Kudus tercatat 88.435 orang. "
         "Pada periode yang sama tahun lalu, jumlahnya 80.010 orang. Adapun peserta penerima upah 52.100 orang, "
         "bukan penerima upah 20.300 orang dan jasa konstruksi 16.035 orang.",
         [("active_workers", 88435, "2019-05-31"), ("active_workers", 80010, "2018-05-31"),
          ("active_wage_workers", 52100, "2019-05-31"), ("active_non_wage_workers", 20300, "2019-05-31"),
          ("active_construction_workers", 16035, "2019-05-31")]),
]


class TestSession18c:
    """(named so that `pytest -k session18c` selects these cases with the session's paraphrase file)"""

    @pytest.mark.parametrize("published,text,expected", YEAR_EARLIER + YEAR_EARLIER_NEAR_MISSES)
    def test_period_a_year_earlier(self, published, text, expected):
        assert members(text, published) == expected

    @pytest.mark.parametrize("published,text,expected", PARTS + PARTS_NEAR_MISSES)
    def test_parts_take_the_period_of_the_count_told(self, published, text, expected):
        assert members(text, published) == expected
