"""Promises batch w22pd found read wrong or not at all.

A range's last day, a day corrected with an apology, times sent in V2 order, feedback to
come in French.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.feedback_words import PROMISED, feedback_said, promised_for_a_no

#: Tuesday 1 December 2026, 14:18 in Toronto.
TORONTO = datetime(2026, 12, 1, 14, 18, tzinfo=timezone(timedelta(hours=-5)))
#: Tuesday 24 November 2026, 09:37 in Haarlem.
HAARLEM = datetime(2026, 11, 24, 9, 37, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You should hear from us between the 7th and the 11th.", date(2026, 12, 11)),
        ("We'll get back to you from December 7 to December 11.", date(2026, 12, 11)),
        ("Wir melden uns zwischen dem 7. Dezember und dem 11. Dezember bei Ihnen.",
         date(2026, 12, 11)),
        ("Nous reviendrons vers vous entre le 7 décembre et le 11 décembre.",
         date(2026, 12, 11)),
        ("Te responderemos entre el 7 de diciembre y el 11 de diciembre.", date(2026, 12, 11)),
        ("We laten je tussen 7 december en 11 december weten hoe het zit.", date(2026, 12, 11)),
        # no range: the promise's own day
        ("We'll get back to you by December 7; the panel meets December 11.",
         date(2026, 12, 7)),
        ("You should hear from us by the 7th, and the offer would start the 11th.",
         date(2026, 12, 7)),
        # a week named by its Monday: that week, by its Friday (tester round u47ye)
        ("Te digo algo la semana del 14 de diciembre, a la vuelta del congreso.",
         date(2026, 12, 18)),
        ("We'll be in touch the week of December 14.", date(2026, 12, 18)),
        ("Wir melden uns in der Woche vom 14. Dezember.", date(2026, 12, 18)),
        ("Je reviens vers vous la semaine du 14 décembre.", date(2026, 12, 18)),
        ("Je hoort van ons in de week van 14 december.", date(2026, 12, 18)),
        ("Feedback to follow w/c 14 Dec.", date(2026, 12, 18)),
        # a week and its own day apart: the day
        ("We'll get back to you on December 14, a week after the panel.", date(2026, 12, 14)),
    ],
)  # fmt: skip
def test_a_range_promises_its_last_day(text: str, expected: date) -> None:
    """The answer may come any day of the range: the follow-up waits for its end."""
    assert promised_date(text, TORONTO) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("I'll get back to you by Friday with the panel's decision. Sorry, Monday, I've just"
          " remembered Friday is our away day."), date(2026, 12, 7)),
        ("Je reviens vers vous d'ici vendredi. Pardon, lundi : vendredi je suis en congé.",
         date(2026, 12, 7)),
        # "sorry" with a day that is not alone corrects nothing
        ("I'll get back to you by Thursday. Sorry, Friday is a holiday here so I'm brief.",
         date(2026, 12, 3)),
        ("I'll get back to you by Thursday. Sorry - Monday was hectic, hence the delay.",
         date(2026, 12, 3)),
    ],
)  # fmt: skip
def test_a_day_corrected_with_an_apology(text: str, expected: date) -> None:
    """"By Friday. Sorry, Monday": Monday is the promise."""
    assert promised_date(text, TORONTO) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De planning met een paar opties stuur ik je uiterlijk donderdag.", date(2026, 11, 26)),
        ("Die Terminvorschläge schicke ich Ihnen bis Donnerstag.", date(2026, 11, 26)),
        # the times asked of her, or a day for the meeting: no promise
        ("Stuur je ons uiterlijk donderdag de planning met je beschikbaarheid?", None),
        ("De planning: het gesprek is donderdag om 14:00 op kantoor.", None),
    ],
)  # fmt: skip
def test_times_sent_with_the_verb_first(text: str, expected: date | None) -> None:
    """Dutch and German put the verb before its subject when the times come first."""
    assert promised_date(text, HAARLEM) == expected


def test_feedback_to_come_in_french_waits_for_its_day() -> None:
    """"je te transmettrai un retour détaillé ... en début de semaine prochaine"."""
    text = (
        "Malheureusement nous avons choisi de poursuivre avec un autre profil. Comme promis,"
        " je te transmettrai un retour détaillé de l'équipe en début de semaine prochaine."
    )
    sent = datetime(2026, 11, 20, 12, 40, tzinfo=timezone(timedelta(hours=1)))
    assert feedback_said(text) == PROMISED
    assert promised_for_a_no(PROMISED, text, sent, frozenset()) == date(2026, 11, 25)
    # feedback only mentioned, or refused: nothing to wait for
    assert feedback_said("Nous ne pouvons pas transmettre de retour personnalisé.") != PROMISED
    assert feedback_said("Merci pour ton retour la semaine dernière.") != PROMISED
