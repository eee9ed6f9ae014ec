"""Offices and areas named in sentences."""
import pytest

from pantau.extract import article_office
from pantau.extract.offices import find_offices, province_in


@pytest.mark.parametrize("text,office", [
    ("Kakanwil BPJS Ketenagakerjaan Jatim, Abdul Cholik, mengatakan", "Kanwil Jawa Timur"),
    ("Kantor Wilayah BPJS Ketenagakerjaan Kalimantan mencatat", "Kanwil Kalimantan"),
    ("Deputi Direktur Wilayah Jawa Barat, Eko, menyebut", "Kanwil Jawa Barat"),
    ("Kanwil Sumbagut membayar", "Kanwil Sumbagut"),
    ("Kantor Wilayah BPJS Ketenagakerjaan Jateng dan DIY", "Kanwil Jawa Tengah dan DIY"),
    ("BPJS Ketenagakerjaan Cabang Medan Kota membayarkan", "Cabang Medan Kota"),
    ("Kepala Kantor Cabang Bekasi Kota, Sri, menuturkan", "Cabang Bekasi Kota"),
    ("Kantor Cabang BPJS Ketenagakerjaan Sidoarjo mencatat", "Cabang Sidoarjo"),
    ("BPJS Jatim telah membayar", "Kanwil Jawa Timur"),
    ("Direktur Utama BP Jamsostek Agus Susanto menyebut", "Nasional"),
    ("secara nasional klaim mencapai", "Nasional"),
])
def test_office_mentions(text, office):
    assert find_offices(text)[0].office == office


def test_a_person_after_the_head_office_title_is_not_a_branch():
    assert [o.office for o in find_offices("Direktur Utama BPJS Ketenagakerjaan Anggoro Eko mengatakan")] == ["Nasional"]


def test_a_person_after_the_agencys_other_name_is_not_a_branch():
    text = "Direktur Utama BPJS Ketenagakerjaan atau BP Jamsostek Anggoro Eko Cahyo menyebut jumlah tersebut"
    assert [o.office for o in find_offices(text)] == ["Nasional"]


def test_cabang_in_lower_case_after_the_agency_names_the_branch():
    assert [o.office for o in find_offices("klaim peserta BP Jamsostek cabang Balikpapan tahun 2020")] == ["Cabang Balikpapan"]
    assert find_offices("kantor cabang yang ada di Bekasi") == []


def test_a_branch_heads_name_keeps_the_branch_in_force():
    from datetime import date

    from pantau.extract import extract_article
    from pantau.model import RawArticle
    text = ("Klaim\n\nJHT mendominasi klaim peserta BP Jamsostek cabang Balikpapan tahun 2020. \"Untuk JHT ada 18.837 "
            "tenaga kerja yang mengajukan klaim dengan total santunan yang dibayarkan Rp242 miliar,\" kata Kepala Cabang "
            "Ramadan Sayo, Selasa (30/3/2021).\n")
    ex = extract_article(RawArticle("x.txt", "0" * 64, "", text, published_hint=date(2021, 3, 30)))
    assert {c.office for c in ex.claims} == {"Cabang Balikpapan"}


def test_lsm_name_is_not_an_office():
    assert find_offices("Ketua LSM BPJS Watch, Arief") == []


def test_speaker_titles_are_marked():
    (mention,) = find_offices("Kepala Kanwil Sulawesi Maluku, Mintje Wattu, mengatakan")
    assert mention.as_title
    (mention,) = find_offices("Kantor Wilayah BPJS Ketenagakerjaan Banten membayarkan")
    assert not mention.as_title


def test_province_named_for_a_figure():
    assert province_in("96 ribu pekerja di Sulawesi Selatan yang terdaftar", "Kanwil Sulawesi Maluku") \
        == "Provinsi Sulawesi Selatan"
    assert province_in("Peserta aktif di Banten", "Kanwil Banten") is None


def test_article_office_prefers_regional_then_national():
    body = "Direktur Utama BPJS Ketenagakerjaan hadir. Kantor Cabang Sidoarjo membayar klaim."
    assert article_office(body, len(body), "") == "Cabang Sidoarjo"
    body = "BPJS Ketenagakerjaan (BP Jamsostek) membayarkan manfaat, kata Direktur Utama."
    assert article_office(body, len(body), "BP Jamsostek Bayar Rp36,4 Triliun") == "Nasional"


def test_a_branch_in_its_holder_s_title_does_not_take_the_holder_s_name():
    def offices(text):
        return [o.office for o in find_offices(text)]
    assert offices("Kepala Kantor BPJAMSOSTEK Cabang Bojonegoro Dolik Yulianto mengatakan") == ["Cabang Bojonegoro"]
    assert offices("Kepala Kantor Cabang Tanjung Priok Rina Sari Dewi menambahkan") == ["Cabang Tanjung Priok"]
    assert offices("Kepala Cabang Jakarta Selatan Budi Santoso mengatakan") == ["Cabang Jakarta Selatan"]
    # no title before it: the name stays as written
    assert offices("BPJS Ketenagakerjaan Cabang Tanjung Priok Utara mencatat") == ["Cabang Tanjung Priok Utara"]


def test_a_place_name_stays_on_its_line():
    text = "Baca juga: Petani Didorong Jadi Peserta BPJS Ketenagakerjaan\n\nHanya saja, BPJS Ketenagakerjaan mengatakan"
    assert [o.office for o in find_offices(text)] == []


def test_a_holders_name_after_the_first_branch_is_cut_by_the_branch_named_alone_later():
    body = ("Kepala BPJAMSOSTEK Cabang Manokwari Chandra Frans Sitanggang saat diwawancara, Selasa.\n"
            "BPJAMSOSTEK Cabang Manokwari, Papua Barat, melaporkan pembayaran klaim Rp50,32 miliar.")
    assert article_office(body, len(body), "") == "Cabang Manokwari"
    two_branches = "Cabang Pekanbaru Panam membayar Rp 5 miliar. Cabang Pekanbaru Kota membayar Rp 4 miliar."
    assert article_office(two_branches, len(two_branches), "") == "Cabang Pekanbaru Panam"


def test_a_heads_title_with_the_short_name_of_the_branch_place_is_that_branch():
    from datetime import date

    from pantau.extract import extract_article
    from pantau.model import RawArticle
    body = ("Mataram (ANTARA) - BPJAMSOSTEK Cabang Nusa Tenggara Barat membayarkan klaim senilai Rp286,6 miliar selama "
            "tahun 2020. \"Klaim itu kami bayarkan untuk 30.827 kasus,\" kata Kepala BPJAMSOSTEK NTB Markus Sinaga.")
    ex = extract_article(RawArticle("t.txt", "0", "", body, published_hint=date(2021, 1, 11)))
    assert [(c.program, c.cases, c.amount_idr, c.office) for c in ex.claims] == [
        ("TOTAL", 30827, 286.6e9, "Cabang Nusa Tenggara Barat")]


def test_a_hyphenated_agency_name_names_its_place_and_cuts_the_heads_name():
    body = ("Jayapura (ANTARA) - BPJS-Jamsostek Papua selama tahun 2019 membayar klaim nasabah sebesar Rp52 miliar "
            "dengan 4.737 laporan kasus yang masuk dari pekerja di berbagai kabupaten. "
            "Kepala BPJS-Jamsostek Kantor Cabang Papua Adventus Edison Souhuwat di kantornya mengatakan bahwa "
            "pembayaran klaim itu terbanyak berasal dari program jaminan hari tua yang mencapai Rp 43,6 miliar "
            "dengan 3.677 kasus sepanjang tahun lalu.")
    first = body.split(". ")[0]
    assert [o.office for o in find_offices(first)] == ["Kanwil Papua"]  # "BPJS-Jamsostek Papua" is a place
    from datetime import date

    from pantau.extract import extract_article
    from pantau.model import RawArticle
    ex = extract_article(RawArticle("t.txt", "0", "", body, published_hint=date(2020, 1, 13)))
    assert {c.office for c in ex.claims} <= {"Kanwil Papua", "Cabang Papua"}  # not "Cabang Papua Adventus"


def test_a_building_named_after_the_agency_is_no_office():
    assert find_offices("kata Roswita saat ditemui di Plaza BPJamsostek Jakarta, Kamis (20/10).") == []
    assert find_offices("Acara digelar di Gedung BPJS Ketenagakerjaan Medan.") == []


def test_the_agencys_region_after_wilayah_is_a_kanwil():
    assert [o.office for o in find_offices("BPJS Ketenagakerjaan Wilayah Sumbar Riau membayar klaim")] \
        == ["Kanwil Sumbarriau"]
    assert find_offices("di BPJS Ketenagakerjaan Wilayah Kerja Medan") == []


def test_a_deputys_name_after_the_agency_is_no_office():
    assert find_offices("Penuturan Deputi Komunikasi BPJS Hendra Kurniawan kepada Detikkom") == []
    assert [o.office for o in find_offices("Deputi Direktur Wilayah BPJamsostek Sumbagut, Panji Wibisana")] \
        == ["Kanwil Sumbagut"]


@pytest.mark.parametrize("text, office", [
    ("BPJS Ketenagakerjaan Cabang Ternate Cairkan Klaim Rp10 Miliar", "Cabang Ternate"),
    ("BPJS Ketenagakerjaan Cabang Kudus Rp224,41 Miliar", "Cabang Kudus"),
    ("BPJS Ketenagakerjaan Cabang Batam Genjot Kepesertaan Sektor Informal", "Cabang Batam"),
    ("Kantor Cabang Badan Penyelenggara Jaminan Sosial Ketenagakerjaan Kudus membayar", "Cabang Kudus"),
    ("BPJS Ketenagakerjaan Cabang Sorong Serahkan Santunan", "Cabang Sorong"),
    ("BPJS Ketenagakerjaan Cabang Pekan Baru membayar klaim", "Cabang Pekan Baru"),  # "Pekan" is a place's word
])
def test_a_title_case_headline_s_verb_or_figure_ends_the_office(text, office):
    assert [o.office for o in find_offices(text)][:1] == [office]


@pytest.mark.parametrize("text, office", [
    ("Kepala BPJS Ketenagakerjaaan Kantor Cabang Kudus Teguh Wiyono di Kudus", "Cabang Kudus"),
    ("kata Kepala BPJS Ketanagakerjaan Cabang Kudus Teguh Wiyono", "Cabang Kudus"),
    ("kata Kepala BPJS ketenagakerjaan cabang Kudus, Teguh", "Cabang Kudus"),
    ("BPJS Ketenagakerjan Wilayah Jawa Timur mencatat", "Kanwil Jawa Timur"),
    ("Badan Penyelenggara Jaminan Sosial Ketenagakerjaaan Kantor Wilayah Sumbagut", "Kanwil Sumbagut"),
])
def test_a_misspelt_or_lower_case_agency_name_still_names_the_office(text, office):
    """The agency's second word however it is spelt: the office after it is read, and the head's name after
    the office is cut as it is after the name spelt right."""
    found = [o.office for o in find_offices(text)]
    assert (found[0] if found else None) == office


@pytest.mark.parametrize("title", [
    "kata Kepala BPJS Ketenagakerjaan NTB, Boby Foriawan, Kamis (20/7/2023).",
    "ujar Kepala BPJS Ketenagakerjaan Nusa Tenggara Barat, Boby Foriawan.",
    "menurut Kepala BPJAMSOSTEK NTB Boby Foriawan.",
])
def test_the_agency_of_a_province_is_the_branch_already_named_there(title):
    from datetime import date

    from pantau.extract import extract_article
    from pantau.model import RawArticle
    body = ("BPJAMSOSTEK Cabang NTB sudah menyalurkan dana JHT sebesar Rp208,6 miliar hingga Juni 2023.\n\n"
            f"\"Sebanyak 14.779 orang peserta program BPJAMSOSTEK sudah mendapatkan haknya setelah mengajukan klaim JHT,\" "
            f"{title}")
    ex = extract_article(RawArticle("t.txt", "0", "", body, published_hint=date(2023, 7, 21)))
    assert [(c.program, c.cases, c.amount_idr, c.office) for c in ex.claims] == [("JHT", 14779, 208.6e9, "Cabang NTB")]


def test_a_province_elsewhere_is_still_another_area():
    assert province_in("klaim di Jawa Timur mencapai Rp 5 miliar", "Cabang NTB") == "Provinsi Jawa Timur"
    assert province_in("klaim di NTB mencapai Rp 5 miliar", "Cabang NTB") is None


@pytest.mark.parametrize("headline, office", [
    # a Title Case headline's adverb after the branch ends its name
    ("BPJS Ketenagakerjaan Cabang Tanah Abang Siap Layani Klaim JHT", "Cabang Tanah Abang"),
    ("BPJS Ketenagakerjaan Cabang Pati Terus Dorong Kepesertaan", "Cabang Pati"),
    ("BPJS Ketenagakerjaan Cabang Kudus Makin Dekat dengan Pekerja", "Cabang Kudus"),
    ("BPJS Ketenagakerjaan Cabang Bitung Kembali Raih Penghargaan", "Cabang Bitung"),
    ("BPJS Ketenagakerjaan Cabang Sorong Masih Tunggu Data Peserta", "Cabang Sorong"),
    # near-misses: a place of two words keeps both
    ("BPJS Ketenagakerjaan Cabang Kota Baru Bayar Klaim JHT", "Cabang Kota Baru"),
    ("BPJS Ketenagakerjaan Cabang Bandung Suci Siap Layani Klaim JHT", "Cabang Bandung Suci"),
])
def test_a_headline_adverb_after_the_branch_ends_its_name(headline, office):
    assert _office_under(headline) == office


def _office_under(headline: str) -> str:
    from pantau.extract import extract_article
    from pantau.model import RawArticle
    return extract_article(RawArticle("x.txt", "0" * 64, "", headline + "\n\nKlaim JHT Rp 5 miliar.")).office


@pytest.mark.parametrize("headline, office", [
    # session 20: a ranking's superlative after the agency is no place
    ("DKI Jakarta Catat Peserta Aktif BPJS Ketenagakerjaan Terbanyak pada Awal 2025", "Nasional"),
    ("Klaim JHT BPJS Ketenagakerjaan Tertinggi Sepanjang Sejarah", "Nasional"),
    ("Iuran BPJS Ketenagakerjaan Terbesar dari Sektor Manufaktur", "Nasional"),
    ("Kepesertaan BPJS Ketenagakerjaan Terendah di Wilayah Timur", "Nasional"),
    ("Layanan BPJS Ketenagakerjaan Terbaik Diraih Kantor Pusat", "Nasional"),
    # near-misses: a branch named before the superlative keeps its name
    ("BPJS Ketenagakerjaan Cabang Tegal Catat Klaim Terbanyak", "Cabang Tegal"),
    ("BPJS Ketenagakerjaan Cabang Bekasi Bayar Klaim JHT Tertinggi", "Cabang Bekasi"),
])
def test_a_headline_superlative_after_the_agency_is_no_office(headline, office):
    assert _office_under(headline) == office
