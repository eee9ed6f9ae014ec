"""Rules found by the twelfth stop's dev sets (real pages AZ, BA; own words heldout36), each on text of our own:
five wordings and two near-misses each."""
from datetime import date

import pytest

from pantau.extract import extract_article
from pantau.model import RawArticle


def _claims(body, published):
    extraction = extract_article(RawArticle(source_path="t.txt", content_sha256="0", title="", body_text=body,
                                            published_hint=published))
    return [(c.program, c.cases, c.amount_idr, c.period_start, c.period_end) for c in extraction.claims]


# A year named in apposition ("yakni 2022") dates what follows it.
@pytest.mark.parametrize("text", [
    "Pada tahun pertama program ini, yakni 2022, tercatat 10.000 klaim JKP dengan nilai Rp 44 miliar.",
    "Pada tahun pertama, yaitu 2022, klaim JKP mencapai 10.000 kasus senilai Rp 44 miliar.",
    "Di tahun awal pelaksanaannya yakni 2022 klaim JKP sebanyak 10.000 kasus senilai Rp 44 miliar dibayarkan.",
    "Tahun perdananya, yakni tahun 2022, BPJS Ketenagakerjaan membayar JKP Rp 44 miliar untuk 10.000 klaim.",
    "Pembayaran JKP pada tahun pertama yaitu tahun 2022 sebanyak 10.000 klaim senilai Rp 44 miliar.",
])
def test_a_year_in_apposition_dates_the_figures(text):
    assert _claims(text, date(2024, 7, 2)) == [("JKP", 10000, 44e9, date(2022, 1, 1), date(2022, 12, 31))]


@pytest.mark.parametrize("text", [
    # "yakni" before a count, not a year: no period from it
    "Sepanjang 2023 klaim JKP yang dibayar yakni 2.022 kasus senilai Rp 44 miliar.",
    # a year range after "yakni" stays a range, not its first year
    "Klaim JKP pada periode itu, yakni 2022-2023, mencapai 63.000 kasus senilai Rp 410 miliar.",
])
def test_yakni_before_a_count_or_a_range_is_no_year(text):
    assert all(start != date(2022, 1, 1) or end != date(2022, 12, 31)
               for _, _, _, start, end in _claims(text, date(2024, 7, 2)))


# In an article about one program, a year's figures naming no program, inside the program's run told first ("sejak
# dimulainya program JKP pada Februari 2022 hingga Mei 2024"), are that program's, its first year included.
_RUN = ("BPJS Ketenagakerjaan menyalurkan dana program JKP. Sejak dimulainya program JKP pada Februari 2022 hingga "
        "Mei 2024, total dana yang telah dicairkan mencapai Rp 593 miliar. ")


@pytest.mark.parametrize("text", [
    _RUN + "Pada tahun pertama, yakni 2022, tercatat sekitar 10.000 klaim dengan total nominal Rp 44 miliar.",
    _RUN + "Sepanjang 2022 tercatat 10.000 klaim dengan nilai Rp 44 miliar.",
    _RUN + "Selama tahun 2022 ada 10.000 klaim senilai Rp 44 miliar yang dibayarkan.",
    _RUN + "Di 2022 saja, klaim yang dibayar 10.000 kasus dengan nominal Rp 44 miliar.",
    _RUN + "Pada 2022 dana yang dicairkan Rp 44 miliar untuk 10.000 klaim.",
])
def test_the_first_year_of_a_programs_run_is_that_programs(text):
    assert ("JKP", 10000, 44e9, date(2022, 1, 1), date(2022, 12, 31)) in _claims(text, date(2024, 7, 2))


@pytest.mark.parametrize("text", [
    # the year before the run began: not inside it, so no program of its own
    _RUN + "Pada 2021 tercatat 10.000 klaim dengan total nominal Rp 44 miliar.",
    # larger than the program's whole: not a part of it
    _RUN + "Sepanjang 2022 tercatat 100.000 klaim dengan nilai Rp 944 miliar.",
])
def test_a_year_outside_the_run_or_larger_than_it_is_not_the_programs(text):
    assert all(program != "JKP" or amount == 593e9 for program, _, amount, _, _ in _claims(text, date(2024, 7, 2)))


# "menjadi Rp17,7 miliar dari 613 kasus": "dari" after an amount, before a count of cases, says what the amount is of.
_YEAR = "Sepanjang 2025 BPJS Ketenagakerjaan Cabang Batam membayar klaim. "


@pytest.mark.parametrize("text,cases", [
    ("Klaim JKM ikut meningkat menjadi Rp17,7 miliar dari 613 kasus, atau naik sekitar 25 persen.", 613),
    ("Klaim JKM naik menjadi Rp17,7 miliar dari 613 kasus.", 613),
    ("JKM yang dibayarkan bertambah menjadi Rp 17,7 miliar dari 613 klaim.", 613),
    ("Pembayaran JKM melonjak menjadi Rp17,7 miliar dari sebanyak 613 ahli waris.", 613),
    ("Nilai klaim JKM kini Rp17,7 miliar dari total 1.613 kasus, naik 25 persen.", 1613),
])
def test_dari_after_an_amount_names_its_cases(text, cases):
    claims = _claims(_YEAR + text, date(2026, 1, 12))
    assert [(p, c, a) for p, c, a, _, _ in claims] == [("JKM", cases, 17.7e9)]


@pytest.mark.parametrize("text,prior", [
    ("Klaim JKM naik dari 500 kasus menjadi 613 kasus.", ("JKM", 500, None)),
    ("Klaim JKM naik dari Rp14 miliar menjadi Rp17,7 miliar.", ("JKM", None, 14e9)),
])
def test_a_from_side_after_the_change_word_stays_the_compared_one(text, prior):
    claims = _claims(_YEAR + text, date(2026, 1, 12))
    assert prior in [(p, c, a) for p, c, a, _, _ in claims]
    assert any(end == date(2024, 12, 31) for _, _, _, _, end in claims)


# "tahun ini" said in the first half of January: the year just ended (an annual recap), not twelve days.
@pytest.mark.parametrize("text,published", [
    ("Sepanjang tahun ini BPJS Ketenagakerjaan Cabang Batam membayar JKM Rp17,7 miliar untuk 613 kasus.", date(2026, 1, 12)),
    ("Sejak awal tahun ini klaim JKM yang dibayar Rp17,7 miliar untuk 613 kasus.", date(2026, 1, 5)),
    ("Selama tahun ini, JKM dibayarkan Rp17,7 miliar kepada 613 ahli waris.", date(2026, 1, 15)),
    ("Tahun ini klaim JKM mencapai 613 kasus senilai Rp17,7 miliar.", date(2026, 1, 2)),
    ("Laporan kecelakaan bertambah sepanjang tahun ini. Klaim JKM mencapai 613 kasus senilai Rp17,7 miliar.",
     date(2026, 1, 9)),
])
def test_this_year_in_early_january_is_the_year_just_ended(text, published):
    assert _claims(text, published) == [("JKM", 613, 17.7e9, date(2025, 1, 1), date(2025, 12, 31))]


@pytest.mark.parametrize("published", [date(2026, 1, 20), date(2026, 3, 2)])
def test_this_year_later_on_runs_to_publication(published):
    text = "Sejak awal tahun ini klaim JKM yang dibayar Rp17,7 miliar untuk 613 kasus."
    assert _claims(text, published) == [("JKM", 613, 17.7e9, date(2026, 1, 1), published)]


# A period read with its comparison word ("naik drastis dibandingkan tahun 2019 yang ...") is the compared side's:
# the current figure keeps the period in force, the compared one takes the stated year whole.
_IN_FORCE = "Sepanjang 2020 sampai 22 Desember, BPJS Ketenagakerjaan Cabang Serang membayar klaim Rp661,6 miliar. "


@pytest.mark.parametrize("text", [
    "Klaim JKM mencapai Rp30,6 miliar, naik drastis dibandingkan tahun 2019 yang hanya mencapai Rp17,3 miliar.",
    "Klaim JKM tercatat Rp30,6 miliar, naik tajam dibanding 2019 yang sebesar Rp17,3 miliar.",
    "JKM yang dibayarkan Rp30,6 miliar, melonjak dibandingkan dengan tahun 2019 yakni Rp17,3 miliar.",
    "Pembayaran JKM Rp30,6 miliar, naik signifikan ketimbang 2019 yang hanya Rp17,3 miliar.",
    "Klaim JKM sebesar Rp30,6 miliar meningkat dibandingkan tahun 2019 senilai Rp17,3 miliar.",
])
def test_a_period_with_its_comparison_word_is_the_compared_sides(text):
    claims = _claims(_IN_FORCE + text, date(2020, 12, 22))
    assert ("JKM", None, 30.6e9, date(2020, 1, 1), date(2020, 12, 22)) in claims
    assert ("JKM", None, 17.3e9, date(2019, 1, 1), date(2019, 12, 31)) in claims


@pytest.mark.parametrize("text,now", [
    # the change told with the new side's own year after "menjadi": that year stands
    ("Klaim JKM naik dari Rp17,3 miliar pada 2019 menjadi Rp30,6 miliar pada 2020.", (date(2020, 1, 1), date(2020, 12, 22))),
    # a period right after the change word with no comparison word: when the change happened, the figure's own
    ("Klaim JKM naik pada November 2020 menjadi Rp30,6 miliar.", (date(2020, 11, 1), date(2020, 11, 30))),
])
def test_a_period_without_a_comparison_word_keeps_its_side(text, now):
    claims = _claims(_IN_FORCE + text, date(2020, 12, 22))
    assert any((p, a, (start, end)) == ("JKM", 30.6e9, now) for p, _, a, start, end in claims)


# The compared amount's own scale stands; a count on the compared side takes none (near-misses of the shared scale,
# whose five wordings are in tests/paraphrases/roles_sides.toml, side.change)
@pytest.mark.parametrize("text,prior", [
    ("Klaim JHT Cabang Bekasi sepanjang 2021 naik dari Rp 850 juta menjadi Rp 1,2 miliar.", ("JHT", None, 850e6)),
    ("Klaim JKK Cabang Serang sepanjang 2021 naik dari 850 kasus menjadi 920 kasus senilai Rp 9 miliar.",
     ("JKK", 850, None)),
])
def test_a_compared_side_with_its_own_scale_or_a_count_keeps_it(text, prior):
    claims = _claims(text, date(2022, 2, 1))
    assert prior in [(p, c, a) for p, c, a, _, _ in claims]


def _claim_figures(text):
    return extract_article(RawArticle("x.txt", "0" * 64, "", text, published_hint=date(2025, 2, 10))).claims


# "baik dari sisi ... maupun ...", "dari segi nominal": how a figure grew, not the side it is compared with. The figure
# after it is the current one, of claims and of participation alike (five ways); a "dari" before a figure with a
# "menjadi" after it is the compared side still (two near-misses).
@pytest.mark.parametrize("text,program,amount", [
    ("Klaim JHT BPJS Ketenagakerjaan pada 2024 meningkat, baik dari sisi jumlah kasus maupun nominal, mencapai Rp 5 "
     "triliun.", "JHT", 5e12),
    ("Pembayaran klaim JKK BPJS Ketenagakerjaan Cabang Medan naik dari segi nominal, yakni Rp 40 miliar pada 2024.",
     "JKK", 40e9),
    ("Klaim JKM BPJS Ketenagakerjaan sepanjang 2024 tumbuh dari sisi nilai dan mencapai Rp 900 miliar.", "JKM", 900e9),
])
def test_a_growth_told_from_its_aspect_is_current(text, program, amount):
    (claim,) = _claim_figures(text)
    assert (claim.program, claim.amount_idr, claim.is_prior_period) == (program, amount, False)


@pytest.mark.parametrize("text,value", [
    ("BPJS Ketenagakerjaan mencatat hingga akhir 2024 jumlah peserta aktif meningkat, baik dari sisi kualitas maupun "
     "kuantitas, mencapai 45,2 juta pekerja.", 45.2e6),
    ("Peserta aktif BPJS Ketenagakerjaan Cabang Kediri tumbuh dari segi jumlah, mencapai 210.000 pekerja pada 2024.",
     210000),
])
def test_a_participation_growth_told_from_its_aspect_is_kept(text, value):
    members = extract_article(RawArticle("x.txt", "0" * 64, "", text, published_hint=date(2025, 2, 10))).membership
    assert [(m.metric, m.value) for m in members] == [("active_workers", value)]


@pytest.mark.parametrize("text", [
    "Klaim JHT BPJS Ketenagakerjaan naik dari Rp 4 triliun pada 2023 menjadi Rp 5 triliun pada 2024.",
    "Klaim JHT BPJS Ketenagakerjaan pada 2024 naik dari Rp 4 triliun menjadi Rp 5 triliun.",
])
def test_a_from_side_is_still_compared(text):
    claims = _claim_figures(text)
    assert {(c.amount_idr, c.is_prior_period) for c in claims} == {(4e12, True), (5e12, False)}
