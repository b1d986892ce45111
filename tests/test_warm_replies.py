"""Warm answers to her thank-you note: no news, or news inside the warmth (round probe-warm5).

Written in other words than the probe's replies.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.absences import absence
from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.pleasant_meetings import met_with_pleasure
from silence_watch.core.return_promises import on_return

#: Tuesday 8 December 2026, 09:30 in New York.
SENT = datetime(2026, 12, 8, 9, 30, tzinfo=timezone(timedelta(hours=-5)))

#: Warmth in words the courtesy table lacked, a title under a sign-off, her feedback thanked.
PLEASANTRIES = [
    "Das Vergnügen lag ganz bei uns. Ich wünsche Ihnen eine schöne Woche.",
    "C'est nous qui vous remercions, l'échange était fort agréable.",
    "¡De nada! Me alegra mucho que te gustara la oficina.",
    "Het genoegen was wederzijds, ik wens je een prettige avond.",
    "Many thanks, Jordan - enjoy your evening.\n\nKind regards\nLiam\nSenior Recruitment Partner",
    "Dank voor je berichtje, erg attent.\n\nMvg,\nNoor\nRecruitment | Voorbeeld BV",
    "Vielen Dank für Ihr Feedback, das freut mich sehr.",
    "Merci pour ce gentil retour !",
    # a meeting said to have been a pleasure, no invitation
    "Dankjewel, fijn je te ontmoeten!",
    "C'était très agréable de vous rencontrer aussi.",
    "Thanks! Was wirklich schön, Sie kennenzulernen.",
]


@pytest.mark.parametrize("text", PLEASANTRIES)
def test_warmth_with_no_news_is_a_pleasantry(text: str) -> None:
    """Thanks and warmth, whatever words or signature they come in, are a pleasantry."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.PLEASANTRY


#: The same words with news in them: a meeting still to come, a process word, a promise.
NOT_PLEASANTRIES = [
    ("Het lijkt ons fijn je te ontmoeten, kan je dinsdag?", Intent.NEXT_STEP),
    ("Ravie de vous rencontrer mardi à 14h dans nos locaux.", Intent.NEXT_STEP),
    ("Al equipo le ha gustado mucho y queremos conocerte en persona.", Intent.NEXT_STEP),
    ("Lovely to meet you - we'd love to meet you again next week with the CTO.",
     Intent.NEXT_STEP),
]


@pytest.mark.parametrize(("text", "intent"), NOT_PLEASANTRIES)
def test_a_meeting_to_come_stays_an_invitation(text: str, intent: Intent) -> None:
    """A meeting wished for or set for a day is still her next step."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is intent


def test_a_feedback_of_theirs_is_still_news() -> None:
    """Their own "retour" to come is no thanks for hers."""
    assert intent_of("Merci, je vous fais un retour vendredi.") != (
        Intent.PLEASANTRY, "thanks or warmth, and no news")


def test_a_meeting_word_needs_pleasure_right_in_front() -> None:
    """"Leuk!" a sentence before a wish to meet her does not make it a memory."""
    folded = "leuk! ik wil je graag ontmoeten"
    start = folded.index("je graag")
    assert not met_with_pleasure(folded, start, len(folded))


#: An answer promised for the writer's return: the end of the absence is its day.
RETURN_PROMISES = [
    ("Danke! Bin bis Mittwoch verreist und antworte Ihnen nach meiner Rückkehr.",
     date(2026, 12, 9)),
    ("Merci ! Je suis en congés jusqu'à mercredi. Je vous réponds dès mon retour.",
     date(2026, 12, 9)),
    ("¡Gracias! Estoy de viaje hasta el jueves; te contesto a mi regreso.", date(2026, 12, 10)),
    ("Dank je! Ik zit tot donderdag in het buitenland en reageer zodra ik terug ben.",
     date(2026, 12, 10)),
    ("Thanks so much! I'm out of the office until Thursday and will reply once I'm back.",
     date(2026, 12, 10)),
]


@pytest.mark.parametrize(("text", "day"), RETURN_PROMISES)
def test_an_answer_on_return_is_promised_by_the_absences_end(text: str, day: date) -> None:
    """The day the writer is away until is the day of the answer promised for the return."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize("text", [
    "Ilse is out of the office until Thursday.",
    "Je suis absente jusqu'à jeudi.",
    "Estoy de viaje hasta el jueves, un saludo.",
    "Bin bis Mittwoch verreist, danach gerne wieder.",
])
def test_an_absence_alone_promises_nothing(text: str) -> None:
    """Someone's leave with no answer tied to the return is no promise."""
    assert promised_date(text, SENT) is None


def test_a_return_is_read_only_as_the_writers() -> None:
    """"Bon retour" wishes her a safe journey; it ties no answer to anything."""
    assert on_return("je vous reponds des mon retour")
    assert not on_return("bon retour a paris")


def test_jusqu_a_a_weekday_is_the_last_day_away() -> None:
    """"jusqu'à jeudi" names Thursday (the English "a Thursday" rule had swallowed it)."""
    found = absence("Je suis absente jusqu'à jeudi.", SENT, "fr")
    assert found is not None
    assert found.stated == date(2026, 12, 10)
