"""Misspellings put right before the rules read a text (pantau/extract/spelling.tsv)."""
import pytest

from pantau.extract.spelling import SPELLING_PATH, corrected_spelling
from tests.reading import extract_text


@pytest.mark.parametrize("text", [
    "Jumlah kepesertaan aktif BPJS Ketenagakerjaan Cabang Kendari pada 2018 memcapai 30.460 orang.",
    "Jumlah kepesertaan aktif BPJS Ketenagakerjaan Cabang Kendari pada 2018 mancapai 30.460 orang.",
    "Peserta aktif BPJS Ketenagakerjaan Cabang Kendari pada 2018 sebnayak 30.460 orang.",
    "PESERTA AKTIF BPJS KETENAGAKERJAAN CABANG KENDARI PADA 2018 MEMCAPAI 30.460 ORANG.",
    "Pesreta aktif BPJS Ketenagakerjaan Cabang Kendari pada 2018 Memcapai 30.460 orang.",
])
def test_a_listed_misspelling_reads_as_its_word(text):
    """spelling.tsv puts "memcapai" right before the rules read it; the offsets stay the same."""
    extraction = extract_text(text)
    assert {(m.metric, round(m.value)) for m in extraction.membership} == {("active_workers", 30460)}
    figure = extraction.membership[0]
    assert text[figure.start_char:figure.end_char].startswith("30.460")


@pytest.mark.parametrize("text", [
    "Peserta BPJS Ketenagakerjaan Cabang Kendari memcapainya sendiri pada 2018.",
    "Peserta BPJS Ketenagakerjaan Cabang Kendari mencapai target pada 2018 tanpa angka.",
])
def test_near_miss_no_listed_misspelling_as_a_whole_word(text):
    assert corrected_spelling(text) == text



def test_every_listed_fix_keeps_the_length():
    for line in SPELLING_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            wrong, right = line.split("\t")
            assert len(wrong) == len(right), line
