"""Rules found by the fifteenth and sixteenth blind sets and real pages D and E, each on text of our own."""
from datetime import date

import pytest

from pantau.extract import extract_article
from pantau.model import RawArticle


def _extract(body, published=None):
    return extract_article(RawArticle(source_path="t.txt", content_sha256="0", title="", body_text=body,
                                      published_hint=published))


def test_an_english_blog_header_dates_the_post():
    body = ("Kliping Berita Jamsostek\n\nThursday, November 21, 2013\n\nKlaim Naik\n\n"
            "PT Jamsostek Cabang Semarang I membayar JKK Rp 5,8 miliar hingga Oktober 2013.")
    assert _extract(body).published_date == date(2013, 11, 21)


def test_a_blogs_post_footer_and_archive_are_not_the_article():
    body = ("Hingga Oktober 2013 PT Jamsostek Cabang Semarang I sudah membayar klaim JKK sebesar Rp 5.892.959.903 "
            "kepada peserta yang mengalami kecelakaan kerja di Kota Semarang, Kabupaten Kendal dan Grobogan. "
            "Kepala cabang menyebut sebagian besar kasus terjadi di jalan saat berangkat atau pulang kerja, dan "
            "pihaknya terus mengajak perusahaan menerapkan keselamatan kerja agar angka kecelakaan turun.\n"
            "Diposkan oleh admin di 08.15\nLabel: Jamsostek\n0 komentar:\nArsip Blog\n"
            "Jamsostek Jateng Bayar JHT Rp 480 Miliar\n")
    claims = [(c.program, c.amount_idr) for c in _extract(body, date(2013, 11, 21)).claims]
    assert claims == [("JKK", 5892959903)]


def test_a_difference_between_two_counts_is_no_claim():
    body = ("Sampai Oktober 2013 kecelakaan kerja yang dilaporkan ke PT Jamsostek Cabang Semarang mencapai 1.525 kasus. "
            "Pada Oktober 2012 angkanya masih 1.063 kasus, sehingga ada tambahan 462 kasus.")
    cases = sorted(c.cases for c in _extract(body, date(2013, 11, 21)).claims)
    assert 462 not in cases and 1525 in cases


def test_a_period_after_a_comparison_above_is_the_compared_figures_only():
    body = ("Hingga Oktober 2013, PT Jamsostek Cabang Semarang sudah mengeluarkan Rp 5.892.959.903 untuk jaminan "
            "kecelakaan kerja (JKK). Nilai itu hanya sedikit di atas pembayaran JKK pada Oktober 2012 yang sebesar "
            "Rp 5.837.227.143. Klaim JKM yang dibayarkan Rp 2,1 miliar.")
    jkm = [c for c in _extract(body, date(2013, 11, 21)).claims if c.program == "JKM"]
    assert [(c.period_end, c.is_prior_period) for c in jkm] == [(date(2013, 10, 31), False)]


def test_a_programs_amount_made_of_its_cases_is_no_breakdown_of_the_next_programs():
    body = ("Hingga 30 September 2021 BPJAMSOSTEK Cabang Cimahi membayar klaim JHT sebesar Rp 216,61 M terdiri dari "
            "17.755 kasus, klaim JP sebesar Rp 5,05 M terdiri dari 765 kasus, dan klaim JKM sebesar Rp 15,76 M "
            "terdiri dari 359 kasus.")
    ex = _extract(body, date(2021, 10, 27))
    assert [b for b in ex.breakdowns if b.unit == "rupiah" and b.exhaustive and b.total == 216.61e9] == []
    assert sorted((c.program, c.cases) for c in ex.claims) == [("JHT", 17755), ("JKM", 359), ("JP", 765)]


def test_a_small_programs_amount_with_a_decimal_comma_stays_small_beside_billions():
    body = ("KUDUS - Klaim BPJS Ketenagakerjaan Cabang Kudus mencapai Rp 230,7 miliar hingga akhir November 2022. "
            "Klaim JHT mencapai Rp 183 miliar untuk 26.508 peserta, JKK Rp 19,4 miliar untuk 6.092 peserta, "
            "dan JKP Rp 66,361 juta untuk 80 peserta.")
    jkp = [c.amount_idr for c in _extract(body, date(2022, 12, 18)).claims if c.program == "JKP"]
    assert jkp == [66_361_000]



def test_the_sentences_after_a_year_that_grew_into_this_one_speak_of_this_one():
    body = ("BATAM - Sepanjang 1 Januari sampai 24 November 2023 BPJS Ketenagakerjaan Batam Sekupang membayarkan klaim "
            "32.710 kasus dengan total Rp 343,190 miliar. \"Di tahun 2022 total klaim yang dibayarkan mencapai 22.766 "
            "kasus dengan nominal Rp 249,44 miliar, jumlah tersebut meningkat di tahun 2023,\" katanya. Klaim terbesar "
            "dari program JHT sebanyak 23.929 kasus dengan nominal Rp 280,686 miliar.")
    jht = [c for c in _extract(body, date(2023, 11, 24)).claims if c.program == "JHT"]
    assert [(c.period_end, c.is_prior_period) for c in jht] == [(date(2023, 11, 24), False)]


def test_a_year_begun_days_before_publication_is_a_plan_not_the_period_of_what_follows():
    body = ("BPJS Ketenagakerjaan Cabang Nagoya Batam menargetkan 355.090 pekerja terlindungi sepanjang 2025. "
            "Realisasi di 2024 sekitar 322.246 tenaga kerja. Dan di tahun 2025 realisasinya naik 15 persen atau "
            "minimal 355.090. Sementara itu, pada tahun 2024 BPJS Ketenagakerjaan Nagoya juga memproses klaim. "
            "Klaim JHT dengan jumlah pekerja mencapai 38.449 dengan nilai Rp514,1 miliar.")
    claims = _extract(body, date(2025, 1, 7)).claims
    assert [(c.program, c.period_end) for c in claims] == [("JHT", date(2024, 12, 31))]


def test_a_year_begun_days_before_publication_still_dates_what_it_says_was_paid():
    body = ("Sepanjang tahun 2019, BPJS Ketenagakerjaan Cabang Denpasar membayarkan klaim JHT sebesar Rp 214,6 miliar "
            "kepada 16.204 peserta. Selain JHT, cabang juga membayar manfaat lain sebagai berikut:\n"
            "- Jaminan Kematian (JKM): 96 kasus dengan nilai Rp 2.880.000.000\n")
    claims = _extract(body, date(2019, 1, 15)).claims
    assert {(c.program, c.period_end) for c in claims} == {("JHT", date(2019, 12, 31)), ("JKM", date(2019, 12, 31))}


def test_an_office_cut_short_by_the_agencys_name_is_the_office_already_known():
    body = ("Jumlah klaim yang dibayarkan BPJS Ketenagakerjaan Cabang Perintis Kabupaten Ogan Komering Ulu hingga "
            "Agustus 2018 mencapai Rp9 miliar. \"Total klaim yang kami bayarkan hingga 31 Agustus 2018 mencapai "
            "Rp9.992.502.613,\" kata Kepala Cabang Perintis BPJS Ketenagakerjaan Ogan Komering Ulu, Eko, Sabtu.")
    claims = _extract(body, date(2018, 9, 8)).claims
    assert len({c.office for c in claims}) == 1


# A stray currency sign on a case count ("Rp2.543 kasus"): a count (five ways); a sum with its scale word or a
# per-person benefit stays money (two near-misses).
@pytest.mark.parametrize("body,cases,amount", [
    ("Jaminan Pensiun (JP) yang berjumlah Rp2.543 kasus dengan nominal pembayaran Rp2,2 miliar sepanjang 2020.",
     2543, 2.2e9),
    ("Klaim JKM sepanjang 2020 sebanyak Rp 185 kasus senilai Rp 7,1 miliar.", 185, 7.1e9),
    ("Sepanjang 2020 JHT dibayarkan kepada Rp30.152 klaim dengan nilai Rp353,6 miliar.", 30152, 353.6e9),
    ("Klaim JKK Rp 6.414 kasus, nominalnya Rp26,9 miliar sepanjang 2020.", 6414, 26.9e9),
    ("Sepanjang 2020 JP dibayar untuk Rp. 2.543 kasus senilai Rp 2,2 miliar.", 2543, 2.2e9),
])
def test_a_stray_currency_sign_on_a_count(body, cases, amount):
    (claim,) = _extract(body, date(2021, 1, 5)).claims
    assert (claim.cases, claim.amount_idr) == (cases, amount)


@pytest.mark.parametrize("body", ["Klaim JKK Rp 6.414 juta kasus kecelakaan tahun 2020.",
                                  "Klaim JKK sepanjang 2020 dibayar Rp 6.414.000.000 kasus demi kasus."])
def test_a_sum_before_a_case_word_stays_money(body):
    (claim,) = _extract(body, date(2021, 1, 5)).claims
    assert claim.cases is None and claim.amount_idr == 6.414e9


def test_a_stray_currency_sign_on_people_keeps_them_people():
    body = ("Sepanjang 2016 klaim JKK dibayar Rp 11,5 miliar kepada 1.259 peserta. Untuk program jaminan pensiun, "
            "yang mengikuti sebanyak Rp 1.108 peserta.")
    assert [(c.program, c.cases) for c in _extract(body, date(2016, 8, 1)).claims] == [("JKK", 1259)]


# "31.832 total klaim": a count whose noun is "total klaim" (five ways); "total klaim" before money stays its lead
@pytest.mark.parametrize("body", [
    "Sepanjang tahun 2023 BPJS Ketenagakerjaan Surabaya Darmo membayar Rp 394,2 miliar untuk 31.832 total klaim.",
    "Sepanjang 2023 BPJS Ketenagakerjaan Surabaya Darmo mencatat 31.832 total klaim senilai Rp 394,2 miliar.",
    "BPJS Ketenagakerjaan Surabaya Darmo sepanjang 2023 membayarkan Rp 394,2 miliar atas 31.832 total klaim.",
    "Ada 31.832 total klaim yang dibayar BPJS Ketenagakerjaan Surabaya Darmo sepanjang 2023 dengan nilai Rp 394,2 miliar.",
    "Sepanjang 2023, sebanyak 31.832 total klaim dibayarkan BPJS Ketenagakerjaan Surabaya Darmo, nilainya Rp 394,2 miliar.",
])
def test_a_count_of_total_claims(body):
    (claim,) = _extract(body, date(2024, 1, 20)).claims
    assert (claim.program, claim.cases, claim.amount_idr) == ("TOTAL", 31832, 394.2e9)


def test_total_claims_before_money_lead_the_amount():
    (claim,) = _extract("Sepanjang 2023 total klaim BPJS Ketenagakerjaan Surabaya Darmo Rp 394,2 miliar untuk 31.832 kasus.",
                        date(2024, 1, 20)).claims
    assert (claim.cases, claim.amount_idr) == (31832, 394.2e9)


# A count of applications named with its program after it ("43.334 kasus pengajuan jaminan hari tua (JHT)"), and an
# amount followed by "atau rata-rata ... per harinya": the average is the other figure's (five ways, one near-miss)
@pytest.mark.parametrize("body", [
    "Sampai dengan November 2015 ada 43.334 kasus pengajuan jaminan hari tua (JHT). Dari jumlah tersebut, pembayaran "
    "JHT mencapai Rp2,51 triliun atau rata-rata pembayaran per harinya sebesar Rp11,43 miliar.",
    "Hingga November 2015 tercatat 43.334 klaim permohonan JHT. Pembayaran JHT mencapai Rp2,51 triliun atau rata-rata "
    "per hari Rp11,43 miliar.",
    "Sampai November 2015 ada 43.334 kasus pengajuan JHT yang dibayar senilai Rp2,51 triliun.",
    "Sampai November 2015 BPJS Ketenagakerjaan DKI membayar JHT Rp2,51 triliun atau rata-rata per hari Rp11,43 miliar "
    "untuk 43.334 kasus pengajuan JHT.",
    "Sampai dengan November 2015, sebanyak 43.334 pengajuan klaim JHT dibayarkan dengan nilai Rp2,51 triliun.",
])
def test_applications_named_with_their_program_and_an_average_after_the_sum(body):
    claims = [(c.program, c.cases, c.amount_idr) for c in _extract(body, date(2015, 12, 16)).claims]
    assert claims == [("JHT", 43334, 2.51e12)]


def test_an_average_per_day_alone_is_no_sum():
    body = "Sampai November 2015 klaim JHT dibayar untuk 43.334 kasus, rata-rata pembayaran per harinya Rp11,43 miliar."
    assert [(c.program, c.cases, c.amount_idr) for c in _extract(body, date(2015, 12, 16)).claims] == [("JHT", 43334, None)]


@pytest.mark.parametrize("body,joined", [
    ("dan 2021 hanya 2. 840 yang masih aktif", "dan 2021 hanya  2.840 yang masih aktif"),
    ("hingga 31. 125 kasus", "hingga  31.125 kasus"),
    ("sebanyak 12. 480 pekerja", "sebanyak  12.480 pekerja"),
    ("mencapai 5. 016 orang", "mencapai  5.016 orang"),
    ("tercatat 184. 000 peserta", "tercatat  184.000 peserta"),
    ("pada tahun 2. Sebanyak 40 orang", "pada tahun 2. Sebanyak 40 orang"),  # a sentence ends: left alone
    ("pasal 2. 1000 pekerja", "pasal 2. 1000 pekerja"),  # four digits after: no thousands group
])
def test_a_stray_space_after_a_thousands_dot(body, joined):
    from pantau.extract.text import join_spaced_thousands
    assert join_spaced_thousands(body) == joined


# "Tak hanya program JKP, secara keseluruhan ...": the program named as "not only" is left out of what follows (five
# ways; not yet when the next sentence points back with "Nilainya": the anaphor takes the last program); a program the
# sentence names for its own figure stays (two near-misses)
_JKP = "Hingga Maret 2025 klaim JKP mencapai Rp161,005 miliar dengan 35.493 kasus. "


@pytest.mark.parametrize("body", [
    _JKP + "Tak hanya program JKP, secara keseluruhan pembayaran klaim juga meningkat. Total pembayaran klaim mencapai "
           "Rp15,76 triliun, berasal dari 1,1 juta kasus.",
    _JKP + "Tidak hanya JKP, pembayaran klaim seluruh program ikut naik. Totalnya Rp15,76 triliun untuk 1,1 juta kasus.",
    _JKP + "Bukan hanya JKP yang melonjak. Pembayaran klaim BPJS Ketenagakerjaan mencapai Rp15,76 triliun untuk 1,1 juta kasus.",
    _JKP + "Tak hanya klaim JKP, klaim secara umum juga meningkat. Pembayaran klaim mencapai Rp15,76 triliun dari 1,1 juta "
           "kasus.",
    _JKP + "Tidak hanya program JKP yang naik. Total klaim mencapai Rp15,76 triliun dengan 1,1 juta kasus.",
])
def test_a_program_named_as_not_only_is_not_the_next_figures(body):
    claims = [(c.program, c.cases, c.amount_idr) for c in _extract(body, date(2025, 4, 25)).claims]
    assert claims == [("JKP", 35493, 161.005e9), ("TOTAL", 1100000, 15.76e12)]


@pytest.mark.parametrize("body", [
    _JKP + "Tak hanya itu, klaim JHT juga naik menjadi Rp 14 triliun untuk 900 ribu kasus.",
    _JKP + "Tidak hanya meningkat, klaim JKP Maret 2025 saja mencapai Rp 60 miliar untuk 13.000 kasus.",
])
def test_not_only_before_another_word_leaves_the_program(body):
    programs = [c.program for c in _extract(body, date(2025, 4, 25)).claims]
    assert programs[0] == "JKP" and "TOTAL" not in programs
