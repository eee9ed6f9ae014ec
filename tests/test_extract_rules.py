"""Rules that make extraction generalise beyond the annotated articles: each test is a
short text in our own words for one rule of grammar, press convention or domain."""
from datetime import date

from pantau.extract import extract_article
from pantau.extract.dates import dateline, publication_date
from pantau.model import RawArticle


def extract(body: str, title: str = "Judul", hint=None):
    return extract_article(RawArticle("x.txt", "0" * 64, title, body, published_hint=hint))


def claims_of(ex):
    return sorted(((c.program, c.cases, c.amount_idr, c.is_prior_period) for c in ex.claims),
                  key=lambda t: (t[0], t[1] or -1, t[2] or -1, t[3]))


# Press-release dateline: "Kota, 26 Januari 2023 – ..." in title case.

def test_press_release_dateline_in_title_case_gives_the_publication_date():
    body = ("SIARAN PERS\n\nBandung, 3 Maret 2021 – BPJS Ketenagakerjaan membayar klaim Rp 2 miliar. "
            "Pembayaran dilakukan Senin (1/3/2021).")
    assert dateline(body, len(body)) == ("Bandung", date(2021, 3, 3), body.index("Bandung"))
    assert publication_date(body, len(body), None, 2021) == date(2021, 3, 3)


def test_press_dateline_may_carry_a_weekday():
    body = "Kota Baru, Senin, 3 Maret 2014 - Klaim dibayar hari ini."
    assert dateline(body, len(body))[1] == date(2014, 3, 3)


def test_a_sentence_opening_with_a_name_and_a_date_is_not_a_dateline():
    body = "Rudi, 3 Maret 2014 ia datang ke kantor cabang."
    assert dateline(body, len(body)) == (None, None, None)


# A breakdown never mixes units: companies are not a part of a worker count.

def test_breakdown_parts_share_the_unit_of_their_total():
    ex = extract("Hingga akhir Desember 2022 jumlah peserta aktif mencapai 10 juta pekerja, terdiri atas "
                 "7 juta pekerja penerima upah dan 3 juta pekerja bukan penerima upah, yang berasal dari "
                 "200.000 perusahaan aktif.")
    (split,) = [b for b in ex.breakdowns if b.total == 10e6 and b.exhaustive]
    assert [p[1] for p in split.parts] == [7e6, 3e6]
