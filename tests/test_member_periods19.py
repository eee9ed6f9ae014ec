"""Session 19: the period of a participation figure told "a year later".

A sentence that says "setahun kemudian / setahun berselang / setahun sesudahnya / (pada) tahun berikutnya", naming no
written period before its first count, counts the year after the position just told ("... pada 2019 mencapai 539.299
orang. Setahun kemudian angkanya merosot ke 389.760 orang": 2020). Near-misses: a written period before the count
("Setahun kemudian, pada Juni 2023, ..."), and "Kemudian" alone (no year named).

Each case asserts every membership figure as (metric, value, period_end), exactly. Every sentence was written for
this file.
"""
from __future__ import annotations

import pytest

from tests.test_member_periods18 import members


@pytest.mark.parametrize("text, published, expected", [
    ("Jumlah PMI aktif peserta BPJS Ketenagakerjaan pada 2019 mencapai 539.299 orang. Setahun kemudian angkanya merosot "
     "ke 389.760 orang.", "2021-03-16",
     {("migrant_workers", 539299, "2019-12-31"), ("migrant_workers", 389760, "2020-12-31")}),
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus pada 2021 sebanyak 80.100 orang. Pada tahun berikutnya jumlahnya "
     "naik menjadi 89.700 orang.", "2023-05-08",
     {("active_workers", 80100, "2021-12-31"), ("active_workers", 89700, "2022-12-31")}),
    ("Tenaga kerja aktif BPJS Ketenagakerjaan Kota Batu tercatat 41.200 orang pada 2016. Setahun berselang, peserta "
     "aktif bertambah menjadi 46.800 orang.", "2018-02-05",
     {("active_workers", 41200, "2016-12-31"), ("active_workers", 46800, "2017-12-31")}),
    ("Peserta BPU BPJS Ketenagakerjaan Cabang Pati pada 2022 berjumlah 12.000 orang. Tahun berikutnya peserta BPU "
     "menjadi 16.200 orang.", "2024-02-05",
     {("active_non_wage_workers", 12000, "2022-12-31"), ("active_non_wage_workers", 16200, "2023-12-31")}),
    ("Peserta aktif BPJS Ketenagakerjaan Kanwil Bali pada Juni 2020 sebanyak 610.400 orang. Setahun sesudahnya, peserta "
     "aktif tercatat 655.900 orang.", "2021-08-02",
     {("active_workers", 610400, "2020-06-30"), ("active_workers", 655900, "2021-06-30")}),
    # near-misses
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus pada 2021 sebanyak 80.100 orang. Setahun kemudian, pada Juni "
     "2023, jumlahnya 89.700 orang.", "2023-07-03",
     {("active_workers", 80100, "2021-12-31"), ("active_workers", 89700, "2023-06-30")}),
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus pada 2021 sebanyak 80.100 orang. Kemudian jumlahnya naik menjadi "
     "89.700 orang.", "2022-01-10",
     {("active_workers", 80100, "2021-12-31"), ("active_workers", 89700, "2021-12-31")}),
])
def test_a_year_later_counts_the_year_after_the_position_just_told(text, published, expected):
    assert members(text, published) == expected
