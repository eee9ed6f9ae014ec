"""Readings of the twenty-fifth stop below the rules. Each has five wordings and two near-misses."""
from datetime import date

import pytest

from tests.reading import extract_text


def _members(text, published="2024-07-10"):
    return {(m.metric, round(m.value)) for m in extract_text(text, date.fromisoformat(published)).membership}


_PMI_2021 = "Pada 2021 peserta PMI tercatat 235.657 orang. "


@pytest.mark.parametrize("second", [
    "Setahun kemudian, pada 2022, jumlahnya bertambah menjadi 333.163 peserta.",
    "Pada 2022 jumlah itu naik 41,38% menjadi 333.163 peserta.",
    "Setahun berselang, angkanya sudah mencapai 333.163 peserta pada 2022.",
    "PADA 2022 JUMLAHNYA TUMBUH MENJADI 333.163 PESERTA.",
    "Hingga akhir 2022, jumlah tersebut kembali bertambah hingga 333.163 peserta.",
])
def test_a_count_pointed_back_at_goes_on_with_the_metric_before(second):
    """"jumlahnya bertambah menjadi 333.163 peserta" after a migrant workers' count: the same metric, though "peserta"
    alone would be every participant."""
    assert _members(_PMI_2021 + second) == {("migrant_workers", 235657), ("migrant_workers", 333163)}


@pytest.mark.parametrize("second", [
    "Pada 2022, peserta aktif BPJS Ketenagakerjaan secara nasional mencapai 35.863.217 peserta.",
    "Pada 2022 peserta penerima upah tercatat 333.163 peserta.",
])
def test_near_miss_a_count_with_its_own_subject_does_not_go_on(second):
    assert ("migrant_workers", 235657) in _members(_PMI_2021 + second)
    assert not any(metric == "migrant_workers" and value != 235657 for metric, value in _members(_PMI_2021 + second))


_PMI_WHOLE = "Secara keseluruhan, peserta PMI aktif sampai Juni 2024 berjumlah 592.932 orang. "


@pytest.mark.parametrize("part", [
    "Taiwan berada di urutan teratas dengan 216.738 peserta, atau 36,55% dari seluruh peserta PMI aktif hingga Juni 2024.",
    "Taiwan menyumbang 216.738 peserta atau sekitar 36,55 persen dari total pekerja migran yang terdaftar.",
    "Dari Taiwan tercatat 216.738 peserta, setara 36,55% dari keseluruhan peserta PMI.",
    "TAIWAN MENEMPATI POSISI PERTAMA DENGAN 216.738 PESERTA ATAU 36,55% DARI SELURUH PESERTA PMI.",
    "Taiwan paling banyak, yakni 216.738 peserta, atau 36,55% dari jumlah peserta pekerja migran Indonesia.",
])
def test_a_count_said_a_share_of_a_segment_s_whole_is_of_that_segment(part):
    """A country's count said to be a share of all migrant participants is a migrant count, not all participants."""
    assert _members(_PMI_WHOLE + part) == {("migrant_workers", 592932), ("migrant_workers", 216738)}


@pytest.mark.parametrize("part", [
    "Di Jawa Tengah tercatat 216.738 peserta aktif, atau 36,55% dari target kepesertaan tahun ini.",
    "Di Jawa Tengah tercatat 216.738 peserta aktif, atau 36,55% dari angkatan kerja, termasuk pekerja migran yang pulang.",
])
def test_near_miss_a_share_of_no_segment_s_whole(part):
    assert ("migrant_workers", 216738) not in _members(_PMI_WHOLE + part)


@pytest.mark.parametrize("ranked", [
    "Malaysia berada di urutan kedua dengan 176.278 peserta.",
    "Di peringkat kedua ada Malaysia dengan 176.278 peserta.",
    "Malaysia menempati posisi kedua dengan 176.278 peserta.",
    "Malaysia masuk lima besar dengan 176.278 peserta.",
    "MALAYSIA DI POSISI KEDUA, 176.278 PESERTA.",
])
def test_the_next_place_in_a_ranking_goes_on_with_the_metric_before(ranked):
    """Ranking words (urutan, peringkat, posisi) after a migrant workers' count: the places are migrant counts too."""
    assert _members(_PMI_WHOLE + ranked) == {("migrant_workers", 592932), ("migrant_workers", 176278)}


@pytest.mark.parametrize("other", [
    "Malaysia mencatat 176.278 peserta aktif dari semua segmen.",
    "Di Malaysia, jumlah peserta penerima upah mencapai 176.278 peserta.",
])
def test_near_miss_no_ranking_word(other):
    assert ("migrant_workers", 176278) not in _members(_PMI_WHOLE + other)


def _claims(text, published="2025-04-10"):
    return {(c.program, c.cases, c.amount_idr) for c in extract_text(text, date.fromisoformat(published)).claims}


@pytest.mark.parametrize("text", [
    "Kanwil BPJS Ketenagakerjaan Jawa Barat mencatat sebanyak 3.787 tenaga kerja mengajukan klaim JKP akibat PHK pada "
    "periode Januari hingga Maret 2025, dengan nilai keseluruhan Rp28,2 miliar.",
    "Selama Januari-Maret 2025 ada 3.787 pekerja yang mengajukan klaim jaminan kehilangan pekerjaan karena terkena "
    "pemutusan hubungan kerja di sejumlah kabupaten, dan nilai manfaatnya Rp28,2 miliar.",
    "Pada kuartal I 2025, 3.787 peserta mengajukan klaim JKP setelah kehilangan pekerjaan di pabrik tekstil dan alas kaki, "
    "dengan total nilai mencapai Rp28,2 miliar.",
    "SEBANYAK 3.787 TENAGA KERJA MENGAJUKAN KLAIM JKP SELAMA JANUARI HINGGA MARET 2025 DI JAWA BARAT DAN SEKITARNYA, "
    "SENILAI RP28,2 MILIAR.",
    "Hingga Maret 2025 tercatat 3.787 orang telah mengajukan klaim JKP kepada kantor wilayah di Bandung, yang nilainya "
    "mencapai Rp28,2 miliar.",
])
def test_applicants_with_their_claims_worth_later_in_the_sentence(text):
    """People who applied, with the worth of their claims told far on in the sentence: the claim's case count."""
    assert _claims(text) == {("JKP", 3787, 28.2e9)}


@pytest.mark.parametrize("text", [
    "Selama Januari-Maret 2025 ada 3.787 pekerja yang mengajukan klaim JKP, sementara klaim JHT yang dibayarkan pada "
    "periode itu Rp28,2 miliar.",
    "Selama Januari-Maret 2025 ada 3.787 pekerja yang mengajukan klaim JKP dan 2.100 di antaranya masih diproses, dengan "
    "nilai pengajuan Rp28,2 miliar.",
])
def test_near_miss_the_later_worth_is_not_theirs(text):
    assert ("JKP", 3787, 28.2e9) not in _claims(text)


_JKP_Q1 = "Pada kuartal I 2025 klaim JKP di Jawa Barat tercatat 3.787 kasus dengan nilai Rp28,2 miliar. "


@pytest.mark.parametrize("share", [
    "Klaim JKP tersebut setara 2,82 persen dari total 134.130 pekerja yang menerima pembayaran klaim dari seluruh "
    "program, yang nilainya mencapai Rp2,12 triliun.",
    "Jumlah klaim JKP itu hanya 2,82% dari total 134.130 kasus untuk semua program, dengan nilai Rp2,12 triliun.",
    "JKP menyumbang 2,82 persen dari seluruh 134.130 klaim dari kelima program, yang nilainya Rp2,12 triliun.",
    "KLAIM JKP SETARA 2,82 PERSEN DARI TOTAL 134.130 KLAIM SELURUH PROGRAM YANG NILAINYA RP2,12 TRILIUN.",
    "Porsi JKP sekitar 2,82 persen dari jumlah 134.130 kasus seluruh program pada periode itu, yang nilainya Rp2,12 triliun.",
])
def test_the_whole_a_program_s_share_is_of_is_every_program_s(share):
    """"klaim JKP ... setara 2,82 persen dari total 134.130 pekerja ... dari seluruh program": the whole is the total."""
    got = _claims(_JKP_Q1 + share)
    assert ("TOTAL", 134130, 2.12e12) in got and not any(p == "JKP" and n == 134130 for p, n, _ in got)


@pytest.mark.parametrize("share", [
    "Klaim JKP tersebut setara 2,82 persen dari total 134.130 pekerja yang terkena PHK di provinsi itu.",
    "Klaim JKP tersebut setara 2,82 persen dari total klaim, sementara seluruh program membayar Rp2,12 triliun.",
])
def test_near_miss_no_whole_of_every_program(share):
    assert not any(p == "TOTAL" and n == 134130 for p, n, _ in _claims(_JKP_Q1 + share))



def _dated_claims(text, published="2025-06-26"):
    return {(c.program, c.amount_idr, str(c.period_end), c.is_prior_period)
            for c in extract_text(text, date.fromisoformat(published)).claims}


_TOTAL_2024 = "Sepanjang tahun 2024, total klaim yang dibayarkan BPJS Ketenagakerjaan mencapai Rp1,3 triliun untuk 86.000 kasus. "


@pytest.mark.parametrize("compared", [
    "Angka ini meningkat dibandingkan tahun-tahun sebelumnya, yakni Rp1,2 triliun pada 2023 dan Rp1,1 triliun pada 2022.",
    "Nilai itu naik dibanding sebelumnya, yaitu Rp1,2 triliun pada tahun 2023 serta Rp1,1 triliun pada tahun 2022.",
    "Jumlah tersebut lebih tinggi dibandingkan Rp1,2 triliun pada 2023 dan Rp1,1 triliun pada 2022.",
    "ANGKA INI MENINGKAT DIBANDINGKAN TAHUN SEBELUMNYA, YAKNI RP1,2 TRILIUN PADA 2023 DAN RP1,1 TRILIUN PADA 2022.",
    "Angka ini terus naik dibandingkan dua tahun sebelumnya: Rp1,2 triliun pada 2023 dan Rp1,1 triliun di 2022.",
])
def test_compared_amounts_each_with_their_own_year(compared):
    """Two compared amounts, each dated by its own year: one prior figure per year."""
    got = _dated_claims(_TOTAL_2024 + compared)
    assert ("TOTAL", 1.2e12, "2023-12-31", True) in got and ("TOTAL", 1.1e12, "2022-12-31", True) in got


@pytest.mark.parametrize("compared", [
    "Angka ini meningkat dibandingkan 2023 yang mencapai Rp1,2 triliun.",
    "Angka ini meningkat dibandingkan tahun sebelumnya, yakni Rp1,2 triliun, sementara target 2025 Rp1,1 triliun.",
])
def test_near_miss_one_compared_amount(compared):
    assert not any(amount == 1.1e12 and prior for _, amount, _, prior in _dated_claims(_TOTAL_2024 + compared))


@pytest.mark.parametrize("text", [
    "Ia menyiapkan strategi lewat aplikasi pengaduan BPJSTK Mobile.",
    "Peserta kini bisa mengecek saldo melalui BPJS Ketenagakerjaan Mobile.",
    "Pendaftaran dilakukan lewat layanan BPJamsostek Online yang buka 24 jam.",
    "Keluhan peserta ditampung oleh kanal BPJS Ketenagakerjaan Care setiap hari kerja.",
    "Warga dapat memakai BPJSTK Digital untuk mendaftar sendiri.",
])
def test_an_app_after_the_agency_is_no_office(text):
    from pantau.extract.offices import find_offices
    assert find_offices(text) == []


@pytest.mark.parametrize("text, office", [
    ("Peserta di wilayah kerja BPJSTK Mobagu mengecek saldo lewat aplikasi.", "Cabang Mobagu"),
    ("Hal itu disampaikan pimpinan BPJS Ketenagakerjaan Cabang Plumpang di kantornya.", "Cabang Plumpang"),
])
def test_near_miss_a_place_after_the_agency_is_its_office(text, office):
    from pantau.extract.offices import find_offices
    assert [o.office for o in find_offices(text)] == [office]


@pytest.mark.parametrize("text", [
    "Hingga 2024 rata-rata penambahan tenaga kerja aktif di Batang mencapai 33 ribu orang dari pekerja formal, 8.500 orang "
    "dari pekerja informal, dan 9.700 orang dari pekerja proyek konstruksi.",
    "Sepanjang 2024 ada tambahan peserta baru 33 ribu pekerja penerima upah, 8.500 pekerja bukan penerima upah, serta "
    "9.700 pekerja jasa konstruksi.",
    "Peserta baru tahun 2024 terdiri dari 33 ribu pekerja formal, 8.500 pekerja informal dan 9.700 pekerja konstruksi.",
    "SEPANJANG 2024 ADA TAMBAHAN PESERTA BARU 33 RIBU PEKERJA FORMAL, 8.500 PEKERJA INFORMAL DAN 9.700 PEKERJA KONSTRUKSI.",
    "Selama 2024 kepesertaan bertambah 33 ribu pekerja penerima upah, lalu 8.500 pekerja bukan penerima upah dan 9.700 "
    "pekerja jasa konstruksi.",
])
def test_the_segments_listed_after_a_new_count_are_new(text):
    """A list of segments after new participants: each item is new participants of its segment."""
    got = _members(text, "2024-10-16")
    assert ("new_non_wage_workers", 8500) in got and ("new_construction_workers", 9700) in got
    assert not any(metric.startswith("active_") for metric, _ in got)


@pytest.mark.parametrize("text", [
    "Sepanjang 2024 ada tambahan peserta baru 33 ribu pekerja penerima upah, sedangkan peserta aktif bukan penerima upah "
    "kini 8.500 orang.",
    "Sepanjang 2024 ada tambahan peserta baru 33 ribu pekerja penerima upah, sedangkan target peserta bukan penerima "
    "upah 8.500 orang.",
])
def test_near_miss_an_active_or_total_count_after_new_ones(text):
    assert ("new_non_wage_workers", 8500) not in _members(text, "2024-10-16")


_PU_SHARE = ("Jumlah peserta aktif BPJS Ketenagakerjaan berstatus penerima upah posisi Maret 2024 sebesar 50,23 persen "
             "terhadap jumlah penduduk bekerja. ")


@pytest.mark.parametrize("again", [
    "Artinya, hanya 26,64 juta pekerja yang dicover BPJS Ketenagakerjaan dari 53,04 juta penduduk yang bekerja.",
    "Dengan kata lain, baru 26,64 juta pekerja yang terlindungi dari 53,04 juta penduduk bekerja.",
    "Hal ini berarti hanya 26,64 juta pekerja yang sudah terlindungi dari total 53,04 juta pekerja.",
    "ARTINYA, BARU 26,64 JUTA PEKERJA YANG DILINDUNGI DARI 53,04 JUTA PENDUDUK BEKERJA.",
    "Ini berarti sekitar 26,64 juta pekerja yang sudah ter-cover, dari 53,04 juta penduduk bekerja.",
])
def test_a_count_saying_the_share_before_again_takes_its_segment(again):
    """"Artinya, hanya 26,64 juta pekerja yang dicover ...": the share of the sentence before said as a count, of its
    segment."""
    assert ("active_wage_workers", 26640000) in _members(_PU_SHARE + again, "2024-05-20")


@pytest.mark.parametrize("again", [
    "Sementara itu, 26,64 juta pekerja tercatat di kantor-kantor cabang di seluruh Indonesia.",
    "Artinya, target 26,64 juta pekerja pada akhir tahun masih jauh.",
])
def test_near_miss_no_count_said_covered_again(again):
    assert ("active_wage_workers", 26640000) not in _members(_PU_SHARE + again, "2024-05-20")


_CLIPPED_BODY = ("\n\nBPJS Ketenagakerjaan Cabang Pekalongan mencatat 156.676 peserta aktif hingga akhir November 2020, "
                 "naik dari bulan sebelumnya.")


@pytest.mark.parametrize("source, published", [
    ("Sumber: harian regional, edisi 30 Desember 2020", "2020-12-30"),
    ("Suara Merdeka edisi 30 Desember 2020, hal. 12", "2020-12-30"),
    ("Kliping koran Edisi: 30 Desember 2020", "2020-12-30"),
    ("SUMBER: RADAR PEKALONGAN EDISI 30 DESEMBER 2020", "2020-12-30"),
    ("Sumber: Jawa Pos Radar, edisi Rabu, 30 Desember 2020", "2020-12-30"),
])
def test_a_clipping_s_edition_date_is_its_publication_date(source, published):
    assert str(extract_text(source + _CLIPPED_BODY).published_date) == published


@pytest.mark.parametrize("source", [
    "Sumber: harian regional, edisi khusus akhir tahun",
    "Edisi terbaru buku panduan BPJS Ketenagakerjaan terbit tahun depan.",
])
def test_near_miss_an_edition_with_no_date(source):
    assert extract_text(source + _CLIPPED_BODY).published_date is None


_JKP_35 = "Sampai akhir Maret 2025 ada 35.000 klaim JKP, naik 100 persen dibanding tahun lalu. "


@pytest.mark.parametrize("rest", [
    "Sebanyak 10.000 klaim di antaranya dari karyawan Sritex. Sisanya, 25.000 klaim berasal dari perusahaan lain.",
    "Termasuk 10.000 klaim dari karyawan Sritex, sisanya 25.000 klaim dari perusahaan lain.",
    "Sritex saja 10.000 klaim, sisanya 25.000 kasus dari perusahaan lain.",
    "DARI SRITEX 10.000 KLAIM, SISANYA SEBANYAK 25.000 KLAIM DARI PERUSAHAAN LAIN.",
    "Klaim dari Sritex tercatat 10.000, sedangkan sisanya 25.000 klaim datang dari berbagai perusahaan.",
])
def test_the_rest_of_a_claim_count_is_a_part(rest):
    """"Sisanya, 25.000 klaim berasal dari perusahaan lain": the rest of the count just given, a part, no claim of its own
    to set against it."""
    cases = {c.cases for c in extract_text(_JKP_35 + rest, date(2025, 5, 8)).claims}
    assert 35000 in cases and 25000 not in cases


@pytest.mark.parametrize("text", [
    "Sampai akhir Maret 2025 ada 35.000 klaim JKP. Adapun klaim JKK sebanyak 25.000 kasus.",
    "Sampai akhir Maret 2025 ada 35.000 klaim JKP. Pada Maret 2024 tercatat 25.000 klaim JKP.",
])
def test_near_miss_a_count_of_its_own(text):
    assert 25000 in {c.cases for c in extract_text(text, date(2025, 5, 8)).claims}


@pytest.mark.parametrize("line", [
    "Peserta BP Jamsostek melakukan klaim JHT melalui layanan tanpa kontak fisik. Ilustrasi./Bisnis-Dinda Wulandari",
    "Petugas melayani peserta di kantor cabang. Foto./Bisnis-Arief Hermawan",
    "Kantor BPJS Ketenagakerjaan Denpasar. Dok./Antara-Nyoman Budhiana",
    "Peserta antre di loket klaim JHT. Ilustrasi./Kompas-Rina Sari",
    "Suasana pelayanan klaim di kantor cabang Renon. Istimewa./Tribun-Bali",
])
def test_a_caption_credited_after_a_dotted_word_is_a_caption(line):
    from pantau.extract.dates import is_photo_caption
    assert is_photo_caption(line)


@pytest.mark.parametrize("line", [
    "Klaim JHT tahun ini didominasi peserta yang terkena PHK.",
    "Nilai klaim naik 40 persen yoy/ tahun lalu menurut data cabang.",
])
def test_near_miss_no_credit_at_the_line_s_end(line):
    from pantau.extract.dates import is_photo_caption
    assert not is_photo_caption(line)


@pytest.mark.parametrize("text", [
    "Sepanjang 2020 tercatat 14.846 pengambilan JHT dengan total pembayaran Rp275,7 miliar.",
    "Selama 2020 ada 14.846 pengambilan saldo JHT senilai Rp275,7 miliar.",
    "Pada 2020 kantor cabang melayani 14.846 pengambilan jaminan hari tua, nilainya Rp275,7 miliar.",
    "JUMLAH PENGAMBILAN JHT SEPANJANG 2020 SEBANYAK 14.846 DENGAN NILAI RP275,7 MILIAR.",
    "Sepanjang tahun 2020, pengambilan JHT mencapai 14.846 kasus dengan nominal Rp275,7 miliar.",
])
def test_withdrawals_of_jht_are_counted_like_claims(text):
    assert _claims(text, "2021-01-28") == {("JHT", 14846, 275.7e9)}


@pytest.mark.parametrize("text", [
    "Pengambilan data dilakukan di 20 kantor cabang sepanjang 2020.",
    "Sepanjang 2020 proses pengambilan keputusan melibatkan 14 direksi BPJS Ketenagakerjaan.",
])
def test_near_miss_other_takings(text):
    assert _claims(text, "2021-01-28") == set()


_BJM_2023 = "BPJS Ketenagakerjaan menyalurkan klaim di Kota Banjarmasin periode 2023 yang mencapai Rp 247 miliar. "
_BJM_AGAIN = " BPJS Ketenagakerjaan menyalurkan klaim bagi 25.000 pekerja di Banjarmasin dengan nilai total Rp 245 miliar."


@pytest.mark.parametrize("hope", [
    "Ia pun mengharapkan penyaluran pembayaran manfaat bagi pekerja di Banjarmasin harus bertambah pada 2024.",
    "Zuhri berharap jumlah pekerja yang terlindungi di kota itu terus bertambah pada 2024.",
    "Pemerintah kota diharapkan mendukung perluasan kepesertaan pekerja informal di seluruh kelurahan pada 2024.",
    "IA MENGHARAPKAN DUKUNGAN PEMERINTAH KOTA TERUS BERLANJUT PADA TAHUN 2024.",
    "Kami berharap kerja sama dengan pemerintah kota bisa semakin erat di tahun 2024.",
])
def test_a_year_only_hoped_for_dates_nothing_after_it(hope):
    """A year named only in a hope dates neither its sentence nor the figures of the next: the same total said again
    differently stays in 2023, where the report sets the two against each other."""
    got = _dated_claims(_BJM_2023 + hope + _BJM_AGAIN, "2024-04-03")
    assert ("TOTAL", 245e9, "2023-12-31", False) in got and ("TOTAL", 247e9, "2023-12-31", False) in got


@pytest.mark.parametrize("text", [
    _BJM_2023 + "Pada 2024 pembayaran klaim diperkirakan bertambah." + _BJM_AGAIN,
    _BJM_2023 + "Sementara itu sepanjang 2024 klaim terus dibayarkan." + _BJM_AGAIN,
])
def test_near_miss_a_year_said_of_what_happened(text):
    assert ("TOTAL", 245e9, "2024-12-31", False) in _dated_claims(text, "2025-01-10")


@pytest.mark.parametrize("part", [
    "Klaim bagi pekerja rentan tercatat Rp 6 miliar.",
    "Sebanyak Rp 30 miliar di antaranya dibayarkan untuk kasus PHK.",
    "Klaim bagi pekerja konstruksi mencapai Rp 8,5 miliar.",
    "Untuk pekerja rentan, klaim yang dibayarkan senilai Rp 4 miliar.",
    "Klaim untuk peserta yang terkena PHK mencapai Rp 61 miliar.",
])
def test_a_clearly_smaller_total_is_a_part(part):
    amounts = {amount for _, amount, _, _ in _dated_claims(_BJM_2023 + part, "2024-04-03")}
    assert amounts == {247e9}


@pytest.mark.parametrize("again", [_BJM_AGAIN, " Total klaim yang disalurkan di Banjarmasin pada 2023 Rp 243 miliar."])
def test_near_miss_nearly_all_of_the_total_is_the_total_again(again):
    assert len(_dated_claims(_BJM_2023 + again, "2024-04-03")) == 2


_ACTIVE_2018 = "Jumlah kepesertaan aktif BPJS Ketenagakerjaan pada 2018 mencapai 30,46 juta. "


@pytest.mark.parametrize("next_year", [
    "Kemudian, pada 2019 mencapai 34,17 juta.",
    "Lalu pada 2019 naik menjadi 34,17 juta.",
    "Pada tahun 2019 sudah 34,17 juta.",
    "SELANJUTNYA, PADA 2019 MENCAPAI 34,17 JUTA.",
    "Setahun kemudian, pada 2019 tercatat 34,17 juta.",
])
def test_the_next_year_s_count_in_juta_goes_on_with_the_series(next_year):
    """A count in "juta" with no "Rp", right after participants, in a sentence that speaks of no money: the series'
    next value, not money."""
    assert ("active_workers", 34170000) in _members(_ACTIVE_2018 + next_year, "2021-09-15")


@pytest.mark.parametrize("next_year", [
    "Kemudian, pada 2019 iuran yang terkumpul mencapai 34,17 juta.",
    "Kemudian, pada 2019 klaim yang dibayarkan mencapai 34,17 juta.",
])
def test_near_miss_money_talk_in_the_sentence(next_year):
    assert ("active_workers", 34170000) not in _members(_ACTIVE_2018 + next_year, "2021-09-15")


@pytest.mark.parametrize("agency", ["BPJS Ketengakerjaan", "BPJS Ketenagakerjaan", "BPJS KETENGAKERJAAN",
                                    "BPJS Ketanagakerjaan", "BPJS Ketenagakerjaaan"])
def test_a_misspelt_agency_name_names_no_office(agency):
    """"seluruh program BPJS Ketengakerjaan," (a letter dropped): the agency, not a branch called "Ketengakerjaan"."""
    from pantau.extract.offices import find_offices
    text = f"Kita membayar klaim pada seluruh program {agency}, kata Mulyana, Kepala BPJS Ketenagakerjaan Binjai."
    assert [o.office for o in find_offices(text)] == ["Cabang Binjai"]


@pytest.mark.parametrize("text, office", [
    ("Klaim juga sudah dibayar oleh BPJS Ketengakerjaan Medan Kota pada tahun 2023.", "Cabang Medan Kota"),
    ("Klaim juga sudah dibayar oleh BPJS Ketenagakerjaan Tenggarong pada tahun 2023.", "Cabang Tenggarong"),
])
def test_near_miss_a_place_after_the_misspelt_name(text, office):
    from pantau.extract.offices import find_offices
    assert [o.office for o in find_offices(text)] == [office]


_KEDIRI = "\nBPJS Ketenagakerjaan Cabang Kediri mencatat klaim JHT Rp 10 miliar untuk 800 kasus sepanjang 2022."


@pytest.mark.parametrize("line", [
    "Posted on March 14, 2023 by admin",
    "Published on March 14, 2023",
    "Posted: Tuesday, March 14, 2023",
    "POSTED ON MARCH 14, 2023 BY REDAKSI",
    "Published: March 14th, 2023 by Humas Kediri",
])
def test_an_english_blog_label_dates_the_page(line):
    assert str(extract_text(line + _KEDIRI).published_date) == "2023-03-14"


@pytest.mark.parametrize("line", ["Updated on March 14, 2023 by admin", "Posted in Berita by admin"])
def test_near_miss_no_publication_label_with_a_date(line):
    assert extract_text(line + _KEDIRI).published_date is None


@pytest.mark.parametrize("line", [
    "Penulis: Budi | Editor: Sari | 12 Oktober 2023",
    "Laporan: Budi, 12 Oktober 2023",
    "Sumber: Humas BPJS Ketenagakerjaan, 12 Oktober 2023",
    "Reporter: Dewi | Kamis, 12 Oktober 2023 | 10:15 WIB",
    "PEWARTA: ANDI, 12 OKTOBER 2023",
])
def test_a_credit_line_ending_on_a_date_dates_the_page(line):
    assert str(extract_text(line + _KEDIRI).published_date) == "2023-10-12"


@pytest.mark.parametrize("line", [
    "Laporan: data klaim hingga 12 Oktober 2023 masih diperbarui setiap pekan oleh kantor cabang",
    "Diperbarui | Kamis, 12 Oktober 2023",
])
def test_near_miss_a_date_that_is_not_the_page_s(line):
    assert extract_text(line + _KEDIRI).published_date is None


@pytest.mark.parametrize("line", [
    "Senin, Januari 24, 2022",
    "Januari 24, 2022",
    "SENIN, JANUARI 24, 2022",
    "Monday, January 24, 2022",
    "Posted on Januari 24, 2022 by redaksi",
])
def test_a_month_first_header_in_either_language_dates_the_page(line):
    assert str(extract_text(line + _KEDIRI).published_date) == "2022-01-24"


@pytest.mark.parametrize("line", ["Januari 24 peserta baru mendaftar, 2022 lebih banyak", "Edisi Januari 2022"])
def test_near_miss_no_month_first_date(line):
    assert extract_text(line + _KEDIRI).published_date is None


_KEDIRI_WHOLE = "Kepala Cabang BPJamsostek Kediri mengemukakan per November 2021 ada sebanyak 667.892 tenaga kerja. "


@pytest.mark.parametrize("part", [
    "Namun, yang terdaftar menjadi peserta mencapai 135.163 tenaga kerja formal.",
    "Namun, yang sudah menjadi peserta baru 135.163 pekerja formal.",
    "Akan tetapi, yang terlindungi baru 135.163 pekerja penerima upah.",
    "NAMUN, YANG TERDAFTAR MENJADI PESERTA BARU 135.163 TENAGA KERJA FORMAL.",
    "Tetapi yang sudah terdaftar sebagai peserta hanya 135.163 pekerja formal.",
])
def test_a_plain_count_before_its_covered_part_is_a_workforce(part):
    """A count with no word of participation, then "Namun, yang terdaftar ..." a smaller part of it: the first is the
    workforce the part is of, and "Dari jumlah 667.892 ini ..." splits that workforce, not our participants."""
    text = _KEDIRI_WHOLE + part + " Dari jumlah 667.892 ini ada sebanyak 330.493 pekerja formal dan 337.399 pekerja informal."
    assert _members(text, "2022-01-24") == {("active_wage_workers", 135163)}


@pytest.mark.parametrize("text", [
    "Per November 2021 peserta aktif BPJamsostek Kediri sebanyak 667.892 tenaga kerja. Sementara itu peserta penerima "
    "upah mencapai 330.493 tenaga kerja.",
    "Per November 2021 ada 667.892 tenaga kerja terdaftar. Pada 2020 jumlah peserta penerima upah 135.163 pekerja.",
])
def test_near_miss_no_covered_part_opening_the_next_sentence(text):
    assert any(value == 667892 for _, value in _members(text, "2022-01-24"))


@pytest.mark.parametrize("group", ["GTT dan PTT", "ASN", "honorer", "guru", "perangkat desa"])
def test_a_group_of_workers_after_the_agency_is_no_office(group):
    from pantau.extract.offices import find_offices
    text = f"Bupati meluncurkan kepesertaan BPJS Ketenagakerjaan {group} di gedung serba guna pada Selasa pagi."
    assert find_offices(text) == []


@pytest.mark.parametrize("text, office", [
    ("Bupati meluncurkan kepesertaan di BPJS Ketenagakerjaan Gresik pada Selasa pagi bersama pejabat.", "Cabang Gresik"),
    ("Bupati meluncurkan kepesertaan di BPJS Ketenagakerjaan Gunung Sitoli pada Selasa pagi.", "Cabang Gunung Sitoli"),
])
def test_near_miss_a_place_starting_like_a_group(text, office):
    from pantau.extract.offices import find_offices
    assert [o.office for o in find_offices(text)] == [office]
