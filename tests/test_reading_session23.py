"""Readings of the twenty-third stop below the rules: where page chrome ends an article, where a sentence ends after a
numbered half or quarter, which office an agency's place names, and "ke" before a change's new value. Each has five
wordings and two near-misses."""
from datetime import date

import pytest

from pantau.extract.offices import find_offices
from pantau.extract.text import article_end, split_sentences
from tests.reading import extract_text

_extract = extract_text


_BODY = ("BPJS Ketenagakerjaan Cabang Mampang membayar klaim JKK Rp12,3 miliar sepanjang 2022 untuk 895 kasus "
         "kecelakaan kerja yang menimpa peserta.")


@pytest.mark.parametrize("head", [
    "Kecelakaan Kerja Naik, BPJAMSOSTEK Mampang Kucurkan Rp12,3 Miliar untuk Klaim JKK\n\nBagikan\n\n",
    "Berita\n\nKlaim Kecelakaan Kerja di BPJAMSOSTEK Jakarta Mampang Capai Rp12,3 Miliar Sepanjang 2022\n\nBagikan:\n\n",
    "Santunan JKK Naik Tajam, BPJS Ketenagakerjaan Mampang Bayarkan Belasan Miliar Rupiah\n\nShare:\n\n",
    "BPJS Ketenagakerjaan Mampang Bayar Klaim Kecelakaan Kerja Rp12,3 Miliar kepada 895 Peserta\n\nTags: klaim\n\n",
    "Ratusan Pekerja Celaka, Klaim JKK di BPJAMSOSTEK Jakarta Mampang Tembus Rp12,3 Miliar\nKomentar\n\n",
])
def test_chrome_under_a_long_headline_is_not_the_article_s_end(head):
    """A headline is as long as a paragraph but ends in no stop: share buttons or tags under it do not end the
    article."""
    body = head + _BODY
    assert article_end(body) == len(body)


@pytest.mark.parametrize("body", [
    _BODY + "\n\nBagikan\n\nBerita lain tentang BPJS",
    _BODY + "\n\nTags: BPJS, klaim, JKK",
])
def test_near_miss_chrome_after_a_paragraph_still_ends_the_article(body):
    assert body[:article_end(body)].strip() == _BODY


@pytest.mark.parametrize("text, first", [
    ("Klaim JKM turun menjadi 430 kasus pada semester I. JP justru naik menjadi 265 kasus.",
     "Klaim JKM turun menjadi 430 kasus pada semester I."),
    ("Pembayaran klaim tercatat Rp 2 triliun di triwulan I. Angka itu naik 12 persen.",
     "Pembayaran klaim tercatat Rp 2 triliun di triwulan I."),
    ("Data ini untuk kuartal I. Sementara kuartal II belum direkap.", "Data ini untuk kuartal I."),
    ("Pencairan dilakukan pada tahap V. Setelah itu program ditutup.", "Pencairan dilakukan pada tahap V."),
    ("Iuran masuk pada caturwulan I. Klaim dibayar sesudahnya.", "Iuran masuk pada caturwulan I."),
])
def test_a_half_or_quarter_numbered_i_or_v_ends_its_sentence(text, first):
    assert split_sentences(text)[0].text == first


@pytest.mark.parametrize("text", [
    "Kepala Cabang Ahmad I. Santoso menyampaikan klaim naik.",  # an initial
    "Data semester II. Jumlahnya naik.",  # (two letters: already a sentence end; here the near-miss is the initial)
])
def test_near_miss_an_initial_keeps_the_sentence(text):
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0].startswith(text.split(".")[0])
    assert len(sentences) == (1 if "Santoso" in text else 2)


@pytest.mark.parametrize("text, office", [
    ("menurut penata madya pelayanan di BPJAMSOSTEK Jakarta Kebon Sirih, klaim yang dibayar sudah naik", "Cabang Jakarta Kebon Sirih"),
    ("kata petugas BPJS Ketenagakerjaan Jakarta Mampang kepada wartawan di kantornya pada hari itu", "Cabang Jakarta Mampang"),
    ("layanan tatap muka di BPJS Ketenagakerjaan Jakarta Salemba dibuka lagi sejak pekan lalu", "Cabang Jakarta Salemba"),
    ("menurut data yang dicatat BPJAMSOSTEK Papua Barat hingga akhir bulan lalu", "Provinsi Papua Barat"),
    ("menurut data yang dihimpun BPJS Ketenagakerjaan Jakarta Cilandak pada awal pekan ini", "Cabang Jakarta Cilandak"),
    ("Kantor Wilayah BPJS Ketenagakerjaan Sumatera bagian utara (Sumbagut) membayar klaim kepada peserta", "Kanwil Sumbagut"),
    ("Kantor Wilayah BPJamsostek Sumatera bagian Utara mencatat klaim yang dibayar naik", "Kanwil Sumbagut"),
    ("Kantor Wilayah BPJS Ketenagakerjaan Sumatera Bagian Selatan menyebut klaim naik tahun ini", "Kanwil Sumbagsel"),
    ("kata Deputi Direktur Wilayah Sumatera bagian tengah, Eko, kepada wartawan di kantornya", "Kanwil Sumbagteng"),
    ("Kanwil BPJS Ketenagakerjaan Sumatera bagian selatan mencatat kenaikan klaim JHT", "Kanwil Sumbagsel"),
])
def test_a_region_s_name_followed_by_more_place_words_is_no_region(text, office):
    """"Jakarta" alone names the Jakarta region; "Jakarta Kebon Sirih" names a branch, "Papua Barat" a province; and
    "Sumatera bagian utara" is the Sumbagut region, not a region called "Sumatera"."""
    assert [o.office for o in find_offices(text)][:1] == [office]


@pytest.mark.parametrize("text, office", [
    ("menurut data yang dihimpun BPJS Ketenagakerjaan Jakarta pada awal pekan ini", "Kanwil DKI Jakarta"),
    ("kata pejabat yang bertugas di BPJS Ketenagakerjaan Jateng-DIY kepada wartawan kemarin", "Kanwil Jawa Tengah dan DIY"),
    ("Kantor Wilayah BPJS Ketenagakerjaan Jawa Timur bagian dari wilayah timur mencatat klaim", "Kanwil Jawa Timur"),
    ("Kantor Wilayah BPJS Ketenagakerjaan Jawa Barat bagian kepesertaan mencatat kenaikan peserta", "Kanwil Jawa Barat"),
])
def test_near_miss_a_region_named_whole_is_the_region(text, office):
    assert [o.office for o in find_offices(text)][:1] == [office]


def _claims(text):
    ex = _extract(text, date(2024, 6, 15))
    return {(c.program, c.cases, c.amount_idr, bool(c.is_prior_period)) for c in ex.claims}


@pytest.mark.parametrize("text, now, then", [
    ("Klaim JKK BPJS Ketenagakerjaan naik dari Rp 6 miliar ke Rp 7,1 miliar pada 2023.", 7.1e9, 6e9),
    ("Pembayaran JHT BPJS Ketenagakerjaan Cabang Kudus melonjak dari Rp 40 miliar ke Rp 52 miliar pada 2023.", 52e9, 40e9),
    ("Sepanjang 2023 klaim JKM di BPJS Ketenagakerjaan turun dari Rp 9,5 miliar ke Rp 8,2 miliar.", 8.2e9, 9.5e9),
    ("Nilai klaim JP BPJS Ketenagakerjaan pada 2023 bertambah dari Rp1,2 miliar ke Rp1,6 miliar.", 1.6e9, 1.2e9),
    ("BPJS Ketenagakerjaan mencatat klaim JKP 2023 meningkat dari Rp 300 juta ke Rp 410 juta.", 4.1e8, 3e8),
])
def test_ke_before_a_figure_is_the_change_s_new_value(text, now, then):
    program = next(p for p in ("JKK", "JHT", "JKM", "JP", "JKP") if f" {p} " in text)
    assert _claims(text) == {(program, None, now, False), (program, None, then, True)}


@pytest.mark.parametrize("text, expected", [
    # "ke" before a word, not a figure: no side word
    ("Klaim JKK BPJS Ketenagakerjaan sebesar Rp 7,1 miliar pada 2023 disalurkan ke 640 perusahaan.",
     {("JKK", None, 7.1e9, False)}),
    ("Klaim JKK BPJS Ketenagakerjaan pada 2023 naik ke angka Rp 7,1 miliar.", {("JKK", None, 7.1e9, False)}),
])
def test_near_miss_ke_not_between_a_change_s_values(text, expected):
    assert _claims(text) == expected


def _published(text):
    return _extract(text).published_date


@pytest.mark.parametrize("text, published", [
    ("Ambon, 13/9 (Antara Maluku) - Hingga pertengahan Agustus 2016, 4.483 perusahaan terdaftar di BPJS "
     "Ketenagakerjaan. \"Kami terus sosialisasi,\" kata pejabat BPJS Ketenagakerjaan di Ambon, Selasa.", "2016-09-13"),
    ("Kendari, 2/3 (Antara) - Klaim JHT BPJS Ketenagakerjaan sepanjang 2016 mencapai Rp 40 miliar, ujar Kepala Cabang "
     "di Kendari, Kamis.", "2017-03-02"),
    ("Padang, 21/7 (Antara Sumbar) - BPJS Ketenagakerjaan membayar klaim JKK Rp 5 miliar pada semester I 2015, "
     "katanya, Selasa.", "2015-07-21"),
    ("Mataram, 5/1 (Antara) - BPJS Ketenagakerjaan mencatat 120.000 peserta aktif pada akhir 2018, kata dia, "
     "Sabtu lalu.", "2019-01-05"),
    ("Palu, 30/10 (Antara Sulteng) - Peserta aktif BPJS Ketenagakerjaan 2014 sebanyak 95.000 orang, ungkap Kepala "
     "Cabang di Palu, Kamis.", "2014-10-30"),
])
def test_a_dateline_without_its_year_takes_the_year_its_weekday_fits(text, published):
    assert str(_published(text)) == published


@pytest.mark.parametrize("text", [
    # no weekday to test the year with
    "Ambon, 13/9 (Antara Maluku) - Hingga Agustus 2016, 4.483 perusahaan terdaftar di BPJS Ketenagakerjaan.",
    # a weekday no nearby year fits (13/9 is a Tuesday in 2016, a Wednesday in 2017, a Sunday in 2015)
    "Ambon, 13/9 (Antara Maluku) - Hingga Agustus 2016, 4.483 perusahaan terdaftar di BPJS Ketenagakerjaan, kata dia, "
    "Jumat.",
])
def test_near_miss_a_dateline_without_year_or_fitting_weekday_gives_no_date(text):
    assert _published(text) is None


def _exhaustive(text):
    ex = _extract(text, date(2023, 3, 1))
    return [b.exhaustive for b in ex.breakdowns if b.subject == "klaim TOTAL (nominal)"]


@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan Cabang Samarinda membayar klaim Rp224 miliar sepanjang 2022. Nilai itu berasal dari tiga "
    "program, yakni klaim JHT Rp195 miliar, klaim JKM Rp9,3 miliar, dan klaim JKK Rp14,46 miliar.",
    "Sepanjang 2022 BPJS Ketenagakerjaan Cabang Kudus membayar klaim Rp80 miliar untuk empat program: JHT Rp70 miliar, "
    "JKK Rp5 miliar, JKM Rp3 miliar dan JP Rp1 miliar.",
    "Klaim yang dibayar BPJS Ketenagakerjaan Cabang Bantul pada 2022 sebesar Rp40 miliar dari 3 program. Klaim JHT "
    "Rp35 miliar, klaim JKK Rp3 miliar dan klaim JKM Rp2 miliar.",
    "BPJS Ketenagakerjaan Cabang Sleman membayar klaim Rp12 miliar pada 2022 yang mencakup dua program, yakni klaim "
    "JKK Rp7 miliar dan klaim JKM Rp5 miliar.",
    "Sepanjang 2022 klaim BPJS Ketenagakerjaan Cabang Klaten Rp50 miliar, tersebar pada empat macam program: JHT Rp44 "
    "miliar, JKK Rp3 miliar, JKM Rp2 miliar dan JP Rp1 miliar.",
])
def test_as_many_programs_said_as_parts_make_the_total_whole(text):
    """"berasal dari tiga program" before three programs' figures: they make up the total, so they must add up to it."""
    assert _exhaustive(text) == [True]


@pytest.mark.parametrize("text", [
    # the other programs, the largest told apart
    "Sepanjang 2022 BPJS Ketenagakerjaan Cabang Kudus membayar klaim Rp80 miliar. Tiga program lain, yakni klaim JKK "
    "Rp5 miliar, klaim JKM Rp3 miliar dan klaim JP Rp1 miliar, jauh lebih kecil.",
    # five programs said, three given
    "BPJS Ketenagakerjaan Cabang Samarinda membayar klaim Rp224 miliar sepanjang 2022 untuk lima program. Klaim JHT "
    "Rp195 miliar, klaim JKM Rp9,3 miliar, dan klaim JKK Rp14,46 miliar.",
])
def test_near_miss_other_programs_or_another_count_leave_the_total_open(text):
    assert _exhaustive(text) == [False]


def _members_exhaustive(text):
    ex = _extract(text, date(2019, 3, 1))
    return sorted({b.exhaustive for b in ex.breakdowns})  # (a "terdiri dari" list may be read as a breakdown of its own)


@pytest.mark.parametrize("text", [
    "Realisasi kepesertaan BPJS Ketenagakerjaan di Bali pada 2018, baik dari sektor formal maupun informal, tercatat "
    "sebanyak 609.267 pekerja. Dari jumlah tersebut, peserta penerima upah (PU) mencapai 547.991 orang. Adapun peserta "
    "bukan penerima upah (BPU) hanya 34.276 orang.",
    "Peserta aktif BPJS Ketenagakerjaan Cabang Kupang dari sektor formal dan informal berjumlah 120.500 orang, terdiri "
    "dari 98.000 peserta penerima upah dan 22.500 peserta bukan penerima upah.",
    "Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Ambon, pekerja formal serta informal, mencapai 75.000 orang. "
    "Sebanyak 60.000 peserta penerima upah dan 15.000 peserta bukan penerima upah.",
    "Kepesertaan aktif BPJS Ketenagakerjaan Cabang Jember, baik penerima upah maupun bukan penerima upah, 210.300 "
    "pekerja: penerima upah 170.100 orang dan bukan penerima upah 40.200 orang.",
    "Total peserta aktif BPJS Ketenagakerjaan Cabang Sorong dari sektor formal maupun non formal sebanyak 88.000 orang. "
    "Peserta penerima upah 70.000 orang, peserta bukan penerima upah 18.000 orang.",
])
def test_a_whole_said_to_be_both_sectors_is_made_up_of_them(text):
    assert _members_exhaustive(text) == [True]


@pytest.mark.parametrize("text", [
    # both sectors not said of the whole
    "Peserta aktif BPJS Ketenagakerjaan Cabang Kupang berjumlah 120.500 orang, di antaranya 98.000 peserta penerima "
    "upah dan 22.500 peserta bukan penerima upah.",
    # a construction segment in the article: the two sectors need not be all of it
    "Peserta aktif BPJS Ketenagakerjaan Cabang Kupang dari sektor formal dan informal berjumlah 120.500 orang. Peserta "
    "penerima upah 98.000 orang dan peserta bukan penerima upah 15.500 orang. Pekerja jasa konstruksi tercatat 7.000 "
    "orang.",
])
def test_near_miss_both_sectors_unsaid_or_construction_named(text):
    assert _members_exhaustive(text) in ([False], [])


@pytest.mark.parametrize("text, published", [
    ("Kepesertaan aktif BPJS Ketenagakerjaan sepanjang 2020 sebanyak 231.145 peserta, kata Kepala Cabang Palu di Kota "
     "Palu dilansir Antara, Minggu, 7 Februari.", "2021-02-07"),
    ("Klaim JHT BPJS Ketenagakerjaan Cabang Kudus pada 2022 mencapai Rp 40 miliar, ujar Kepala Cabang di Kudus, Senin, "
     "16 Januari.", "2023-01-16"),
    ("BPJS Ketenagakerjaan mencatat 120.000 peserta aktif pada akhir 2018, kata dia di Mataram, Sabtu 5 Januari.",
     "2019-01-05"),
    ("Peserta aktif BPJS Ketenagakerjaan 2014 sebanyak 95.000 orang, ungkap Kepala Cabang di Palu, Kamis, 30 Oktober.",
     "2014-10-30"),
    ("Klaim JKK BPJS Ketenagakerjaan semester I 2015 sebesar Rp 5 miliar, jelasnya di Padang, Selasa, 21 Juli.",
     "2015-07-21"),
])
def test_a_statement_dated_by_weekday_day_and_month_takes_the_year_its_weekday_fits(text, published):
    assert str(_published(text)) == published


@pytest.mark.parametrize("text", [
    # a period's end, no statement's date
    "Klaim JHT BPJS Ketenagakerjaan Cabang Kudus hingga Senin, 16 Januari mencapai Rp 40 miliar pada tahun 2022.",
    # no nearby year fits the weekday (16 January is a Monday in 2023, Sunday in 2022, Tuesday in 2024)
    "Klaim JHT BPJS Ketenagakerjaan Cabang Kudus pada 2023 mencapai Rp 40 miliar, ujar Kepala Cabang di Kudus, Jumat, "
    "16 Januari.",
])
def test_near_miss_no_statement_date_or_no_fitting_weekday(text):
    assert _published(text) is None


@pytest.mark.parametrize("text, rows", [
    # an exact count told again under another name of its office: one figure
    ("BPJS Ketenagakerjaan Timika mencatat 49.505 peserta penerima upah aktif hingga Maret 2024. Kepala Cabang Papua "
     "Mimika menyebut peserta penerima upah yang aktif 49.505 orang.", 1),
    ("BPJS Ketenagakerjaan Cabang Ambon mencatat 23.397 peserta aktif pada Agustus 2016. Menurut BPJS Ketenagakerjaan "
     "Maluku, peserta aktif 23.397 orang.", 1),
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus 41.283 orang pada 2023. Kepala BPJS Ketenagakerjaan Kabupaten "
     "Kudus menyebut peserta aktif 41.283 orang.", 1),
    # near-misses: round counts may be two areas' own
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus 1.500 orang pada 2023. Di Cabang Pati, peserta aktif juga 1.500 "
     "orang.", 2),
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kudus 41.200 orang pada 2023. Di Cabang Pati, peserta aktif juga 41.200 "
     "orang.", 2),
])
def test_an_exact_count_said_again_under_another_office_name_is_one_figure(text, rows):
    assert len(_extract(text, date(2024, 3, 30)).membership) == rows


@pytest.mark.parametrize("text, changes", [
    # a compared month inside the current period is a part of it: no change to check
    ("Sejak awal tahun hingga 26 Juni 2020 klaim JHT BPJS Ketenagakerjaan mencapai 1,1 juta kasus. Jika dibandingkan "
     "klaim pada bulan Juni 2020 yang telah mencapai 259 ribu kasus, ada peningkatan 109% dibandingkan Juni 2019.", 0),
    ("Hingga September 2021 klaim JKM BPJS Ketenagakerjaan mencapai 410 kasus. Jika dibandingkan klaim bulan Agustus 2021 "
     "sebanyak 60 kasus, ada kenaikan 20 persen dibandingkan Agustus 2020.", 0),
    # an earlier period: the change stands
    ("Klaim JKK BPJS Ketenagakerjaan Cabang Kudus pada 2023 naik 20 persen dari 1.000 kasus pada 2022 menjadi 1.200 "
     "kasus.", 1),
])
def test_a_compared_period_inside_the_current_one_is_no_change_s_side(text, changes):
    assert len(_extract(text, date(2023, 12, 15)).changes) == changes
