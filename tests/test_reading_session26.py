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


_BRANCHES = ("Klaim JHT terbesar datang dari cabang Bali I dengan 10.059 kasus dan cabang Sidoarjo 10.172 kasus. "
             "Klaim JHT Januari hingga Agustus 2011 di Kanwil VI mencapai 82.985 kasus. ")


@pytest.mark.parametrize("amount", [
    "Nilai pembayaran JHT periode Januari-Agustus 2011 mencapai Rp 505,6 miliar.",
    "Adapun nominal JHT yang dibayarkan hingga Agustus 2011 sebesar Rp 505,6 miliar.",
    "Dana JHT yang sudah dicairkan selama Januari-Agustus 2011 senilai Rp 505,6 miliar.",
    "Sementara pembayaran klaim JHT per Agustus 2011 mencapai Rp505,6 miliar.",
    "NILAI KLAIM JHT JANUARI-AGUSTUS 2011 MENCAPAI RP 505,6 MILIAR.",
])
def test_an_amount_told_alone_joins_the_whole_count_not_a_listed_part(amount):
    """The amount of a later sentence completes the largest count of its programme and period, the whole the
    branches' counts are parts of."""
    claims = _claims(_BRANCHES + amount, "2011-09-15")
    assert ("JHT", 82985, 505.6e9) in claims
    assert ("JHT", 10059, None) in claims


@pytest.mark.parametrize("text, expected", [
    # each count with its own amount: nothing to complete
    ("Cabang Bali I membayar JHT 10.059 kasus senilai Rp 60 miliar pada Januari-Agustus 2011. Kanwil VI membayar JHT "
     "82.985 kasus senilai Rp 505,6 miliar pada periode yang sama.", {("JHT", 10059, 60e9), ("JHT", 82985, 505.6e9)}),
    # another programme's amount completes only its own count
    ("Klaim JHT Januari-Agustus 2011 mencapai 82.985 kasus, sedangkan JKK 3.120 kasus. Nilai klaim JKK Januari-Agustus "
     "2011 sebesar Rp 40 miliar.", {("JHT", 82985, None), ("JKK", 3120, 40e9)}),
])
def test_near_miss_amounts_that_complete_nothing_else(text, expected):
    assert _claims(text, "2011-09-15") == expected


def _members(text, published="2015-03-20"):
    return {(m.metric, round(m.value)) for m in extract_text(text, date.fromisoformat(published)).membership}


_INFORMAL_TOPIC = ("Kepala BPJS Ketenagakerjaan Kanwil Jateng dan DIY mengatakan, dari angkatan kerja informal yang ada, "
                   "kepesertaannya masih minim. ")


@pytest.mark.parametrize("count", [
    "Berdasarkan data, sejak Januari hingga Februari baru sekitar 135.714 pekerja atau baru 1% yang menjadi peserta aktif.",
    "Hingga Februari 2015 baru 135.714 pekerja atau sekitar 1 persen yang menjadi peserta.",
    "Data terakhir menunjukkan baru 135.714 orang atau 1,04% yang sudah terlindungi.",
    "Sampai Februari tercatat 135.714 pekerja atau hanya 1 persen yang telah ter-cover.",
    "BERDASARKAN DATA, HINGGA FEBRUARI BARU 135.714 PEKERJA ATAU 1% YANG MENJADI PESERTA AKTIF.",
])
def test_a_count_said_covered_past_its_share_keeps_the_topics_segment(count):
    """The sentence before named the informal workforce; "N pekerja atau baru 1% yang menjadi peserta" counts them."""
    assert _members(_INFORMAL_TOPIC + count) == {("active_non_wage_workers", 135714)}


@pytest.mark.parametrize("count, expected", [
    # a count naming its own segment
    ("Hingga Februari tercatat 1.200.083 pekerja penerima upah atau 19 persen yang menjadi peserta aktif.",
     {("active_wage_workers", 1200083)}),
    # every participant, said so
    ("Secara keseluruhan, peserta aktif BPJS Ketenagakerjaan Kanwil Jateng dan DIY mencapai 3.100.000 pekerja.",
     {("active_workers", 3100000)}),
])
def test_near_miss_counts_with_their_own_subject_leave_the_topic(count, expected):
    assert _members(_INFORMAL_TOPIC + count) == expected


def _periods(text, published="2020-11-20"):
    return {(c.program, c.cases, str(c.period_end)) for c in extract_text(text, date.fromisoformat(published)).claims}


_RELEASED = "BP Jamsostek Batam Nagoya membayar JHT dari Januari hingga Oktober 2020 kepada 25.411 peserta senilai Rp 287,7 miliar. "


@pytest.mark.parametrize("aside", [
    "Sepanjang tahun 2020 ini, jumlah rata-rata pengajuan klaim mencapai 2.541 pekerja setiap bulannya.",
    "Selama 2020, rata-rata klaim yang masuk sekitar 85 berkas per hari.",
    "Sepanjang tahun ini rata-rata ada 2.500 pekerja mencairkan JHT tiap bulan.",
    "Pada 2020 ini rata-rata pencairan mencapai 2.541 orang sebulan.",
    "SEPANJANG TAHUN 2020 INI, RATA-RATA PENGAJUAN KLAIM MENCAPAI 2.541 PEKERJA SETIAP BULANNYA.",
])
def test_a_rate_sentence_does_not_date_the_figures_after_it(aside):
    """The period of a monthly or daily average is the window it averages over; the next figures keep the period in
    force."""
    text = _RELEASED + aside + " Untuk Jaminan Kematian, BP Jamsostek membayar Rp 6,1 miliar atas 158 kasus."
    assert ("JKM", 158, "2020-10-31") in _periods(text)


@pytest.mark.parametrize("aside, end", [
    # a sentence with a figure of its own period, no rate: its period goes into force
    ("Sepanjang tahun 2020 ini, klaim yang diajukan mencapai 30.000 berkas.", "2020-11-20"),
    # a rate with no period of its own: nothing to carry either way
    ("Rata-rata klaim yang masuk sekitar 85 berkas per hari.", "2020-10-31"),
])
def test_near_miss_sentences_that_are_not_a_dated_rate(aside, end):
    text = _RELEASED + aside + " Untuk Jaminan Kematian, BP Jamsostek membayar Rp 6,1 miliar atas 158 kasus."
    assert ("JKM", 158, end) in _periods(text)


@pytest.mark.parametrize("lead", [
    "Kemudian, pada November, BP Jamsostek merilis pencairan JHT dari Januari hingga Oktober 2020 sudah mencapai 25.411 kasus.",
    "Pada 5 November 2020 kantor cabang mengumumkan klaim JHT Januari-Oktober 2020 sebanyak 25.411 kasus.",
    "Awal November 2020, BP Jamsostek Batam melansir data klaim JHT periode Januari hingga Oktober 2020: 25.411 kasus.",
    "Pada November, pihaknya memublikasikan klaim JHT sejak Januari hingga Oktober 2020 sebanyak 25.411 kasus.",
    "KEMUDIAN, PADA NOVEMBER, BP JAMSOSTEK MERILIS PENCAIRAN JHT DARI JANUARI HINGGA OKTOBER 2020 SEBANYAK 25.411 KASUS.",
])
def test_the_month_figures_were_released_is_not_their_period(lead):
    text = lead + " Untuk Jaminan Kematian, BP Jamsostek membayar Rp 6,1 miliar atas 158 kasus."
    assert _periods(text) == {("JHT", 25411, "2020-10-31"), ("JKM", 158, "2020-10-31")}


@pytest.mark.parametrize("lead, end", [
    # the month the figures were recorded in is their period
    ("Pada November 2020 BP Jamsostek mencatat klaim JHT sebanyak 25.411 kasus.", "2020-11-30"),
    ("Hingga Oktober 2020 BP Jamsostek merilis data klaim JHT sebanyak 25.411 kasus.", "2020-10-31"),
])
def test_near_miss_periods_that_are_the_figures_own(lead, end):
    assert ("JHT", 25411, end) in _periods(lead, "2020-12-05")


@pytest.mark.parametrize("text, parts", [
    ("Sekitar 80 ribu pekerja rentan di Paser dan Kutai Kartanegara sudah terlindungi BPJS Ketenagakerjaan, yaitu 32.268 "
     "pekerja di Paser dan 46.073 pekerja di Kutai Kartanegara.", {32268, 46073}),
    ("Sebanyak 25.000 pekerja bukan penerima upah di Kota Batu sudah menjadi peserta BPJS Ketenagakerjaan, yakni 15.000 "
     "pekerja di Kecamatan Batu dan 10.000 pekerja di Kecamatan Junrejo.", {15000, 10000}),
    ("Peserta aktif BPJS Ketenagakerjaan dari sektor jasa konstruksi di Jambi mencapai 41.000 pekerja, masing-masing "
     "22.000 pekerja di Kota Jambi dan 19.000 pekerja di Muaro Jambi.", {22000, 19000}),
    ("Tercatat 12.400 pekerja informal terlindungi BPJS Ketenagakerjaan Cabang Sorong, terdiri dari 7.400 orang di Kota "
     "Sorong dan 5.000 orang di Kabupaten Sorong.", {7400, 5000}),
    ("SEKITAR 80 RIBU PEKERJA RENTAN SUDAH TERLINDUNGI BPJS KETENAGAKERJAAN, YAITU 32.268 PEKERJA DI PASER DAN 46.073 "
     "PEKERJA DI KUTAI KARTANEGARA.", {32268, 46073}),
])
def test_parts_listed_after_a_segments_whole_are_of_its_segment(text, parts):
    """"80 ribu pekerja rentan ..., yaitu 32.268 pekerja di Paser dan 46.073 pekerja di Kutai Kartanegara": the parts
    name no segment of their own; the whole's is theirs."""
    members = _members(text, "2022-11-12")
    metric = next(m for m, v in members if v == min(parts))
    assert {(metric, v) for v in parts} <= members and metric != "active_workers"


@pytest.mark.parametrize("text, expected", [
    # parts naming their own segments
    ("Sebanyak 80.000 pekerja sudah terlindungi BPJS Ketenagakerjaan, yaitu 60.000 pekerja penerima upah dan 20.000 "
     "pekerja bukan penerima upah.", {("active_wage_workers", 60000), ("active_non_wage_workers", 20000)}),
    # a whole with no segment: its parts are plain participants
    ("Sebanyak 80.000 pekerja sudah terlindungi BPJS Ketenagakerjaan, yaitu 32.000 pekerja di Paser dan 48.000 pekerja "
     "di Kutai Kartanegara.", {("active_workers", 32000), ("active_workers", 48000)}),
])
def test_near_miss_parts_with_their_own_or_no_segment(text, expected):
    assert expected <= _members(text, "2022-11-12")


_THIS_YEAR = "Klaim JHT BPJS Ketenagakerjaan Kanwil VI Januari hingga Agustus 2011 mencapai 82.985 kasus. "


def _dated_after_this_year(last_year):
    """(cases, period end, prior) of every claim once a sentence about last year follows this year's count."""
    claims = extract_text(_THIS_YEAR + last_year, date(2011, 9, 15)).claims
    return {(c.cases, str(c.period_end), c.is_prior_period) for c in claims}


@pytest.mark.parametrize("last_year", [
    "Tahun lalu, total klaim JHT mencapai 109.912 kasus.",
    "Sepanjang tahun lalu klaim JHT tercatat 109.912 kasus.",
    "Selama tahun sebelumnya, klaim JHT berjumlah 109.912 kasus.",
    "Total klaim JHT tahun lalu mencapai 109.912 kasus.",
    "TAHUN LALU, TOTAL KLAIM JHT MENCAPAI 109.912 KASUS.",
])
def test_last_years_total_is_the_whole_year_as_background(last_year):
    """"Tahun lalu, total klaim ...": the whole year before, told as background, not its same months compared."""
    assert (109912, "2010-12-31", False) in _dated_after_this_year(last_year)


@pytest.mark.parametrize("last_year", [
    "Pada periode yang sama tahun lalu klaim JHT tercatat 76.516 kasus.",
    "Tahun lalu klaim JHT pada periode itu 76.516 kasus.",
])
def test_near_miss_last_years_same_months_are_compared(last_year):
    assert (76516, "2010-08-31", True) in _dated_after_this_year(last_year)
