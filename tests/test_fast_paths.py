"""The shortcuts of the reader give what the plain path gives, on near-misses too."""

from __future__ import annotations

import pytest

from silence_watch.core.fronted_promises import fronted_cues
from silence_watch.core.language import fold
from silence_watch.core.late_promises import late_cues
from silence_watch.core.promise_cues import _TELL_US, PROMISE_CUES, promise_cues

SENTENCES = [
    "we'll get back to you by friday.",
    "geben sie mir gerne bis mitte nachster woche kurz bescheid.",  # her deadline: no cue
    "avisame antes del viernes, te respondo el lunes.",  # an ask and a promise
    "laat me voor vrijdag weten, dan laat ik je maandag mijn beslissing weten.",
    "la proxima semana le confirmamos.",  # a fronted verb
    "dsl journee de fou, demain sans faute",  # excused: a late cue
    "thanks for your time today, it was great to meet you.",  # no cue at all
    "let me know by friday",  # an ask with no promise
    "apologies for the slow reply, we decide on monday",
]


def _plain(sentence: str, *, excused: bool) -> list[int]:
    """``promise_cues`` as it was: what asks her looked for in every sentence."""
    asked = [(m.start(), m.end()) for m in _TELL_US.finditer(sentence)]
    found = [m.start() for m in PROMISE_CUES.finditer(sentence)]
    cues = sorted(
        start for start in {*found, *fronted_cues(sentence)}
        if not any(low <= start < high for low, high in asked)
    )  # fmt: skip
    return sorted([*cues, *late_cues(sentence)]) if excused else cues


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("excused", [False, True])
def test_promise_cues_skip_the_ask_only_where_nothing_is_left_to_take(
    sentence: str, *, excused: bool
) -> None:
    """Looking for her deadline only where a cue stands finds the same cues."""
    folded = fold(sentence)
    assert promise_cues(folded, excused=excused) == _plain(folded, excused=excused)
