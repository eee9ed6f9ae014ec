"""The cheap first question: does an article name the agency or a program near a figure?"""
from pantau.extract import extract_article, speaks_of_us_with_figures
from pantau.model import RawArticle


def test_articles_about_us_with_figures_are_read():
    for text in ("BPJS Ketenagakerjaan Cabang Kudus membayar klaim Rp 5 miliar.",
                 "Klaim JHT di Jambi mencapai 4.200 kasus.",
                 "Jaminan hari tua yang dicairkan Jamsostek tahun 2012 naik.",
                 "PT JAMSOSTEK (Persero) mencatat 9 juta peserta aktif.",
                 "Santunan jaminan kematian diserahkan kepada 12 ahli waris."):
        assert speaks_of_us_with_figures(text), text


def test_articles_without_our_words_near_a_figure_are_skipped():
    far = "BPJS Ketenagakerjaan hadir di pasar. " + "Harga cabai naik tajam di banyak kota. " * 80 + "Harganya Rp 80.000."
    for text in ("Harga cabai naik menjadi Rp 80.000 per kilogram pada Senin.",
                 "BPJS Kesehatan dan BPJS Ketenagakerjaan membuka layanan bersama.",
                 far):
        assert not speaks_of_us_with_figures(text), text[:60]


def test_a_skipped_article_says_why_and_keeps_its_hinted_date():
    from datetime import date
    raw = RawArticle(source_path="pasar.txt", content_sha256="0" * 64, title="Harga cabai",
                     body_text="Harga cabai naik menjadi Rp 80.000.", published_hint=date(2024, 3, 1))
    ex = extract_article(raw)
    assert ex.claims == [] and ex.membership == []
    assert ex.trace == ["skip.not_about_us"]
    assert ex.published_date == date(2024, 3, 1)
