"""Every annotated set scored in-process with the shared scorer's matching rules
(tests/extract_score.py): extraction and the per-article checks stay at their targets.
The slower end-to-end version (a real run into a warehouse, then score.py) is test_scores.py."""
import pytest

from tests.extract_score import SCORER, default_sets, load_scorer, score_set

# Floors per set: claims F1, membership F1, check recall (None: not asserted), false errors.
TARGETS = {
    "devset": (0.95, 0.95, 1.0, 0),
    "devset2": (0.95, 0.90, 0.9, 2),  # the targets
    "heldout9": (0.90, 0.90, None, 2),  # first sight 0.83 / 0.53 (docs/first-sight.md)
    "heldout10": (0.90, 0.85, None, 2),  # first sight 0.72 / 0.87
    "heldout11": (0.75, 0.75, None, 2),  # first sight 0.73 / 0.50: the language-variation set, still weak
    "heldout14": (0.85, 0.90, None, 2),  # first sight 0.88 / 0.32
    "heldout15": (0.85, 0.90, None, 2),  # first sight 0.83 / 0.73
    "heldout16": (0.85, 0.80, None, 2),  # first sight 0.84 / 0.61
    "heldout17": (0.90, 0.90, None, 2),  # first sight 0.85 / 0.84
    "heldout18": (0.90, 0.85, None, 2),  # first sight 0.88 / 0.88
    "heldout19": (0.90, 0.85, None, 2),  # first sight 0.88 / 0.83
    "heldout20": (0.85, 0.80, None, 2),  # first sight 0.84 / 0.54
    "heldout21": (0.80, 0.80, None, 2),  # first sight 0.81 / 0.86; 0.833 since "jumlah peserta ... N orang" reads as
    # a plain count (a trade measured on real pages: N, Q, X, K, H gain 0.02-0.08; see that commit)
    "heldout22": (0.85, 0.75, None, 2),  # first sight 0.735 / 0.75
    "heldout23": (0.80, 0.80, None, 2),  # first sight 0.844 / 0.846 (modelled on pages already used)
    "heldout24": (0.75, 0.80, None, 2),  # first sight 0.754 / 0.848 (e94224c; nothing changed for it since)
    "heldout25": (0.85, 0.80, None, 3),  # first sight 0.884 / 0.857, 3 false errors (c878529; nothing changed for it)
    "heldout26": (0.85, 0.75, None, 2),  # first sight 0.824 / 0.765 (b544a40); 0.911 / 0.765 after the eighth stop
    "heldout27": (0.90, 0.80, None, 2),  # first sight 0.596 / 0.793 (a718387); 0.947 / 0.814 after the ninth stop
    "heldout47": (0.85, 0.75, None, 1),  # first sight 0.868 / 0.750 (e0ccf13); 0.923 / 0.773 after the seventeenth stop
    "heldout51": (0.90, 0.85, None, 1),  # first sight 0.909 / 0.889 (e0ccf13); 0.952 / 0.969 after the seventeenth stop
    "heldout48": (0.90, 0.85, None, 1),  # held back two stops, first sight 0.913 / 0.875 (e0ccf13); opened stop 18
    "heldout49": (0.90, 0.85, None, 2),  # held back in the seventeenth stop, first sight 0.949 / 0.880 (e0ccf13)
    "heldout52": (0.90, 0.85, None, 2),  # held back, first sight 0.923 / 0.875 on the seventeenth stop's submission
    "heldout53": (0.90, 0.80, None, 1),  # held back, first sight 0.929 / 0.824 on the same submission
    "heldout54": (0.90, 0.95, None, 1),  # first sight 0.902 / 1.0, 3 false errors (bd0f798); stop 18
    "heldout55": (0.85, 0.80, None, 1),  # held back, first sight 0.865 / 0.769 (a31913c); opened in stop 18
    "heldout56": (0.95, 0.80, None, 1),  # first sight 1.0 / 0.794 (aa50ada); stop 18
    "heldout57": (0.90, 0.95, None, 1),  # held back, first sight 0.949 / 0.621 (a31913c); opened in stop 19
    "heldout59": (0.95, 0.95, None, 1),  # first sight 0.944 / 0.900 (0631794); stop 19
    "heldout62": (0.95, 0.90, None, 1),  # first sight 1.0 / 0.723 (c070dda); stop 19
    "heldout64": (0.95, 0.95, None, 1),  # first sight 0.906 / 0.909 (32b9121); stop 20
    "heldout68": (0.95, 0.95, None, 1),  # first sight 0.949 / 0.938 (6924b7c); stop 21
    "heldout71": (0.95, 0.85, None, 1),  # first sight 0.966 / 0.700 (a868b3d); stop 22
    "heldout69": (0.90, 0.75, None, 1),  # held back, first sight in stop 21; opened in stop 23 (one article read by mistake)
    "heldout74": (0.95, 0.95, None, 1),  # first sight 0.982 / 0.941 (4b8dc7b); stop 23
    "heldout76": (0.95, 0.90, None, 1),  # first sight 1.0 / 0.800 (e36b9d3); stop 23
    "heldout77": (0.95, 0.90, None, 1),  # first sight 0.930 / 0.762 (8c25edd); stop 24
    "heldout81": (0.95, 0.90, None, 1),  # first sight 0.833 / 0.571 (4a23ee1); stop 25
    "heldout73": (0.85, 0.90, None, 1),  # held since stop 22 (first sight in docs/first-sight.md); opened stop 26
    "heldout75": (0.70, 0.70, None, 2),  # held since stop 23; opened stop 26 for its participation misses
    "tests": (0.95, 0.95, 1.0, 0),
}
HELDOUT_TARGET = (0.95, 0.95, None, 2)


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
@pytest.mark.parametrize("name", sorted(default_sets()))
def test_annotated_set_meets_its_targets(name):
    folder = default_sets()[name]
    result = score_set(load_scorer(), folder)
    claims, members, recall, false_errors = TARGETS.get(name, HELDOUT_TARGET)
    assert result["claims"]["f1"] >= claims
    assert result["mem"]["f1"] >= members
    if recall is not None and result["check_recall"] is not None:
        assert result["check_recall"] >= recall
    assert result["false_errors"] <= false_errors
