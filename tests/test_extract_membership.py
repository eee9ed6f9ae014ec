

def test_count_of_places_is_not_a_membership_figure():
    from pantau.extract.lexicon import COUNTED_THING_RE
    assert COUNTED_THING_RE.match(" provinsi itu hingga akhir 2014")
    assert COUNTED_THING_RE.match(" kantor cabang")
    assert not COUNTED_THING_RE.match(" pekerja aktif")
