"""Publication dates, datelines, weekdays beside dates."""
from datetime import date

import pytest

from pantau.extract.dates import closing_date, dateline, find_dates, publication_date, weekday_statements
from pantau.extract import extract_article
from pantau.extract.periods import find_periods
from pantau.model import RawArticle


def test_metadata_hint_is_trusted_first():
    body = "MAKASSAR, Selasa (8/11/2022) – Kanwil membayar klaim."
    assert publication_date(body, len(body), date(2022, 11, 9), 2022) == date(2022, 11, 9)


def test_dateline_with_weekday_and_date():
    body = "MAKASSAR, Selasa (8/11/2022) – Kantor Wilayah menyerahkan santunan pada 1 Oktober 2022."
    city, dated, _ = dateline(body, len(body))
    assert city == "Makassar" and dated == date(2022, 11, 8)
    assert publication_date(body, len(body), None, 2022) == date(2022, 11, 8)


def test_dateline_without_date_does_not_take_a_period_date():
    body = "MAKASSAR – Total klaim periode 1-10 Februari 2020 mencapai Rp 5 miliar, kata dia, Jumat, (14/2)."
    assert publication_date(body, len(body), None, 2020) == date(2020, 2, 14)


def test_closing_date_line():
    body = "Klaim JHT naik.\n\nBandung, 2 Mei 2022"
    assert closing_date(body, len(body)) == date(2022, 5, 2)
    assert publication_date(body, len(body), None, 2022) == date(2022, 5, 2)


def test_statement_date_in_text():
    body = "Hal itu disampaikan Agus di Jakarta, Rabu, 15 September 2021 10:24 WITA, kepada wartawan."
    assert publication_date(body, len(body), None, 2021) == date(2021, 9, 15)


def test_weekdays_are_collected_with_their_dates():
    body = "acara di Pasuruan, Kamis (12/10/2017). Ia berbicara Selasa (15/9/2021) dan Jumat, (14/6)."
    found = [(w.weekday, w.stated_date) for w in weekday_statements(body, 2019)]
    assert found == [("kamis", date(2017, 10, 12)), ("selasa", date(2021, 9, 15)), ("jumat", date(2019, 6, 14))]


def test_impossible_dates_are_skipped():
    assert find_dates("Senin (31/2/2021)") == []


def test_published_label_beats_a_quote_date_and_reads_day_first():
    body = "Diterbitkan: 04/03/2019\n\nBANDUNG – Klaim naik, kata dia, Minggu (3/3/2019)."
    assert publication_date(body, len(body), None, 2019) == date(2019, 3, 4)


def test_updated_label_never_gives_the_publication_date():
    body = "Updated: 30 Mei 2024 08:02 WIB\nPublished: 27 Mei 2024 10:15 WIB\n\nKlaim JHT naik."
    assert publication_date(body, len(body), None, 2024) == date(2024, 5, 27)
    body = "Diperbarui | Senin, 3 Juni 2024 09:00 WIB\n\nKlaim JHT naik, Jumat (31/5/2024)."
    assert publication_date(body, len(body), None, 2024) == date(2024, 5, 31)


def test_place_date_time_line_at_the_head_is_a_byline():
    body = "Sorong, 4 Maret 2020, 11:20 WIT\n\nSORONG – Klaim dibayar, kata dia, Senin (2/3/2020)."
    assert publication_date(body, len(body), None, 2020) == date(2020, 3, 4)


def test_agency_dateline_with_a_numeric_date_or_the_agency_name():
    body = "Kupang (7/8/2017) – BPJS membayar klaim, Sabtu (5/8/2017)."
    assert dateline(body, len(body))[:2] == ("Kupang", date(2017, 8, 7))
    assert publication_date(body, len(body), None, 2017) == date(2017, 8, 7)
    body = "Jayapura (ANTARA) - BPJS membayar klaim pada 1 Mei 2018."
    assert dateline(body, len(body))[:2] == ("Jayapura", None)


def test_numeric_byline_line_at_the_head_reads_day_first():
    body = "Senin, 03/02/2014 10:00 WIB\n\nKlaim JHT naik, kata dia, Jumat (31/1/2014)."
    assert publication_date(body, len(body), None, 2014) == date(2014, 2, 3)


def test_a_photo_captions_date_is_not_the_publication_date():
    body = ("Peserta mengurus klaim di kantor cabang, Jumat (10/7/2020). Bisnis/Eusebio Chrysnamurti\n\n"
            "MATARAM - Pekerja formal yang terlindungi hingga Agustus 2021 sejumlah 265.910 orang.")
    assert publication_date(body, len(body), None, 2021) is None
    body = "Petugas melayani peserta, Senin (3/8/2020). ANTARA FOTO/Aris Wasita\n\nKlaim naik, kata dia, Rabu (5/8/2020)."
    assert publication_date(body, len(body), None, 2020) == date(2020, 8, 5)


def test_mid_year_still_running_at_publication_covers_the_year_so_far():
    found = find_periods("Tercatat hingga pertengahan 2025, klaim JHT 29.300 kasus.", 0, 2025, date(2025, 6, 16))
    assert [(p.start, p.end) for p in found] == [(date(2025, 1, 1), date(2025, 6, 16))]


def test_this_year_opening_a_contrast_clause():
    found = find_periods("Namun tahun ini belum sampai akhir tahun sudah meningkat jadi Rp78,2 miliar.", 0, 2018,
                         date(2018, 10, 10))
    assert [(p.start, p.end) for p in found] == [(date(2018, 1, 1), date(2018, 10, 10))]


# A part of the day between the weekday and its date: five ways, and two that name no weekday.
DAY_PART_STATEMENTS = [
    ("kata Kepala Cabang saat dikonfirmasi pada Senin siang (30/5/2022).", "senin", date(2022, 5, 30)),
    ("ujarnya di Ternate, Kamis malam (10/12/2025).", "kamis", date(2025, 12, 10)),
    ("jelas Bupati hari Sabtu malam (30/9).", "sabtu", date(2023, 9, 30)),
    ("kata dia, Rabu sore, (12/4/2023), di kantornya.", "rabu", date(2023, 4, 12)),
    ("tutur Andi dalam acara itu, Jumat petang 7/7/2023.", "jumat", date(2023, 7, 7)),
    ("disampaikan pada Selasa pagi, 3 Januari 2023, di Medan.", "selasa", date(2023, 1, 3)),
]


def test_a_part_of_the_day_keeps_the_weekday_with_its_date():
    for text, weekday, stated in DAY_PART_STATEMENTS:
        found = [(w.weekday, w.stated_date) for w in weekday_statements(text, 2023)]
        assert found == [(weekday, stated)], text


def test_no_weekday_before_the_part_of_the_day():
    for text in ("kata dia siang tadi (30/5/2022).", "pertemuan Senin lalu (30/5/2022) di Manokwari."):
        assert [w.weekday for w in weekday_statements(text, 2022)] == [], text


def test_a_weekday_with_a_part_of_the_day_dates_the_article():
    body = "Dari Januari hingga Mei 2022 klaim dibayar, ucap Kepala Cabang, Senin siang (30/5/2022)."
    assert publication_date(body, len(body), None, 2022) == date(2022, 5, 30)


def test_a_photo_credit_in_brackets_marks_a_caption():
    body = ("BPJS Ketenagakerjaan menyerahkan klaim di hotel Padang, selasa malam (29/11) (Antarasumbar/Pratiwi Tamela)\n"
            "Kepala Cabang di Padang, Kamis (9/11), menyebutkan klaim hingga Oktober 2017 dibayar.")
    assert publication_date(body, len(body), None, 2017) == date(2017, 11, 9)


def test_a_weekday_beside_a_date_with_its_year_never_moves_the_year():
    # 5/9/2015 was a Saturday: the slip is the writer's, told by weekday_mismatch, not a 2016 article
    body = "Klaim JHT di Balikpapan naik, kata dia, Senin (5/9/2015)."
    assert publication_date(body, len(body), None, 2015) == date(2015, 9, 5)


def test_the_weekday_tells_the_year_only_inferred():
    # "Februari 2018 lalu" made 2019 the year; 26/9 was a Wednesday in 2018, not in 2019
    body = ("Klaim JKK tahun 2018 sebesar Rp545 juta; satu kasus terjadi Februari 2018 lalu. "
            "Tahun 2017 lebih tinggi, kata Kausariah, Rabu (26/9).")
    assert publication_date(body, len(body), None, 2019) == date(2018, 9, 26)


def test_a_named_year_never_overrides_a_weekday_mismatch():
    # the text fixes 2019; 27/11/2019 was a Wednesday, and 2018 is only compared: the slip stays to be told
    body = "Untuk tahun 2019, hingga Oktober, klaim JHT Rp 300 miliar; tahun 2018 Rp 280 miliar, kata dia, Selasa (27/11)."
    assert publication_date(body, len(body), None, 2019) == date(2019, 11, 27)


def test_a_whole_date_in_brackets_dates_a_statement():
    body = "Pekerja yang terlindungi baru 2,6 juta, kata Rini kepada media, (1/12/2022). Target 2023 lebih tinggi."
    assert publication_date(body, len(body), None, 2023) == date(2022, 12, 1)


def test_a_named_end_reached_in_its_last_week_is_the_month_so_far():
    text = "Dari Januari sampai akhir Mei 2022, klaim dibayar"
    assert find_periods(text, 0, 2022, date(2022, 5, 30))[0].end == date(2022, 5, 30)
    assert find_periods(text, 0, 2022, date(2022, 5, 10))[0].end == date(2022, 5, 31)  # an end still to come


def test_a_linked_headline_s_year_is_not_the_article_s():
    from pantau.extract import extract_article
    from pantau.model import RawArticle

    body = ("Cakupan kepesertaan BPJS Ketenagakerjaan Kota Kediri tahun 2021 mencapai 45 persen.\n\n"
            "Baca Juga: Pj Wali Kota Buka Bimtek Tim Pemantau Pilkada Tahun 2024\n\n"
            "Sebanyak 30.000 pekerja sudah terdaftar, kata Kepala Cabang, Senin (6/12).")
    assert extract_article(RawArticle("x.txt", "0" * 64, "", body)).published_date == date(2021, 12, 6)


# A photo caption's weekday date near the top, late in its line, is not the header's: the statement's date wins (five
# captions); a header line's date stays the publication date (two near-misses)

_BODY = ("\n\nTRIBUN-BALI.COM, DENPASAR - BPJS Ketenagakerjaan Kanwil Banuspa mencatat klaim JKK sepanjang 2018 "
         "mencapai 2.625 kasus.\n\n\"Pelayanan terus kami tingkatkan,\" katanya dalam siaran pers, Senin (8/4/2019).\n")


@pytest.mark.parametrize("caption", [
    "Mobil Keliling BPJS Ketenagakerjaan di Indomarco Mengwi, Badung, Bali, Selasa (15/3/2016).",
    "Petugas melayani peserta di kantor cabang Denpasar, Kamis (10/3/2016).",
    "Suasana pelayanan klaim JHT di kantor BPJS Ketenagakerjaan Renon, Rabu (2/3/2016).",
    "Peserta antre mencairkan saldo JHT di Denpasar, Jumat (4/3/2016).",
    "Seorang pekerja konstruksi di proyek jalan tol Bali Mandara, Minggu (13/3/2016).",
])
def test_a_captions_date_is_not_the_publication_date(caption):
    from pantau.extract.dates import publication_date
    body = "BPJSTK Banuspa Catat Kecelakaan Kerja 2018\n" + caption + _BODY
    assert publication_date(body, len(body), None, 2019) == date(2019, 4, 8)


@pytest.mark.parametrize("header", ["Selasa (9/4/2019)", "Penulis: Rina | Selasa (9/4/2019)"])
def test_a_header_lines_date_is_the_publication_date(header):
    from pantau.extract.dates import publication_date
    body = "BPJSTK Banuspa Catat Kecelakaan Kerja 2018\n" + header + _BODY
    assert publication_date(body, len(body), None, 2019) == date(2019, 4, 9)


@pytest.mark.parametrize("byline", [
    "Senin, 15 Jan 2018 | 06:50 WIB - Pandeglang Ekonomi & Bisnis",
    "Senin, 15 Januari 2018 06:50 WIB",
    "Inilahbanten.com - 15/01/2018, 06:50 WIB",
    "Kompas.com - 15/01/2018, 06:50 WIB",
    "Senin, 15 Jan 2018 | 06.50 WITA - Serang",
])
def test_a_byline_with_its_time_beats_the_sites_date_ticker(byline):
    # the page's first line is the site's today-ticker; the byline below it tells the time of day
    body = (f"Sabtu, 20 April 2024\n\nUsia Baru Seumur Jagung, BPJS TK Banten Peringkat 4 Nasional\n\n{byline}\n\n"
            "IBC, Pandeglang - BPJS Ketenagakerjaan Kantor Wilayah Banten membukukan iuran Rp4,09 triliun sepanjang 2017.")
    article = RawArticle("banten.txt", "0", "Sabtu, 20 April 2024", body)
    assert extract_article(article).published_date == date(2018, 1, 15)


def test_a_bare_first_line_date_stays_the_date_without_a_timed_byline():
    body = ("Sabtu, 20 April 2024\n\nBPJS Ketenagakerjaan Cabang Serang membayar klaim JHT Rp 12 miliar sepanjang "
            "Maret 2024.")
    assert extract_article(RawArticle("serang.txt", "0", "Sabtu, 20 April 2024", body)).published_date == date(2024, 4, 20)



@pytest.mark.parametrize("body, expected", [
    ("01 Agustus 2025 – Menteri Ketenagakerjaan mengimbau dunia usaha memperluas cakupan Jamsostek.", date(2025, 8, 1)),
    ("Berita Ketenagakerjaan\n12 Maret 2024 - BPJS Ketenagakerjaan Cabang Kudus mencatat 41.200 peserta.",
     date(2024, 3, 12)),
    ("Jumat, 5 Januari 2018 — Kantor Cabang Kupang membayar klaim JHT Rp 12 miliar.", date(2018, 1, 5)),
    ("  7 november 2022 -- Peserta aktif BPJamsostek di Kota Batu naik.", date(2022, 11, 7)),
    ("30 Juni 2021 – Klaim JKM Cabang Pati mencapai Rp 3 miliar, kata kepala cabang, Senin (28/6).",
     date(2021, 6, 30)),
])
def test_a_date_opening_a_line_before_a_dash_is_a_dateline(body, expected):
    assert publication_date(body, len(body), None, None) == expected


@pytest.mark.parametrize("body, expected", [
    # a period, not a dateline: no dash after the date
    ("Hingga 30 Juni 2021 klaim JKM Cabang Pati mencapai Rp 3 miliar, kata kepala cabang, Senin (5/7/2021).",
     date(2021, 7, 5)),
    # a date inside a sentence, the dash an aside
    ("Klaim yang dibayar sejak 1 Januari 2020 - angka terbaru - mencapai Rp 5 miliar, ujarnya, Kamis (3/12/2020).",
     date(2020, 12, 3)),
])
def test_a_date_inside_a_sentence_is_no_dateline(body, expected):
    assert publication_date(body, len(body), None, None) == expected


@pytest.mark.parametrize("body, expected", [
    # a weekday that fits only the next year, late in the year the text reports: a slip, the year stays
    ("Klaim JHT Kanwil Jabar hingga November 2016 mencapai Rp3 triliun, kata Kakanwil, Sabtu (30/12).", date(2016, 12, 30)),
    ("Peserta aktif per Oktober 2019 tercatat 90.000 orang, ujarnya, Sabtu (14/11).", date(2019, 11, 14)),
    ("Klaim JKK sampai September 2021 naik, jelasnya di Kupang, Sabtu (8/10).", date(2021, 10, 8)),
    ("Data klaim hingga Agustus 2018 dirilis kantor cabang, kata dia, Jumat (20/9).", date(2018, 9, 20)),
    ("Pembayaran JHT semester I 2022 meningkat, ujarnya, Kamis (3/8).", date(2022, 8, 3)),
])
def test_a_late_weekday_slip_keeps_the_reported_year(body, expected):
    assert extract_article(RawArticle("x.txt", "0" * 64, "", body)).published_date == expected


@pytest.mark.parametrize("body, expected", [
    # early in the year, last year's report: the weekday tells the next year
    ("Tahun lalu klaim naik dari Rp 42 triliun pada 2021 menjadi Rp 49 triliun pada 2022, ujar Dirut, Jumat (12/5).",
     date(2023, 5, 12)),
    ("Sepanjang 2018 klaim JHT Cabang Kudus Rp 80 miliar, katanya, Rabu (16/1).", date(2019, 1, 16)),
])
def test_an_early_weekday_names_the_next_year_for_last_years_report(body, expected):
    assert extract_article(RawArticle("x.txt", "0" * 64, "", body)).published_date == expected


@pytest.mark.parametrize("body, expected", [
    ("Bali Tribune, Kamis 30 Juni 2022\nDiposting : 5 April 2019 19:45\nKlaim JHT naik.", date(2019, 4, 5)),
    ("Portal Berita, Senin 4 Maret 2024\nDiposting pada 12 Januari 2021\nKlaim JKK naik.", date(2021, 1, 12)),
    ("Diposkan: 03/02/2020 | Klaim JHT Cabang Kudus naik, kata dia, Senin (1/2/2020).", date(2020, 2, 3)),
    ("diposting 2020-08-17 oleh admin\nPeserta aktif bertambah.", date(2020, 8, 17)),
    ("Beranda / Berita\nDIPOSTING: 9 Desember 2018\nKlaim JKM dibayarkan.", date(2018, 12, 9)),
])
def test_a_posted_label_gives_the_publication_date(body, expected):
    assert publication_date(body, len(body), None, None) == expected


@pytest.mark.parametrize("body, expected", [
    # a label-less date in the page chrome stays second to a dated statement
    ("Bali Tribune, Kamis 30 Juni 2022\nKlaim JHT naik, kata dia, Jumat (5/4/2019).", date(2022, 6, 30)),
    # "diposting" said of something else, far from a date
    ("Video itu diposting warga. Klaim JHT Cabang Kudus naik, kata dia, Jumat (5/4/2019).", date(2019, 4, 5)),
])
def test_a_posted_word_without_its_date_is_no_label(body, expected):
    assert publication_date(body, len(body), None, None) == expected
