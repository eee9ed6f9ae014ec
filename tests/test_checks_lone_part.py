"""total_mismatch when the one program with a case count has more cases than the all-program total it is listed
under (the other programs given by amount only): a part can never exceed its whole. Five wordings, two near-misses."""
from datetime import date

import pytest

from pantau.checks import validate_batch
from pantau.extract import extract_article
from pantau.model import RawArticle

PUBLISHED = date(2023, 2, 10)

LONE_PART_ABOVE = [
    # the total's count lost a digit (26.595 for 265.950), only JHT has a count
    "Sepanjang 2022 BPJS Ketenagakerjaan Kanwil Jawa Tengah membayar klaim seluruh program Rp3,2 triliun untuk 26.595 "
    "kasus. Terbesar JHT Rp2,63 triliun dengan 249.408 kasus, disusul JKM Rp383,11 miliar, JKK Rp117,75 miliar dan JP "
    "Rp68,88 miliar.",
    "Total klaim yang dibayarkan BPJamsostek Cabang Kupang selama 2022 mencapai Rp381 miliar dari 29.466 kasus. Klaim "
    "JHT sendiri tercatat 35.717 kasus senilai Rp300 miliar, sementara JKK Rp40 miliar dan JKM Rp30 miliar.",
    "BPJS Ketenagakerjaan Cabang Ambon pada 2022 menyalurkan manfaat Rp54,8 miliar kepada 3.547 kasus. Rinciannya, "
    "Jaminan Hari Tua 3.910 kasus dengan nilai Rp48,9 miliar, Jaminan Kematian Rp3,7 miliar, dan Jaminan Pensiun "
    "Rp1,2 miliar.",
    "Selama tahun 2022, jumlah klaim di Kantor Cabang Palu sebanyak 12.400 kasus dengan nominal Rp150 miliar. Dari "
    "program JHT saja ada 13.100 kasus atau Rp130 miliar; JKM Rp12 miliar; JKK Rp5 miliar; JP Rp3 miliar.",
    "Secara keseluruhan BPJS Ketenagakerjaan Cabang Kendari membayar klaim Rp210 miliar atas 15.020 klaim pada 2022, "
    "didominasi JHT sebesar Rp180 miliar untuk 16.250 klaim. Sisanya JKK Rp14 miliar, JKM Rp11 miliar, JP Rp5 miliar.",
]

NOT_ABOVE = [
    # the lone count is below the total: the other programs' counts are unknown, nothing to tell
    "Sepanjang 2022 BPJS Ketenagakerjaan Kanwil Jawa Tengah membayar klaim seluruh program Rp3,2 triliun untuk 265.950 "
    "kasus. Terbesar JHT Rp2,63 triliun dengan 249.408 kasus, disusul JKM Rp383,11 miliar, JKK Rp117,75 miliar dan JP "
    "Rp68,88 miliar.",
    # a total of JKK alone, not of all programs, with JHT's larger count beside it
    "Klaim JKK BPJS Ketenagakerjaan Cabang Kendari pada 2022 sebanyak 1.502 kasus senilai Rp14 miliar, sedangkan "
    "klaim JHT Rp180 miliar untuk 16.250 klaim.",
]


def _checked(body: str) -> list[str]:
    raw = RawArticle(source_path="t.txt", content_sha256="0" * 64, title="", body_text=body, published_hint=PUBLISHED)
    return sorted(f.check_name for _, f in validate_batch([("t", raw, extract_article(raw))]))


# A segment told with two or more of its named parts ("BPU 167.057 ..., 50.104 lewat program daerah, 23.000 di Raja
# Ampat") stands at its largest value when that value holds the rest: the segments' sum can still be checked.
SEGMENT_WITH_ITS_PARTS = [
    "BPJS Ketenagakerjaan Cabang Sorong mencatat peserta aktif penerima upah 116.945 orang. Peserta bukan penerima upah "
    "167.057 orang, di antaranya 50.104 orang lewat program daerah dan 23.000 orang di Raja Ampat. Peserta jasa "
    "konstruksi 112.000 orang. Totalnya ada sekitar 350.000 peserta aktif.",
    "Peserta aktif BPJS Ketenagakerjaan Cabang Manokwari: penerima upah 40.100 orang; bukan penerima upah 61.000 orang, "
    "termasuk 20.000 nelayan dan 15.000 petani; jasa konstruksi 30.200 orang. Jumlah peserta aktif seluruhnya 150.000 orang.",
    "BPJS Ketenagakerjaan Cabang Ternate melindungi 52.000 pekerja penerima upah aktif dan 70.500 pekerja bukan "
    "penerima upah aktif. Dari pekerja bukan penerima upah itu, 21.000 dibiayai APBD dan 9.800 dibiayai dana desa. "
    "Pekerja jasa konstruksi aktif 18.000 orang. Peserta aktif totalnya 170.000 orang.",
    "Di Cabang Kendari, peserta aktif penerima upah 88.400 orang, bukan penerima upah 45.000 orang dan jasa konstruksi "
    "31.000 orang. Peserta bukan penerima upah itu meliputi 12.000 ojek daring dan 8.000 pedagang pasar. Total peserta "
    "aktif 190.000 orang.",
    "BPJS Ketenagakerjaan Cabang Bitung mencatat peserta aktif penerima upah 60.000 orang, bukan penerima upah 25.000 "
    "orang (di antaranya 6.000 nelayan dan 4.000 buruh pelabuhan) serta jasa konstruksi 15.000 orang, sehingga total "
    "peserta aktif 120.000 orang.",
]

SEGMENT_PARTS_ADD_UP = [
    "BPJS Ketenagakerjaan Cabang Sorong mencatat peserta aktif penerima upah 116.945 orang. Peserta bukan penerima upah "
    "167.057 orang, di antaranya 50.104 orang lewat program daerah dan 23.000 orang di Raja Ampat. Peserta jasa "
    "konstruksi 112.000 orang. Totalnya ada 396.002 peserta aktif.",
    "Di Cabang Kendari, peserta aktif penerima upah 88.400 orang, bukan penerima upah 45.000 orang dan jasa konstruksi "
    "31.000 orang. Peserta bukan penerima upah itu meliputi 12.000 ojek daring dan 8.000 pedagang pasar. Total peserta "
    "aktif 164.400 orang.",
]


CASES = [(body, True) for body in LONE_PART_ABOVE + SEGMENT_WITH_ITS_PARTS] + \
    [(body, False) for body in NOT_ABOVE + SEGMENT_PARTS_ADD_UP]


@pytest.mark.parametrize("body, mismatch", CASES)
def test_total_mismatch_from_a_lone_part_or_a_segment_with_its_parts(body, mismatch):
    assert ("total_mismatch" in _checked(body)) == mismatch


def test_a_province_named_twice_in_a_slip_is_no_other_area():
    from pantau.extract.offices import province_in

    assert province_in("yang masuk ke wilayah Papua Papua Barat", "Cabang Papua Barat", bare=True) is None
    assert province_in("di Papua", "Cabang Papua Barat", bare=True) == "Provinsi Papua"


def test_provinces_listed_with_their_short_forms_are_no_one_area():
    from pantau.extract.offices import province_in

    assert province_in("tenaga kerja aktif di Bali, NTB, NTT dan Papua.", "Kanwil Banuspa") is None
    assert province_in("di Bali dan NTB", "Kanwil Banuspa") is None
    assert province_in("di Bali", "Kanwil Jawa Timur") == "Provinsi Bali"
