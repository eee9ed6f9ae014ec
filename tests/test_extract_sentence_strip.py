"""Sentence trimming by str.strip() must keep the offsets the character walk gave."""
import random

from pantau.extract.text import _add_sentence


def _walked(body, begin, stop):
    while begin < stop and body[begin].isspace():
        begin += 1
    while stop > begin and body[stop - 1].isspace():
        stop -= 1
    return [(begin, stop, body[begin:stop])] if stop > begin else []


def test_trimmed_sentence_matches_the_character_walk():
    rng = random.Random(3)
    pieces = [" ", "\n", "\t", "\xa0", "\u3000", "\x1c", "\x85", "a", "Rp", "5", ".", "\u200b"]
    for _ in range(5000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        begin = rng.randint(0, len(body))
        stop = rng.randint(begin, len(body))
        out = []
        _add_sentence(body, begin, stop, out)
        assert [(s.start, s.end, s.text) for s in out] == _walked(body, begin, stop), (body, begin, stop)
