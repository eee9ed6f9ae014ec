"""The lexicon's phrases read through one misspelt word (Lexicon.phrase_aliases): five
misspellings that must still name their program or segment, and near-misses that must not."""
import pytest

from pantau.extract.cues import find_cues


def _tags(text: str) -> list[tuple[str, list[str]]]:
    return [(text[c.start:c.end], sorted(c.tags)) for c in find_cues(text)]


@pytest.mark.parametrize("text, phrase, tag", [
    ("jamainan kematian Rp 92 miliar dengan 3.300 kasus", "jamainan kematian", "program:JKM"),  # a letter extra
    ("klaim jaminan kematin sebanyak 120 kasus", "jaminan kematin", "program:JKM"),  # missing (kemarin is one away too)
    ("Jaminan Kecelakan Kerja (JKK) Rp 4 miliar", "Jaminan Kecelakan Kerja", "program:JKK"),  # missing, capitals
    ("manfaat jaminan pensuin dibayarkan", "jaminan pensuin", "program:JP"),  # two letters swapped
    ("program Jaminan Kehilangan Pekerjan tercatat", "Jaminan Kehilangan Pekerjan", "program:JKP"),  # last word
    ("sebanyak 12.000 peserta penerimah upah", "penerimah upah", "segment:wage"),  # inside a segment name
])
def test_a_phrase_is_read_through_one_misspelt_word(text, phrase, tag):
    assert any(found == phrase and tag in tags for found, tags in _tags(text)), _tags(text)


@pytest.mark.parametrize("text, absent", [
    ("pekerja yang menerima upah di bawah UMK", "segment:wage"),  # the first letter changes the word on purpose
    ("para buruh bekerja migran ke Malaysia", "segment:migrant"),  # (bekerja/pekerja)
    ("kemarin kematin", "program:JKM"),  # no listed phrase around the misspelling
    ("jamnan kematin", "program:JKM"),  # two misspelt words: not one phrase any more
])
def test_no_phrase_from_a_word_changed_on_purpose_or_two_misspellings(text, absent):
    assert not any(absent in tags for _, tags in _tags(text)), _tags(text)


@pytest.mark.parametrize("text", [
    "segmen jasa konstruksi (JK) dengan peserta 7,59 juta orang",
    "pekerja Jasa Konstruksi (JK) tercatat 1.376 klaim",
    "peserta jasa konstruksi ( JK ) sebanyak 2.000 orang",
])
def test_a_segment_s_own_initials_in_brackets_are_no_program(text):
    assert not any(tag.startswith("program:") for _, tags in _tags(text) for tag in tags), _tags(text)


@pytest.mark.parametrize("text, program", [
    ("Jaminan Kematian (JK) Rp 2 miliar", "program:JKM"),  # the program's own phrase: kept as it reads
    ("klaim JK sebanyak 40 kasus", "program:JKM"),  # JK alone, the old name of JKM
    ("jasa konstruksi dan JK sebanyak 40 kasus", "program:JKM"),  # not in brackets after the phrase
])
def test_a_program_short_form_elsewhere_is_still_read(text, program):
    assert any(program in tags for _, tags in _tags(text)), _tags(text)


@pytest.mark.parametrize("text, tag", [
    ("ada 98.739 peserta yang mencairkan JHT-nya", "program:JHT"),
    ("ahli waris menerima JKM-nya pekan lalu", "program:JKM"),
    ("pekerja mengambil santunan-nya", "benefit_noun"),
])
def test_a_hyphenated_possessive_reads_as_its_stem(text, tag):
    assert any(tag in tags for _, tags in _tags(text)), _tags(text)


@pytest.mark.parametrize("text, program, slip", [
    ("jaminan pensiun (JK) kepada 691 peserta sebesar Rp825.285.120", "program:JP", "program:JKM"),
    ("Jaminan Pensiun (JKM) dibayarkan Rp 3 miliar", "program:JP", "program:JKM"),
    ("Jaminan Kecelakaan Kerja (JKM) sebanyak 120 kasus", "program:JKK", "program:JKM"),
    ("Jaminan Hari Tua (JP) senilai Rp 40 miliar", "program:JHT", "program:JP"),
    ("jaminan kematian ( JKK ) untuk 12 ahli waris", "program:JKM", "program:JKK"),
    # near-misses: the short form that fits, and one not in brackets right after the name
    ("Jaminan Pensiun (JP) dibayarkan Rp 3 miliar", "program:JP", None),
    ("jaminan pensiun dan JKM dibayarkan Rp 3 miliar", "program:JKM", None),
])
def test_a_short_form_naming_another_program_than_the_full_name_before_it_is_a_slip(text, program, slip):
    """The full name written out stands; a bracketed short form that disagrees with it is not read."""
    found = {tag for _, tags in _tags(text) for tag in tags if tag.startswith("program:")}
    assert program in found and (slip is None or slip not in found), found
