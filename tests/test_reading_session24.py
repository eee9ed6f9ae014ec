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
