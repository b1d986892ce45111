"""Call-offs said at length, and call-offs denied by "nothing"."""

from __future__ import annotations

import pytest

from silence_watch.core.calloffs import calls_off


@pytest.mark.parametrize(
    "text",
    [
        ("Leider müssen wir das für kommenden Mittwoch um 10 Uhr geplante Gespräch mit Herrn"
         " Dr. Weber und mir kurzfristig verschieben."),
        ("Ich muss unser ursprünglich für Mittwoch um 14 Uhr in Köln angesetztes Gespräch mit"
         " Frau Prof. Lenz leider absagen."),
        ("Unfortunately, due to an unexpected conflict, the interview we had scheduled for"
         " Wednesday with our VP of Engineering will need to be rescheduled."),
        ("hi - so the panel interview with Mr. Okafor, Dana and two people from the data team"
         " that we set up for Thursday has to be postponed, really sorry"),
    ],
)
def test_a_long_clause_still_calls_the_meeting_off(text: str) -> None:
    """The meeting named, a long description, then the verb: still a call-off."""
    assert calls_off(text)


@pytest.mark.parametrize(
    "text",
    [
        # denied, or nothing of it
        "Wir müssen das Gespräch mit Herrn Dr. Weber nicht verschieben, es bleibt bei Mittwoch.",
        "The interview is confirmed for Wednesday; nothing needs to be rescheduled.",
        "Your interview on Wednesday stands, nothing has been cancelled.",
        "Das Gespräch bleibt am Mittwoch, es wird nichts verschoben.",
        "L'entretien est maintenu, rien n'est annulé.",
        # another meeting, another sentence, a condition
        ("The interview went really well. Our offsite next week with the whole leadership team"
         " will need to be rescheduled, so the decision may take longer."),
        ("Das Gespräch war toll. Wir müssen intern noch einiges klären und den nächsten Schritt"
         " abstimmen, bevor wir etwas verschieben."),
        "If the interview on Wednesday with our VP needs to be rescheduled, I will let you know.",
    ],
)
def test_a_denied_or_unrelated_change_calls_nothing_off(text: str) -> None:
    """Near-misses: no call-off."""
    assert not calls_off(text)


def test_nothing_denies_only_its_own_clause() -> None:
    """"Nothing I could do" after a cancellation takes nothing back."""
    assert calls_off("Sorry for the short notice - the interview has been cancelled, nothing I"
                     " could do.")  # fmt: skip
