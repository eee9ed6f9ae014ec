"""The figure grammar: the corpus table (tests/number_corpus.tsv), then real sentences."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from pantau.extract.numbers import find_numbers, parse_number, words_to_number

CORPUS = Path(__file__).with_name("number_corpus.tsv")
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset" / "articles"
SENTENCES = (
    "Menurut catatan, {} tercatat hingga kini.",
    "{}",
    "({}).",
)


def _corpus_rows() -> list:
    rows = []
    for line_no, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        value, kind, tolerance, flag, spellings = line.split("\t")
        for spelling in spellings.split(" | "):
            rows.append(pytest.param(value, kind, tolerance, flag, spelling.strip(),
                                     id=f"{line_no}:{spelling.strip()}"))
    return rows


ROWS = _corpus_rows()


def _expected(value: str) -> tuple[float | None, float | None]:
    if value == "None":
        return None, None
    if ".." in value:
        low, high = value.split("..")
        return float(low), float(high)
    return float(value), None


def _assert_reading(mention, value, kind, tolerance, flag) -> None:
    expected, range_end = _expected(value)
    assert mention.kind == kind
    if expected is None:
        assert mention.value is None
        assert mention.unparseable
        return
    assert mention.unparseable is None
    assert mention.value == pytest.approx(expected, rel=1e-12)
    assert mention.range_end == (None if range_end is None else pytest.approx(range_end))
    if tolerance != "-":
        assert mention.tolerance == pytest.approx(float(tolerance), rel=1e-9)
    assert bool(mention.ambiguous) == (flag == "ambiguous")
    assert mention.is_words == (flag == "words")


def test_corpus_is_large() -> None:
    assert len(ROWS) >= 300


@pytest.mark.parametrize("value, kind, tolerance, flag, spelling", ROWS)
def test_corpus_parse_number(value, kind, tolerance, flag, spelling) -> None:
    mention = parse_number(spelling)
    assert (mention.start, mention.end, mention.text) == (0, len(spelling), spelling)
    _assert_reading(mention, value, kind, tolerance, flag)


@pytest.mark.parametrize("template", SENTENCES)
@pytest.mark.parametrize("value, kind, tolerance, flag, spelling", ROWS)
def test_corpus_inside_a_sentence(template, value, kind, tolerance, flag, spelling) -> None:
    text = template.format(spelling)
    mentions = find_numbers(text)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert text[mention.start:mention.end] == mention.text
    # "Rp 7,1 M." : the dot closes the sentence, it is not part of the figure.
    assert mention.text == spelling.rstrip(".")
    assert mention.start == template.index("{}")
    _assert_reading(mention, value, kind, tolerance, flag)


# --- words_to_number ----------------------------------------------------------------


@pytest.mark.parametrize("words, value", [
    ("dua puluh satu ribu tiga ratus", 21300.0),
    ("tujuh", 7.0),
    ("sejuta", 1e6),
    ("Seratus Dua Puluh Dua", 122.0),
    ("dua  belas", 12.0),
])
def test_words_to_number(words, value) -> None:
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", [
    "", "   ", "dua tiga", "ribu", "puluh dua", "satu ratus ribu juta", "sebelas satu",
    "dua belas tiga", "tujuh kasus", "sebagian", "nol satu", "ratus", "seratus seratus",
])
def test_words_that_are_not_one_number(words) -> None:
    assert words_to_number(words) is None


# --- parse_number on strings with a unit word or nothing readable ------------------------


def test_parse_number_accepts_a_trailing_unit_word() -> None:
    mention = parse_number("1,245 kasus")
    assert mention.value == 1245.0 and mention.ambiguous
    assert (mention.start, mention.end) == (0, 11)


@pytest.mark.parametrize("text", ["", "kasus", "Rp", "abc 5 def 6", "--", "Rp miliar"])
def test_parse_number_unreadable(text) -> None:
    mention = parse_number(text)
    assert mention.value is None and mention.unparseable
    assert (mention.start, mention.end, mention.text) == (0, len(text), text)


# --- what is not a figure ----------------------------------------------------------------


def _values(text: str) -> list[tuple[str, float | None, str]]:
    return [(m.text, m.value, m.kind) for m in find_numbers(text)]


@pytest.mark.parametrize("text", [
    "Kamis (12/10/2017)",
    "Jumat (14/6) lalu",
    "Rabu, 15 September 2021 10:24 WITA",
    "sampai akhir Agustus 2017",
    "sepanjang Januari hingga September 2022",
    "pada tahun 2019",
    "pada 1-10 Februari 2020",
    "dibuka 5 Maret dan ditutup 3 Mei",
    "sesuai PP 82/2019 dan Pasal 5 ayat (2)",
    "Jalan Sudirman No. 12",
    "peringatan HUT ke-3",
    "pandemi COVID-19 dan model B2B",
    "suasana Covid- 19 seperti ini, pandemi Covid 19 dan COVID -19",
    "ahli P2K3 dengan jaringan 4G",
    "hubungi 0812-3456-7890 atau (021) 5201234",
    "telepon +62 812 3456 7890 atau 021 520 1234",
    "bersertifikat ISO 45001 dan ISO 9001:2015",
    "era Industri 4.0",
    "pukul 08.00 hingga 16.00",
    "acara pukul 14.30 WIB",
    "salah satu peserta adalah satu-satunya pekerja",
    "dibahas satu per satu",
    "sebagian besar setiap pekerja di seluruh wilayah sekitar kantor",
    "UU Nomor 24 Tahun 2011",
    "tanggal 12-10-2017",
    # a ranking's place, no count: "3 besar", "10 besar", "peringkat 2", "urutan 5"
    "daerah asal PMI 3 besar Indramayu, Lombok dan Lampung",
    "masuk 10 besar cabang terbaik",
    "Cabang Bitung di peringkat 2",
    "berada di urutan 5 nasional",
    "Kanwil Jatim masuk ranking 1 kepesertaan",
])
def test_dates_identifiers_and_idioms_are_not_figures(text) -> None:
    assert _values(text) == []


def test_month_does_not_read_as_a_scale_letter() -> None:
    assert _values("naik 5 Maret") == []
    assert _values("sebanyak 5 Mulai") == [("5", 5.0, "count")]
    assert _values("dana 9,6 T") == [("9,6 T", 9.6e12, "money")]  # a decimal figure before T is money


def test_a_year_alone_is_kind_year_but_a_year_like_count_is_a_count() -> None:
    assert _values("naik sepanjang 2020") == [("2020", 2020.0, "year")]
    assert _values("sebanyak 2019 kasus") == [("2019", 2019.0, "count")]
    assert _values("sebanyak 2019") == [("2019", 2019.0, "count")]


def test_a_score_is_two_numbers_not_a_range() -> None:
    assert _values("Persiba Menang 2-1") == [("2", 2.0, "count"), ("1", 1.0, "count")]


def test_long_unseparated_digits_are_unparseable_not_dropped() -> None:
    (mention,) = find_numbers("angka 12345678901234567890123 itu")
    assert mention.value is None and "23 digits" in mention.unparseable


def test_garbled_money_keeps_its_kind_and_span() -> None:
    text = "dibayar Rp 1,2,3 miliar kepada"
    (mention,) = find_numbers(text)
    assert mention.text == "Rp 1,2,3 miliar" and mention.kind == "money"
    assert mention.value is None and "1,2,3" in mention.unparseable


def test_ambiguous_reason_names_both_readings() -> None:
    mention = parse_number("Rp1.500 miliar")
    assert "1500" in mention.ambiguous and "1,5" in mention.ambiguous
    assert parse_number("Rp1.47 triliun").ambiguous is None
    assert parse_number("Rp7,1 miliar").ambiguous is None


# --- real sentences ---------------------------------------------------------------------

JATIM_CLAIMS = (
    "Sedangkan untuk pembayaran klaim, sampai Agustus 2017 BPJS Jatim telah membayar "
    "Jaminan Hari Tua (JHT) 148.634 kasus sebesar Rp1.47 triliun, Jaminan Kematian (JKM) "
    "2.300 kasus sejumlah Rp64 miliar, Jaminan Kecelakaan Kerja (JKK) 16.966 kasus "
    "sebanyak Rp105 miliar, dan Jaminan Pensiun (JP) 7.996 kasus sencilai Rp7,1 miliar."
)


def test_jatim_claims_sentence() -> None:
    assert _values(JATIM_CLAIMS) == [
        ("148.634", 148634.0, "count"),
        ("Rp1.47 triliun", 1.47e12, "money"),
        ("2.300", 2300.0, "count"),
        ("Rp64 miliar", 64e9, "money"),
        ("16.966", 16966.0, "count"),
        ("Rp105 miliar", 105e9, "money"),
        ("7.996", 7996.0, "count"),
        ("Rp7,1 miliar", 7.1e9, "money"),
    ]
    tolerances = [m.tolerance for m in find_numbers(JATIM_CLAIMS)]
    assert tolerances == pytest.approx([0.5, 5e9, 0.5, 5e8, 0.5, 5e8, 0.5, 5e7])


@pytest.mark.parametrize("sentence, expected", [
    (
        "Kantor Wilayah BPJS Ketenagakerjaan Banten membayarkan klaim Jaminan Kematian (JK) "
        "sebesar Rp Rp 31,45 miliar untuk 812 kasus sepanjang Januari hingga September 2022. "
        "Kepala Kanwil Banten, Rudi Hartono, menyampaikan hal itu di Serang, Jumat (14/10/2022).",
        [("Rp Rp 31,45 miliar", 31.45e9, "money"), ("812", 812.0, "count")],
    ),
    (
        # a false start typed again inside the currency mark: one figure, the second reading
        "Jaminan Kematian dengan pembayaran sebesar Rp3Rp3,7 miliar atau 170 kasus, dan JKK Rp12RP12,5 miliar.",
        [("Rp3Rp3,7 miliar", 3.7e9, "money"), ("170", 170.0, "count"), ("Rp12RP12,5 miliar", 12.5e9, "money")],
    ),
    (
        "membayar klaim JKK sebanyak 1.245 kasus dengan nominal Rp 38,6 miliar. \"Dari 1.254 "
        "kasus kecelakaan kerja itu, 41 di antaranya berakibat meninggal dunia,\" ujarnya.",
        [("1.245", 1245.0, "count"), ("Rp 38,6 miliar", 38.6e9, "money"),
         ("1.254", 1254.0, "count"), ("41", 41.0, "count")],
    ),
    (
        "klaim JHT sebanyak dua puluh satu ribu tiga ratus kasus dengan nilai Rp 287,15 miliar.",
        [("dua puluh satu ribu tiga ratus", 21300.0, "count"),
         ("Rp 287,15 miliar", 287.15e9, "money")],
    ),
    (
        "membayarkan manfaat kepada peserta sepanjang 2020 sebesar Rp36,4 triliun untuk 2,68 "
        "juta kasus, naik 23 persen dibandingkan tahun sebelumnya yang sebesar Rp29,6 triliun.",
        [("2020", 2020.0, "year"), ("Rp36,4 triliun", 36.4e12, "money"),
         ("2,68 juta", 2.68e6, "count"), ("23 persen", 23.0, "percent"),
         ("Rp29,6 triliun", 29.6e12, "money")],
    ),
    (
        "menjelaskan bahwa klaim terbesar masih berasal dari program Jaminan Hari Tua (JHT) "
        "dengan 21.402 kasus senilai Rp 281,3 M. \"Sebagian besar peserta",
        [("21.402", 21402.0, "count"), ("Rp 281,3 M", 281.3e9, "money")],
    ),
    (
        "Oleh: Dewi Anggraini | Rabu, 15 September 2021 10:24 WITA BALIKPAPAN – tenaga kerja "
        "aktif hingga Agustus 2021 mencapai 1,2 juta pekerja dari 25.400 perusahaan aktif.",
        [("1,2 juta", 1.2e6, "count"), ("25.400", 25400.0, "count")],
    ),
    (
        "manfaat uang tunai JKP yang dibayarkan mencapai Rp 8.712.450.000, sedangkan sisanya "
        "sebesar Rp 510.000.000 disalurkan dalam bentuk pelatihan kerja.",
        [("Rp 8.712.450.000", 8712450000.0, "money"), ("Rp 510.000.000", 510e6, "money")],
    ),
    (
        "Ahli waris peserta yang meninggal dunia berhak atas santunan Rp42 juta, ditambah "
        "beasiswa pendidikan bagi dua anak.",
        [("Rp42 juta", 42e6, "money"), ("dua", 2.0, "count")],
    ),
])
def test_real_sentences(sentence, expected) -> None:
    assert _values(sentence) == expected


def test_devset_articles_offsets_and_no_dates_as_counts() -> None:
    articles = sorted(DEVSET.glob("*.txt"))
    if not articles:
        pytest.skip("dev set not present")
    for path in articles:
        text = path.read_text(encoding="utf-8")
        for mention in find_numbers(text):
            assert text[mention.start:mention.end] == mention.text
            assert mention.unparseable is None, (path.name, mention)
            if mention.kind == "count" and mention.value is not None:
                # no day, month or year of a date is reported as a count
                assert not (1990 <= mention.value <= 2100 and mention.text.isdigit()), mention


def test_speed_on_a_3kb_article() -> None:
    text = (DEVSET / "jatim-2017-pers-gathering.txt").read_text(encoding="utf-8") \
        if (DEVSET / "jatim-2017-pers-gathering.txt").exists() else JATIM_CLAIMS * 8
    text = text[:3000]
    find_numbers(text)
    rounds = 50
    started = time.perf_counter()
    for _ in range(rounds):
        find_numbers(text)
    per_article = (time.perf_counter() - started) / rounds
    assert per_article < 0.005, f"{per_article * 1000:.2f} ms per 3 KB article"


def test_approximate_an_keeps_its_scale_and_widens() -> None:
    from pantau.extract.numbers import find_numbers
    [m] = find_numbers("nilainya Rp 300-an juta")
    assert (m.text, m.value, m.kind, m.scale_word, m.tolerance) == ("Rp 300-an juta", 3e8, "money", "juta", 1e8)
    [m] = find_numbers("sekitar 2.000-an kasus")
    assert (m.value, m.tolerance) == (2000.0, 1000.0)


def test_approximate_an_without_a_hyphen() -> None:
    from pantau.extract.numbers import find_numbers
    [m] = find_numbers("baru ada 17.000an pekerja")
    assert (m.text, m.value, m.tolerance) == ("17.000an", 17000.0, 1000.0)
    [m] = find_numbers("termasuk 13.400an pekerja baru")
    assert (m.value, m.tolerance) == (13400.0, 100.0)
    assert [m.kind for m in find_numbers("pada tahun 1990an")] == []  # a decade, no count
    assert find_numbers("300anak") == []  # glued to a word


def test_lone_scale_letter_after_a_money_word_is_money() -> None:
    from pantau.extract.numbers import find_numbers
    [m] = find_numbers("senilai 3,2 M pada Mei")
    assert (m.text, m.value, m.kind, m.scale_word) == ("3,2 M", 3.2e9, "money", "miliar")
    assert [(x.text, x.kind) for x in find_numbers("sebanyak 5 M")] == [("5", "count")]  # no money word


def test_a_scale_word_after_a_figure_printed_to_the_rupiah_is_a_slip() -> None:
    from pantau.extract.numbers import find_numbers
    [m] = find_numbers("sebesar Rp 57.586.303.766 miliar pada periode itu")
    assert (m.value, m.scale_word) == (57586303766.0, None)
    assert "slip" in m.ambiguous  # told to the reviewer as an ambiguous reading
    [m] = find_numbers("Rp 1.500.000 juta")  # three groups only: a plausible Rp 1,5 triliun, kept
    assert (m.value, m.scale_word) == (1.5e12, "juta")


def test_a_figure_glued_to_a_joining_word_is_read_but_one_inside_a_code_is_not():
    from pantau.extract.numbers import find_numbers
    assert [m.value for m in find_numbers("136 di klinik, 121 puskesmas dan116 rumah sakit")] == [136, 121, 116]
    assert [m.value for m in find_numbers("program P2K3 dan COVID19, Kandan12")] == []


def test_a_rupiah_mark_glued_to_the_word_before_is_money():
    # a page that lost the space: "nilai klaimRp2,2 miliar"; a code with Rp inside a word is no figure of its own
    found = [(m.text, m.kind, m.value) for m in find_numbers("JP 460 kasus, nilai klaimRp2,2 miliar dan JKP 12 kasus")]
    assert found == [("460", "count", 460.0), ("Rp2,2 miliar", "money", 2.2e9), ("12", "count", 12.0)]
    assert [m.text for m in find_numbers("kode ABCRp5 tercatat")] == []

@pytest.mark.parametrize("text, values", [
    ("syarat:\n1. Melampirkan kartu peserta\n2. Kartu Keluarga tenaga kerja", []),
    ("Rincian:\n 3) Surat keterangan kematian dari 2 pejabat", [2]),
    ("Klaim:\n12. JHT Rp 5 miliar untuk 1.200 kasus", [5e9, 1200]),
    # near-misses: a figure at a line's start, and a number with a dot mid-sentence
    ("Klaim:\n4. 500 kasus dibayar", [4, 500]),
    ("klaim naik menjadi 2. Lalu", [2]),
])
def test_a_lists_ordinal_at_a_lines_start_is_no_figure(text, values):
    assert [m.value for m in find_numbers(text)] == values


@pytest.mark.parametrize("text, kinds", [
    ("sepanjang 2019 klaim JHT naik", ["year"]),
    ("Dalam lima bulan pertama 2019 klaim JHT", ["count", "year"]),
    ("pada 2023 kasus kecelakaan kerja naik", ["year"]),
    ("semester I 2022 klaim JKP melonjak", ["year"]),
    ("hingga 2024 peserta aktif naik", ["year"]),
    # near-misses: a count word before it, or thousands written out
    ("sebanyak 2019 kasus", ["count"]),
    ("hingga 2.019 kasus", ["count"]),
])
def test_a_year_after_a_period_word_stays_a_year_whatever_noun_follows(text, kinds):
    assert [m.kind for m in find_numbers(text)] == kinds


@pytest.mark.parametrize("text, values", [
    ("JHT : 40.527kasus", [40527]),
    ("ada 312orang penerima", [312]),
    ("sebanyak 1.204klaim JKK", [1204]),
    ("JHT Rp .374.183.286.000", [374183286000]),
    ("JKM Rp .84.000.000", [84000000]),
    # near-misses: a code's letters are no noun; a stray separator before a short figure stays unreadable
    ("jaringan 4G dan P2K3", []),
    ("Rp .5 miliar", [None]),
])
def test_a_lost_space_before_a_count_noun_and_a_stray_separator_before_thousands(text, values):
    assert [m.value for m in find_numbers(text)] == values


def test_miliar_missing_its_first_i() -> None:
    from pantau.extract.numbers import find_numbers
    [m] = find_numbers("klaim Rp 23 mliar lebih")
    assert (m.text, m.value, m.kind) == ("Rp 23 mliar", 23e9, "money")


@pytest.mark.parametrize("text, values", [
    ("3 besar perusahaan menunggak iuran Rp 1,2 miliar", [1.2e9]),  # (near-miss) "besar" after a count ends its rank only
    ("sebanyak 3 perusahaan besar menunggak iuran", [3]),  # (near-miss) "besar" not right after the figure
    ("klaim sebesar 33 kasus", [33]),
])
def test_a_rank_before_besar_is_no_figure_but_its_neighbours_are(text, values):
    assert [value for _, value, _ in _values(text)] == values


@pytest.mark.parametrize("text, values", [
    # a scale word with the next word glued on after a capital (a headline run into its photo caption)
    ("BPJamsostek Bayarkan Klaim JHT Rp26 TriliunNasabah melakukan pencairan", [26e12]),
    ("Klaim JKK Rp 5,2 MiliarFoto: Antara", [5.2e9]),
    ("Peserta Aktif 1,2 JutaKepala Cabang mengatakan", [1.2e6]),
    ("Santunan Rp 42 JutaPewarta: Ahmad", [42e6]),
    ("Dana Rp3,5 TriliunBaca juga: klaim naik", [3.5e12]),
    # near-misses: a code, digits inside a word
    ("kode A4Bravo dan model B2B", []),
    ("jaringan 4G di P2K3", []),
])
def test_a_scale_word_then_a_glued_capital_keeps_its_scale(text, values):
    assert [value for _, value, _ in _values(text)] == values
