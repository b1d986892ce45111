"""The test part of the corpus, read by rules + model: figures may not fall below what was measured.

Floors are set from the measurement recorded in docs/classification.md (2026-12-02,
the test part grown to 585 messages by batches 5 and 6 from new writers, 538 with an
intent; blend accuracy 0.872, model alone 0.901, rules alone 0.771), each a few messages
below it so that a regression fails while noise from a retrained model does not.
Measured through ``silence_watch.evaluation``, the same code as the benchmark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.evaluation import Scores, evaluate, load_corpus, shipped_predictor

if TYPE_CHECKING:
    from collections.abc import Callable

#: (what, how to read it off the blend's scores, floor) -- measured value in the comment.
BLEND_FLOORS: tuple[tuple[str, Callable[[Scores], float], float], ...] = (
    ("intent accuracy", lambda s: s.accuracy, 0.84),  # 0.872
    ("rejection recall", lambda s: s.per_intent["rejection"].recall, 0.79),  # 0.819
    # 0.974 then; 0.949 since batch w20rp's test part (a next step beside another
    # candidate's no, now read as an unsure rejection and asked about, no longer a sure one)
    ("rejection precision", lambda s: s.per_intent["rejection"].precision, 0.945),
    ("offer recall", lambda s: s.per_intent["offer"].recall, 0.85),  # 0.887
    # 0.929 then; 0.883 since batch w18pr's test part (indirect requests, read unseen: 3
    # of its 11 missed) and the retrain on its development part (the older 195: 0.903)
    ("next_step/request recall", lambda s: s.next_step_or_request_recall, 0.88),
    ("cold recall", lambda s: s.cold.recall, 0.79),  # 0.833
    ("pleasantry precision", lambda s: s.per_intent["pleasantry"].precision, 0.92),  # 0.951
    ("sure-verdict accuracy", lambda s: s.sure_accuracy, 0.92),  # 0.948
)
#: Every language at least this accurate (lowest measured: fr 0.804, es 0.856).
MIN_LANGUAGE_ACCURACY = 0.76
#: The model alone (measured 0.901) and the rules alone (0.771), so neither silently rots.
MIN_MODEL_ACCURACY = 0.87
MIN_RULES_ACCURACY = 0.74


@pytest.fixture(scope="module")
def results() -> dict[str, Scores]:
    """Rules, model and blend scored once on the test part."""
    return evaluate(
        load_corpus(part="test"),
        shipped_predictor(load_intent_reader().model),
        load_intent_reader().evidence,
    )


@pytest.mark.parametrize(("what", "read", "floor"), BLEND_FLOORS, ids=[f[0] for f in BLEND_FLOORS])
def test_blend_holds_its_measured_floor(
    results: dict[str, Scores], what: str, read: Callable[[Scores], float], floor: float
) -> None:
    """Each headline figure of the blend on the test part stays at or above its floor."""
    value = read(results["blend"])
    assert value >= floor, f"{what}: {value:.3f} < {floor}"


#: Wrong rejections or offers at high confidence the blend may make on the test part. The
#: target is none; it held at none until batches 13 and 14 (2026-12-04) added test
#: messages where the *other* candidates are told no and the candidate goes on ("we've
#: let the other finalists know ..."): three of them are read as sure rejections, the
#: rules' "they will not move forward" and the model's "other candidate" agreeing
#: (docs/classification.md, "Known limits"). The model alone makes 3 such mistakes (other
#: messages), the rules 13. Since 2026-12-05 two (the dev part's pattern, "the others were
#: told no; you are the only one left", is a rule now). Batch w17rn's test part, read
#: before any tuning, added a third ("not moving forward with the other finalists", a
#: next step): the floor is what is measured, not what is wished. Batch w18pr's test part
#: added a fourth (a request that mentions who is no longer considered), and the retrain on
#: its development part made a fifth sure (a no for one role with a call about another, in
#: voseo, 0.59 -> 0.93). The retrain with batch w23ir's development part (2026-12-06)
#: made a sixth sure: a long, warm pleasantry from an engineering lead (w19cw-029), while
#: the model alone made one fewer (10 -> 9) and rejection recall rose 0.947 -> 0.953.
MAX_WRONG_DECISIVE = 6


def test_wrong_rejections_or_offers_with_high_confidence_stay_at_the_measured(
    results: dict[str, Scores],
) -> None:
    """The blend calls no more messages wrongly a rejection or offer, sure, than measured."""
    assert len(results["blend"].wrong_decisive) <= MAX_WRONG_DECISIVE
    assert len(results["blend"].wrong_decisive) <= len(results["model"].wrong_decisive)


def test_every_language_is_read(results: dict[str, Scores]) -> None:
    """No language of the five falls below the per-language floor."""
    for language, (accuracy, count) in results["blend"].per_language.items():
        assert accuracy >= MIN_LANGUAGE_ACCURACY, f"{language}: {accuracy:.3f} of {count}"
    assert set(results["blend"].per_language) == {"de", "en", "es", "fr", "nl"}


def test_model_and_rules_alone_hold_their_floors(results: dict[str, Scores]) -> None:
    """The model alone and the rules alone stay at what was measured; the blend beats the rules.

    The model alone reads more of this test part right (0.901 against 0.872) but is
    wrong about a rejection or offer at high confidence more often than the blend
    (``test_wrong_rejections_or_offers_with_high_confidence_stay_at_the_measured``);
    docs/classification.md.
    """
    assert results["model"].accuracy >= MIN_MODEL_ACCURACY
    assert results["rules"].accuracy >= MIN_RULES_ACCURACY
    assert results["blend"].accuracy > results["rules"].accuracy
