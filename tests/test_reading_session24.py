"""Readings of the twenty-fourth stop below the rules. Each has five wordings and two near-misses."""
import pytest


def _extract(text, published=None):
    from pantau.extract import extract_article
    from pantau.model import RawArticle
    return extract_article(RawArticle("case.txt", "0" * 64, "", text, published_hint=published))


_LEAD = ("JAKARTA - BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 539.239 orang pada 2019, "
         "kata Direktur Utama dalam rapat kerja.\n\n")


@pytest.mark.parametrize("link", [
    "Baca juga: Ini Alasan Kasus BPJS Ketenagakerjaan Berbeda dengan Jiwasraya",
    "Baca Juga: Kantor BPJS Ketenagakerjaan Cabang Salatiga Pindah ke Gedung Baru",
    "(Baca: BPJamsostek Kanwil Sumbagsel Gelar Jalan Sehat)",
    "Lihat juga: BPJS Ketenagakerjaan Makassar Serahkan Santunan",
    "[Baca juga: Peserta BPJS Ketenagakerjaan Cabang Bogor Kini Bisa Klaim Online]",
])
def test_a_link_line_names_no_office_of_the_article(link):
    """An office named only in a "Baca juga" link's headline is another story's: the article stays the head office's."""
    extraction = _extract(_LEAD + link + "\n\nIa menambahkan, jumlah itu akan terus ditambah.")
    assert extraction.office == "Nasional"
    assert [m.value for m in extraction.membership] == [539239]


@pytest.mark.parametrize("body", [
    _LEAD.replace("BPJS Ketenagakerjaan mencatat", "BPJS Ketenagakerjaan Cabang Salatiga mencatat")
    + "Baca juga: Ini Alasan Kasus BPJS Ketenagakerjaan Berbeda dengan Jiwasraya",
    "Baca juga: Ini Alasan Kasus BPJS Ketenagakerjaan Berbeda dengan Jiwasraya\n\n"
    + _LEAD.replace("BPJS Ketenagakerjaan mencatat", "BPJS Ketenagakerjaan Cabang Salatiga mencatat"),
])
def test_near_miss_the_article_s_own_office_beside_a_link_line(body):
    assert _extract(body).office == "Cabang Salatiga"


def _members(text, published="2024-01-10"):
    from datetime import date
    return {(m.metric, round(m.value)) for m in _extract(text, date.fromisoformat(published)).membership}


# ---- Offices: a place ending like a verb ("Tarakan"), the head's name after the agency and place, offices in brackets
# after the branch, "dan Jajaran" (the branch and the offices under it).
@pytest.mark.parametrize("text, office", [
    ("Kepala Cabang BPJS Ketenagakerjaan Kota Tarakan, Masbuki, menuturkan ada 2.115 perusahaan peserta.",
     "Cabang Kota Tarakan"),
    ("Kepala Kantor Cabang BPJS Ketenagakerjaan Tarakan, Masbuki, menuturkan ada 2.115 perusahaan peserta.",
     "Cabang Tarakan"),
    ("Kepala BPJS Ketenagakerjaan Jember Dolik Yulianto mengatakan, santunan sudah dibayarkan kepada 28 ahli waris.",
     "Cabang Jember"),
    ("BPJS Ketenagakerjaan Cabang Tarakan dan Jajaran membayar klaim Rp 113,7 miliar.", "Cabang Tarakan"),
    ("Kepala Kantor BPJS Ketenagakerjaan Cabang Tarakan Deni Syamsu Rakhmanto menyampaikan bahwa BPJS Ketenagakerjaan "
     "Cabang Tarakan membayar klaim Rp 78,8 miliar.", "Cabang Tarakan"),
])
def test_office_names(text, office):
    from pantau.extract import article_office
    assert article_office(text, len(text), "") == office


@pytest.mark.parametrize("text, office", [
    ("BPJS Ketenagakerjaan Cabang Ternate Cairkan Klaim JHT Rp 20 Miliar", "Cabang Ternate"),
    ("Kepala Cabang BPJS Ketenagakerjaan Lubuk Pakam, Budi, mengatakan ada 900 perusahaan peserta.", "Cabang Lubuk Pakam"),
])
def test_near_miss_office_names(text, office):
    from pantau.extract import article_office
    assert article_office(text, len(text), "") == office


@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan Cabang Tarakan dan Jajaran (Kantor Cabang Bulungan di Tanjung Selor dan Nunukan) sudah "
    "membayarkan klaim sebesar Rp 113,7 miliar sepanjang 2024.",
    "BPJS Ketenagakerjaan Cabang Tarakan (membawahi Kantor Cabang Bulungan) sudah membayarkan klaim sebesar Rp 113,7 "
    "miliar sepanjang 2024.",
    "BPJS Ketenagakerjaan Cabang Tarakan bersama kantor di bawahnya (Cabang Nunukan) membayarkan klaim Rp 113,7 miliar "
    "sepanjang 2024.",
    "Kantor Cabang Tarakan (termasuk Kantor Cabang Perintis Nunukan) membayar klaim Rp 113,7 miliar sepanjang 2024.",
    "BPJAMSOSTEK Cabang Tarakan (dengan KCP Tanjung Selor) telah membayar klaim Rp 113,7 miliar sepanjang 2024.",
])
def test_offices_in_brackets_after_the_branch_are_an_aside(text):
    assert [c.office for c in _extract(text).claims] == ["Cabang Tarakan"]


@pytest.mark.parametrize("text, office", [
    ("Klaim di wilayah utara (BPJS Ketenagakerjaan Cabang Tarakan) mencapai Rp 113,7 miliar sepanjang 2024.",
     "Cabang Tarakan"),
    ("BPJS Ketenagakerjaan Cabang Tarakan mencatat, Kantor Cabang Bulungan (Tanjung Selor) membayar klaim Rp 13,7 miliar "
     "sepanjang 2024.", "Cabang Bulungan"),
])
def test_near_miss_the_office_named_outside_brackets_or_alone_in_them(text, office):
    assert [c.office for c in _extract(text).claims] == [office]
