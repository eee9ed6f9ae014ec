"""Readings of the twenty-fourth stop below the rules. Each has five wordings and two near-misses."""
import pytest

from tests.reading import extract_text


_extract = extract_text


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


# ---- A count said registered is the participants when the article says "aktif" only of no figure: the active word
# names the topic ("... yang menjadi peserta aktif masih minim").
@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan mencatat pekerja di Banyuwangi yang menjadi peserta aktif masih minim. Jumlah tenaga kerja "
    "yang terdaftar sebagai peserta per Agustus 2022 sebanyak 123 ribu orang.",
    "Kepesertaan aktif BPJS Ketenagakerjaan di Kabupaten Jember dinilai rendah. Hingga Juni 2022 pekerja yang terdaftar "
    "sebagai peserta baru 123.000 orang.",
    "Pekerja yang aktif menjadi peserta BPJS Ketenagakerjaan Cabang Situbondo masih sedikit. Data per Mei 2022 menyebut "
    "123 ribu pekerja terdaftar sebagai peserta.",
    "BPJS Ketenagakerjaan Cabang Probolinggo mengajak pekerja menjadi peserta aktif. Per Maret 2022, tenaga kerja yang "
    "sudah terdaftar sebanyak 123.000 orang.",
    "Jumlah peserta aktif BPJS Ketenagakerjaan di Lumajang masih jauh dari jumlah pekerjanya. Saat ini, per "
    "Juli 2022, baru 123 ribu pekerja terdaftar sebagai peserta jaminan sosial.",
])
def test_registered_count_is_the_participants_when_active_names_only_the_topic(text):
    assert _members(text, "2022-09-01") == {("active_workers", 123000)}


@pytest.mark.parametrize("text", [
    "Per Agustus 2022 tenaga kerja yang terdaftar di BPJS Ketenagakerjaan Banyuwangi sebanyak 160 ribu orang, namun "
    "peserta aktif hanya 123 ribu orang.",
    "Sebanyak 160.000 pekerja terdaftar di BPJS Ketenagakerjaan Cabang Jember per Juni 2022, sebagian nonaktif.",
])
def test_near_miss_registered_count_beside_an_active_or_inactive_one(text):
    assert ("active_workers", 160000) not in _members(text, "2022-09-01")


# ---- A breakdown by groups of no segment ("Rinciannya: 1.664 orang non ASN, 362 juru parkir") gives no participation
# counts of its own, even after a participation count.
_ENROLLED = "Pemkab Jember mengikutsertakan 66.304 pekerja sebagai peserta aktif BPJS Ketenagakerjaan pada 2022. "


@pytest.mark.parametrize("rows", [
    "Rinciannya: 1.664 orang non ASN, 362 juru parkir, 4.343 orang guru tidak tetap, dan 1.500 orang nelayan.",
    "Rincian itu meliputi 1.664 orang tenaga honorer, 14.380 orang kader posyandu dan 289 orang sopir ambulans.",
    "Mereka terdiri dari 18.337 ketua RT dan RW, 9.908 tenaga keagamaan, serta 10.235 orang buruh tani.",
    "Rinciannya, 5.016 perangkat desa, 270 orang petugas kebersihan, dan 1.500 nelayan.",
    "Terdiri atas 4.343 orang guru honorer, 362 juru parkir dan 289 pengemudi ambulans.",
])
def test_groups_of_a_breakdown_are_no_participation_counts(rows):
    assert _members(_ENROLLED + rows) == {("active_workers", 66304)}


@pytest.mark.parametrize("rows, part", [
    ("Rinciannya: 41.000 peserta penerima upah dan 25.304 peserta bukan penerima upah.", ("active_wage_workers", 41000)),
    ("Pada 2023 jumlah itu naik menjadi 70.100 peserta.", ("active_workers", 70100)),
])
def test_near_miss_segments_and_the_next_count_of_a_series(rows, part):
    assert part in _members(_ENROLLED + rows)


# ---- A sentence set against a participation count that names workers but no participation counts the workforce.
_COUNTED = "Hingga Desember 2021 jumlah peserta BPJS Ketenagakerjaan Cabang Tasikmalaya di angka 13 ribu. "


@pytest.mark.parametrize("contrast", [
    "Sementara catatannya pekerja di Kota Tasikmalaya mencapai angka 256 ribu orang.",
    "Sedangkan jumlah pekerja di kota itu sekitar 256.000 orang.",
    "Padahal tenaga kerja di Tasikmalaya mencapai 256 ribu orang.",
    "Sementara itu, angkatan kerja di Kota Tasikmalaya tercatat 256 ribu orang.",
    "Namun jumlah penduduk yang bekerja di Tasikmalaya mencapai 256.000 orang.",
])
def test_workforce_set_against_the_count_is_no_participation_count(contrast):
    assert _members(_COUNTED + contrast, "2022-06-10") == {("active_workers", 13000)}


@pytest.mark.parametrize("text, count", [
    (_COUNTED + "Sementara pada 2020 jumlahnya 11 ribu orang.", ("active_workers", 11000)),
    (_COUNTED + "Padahal pada 2019 peserta aktif masih 15 ribu pekerja.", ("active_workers", 15000)),
])
def test_near_miss_a_contrast_that_goes_on_with_the_series(text, count):
    assert count in _members(text, "2022-06-10")


# ---- A segment's participants counted after another count, no payment word since, are no claim's case count
# ("Klaim ... itu berasal dari 3.178 badan usaha yang sudah terdaftar, dengan peserta penerima upah sebanyak 146.410").
_PAID = "BPJS Ketenagakerjaan Cabang Balikpapan pada triwulan I 2015 membayar klaim senilai Rp 13,7 miliar. "


@pytest.mark.parametrize("source", [
    "Klaim Rp 13,7 miliar itu berasal dari 3.178 badan usaha yang sudah terdaftar, dengan peserta penerima upah sebanyak "
    "146.410 orang.",
    "Dana klaim itu berasal dari 3.178 perusahaan peserta, dengan peserta penerima upah 146.410 orang.",
    "Klaim tersebut datang dari 3.178 badan usaha yang terdaftar serta peserta penerima upah (formal) sebanyak 146.410 orang.",
    "Pembayaran klaim itu untuk 3.178 badan usaha dengan peserta pekerja formal mencapai 146.410 orang.",
    "Klaim itu bersumber dari 3.178 pemberi kerja, dengan peserta penerima upah sekitar 146.410 orang.",
])
def test_a_segment_s_participants_are_no_case_count(source):
    claims = _extract(_PAID + source).claims
    assert all(c.cases != 146410 for c in claims)


@pytest.mark.parametrize("text", [
    "BPJS Ketenagakerjaan Cabang Balikpapan pada 2015 membayarkan klaim JHT kepada peserta penerima upah sebanyak "
    "1.200 orang dengan nilai Rp 13,7 miliar.",
    "Dari 300 perusahaan, klaim JHT pada 2015 dibayarkan kepada peserta penerima upah sebanyak 1.200 orang senilai "
    "Rp 13,7 miliar.",
])
def test_near_miss_participants_paid_are_the_case_count(text):
    assert [(c.program, c.cases) for c in _extract(text).claims] == [("JHT", 1200)]


# ---- Workers hit by a layoff, and projects, are not participants.
@pytest.mark.parametrize("text", [
    "Penyebabnya, pemutusan hubungan kerja di sebuah perusahaan tambak udang yang menimpa sekitar 8.000 pekerja peserta "
    "BPJS Ketenagakerjaan pada 2017.",
    "Sebanyak 2.300 pekerja peserta BPJS Ketenagakerjaan di Bekasi dirumahkan selama pandemi pada 2020.",
    "Korban pemutusan hubungan kerja di Karawang pada 2020 mencapai 5.000 pekerja peserta BPJS Ketenagakerjaan.",
    "Ia menambahkan, proyek konstruksi yang sudah dilindungi BPJS Ketenagakerjaan cabang Magelang berjumlah 1.028 proyek "
    "pada 2017.",
    "BPJS Ketenagakerjaan Cabang Kendal mencatat 640 proyek jasa konstruksi terdaftar sepanjang 2019.",
])
def test_laid_off_workers_and_projects_are_no_participants(text):
    assert _members(text, "2021-01-10") == set()


@pytest.mark.parametrize("text, count", [
    ("Jumlah peserta aktif BPJS Ketenagakerjaan Cabang Bekasi mencapai 420.000 pekerja pada 2020, meski banyak terjadi "
     "pemutusan hubungan kerja.", ("active_workers", 420000)),
    ("Peserta jasa konstruksi BPJS Ketenagakerjaan Magelang pada 2017 berjumlah 24.500 tenaga kerja proyek.",
     ("active_construction_workers", 24500)),
])
def test_near_miss_participants_beside_layoffs_and_project_workers(text, count):
    assert _members(text, "2021-01-10") == {count}


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


# ---- A photo's caption sets no topic: "menyerahkan klaim JKK ..." above the lead does not make the lead's "klaim" JKK.
_LEAD_PAID = ("\n\nPadang - BPJS Ketenagakerjaan Cabang Padang sampai Oktober 2017 telah membayarkan klaim senilai Rp90,4 "
              "miliar dari total 10.488 kasus.")


@pytest.mark.parametrize("caption", [
    "BPJS Ketenagakerjaan Cabang Padang menyerahkan klaim Jaminan Kecelakaan Kerja (JKK) di sebuah hotel di Padang, "
    "Selasa (29/11). (Antarasumbar/Nurul Hidayah)",
    "Penyerahan klaim JKK secara simbolis oleh Kepala BPJS Ketenagakerjaan Cabang Padang. ANTARA FOTO/Iggoy el Fitra",
    "Kepala Cabang menyerahkan klaim JKM kepada ahli waris peserta. (Foto: Dok. BPJS Ketenagakerjaan)",
    "Petugas melayani klaim JHT peserta di kantor cabang Padang. Bisnis/Noli Hendra",
    "Suasana penyerahan klaim JKK di Padang, Rabu (8/11/2017). (Antarasumbar/Mario S Nasution)",
])
def test_a_photo_caption_sets_no_program_for_the_lead(caption):
    claims = _extract("Klaim Rp90,4 Miliar Dibayarkan\n\n" + caption + _LEAD_PAID).claims
    assert [c.program for c in claims if c.cases == 10488] == ["TOTAL"]


@pytest.mark.parametrize("text", [
    "Klaim Rp90,4 Miliar Dibayarkan\n\nBPJS Ketenagakerjaan Cabang Padang menyerahkan klaim JKK di sebuah hotel di Padang, "
    "Selasa (29/11)." + _LEAD_PAID,
    "Klaim Rp90,4 Miliar Dibayarkan\n\nKlaim JKK menjadi sorotan tahun ini." + _LEAD_PAID,
])
def test_near_miss_a_sentence_of_the_article_still_sets_it(text):
    assert [c.program for c in _extract(text).claims if c.cases == 10488] == ["JKK"]


# ---- Dates: a page timestamp line in ISO form, and a byline with its time after a colon.
_BODY_AFTER_BYLINE = ("\nLANDAK - BPJS Ketenagakerjaan mencatat 3.837 pekerja rentan terlindungi di Kabupaten Landak, "
                      "kata Kepala Cabang, Jumat (23/08/2025).")


@pytest.mark.parametrize("byline, published", [
    ("2025-08-22 19:06:19", "2025-08-22"),
    ("2025-08-22 19:06", "2025-08-22"),
    ("2025-08-22T19:06:19", "2025-08-22"),
    ("22 Agu 2025 : 19.06", "2025-08-22"),
    ("22 Agustus 2025 : 19:06 WIB", "2025-08-22"),
])
def test_a_timed_byline_line_is_the_publication_date(byline, published):
    assert str(_extract("Judul Berita\n" + byline + _BODY_AFTER_BYLINE).published_date) == published


@pytest.mark.parametrize("line", ["Nomor surat 2025-08-22", "22 Agustus 2025 : Hari Tani"])
def test_near_miss_lines_that_are_no_timed_byline(line):
    assert str(_extract("Judul Berita\n" + line + _BODY_AFTER_BYLINE).published_date) == "2025-08-23"


# ---- A table's amounts in the unit its caption line gives ("(dalam miliar rupiah)"), and a bulleted list's rows with
# no separator between label and count ("- Penerima upah 312.400 orang").
_TABLE = "\n\n| Program | Kasus | Nominal |\n| JHT | 18.230 | 245,6 |\n| JKK | 1.410 | 21,3 |\n"


@pytest.mark.parametrize("caption, scale", [
    ("BPJS Ketenagakerjaan Cabang Bandung membayar jaminan sepanjang 2024 (dalam miliar rupiah):", 1e9),
    ("Realisasi klaim BPJS Ketenagakerjaan Cabang Bandung tahun 2024 (dalam Rp miliar)", 1e9),
    ("Pembayaran klaim BPJS Ketenagakerjaan Cabang Bandung 2024 (Dalam Juta Rupiah):", 1e6),
    ("Tabel klaim BPJS Ketenagakerjaan Cabang Bandung periode 2024 (dalam milyar)", 1e9),
    ("Klaim dibayar BPJS Ketenagakerjaan Cabang Bandung pada 2024 (dalam Rp. juta):", 1e6),
])
def test_a_table_s_amounts_take_the_unit_of_its_caption(caption, scale):
    claims = _extract(caption + _TABLE, date_of("2025-01-10")).claims
    assert [(c.program, c.cases, c.amount_idr) for c in claims] == [("JHT", 18230, 245.6 * scale), ("JKK", 1410, 21.3 * scale)]


@pytest.mark.parametrize("caption", [
    "BPJS Ketenagakerjaan Cabang Bandung membayar jaminan sepanjang 2024 (dalam persen naik):",
    "BPJS Ketenagakerjaan Cabang Bandung membayar jaminan sepanjang 2024 (dalam ribuan kasus):",
])
def test_near_miss_a_caption_naming_no_money_unit(caption):
    claims = _extract(caption + _TABLE, date_of("2025-01-10")).claims
    assert [c.amount_idr for c in claims] == [245.6, 21.3]


def date_of(text):
    from datetime import date
    return date.fromisoformat(text)


_ANNOUNCED = "Jumlah peserta aktif BPJS Ketenagakerjaan Cabang Bandung per Desember 2024 tercatat:\n"


@pytest.mark.parametrize("rows", [
    "- Penerima upah 312.400 orang\n- Bukan penerima upah 41.250 orang",
    "• Penerima Upah 312.400 pekerja\n• Bukan Penerima Upah 41.250 pekerja",
    "* PU 312.400\n* BPU 41.250",
    "- Pekerja formal sebanyak 312.400 orang\n- Pekerja informal sebanyak 41.250 orang",
    "– Penerima upah sekitar 312.400\n– Bukan penerima upah sekitar 41.250",
])
def test_bulleted_rows_with_no_separator_are_the_announced_list(rows):
    assert _members(_ANNOUNCED + rows, "2025-01-10") == {("active_wage_workers", 312400),
                                                           ("active_non_wage_workers", 41250)}


@pytest.mark.parametrize("rows", [
    "Penerima upah 312.400 orang\nBukan penerima upah 41.250 orang",  # no bullet: lines of prose, read as such
    "- Target 2025 naik 10 persen",
])
def test_near_miss_unbulleted_lines_and_rows_of_no_count(rows):
    assert ("active_workers", 312400) not in _members(_ANNOUNCED + rows, "2025-01-10")


# ---- A whole, then only some of it said active ("dari 47.010 peserta yang aktif hanya 24.286", "70.426 dan peserta
# yang aktif hanya 29.040"): the count after is the active one; and participants named as a count's subject are ours
# even in a government office's sentence.
@pytest.mark.parametrize("text, count, whole", [
    ("Menurut Disnaker, jumlah pekerja PU dari 47.010 peserta yang aktif hanya 24.286 atau 51,66 persen pada Mei 2025.",
     ("active_wage_workers", 24286), 47010),
    ("Untuk pekerja BPU dari 23.416 peserta yang aktif baru 4.754 orang pada Mei 2025, kata Kepala BPJS Ketenagakerjaan.",
     ("active_non_wage_workers", 4754), 23416),
    ("Berdasarkan data BPS, pekerja di Pangkalpinang sebanyak 70.426 dan peserta yang aktif hanya 29.040 pada 2025.",
     ("active_workers", 29040), 70426),
    ("Data Disnaker mencatat 52.300 tenaga kerja, namun peserta yang aktif cuma 18.900 orang per Juni 2025.",
     ("active_workers", 18900), 52300),
    ("Dari 12.400 pekerja yang aktif hanya 3.100 orang, sebut Kepala BPJS Ketenagakerjaan Cabang Bangka pada 2025.",
     ("active_workers", 3100), 12400),
])
def test_the_count_after_only_active_is_the_active_one(text, count, whole):
    members = _members(text, "2025-06-10")
    assert count in members and whole not in {value for _, value in members}


@pytest.mark.parametrize("text, count", [
    ("Jumlah peserta yang aktif BPJS Ketenagakerjaan Cabang Bangka pada 2025 sebanyak 47.010 orang.", ("active_workers", 47010)),
    ("Menurut BPS, jumlah pekerja informal di Pangkalpinang pada 2025 sebanyak 23.416 orang.", None),
])
def test_near_miss_a_count_said_active_itself_and_a_government_count(text, count):
    members = _members(text, "2025-06-10")
    assert (count in members) if count else members == set()


# ---- A target's breakdown is no breakdown of reported figures: its parts not adding up is no total_mismatch.
@pytest.mark.parametrize("text", [
    "Tahun ini cabang Balikpapan dibebani target kepesertaan 126.000 tenaga kerja, terdiri atas 109.927 peserta formal "
    "dan 24.441 peserta informal, kata Kepala BPJS Ketenagakerjaan.",
    "BPJS Ketenagakerjaan Cabang Kudus menargetkan 150.000 peserta pada 2025 yang terdiri dari 120.000 pekerja formal "
    "dan 33.000 pekerja informal.",
    "Sasaran kepesertaan BPJS Ketenagakerjaan Cabang Pati tahun 2024 sebanyak 90.000 orang, meliputi 70.000 penerima upah "
    "dan 25.000 bukan penerima upah.",
    "Proyeksi peserta baru BPJS Ketenagakerjaan Cabang Blora pada 2024 mencapai 40.000 orang, terdiri atas 30.000 formal "
    "dan 12.000 informal.",
    "Rencana akuisisi BPJS Ketenagakerjaan Cabang Rembang tahun depan 25.000 pekerja yang terdiri dari 20.000 PU dan "
    "7.000 BPU.",
])
def test_a_target_s_breakdown_is_no_breakdown(text):
    assert _extract(text, date_of("2024-06-10")).breakdowns == []


@pytest.mark.parametrize("text", [
    "Peserta aktif BPJS Ketenagakerjaan Cabang Balikpapan pada 2015 tercatat 126.000 tenaga kerja, terdiri atas 109.927 "
    "peserta formal dan 24.441 peserta informal.",
    "Klaim BPJS Ketenagakerjaan Cabang Kudus mencapai target, yakni Rp 150 miliar pada 2024 yang terdiri dari JHT Rp 120 "
    "miliar dan JKK Rp 33 miliar.",
])
def test_near_miss_a_reported_figure_s_breakdown_is_one(text):
    assert _extract(text, date_of("2025-01-10")).breakdowns != []
