"""A move asked as a question, a move of place, a new day asked about elsewhere."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloffs import RoundChange, round_change
from silence_watch.core.model import Interview

BERLIN = ZoneInfo("Europe/Berlin")
#: A Wednesday-morning interview; the mail comes on the Monday before.
ROUND = Interview(
    id=3, company="Kranich Logistik", role="Data Analyst",
    date=datetime(2026, 11, 25, 10, tzinfo=BERLIN), process_id=1, round=1,
)  # fmt: skip
SENT = datetime(2026, 11, 23, 11, tzinfo=BERLIN)


def friday(hour: int) -> RoundChange:
    """The round moved to Friday 27 November at ``hour``."""
    return RoundChange(3, datetime(2026, 11, 27, hour, tzinfo=BERLIN))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Könnten wir unser Gespräch auf Freitag, 27.11., 14 Uhr verschieben?", friday(14)),
        ("Wäre es möglich, das Gespräch von Mittwoch auf Freitag zu verlegen?", friday(10)),
        ("Zou je het gesprek van woensdag naar vrijdag kunnen verplaatsen?", friday(10)),
        ("¿Te importaría que movamos la entrevista del miércoles al viernes?", friday(10)),
        ("Serait-il possible de décaler notre entretien de mercredi à vendredi ?", friday(10)),
        ("I'm afraid Wednesday no longer works for Priya. Could we move to Friday at 2pm?",
         friday(14)),
        # a new day asked about apart from the change: off until its time is set
        ("Hi, unfortunately we will have to move your interview. Would Friday work?",
         RoundChange(3, None)),
    ],
)  # fmt: skip
def test_a_move_asked_as_a_question_moves_the_round(
    text: str, expected: RoundChange
) -> None:
    """Their question proposing the move is news: no thank-you for Wednesday."""
    assert round_change(text, SENT, (ROUND,), BERLIN) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a label or an offer that is a question
        "Need to reschedule your interview? Use the link in your invitation.",
        "Müssen Sie das Gespräch verschieben? Dann melden Sie sich gern.",
        # a move of place, at the same time
        "The interview will be moved to our new office building.",
        "Heads-up: the interview has been moved to the 3rd floor, room Lisbon.",
        "Das Gespräch wird in unser neues Büro in der Hafenstraße 12 verlegt.",
        "L'entretien est déplacé dans nos nouveaux locaux.",
        "Hemos cambiado la entrevista a la sala Lisboa, planta 3.",
        "Het gesprek is verplaatst naar ons nieuwe kantoor aan de Kade 4.",
        # another meeting's day in the change's words
        "Sorry, we need to cancel Monday's call with the team lead.",
        # progress, not a time
        "Could we move to the next step and set up a call with the CTO?",
    ],
)
def test_a_label_a_place_or_another_meeting_leaves_the_round(text: str) -> None:
    """Near-misses: the round stands at its time."""
    assert round_change(text, SENT, (ROUND,), BERLIN) is None


def test_a_new_place_with_a_new_time_still_moves_the_round() -> None:
    """A place and a time: the time decides."""
    text = "The interview has been moved to our new office and to Friday at 2pm."
    assert round_change(text, SENT, (ROUND,), BERLIN) == friday(14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could we do Friday instead of Wednesday? Same time works for me.", friday(10)),
        ("Ginge bei Ihnen auch Freitag statt Mittwoch, gleiche Uhrzeit?", friday(10)),
        # no time yet: Wednesday is off until one is set
        ("Could we do Friday instead of Wednesday?", RoundChange(3, None)),
        ("Est-ce que vendredi au lieu de mercredi vous irait ?", RoundChange(3, None)),
        ("Zou vrijdag in plaats van woensdag ook kunnen?", RoundChange(3, None)),
        # not the round's day, or no meeting: nothing changes
        ("Could we do the team lunch on Tuesday instead of Monday?", None),
        ("We'll send the contract Friday instead of Wednesday.", None),
        ("Wir schicken den Vertrag am Freitag statt Mittwoch.", None),
    ],
)  # fmt: skip
def test_another_day_instead_of_the_rounds_own(text: str, expected: RoundChange | None) -> None:
    """"Friday instead of Wednesday" leaves the round's day, when it is the round's."""
    assert round_change(text, SENT, (ROUND,), BERLIN) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the new day asked about "instead", the day given up unnamed
        ("Something came up on our side - would Friday work instead? Same time.", friday(10)),
        ("Sorry for the short notice. Would Friday work instead?", RoundChange(3, None)),
        ("Apologies - does Friday suit instead?", RoundChange(3, None)),
        ("Würde Ihnen stattdessen Freitag passen? Gleiche Uhrzeit.", friday(10)),
        ("Wäre stattdessen auch Freitag möglich?", RoundChange(3, None)),
        ("Est-ce que vendredi vous irait plutôt ? Même heure.", friday(10)),
        ("¿Te vendría bien el viernes en su lugar? Misma hora.", friday(10)),
        ("Zou vrijdag in plaats daarvan passen? Zelfde tijd.", friday(10)),
        # the round's day said to be off
        ("Unfortunately Wednesday is off - Anna is ill. I'll come back to you with a new slot.",
         RoundChange(3, None)),
        ("Heads up: Wednesday's interview is off, Anna is ill. New slot to follow.",
         RoundChange(3, None)),
        # an hour beside the day given up is no new time for the round
        ("¿Podríamos hacerla el viernes en lugar del miércoles a las 12:00?",
         RoundChange(3, None)),
    ],
)  # fmt: skip
def test_a_new_day_asked_instead_or_the_day_said_off(
    text: str, expected: RoundChange
) -> None:
    """Wednesday does not happen: no thank-you for it the day after."""
    assert round_change(text, SENT, (ROUND,), BERLIN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Looking forward to Wednesday! If that stops working, would Friday work instead?",
        "Wednesday works. Would a video call work instead of coming in?",
        "See you Wednesday. Our office is off the high street, the entrance is on Mill Lane.",
        "See you Wednesday at 10. Friday is off for the whole team, so we will reply on Monday.",
        "Would you prefer to meet in person instead? Wednesday at 10 stays.",
        "Wednesday at 10 is confirmed. We could do the tour on Friday instead of Thursday.",
        "Thanks, Wednesday is fine. Would Friday work instead for the reference call with Jo?",
        "Tomorrow is off for me, but the interview on Wednesday stays as planned.",
        "Wäre stattdessen ein Videocall möglich? Der Termin am Mittwoch bleibt.",
    ],
)
def test_instead_or_off_about_something_else_leaves_the_round(text: str) -> None:
    """Near-misses of the forms above: the round stands at its time."""
    assert round_change(text, SENT, (ROUND,), BERLIN) is None


@pytest.mark.parametrize(
    "text",
    [
        "Leider fällt der Mittwoch aus, Frau Berger ist krank. Ich melde mich bald.",
        "Mittwoch klappt bei uns leider doch nicht. Ginge stattdessen Freitag?",
        "Mercredi, c'est annulé : Mme Roux est malade. Je reviens vers vous très vite.",
        "Mercredi ne va finalement pas être possible de notre côté. Vendredi vous irait-il ?",
        "Lo del miércoles se cae, Ana está enferma. Te escribo con otra fecha.",
        "El miércoles al final no podemos. ¿Te iría bien el viernes?",
        "Woensdag gaat helaas niet door, Anna is ziek. Ik kom bij je terug met een nieuw moment.",
        "Woensdag lukt ons toch niet. Zou vrijdag kunnen?",
        "Wednesday doesn't work for us anymore. Would Friday be OK?",
    ],
)
def test_the_rounds_day_said_not_to_happen_calls_it_off(text: str) -> None:
    """The day itself said off, in five languages: off until a new time is set."""
    assert round_change(text, SENT, (ROUND,), BERLIN) == RoundChange(3, None)


@pytest.mark.parametrize(
    "text",
    [
        "Der Mittwoch passt, bis dann! Der Freitag fällt bei uns aus (Betriebsausflug).",
        "Woensdag gaat door zoals gepland.",
        "Wednesday doesn't work for the office tour, but the interview itself stays as planned.",
        "Wednesday doesn't work for a follow-up call with HR, so I'll send the forms by email.",
        "Wednesday is off for the rest of the office, so it will be quiet when you come in.",
        "Am Mittwoch geht es nicht um Technik, sondern um Ihre Erfahrung.",
        "Mittwoch klappt! Bis dann.",
        "Mittwoch klappt nicht nur für uns, sondern auch für Herrn Kaya.",
        "El miércoles no podemos darte acceso al parking, lo siento.",
        "Woensdag lukt het niet om parkeren te regelen, neem de trein.",
        "If Wednesday doesn't work for you, let me know and we will find another time.",
        "Does Wednesday not work for you? Let me know.",
    ],
)
def test_a_day_said_off_for_something_else_leaves_the_round(text: str) -> None:
    """Another day off, the day's something else, a condition, a question: it stands."""
    assert round_change(text, SENT, (ROUND,), BERLIN) is None
