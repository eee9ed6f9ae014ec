"""Reading raw files: plain-text layout, HTML metadata, encodings."""
from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from pantau.sources import byline_element_date, decode_text, html_metadata, split_title, unwrap_lines


def test_hard_wrapped_lines_are_joined_into_sentences():
    text = ("BPJS Ketenagakerjaan Cabang Kendari membayar klaim JHT sebanyak\n"
            "1.250 kasus senilai Rp 21,4 miliar sepanjang tahun\n2020.\nKepala Cabang menjelaskan hal itu.")
    assert unwrap_lines(text).split("\n") == [
        "BPJS Ketenagakerjaan Cabang Kendari membayar klaim JHT sebanyak 1.250 kasus senilai Rp 21,4 miliar "
        "sepanjang tahun 2020.",
        "Kepala Cabang menjelaskan hal itu."]


def test_list_items_short_lines_and_sentence_ends_stay_apart():
    text = "Rincian klaim per program sepanjang 2023 adalah sebagai berikut:\n- JHT: 5 kasus\nberitalima.com\nberitalima.com"
    assert unwrap_lines(text) == text


def test_a_numbered_lists_next_item_is_not_joined_to_the_line_before():
    text = ("Ahli waris harus memenuhi syarat berikut dalam proses pengajuan klaim JKM, yaitu:\n"
            "1. Melampirkan kartu peserta BPJS Ketenagakerjaan yang masih berlaku\n2. Kartu Keluarga tenaga kerja dan ahli waris\n"
            "3) KTP tenaga kerja dan ahli waris yang masih berlaku sampai hari ini\n- Buku tabungan")
    assert unwrap_lines(text) == text
    wrapped = "BPJS Ketenagakerjaan Cabang Kendari membayar klaim JHT sebanyak\n2.250 kasus senilai Rp 21,4 miliar."
    assert unwrap_lines(wrapped).count("\n") == 0  # a figure that goes on the sentence is not an item


def test_plain_text_title_is_the_first_line():
    title, body = split_title("\n\nKlaim JHT Naik\r\n\r\nSERANG – Klaim naik 5 persen.\r\n")
    assert (title, body) == ("Klaim JHT Naik", "SERANG – Klaim naik 5 persen.")


def test_a_first_line_longer_than_a_headline_is_the_lead_not_only_the_title():
    lead = ("Liputan6.com, Balikpapan - Pertumbuhan peserta BPJS Ketenagakerjaan Kalimantan melambat memasuki akhir tahun "
            "2016. Peserta BPJS Ketenagakerjaan Kalimantan tercatat sebanyak 1.061.000 jiwa dari tahun sebelumnya "
            "1.040.000 jiwa.")
    rest = "\"Meningkat hanya 21 ribu jiwa saja pada tahun ini,\" kata kepala kantor wilayah di Balikpapan. " * 3
    title, body = split_title(lead + "\n" + rest)
    assert title.startswith("Liputan6.com, Balikpapan") and body.startswith(lead)


@pytest.mark.parametrize("lead", [
    "SUARA INDONESIA, SURABAYA - BPJS Ketenagakerjaan Surabaya Darmo membayar klaim sebesar Rp 394 miliar lebih.",
    "BANDUNG, KOMPAS.com — Jumlah kasus kecelakaan kerja selama semester I-2015 tercatat 50.089 kasus.",
    "JAKARTA – BPJS Ketenagakerjaan mencatat klaim JHT sepanjang 2023 mencapai Rp 52 triliun lebih.",
    "MAMUJU, RADAR SULBAR – Hingga akhir 2024 Kantor Cabang Sulawesi Barat membayar 11.221 kasus klaim.",
    "Liputan6.com, Balikpapan - Peserta BPJS Ketenagakerjaan Kalimantan tercatat sebanyak 1.061.000 jiwa.",
])
def test_a_first_line_opened_by_a_dateline_is_the_lead(lead):
    title, body = split_title(lead + "\n" + "Kepala kantor menyampaikan hal itu kepada wartawan di kantornya. " * 4)
    assert body.startswith(lead)


def test_a_first_line_that_is_a_long_sentence_is_the_lead():
    lead = ("Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan telah menyalurkan klaim Jaminan Kehilangan "
            "Pekerjaan (JKP) sebesar Rp182,13 miliar sejak awal tahun hingga Mei 2024.")
    title, body = split_title(lead + "\n" + "Kepala kantor menyampaikan hal itu kepada wartawan di kantornya. " * 4)
    assert body.startswith(lead)


@pytest.mark.parametrize("caption", [
    "Dok. Presscon BPJSTK Banten, Rabu (4/11) di Hotel Episode Gading Serpong, Kota Tangerang (ist) |",
    "Kepala Cabang menyerahkan santunan JKM kepada ahli waris, Selasa (3/5). (Antarasumbar/Nurul Hidayah)",
    "Penyerahan klaim JKK secara simbolis di Padang. ANTARA FOTO/Iggoy el Fitra",
    "Petugas melayani peserta di kantor cabang, Senin (2/1). (Foto: Dok. BPJS Ketenagakerjaan)",
    "Suasana pelayanan klaim JHT di Kantor Cabang Serang (istimewa)",
])
def test_a_first_line_that_is_a_photo_caption_is_text_of_the_page(caption):
    """A page saved from its photo's caption on: the caption's date is one the weekday check reads."""
    title, body = split_title(caption + "\n" + "Kepala kantor menyampaikan hal itu kepada wartawan di kantornya. " * 4)
    assert title == caption.strip() and body.startswith(caption.strip())


@pytest.mark.parametrize("headline", ["BPJS Ketenagakerjaan Surabaya Bayar Klaim Rp 394 Miliar Sepanjang 2023",
                                      "Klaim JHT Naik – Ini Penyebabnya Menurut Kepala Cabang Surabaya Darmo",
                                      "Klaim JHT/JP di Banten Naik (Update)"])
def test_a_headline_is_no_lead(headline):
    title, body = split_title(headline + "\n" + "Kepala kantor menyampaikan hal itu kepada wartawan di kantornya. " * 4)
    assert title == headline and not body.startswith(headline)


def test_byline_date_is_used_when_the_page_has_no_date_metadata_but_not_a_top_bar():
    page = lxml.html.fromstring(
        "<html><body><div class='topbar'>Senin, 3 Februari 2025</div><h1>Judul</h1>"
        "<div class='author'>Penulis: Rina | Rabu, 22 Januari 2025 - 13:05 WIB</div><p>Isi.</p></body></html>")
    assert byline_element_date(page) == date(2025, 1, 22)
    assert html_metadata(page)["published"] == date(2025, 1, 22)


def test_meta_tags_beat_the_byline():
    page = lxml.html.fromstring(
        "<html><head><meta property='article:published_time' content='2021-09-15T10:24:00+08:00'>"
        "<meta property='og:title' content='Judul Berita'></head>"
        "<body><div class='byline'>Kamis, 16 September 2021</div></body></html>")
    meta = html_metadata(page)
    assert (meta["published"], meta["title"]) == (date(2021, 9, 15), "Judul Berita")


def test_text_encodings_fall_back_from_utf8_to_cp1252():
    assert decode_text("Rp 5 miliar – naik".encode("utf-8")) == ("Rp 5 miliar – naik", "utf-8")
    assert decode_text("Rp 5 miliar – naik".encode("cp1252")) == ("Rp 5 miliar – naik", "cp1252")
    assert "binary" in decode_text(b"\x00\x01\x02PK")


def test_compact_yyyymmdd_meta_date_is_read():
    page = lxml.html.fromstring("<html><head><meta name='pubdate' content='20180912'></head><body></body></html>")
    assert html_metadata(page)["published"] == date(2018, 9, 12)


def test_published_element_beats_updated_element_and_a_header_date():
    page = lxml.html.fromstring(
        "<html><body><div class='header-date'>Senin, 9 Juni 2025</div><h1>Judul</h1>"
        "<div class='entry-meta'><span class='updated'>Updated: 5 Juni 2025 08:00 WIT</span>"
        "<span class='published'>Published: 2 Juni 2025 10:00 WIT</span></div><p>Isi.</p></body></html>")
    assert html_metadata(page)["published"] == date(2025, 6, 2)


def test_byline_meta_element_with_time_and_author_after_the_date():
    page = lxml.html.fromstring(
        "<html><body><div class='top-bar'>Rabu, 1 Januari 2020</div><article><h1>Judul</h1>"
        "<div class='meta'>Selasa, 14 Mei 2019 | 09:10 WIB &middot; Penulis: Dewi</div><p>Isi.</p></article></body></html>")
    assert html_metadata(page)["published"] == date(2019, 5, 14)


def test_slashed_meta_date_is_read():
    page = lxml.html.fromstring("<html><head><meta name='date' content='2018/09/12 10:00'></head><body></body></html>")
    assert html_metadata(page)["published"] == date(2018, 9, 12)


def test_a_sites_own_published_meta_name_is_read_but_not_a_modified_one():
    page = lxml.html.fromstring(
        "<html><head><meta name='content_ModifiedDate' content='2016-01-02 08:00:00'>"
        "<meta name='content_PublishedDate' content='2015-07-11 11:07:32'></head><body></body></html>")
    assert html_metadata(page)["published"] == date(2015, 7, 11)


def test_the_pages_own_address_dates_it_when_nothing_else_does():
    page = lxml.html.fromstring(
        "<html><head><link rel='canonical' href='https://bisnis.example.id/read/2015/07/11/110732626/judul'>"
        "</head><body><p>Isi.</p></body></html>")
    assert html_metadata(page)["published"] == date(2015, 7, 11)
    undated = lxml.html.fromstring("<html><head><link rel='canonical' href='https://example.id/read/110732626/judul'>"
                                   "</head><body><p>Isi.</p></body></html>")
    assert html_metadata(undated)["published"] is None


def test_dublin_core_issued_dates_a_portal_page():
    page = lxml.html.fromstring("<html><head><meta name='dcterms.issued' content='2025-02-14'></head><body></body></html>")
    assert html_metadata(page)["published"] == date(2025, 2, 14)


def test_a_wrapped_line_ending_in_the_agencys_first_word_goes_on_into_the_next():
    text = ("Kepala Cabang mengatakan, pekerja di Provinsi Lampung mencapai 2.982.642 orang dan yang sudah tercover BPJS\n"
            "Ketenagakerjaan 824.714 orang atau 27,65 persen.\nBerita Lain\nJudul berikutnya")
    assert unwrap_lines(text).split("\n")[0].endswith("BPJS Ketenagakerjaan 824.714 orang atau 27,65 persen.")
    assert unwrap_lines(text).split("\n")[1:] == ["Berita Lain", "Judul berikutnya"]


@pytest.mark.parametrize("date_line", ["14 Maret 2025", "Jumat, 14 Maret 2025", "14 Mar 2025 | 10:15 WIB",
                                       "  14 Maret 2025  ", "Senin, 3 Februari 2025 - 08.30"])
def test_a_line_that_is_only_a_date_stays_a_byline_line(date_line):
    text = f"Penulis: Nadia Puspitasari | Editor: Fikri Ramadhan\n{date_line}\n\nBPJS Ketenagakerjaan mencatat ..."
    assert unwrap_lines(text).split("\n")[:2] == ["Penulis: Nadia Puspitasari | Editor: Fikri Ramadhan", date_line]


def test_a_wrapped_line_that_opens_on_a_date_still_goes_on():
    text = ("Kepala Cabang mengatakan, klaim JHT yang dibayarkan sampai dengan tanggal\n"
            "14 Maret 2025 mencapai Rp 12 miliar.")
    assert unwrap_lines(text).count("\n") == 0
