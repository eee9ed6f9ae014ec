"""The cheap word tests that let extraction skip a pattern must never skip one that would match."""
import re
from datetime import date

from pantau.extract.context import may_state_change
from pantau.extract.dates import find_dates
from pantau.extract.lexicon import CHANGE_DOWN, CHANGE_RE, CHANGE_UP, MONTH_WORD
from pantau.extract.periods import find_periods


def _words(alternation: str) -> list[str]:
    return alternation.replace("(?:", "").replace(")", "").split("|")


def test_every_change_word_passes_the_change_prefilter():
    for word in _words(CHANGE_UP) + _words(CHANGE_DOWN):
        assert may_state_change(f"Klaim JHT {word.upper()} 5 persen"), word


def test_every_comparative_passes_the_change_prefilter():
    for word in ("tinggi", "besar", "banyak", "rendah", "kecil", "sedikit"):
        text = f"Klaim JHT LEBIH {word.upper()} 5 persen"
        assert CHANGE_RE.search(text) and may_state_change(text), word


def test_every_month_word_still_reads_as_a_period_and_a_date():
    months = ["januari", "februari", "febuari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
              "september", "oktober", "nopember", "napember", "november", "desember"]
    assert all(re.fullmatch(MONTH_WORD, m) for m in months)
    for month in months:  # misspellings included: every spelling the pattern accepts has a month number
        periods = find_periods(f"hingga {month.capitalize()} 2022", 0, None, None)
        assert len(periods) == 1 and periods[0].end.year == 2022, month
        dates = find_dates(f"Senin, 3 {month.upper()} 2020 pukul 10")
        assert [d[3] for d in dates] == ["senin"], month


def test_numeric_date_inside_a_run_of_text_keeps_its_weekday():
    assert find_dates("MEDAN, Sabtu (6/7/2019) – BPJS") == [(7, 23, date(2019, 7, 6), "sabtu")]


def test_not_a_payment_and_target_cues_pass_their_prefilters():
    from pantau.extract.claims import _NOT_CLAIM_STEMS, _TARGET_STEMS, _may_match
    from pantau.extract.lexicon import NOT_CLAIM_RE, TARGET_RE

    # prefixed forms drop a letter of the stem word: menargetkan, menunggak
    for cue in ("menargetkan", "ditargetkan", "menunggak", "tunggakan", "dana kelolaan", "rata-rata",
                "per peserta", "setiap bulan", "US$5", "upah minimum", "\u017fubsidi"):
        text = f"Realisasi {cue.upper()} 2023"
        assert NOT_CLAIM_RE.search(text) and _may_match(text, _NOT_CLAIM_STEMS), cue
    for cue in ("menargetkan", "rencananya", "akan dibayar", "diharapkan", "proyeksi"):
        text = f"BPJS {cue.title()} klaim"
        assert TARGET_RE.search(text) and _may_match(text, _TARGET_STEMS), cue
    assert not _may_match("Klaim JHT dibayar kepada 5 orang", _TARGET_STEMS)


def test_worded_date_digit_check_matches_str_isdigit():
    from pantau.extract.dates import _has_digit

    for run in ("Senin 3 Mei", "Mei\u00b2", "tanpa angka", "\u0663 Mei", ""):
        assert _has_digit(run) == any(ch.isdigit() for ch in run), run


def test_every_office_opener_passes_the_office_prefilters():
    from pantau.extract.offices import _may_name_branch, _may_name_kanwil, find_offices

    for opener in ("Kantor Wilayah", "Kanwil", "Kakanwil", "Deputi Direktur Bidang Wilayah", "Deputi Wilayah",
                   "Kepala Wilayah"):
        text = f"Menurut {opener} Sumbagsel, klaim naik"
        assert _may_name_kanwil(text) and find_offices(text)[0].office == "Kanwil Sumbagsel", opener
    for opener in ("Kantor Cabang Perintis", "Kantor Cabang Pembantu", "Kacab", "KCP", "Kepala Cabang", "Cabang"):
        text = f"Menurut {opener} Sanggau, klaim naik"
        assert _may_name_branch(text) and find_offices(text)[0].office == "Cabang Sanggau", opener
