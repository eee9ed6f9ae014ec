"""Every rule id the extraction code emits is in the registry (pantau/extract/rules.py), and the
lexicon's classes are the ones the rules read (pantau/extract/cue_classes.py CUE_CLASSES)."""
import re
from pathlib import Path

from pantau.extract import claim_rules, plans
from pantau.extract.cue_classes import CUE_CLASSES
from pantau.extract.cues import lexicon
from pantau.extract.rules import RULES

EXTRACT = Path(claim_rules.__file__).resolve().parent
FAMILIES = ("skip", "veto", "amount", "cases", "link", "frames", "side", "member")
ID_RE = re.compile(r'"((?:' + "|".join(FAMILIES) + r')\.[a-z_]+)"')


def test_every_rule_id_in_the_code_is_registered():
    used = {m for path in EXTRACT.glob("*.py") if path.name != "rules.py" for m in ID_RE.findall(path.read_text())}
    used |= {f"veto.{c}" for c in claim_rules.NOT_PAID_IN_CLAUSE + plans.NOT_PAID_AFTER_IN_SENTENCE}
    assert used - set(RULES) == set()


def test_lexicon_reads_cleanly_and_uses_known_classes():
    lex = lexicon()
    assert lex.problems == []
    assert lex.classes() - set(CUE_CLASSES) == set()


def test_a_phrase_listed_twice_in_the_lexicon_is_a_problem():
    from pantau.extract.cues import Lexicon
    lex = Lexicon(["jumlahnya\ttotal", "", "Jumlahnya\tanaphor_figure"])
    assert lex.problems == ["line 3: 'Jumlahnya' is already listed at line 1; give it all its tags there"]
