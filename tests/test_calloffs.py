"""Mail that calls off or moves a meeting in words, and the round it changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloff_words import NEW_TIME_TO_COME
from silence_watch.core.calloffs import RoundChange, calls_off, round_change, states_a_move
from silence_watch.core.language import fold
from silence_watch.core.model import Interview

if TYPE_CHECKING:
    from collections.abc import Callable

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")

CALLED_OFF = [
    ("Jordan - we need to cancel Wednesday, sorry. I've been pulled into a trial that runs"
    " all week."),
    ("Apologies for the late change. Could we push your interview to Thursday, December 10"
    " at 2:00 PM instead?"),
    "hey, something came up - can we move tomorrow's chat to next week? sorry!!",
    "Unfortunately the hiring manager is out sick, so today's panel has been postponed.",
    ("Really sorry - our ops director has been pulled into a regulator visit on Monday, so"
    " I've had to cancel."),
    "Leider müssen wir das Gespräch am Donnerstag verschieben, da Frau Weber erkrankt ist.",
    "Sehr geehrter Herr Lee, der Termin am 12. November muss leider abgesagt werden.",
    "Bonjour, je suis désolée mais nous devons annuler l'entretien de mardi.",
    "Votre entretien de jeudi est reporté à la semaine prochaine, je reviens vers vous.",
    "Lamentablemente tenemos que cancelar la entrevista del miércoles.",
    "Hola Jordan, ¿podríamos aplazar nuestra reunión al lunes?",
    "Hoi Jordan, helaas moeten we het gesprek van vrijdag verzetten.",
    "Het sollicitatiegesprek van dinsdag is helaas geannuleerd.",
    "I'm so sorry, I have to\nreschedule our call on Friday - a client emergency.",
    ("leider muss ich unser Gespräch am kommenden Dienstag verschieben: Herr Strasser muss"
     " an diesem Tag zu einem Kundentermin."),
    "We need to cancel the interview: our hiring manager is unwell.",
]

LEFT_ALONE = [
    # the writer's own meeting (tester round t35cx)
    "I had to cancel my 2pm, so I'm free all afternoon. See you at 1!",
    "I need to cancel my dentist appointment anyway, so any time tomorrow works.",
    "If you need to reschedule, please use the link below or reply to this email.",
    "Need to reschedule your interview? Click here.",
    "To cancel or reschedule the interview: https://booking.example/r/81f2",
    "Reschedule your interview: click the button below to pick a new time from the list.",
    "Reschedule this meeting\nCancel this meeting",
    "Feel free to move the call if Thursday doesn't suit you.",
    "No need to cancel - we can do the interview by video instead.",
    "Great news: we'd like to move you forward to the final interview with the team.",
    "Thanks for the call today, we have moved your profile forward to the hiring manager.",
    "We'd like to move your candidacy to the interview stage next week.",
    "Looking forward to our interview on Tuesday at 10am. The address is below.",
    "Falls Sie den Termin verschieben müssen, geben Sie uns bitte Bescheid.",
    "Si vous devez annuler l'entretien, merci de nous prévenir 24 heures à l'avance.",
    "Si necesita cambiar la entrevista, avísenos con antelación.",
    "Mocht je het gesprek willen verzetten, laat het ons dan weten.",
    "We decided not to move forward with your application at this time.",
]


#: Moves stated as done, with where to ("I've moved you to Tuesday"): ``states_a_move``.
STATED_MOVES = [
    ("No problem at all - I hope everything is ok with your family. I've moved you\nto"
     " Tuesday, November 24 at 3:00 PM ET, same Zoom link as before."),
    "We've rescheduled your interview to Thursday, December 3 at 11am.",
    "Quick update: your interview is now on Wednesday, November 25 at 2 PM.",
    "Sure thing, I moved it to Thursday at 2.",
    "No worries at all, I've bumped you to Friday 11/20 at 10am.",
    "I've moved you from Thursday to Tuesday, November 24 at 3 PM.",
    "Done - you're now booked for Tuesday the 24th at 3pm instead.",
    "Kein Problem, ich habe den Termin auf Montag, 23. November, 14 Uhr verlegt.",
    "Ich habe Sie auf Dienstag, den 24. November um 15 Uhr verschoben.",
    "Ihr Gespräch findet nun am Mittwoch, 25. November statt.",
    "Pas de souci, nous avons déplacé votre entretien au mardi 24 novembre à 15h.",
    "Votre entretien est maintenant prévu le jeudi 26 novembre à 10h.",
    "Sin problema, hemos cambiado la entrevista al martes 24 de noviembre a las 15:00.",
    "Tranquila, te la he movido al lunes 23 a las 14:00.",
    "Geen probleem, ik heb het gesprek verplaatst naar dinsdag 24 november om 15.00 uur.",
    "Ik heb je naar maandag 23 november om 14.00 uur verzet.",
    "Votre entretien a été déplacé au lundi 23 novembre à 10h.",
    "La entrevista ha sido trasladada al lunes 23 de noviembre a las 10:00.",
]

NOT_STATED_MOVES = [
    "We've moved forward with other candidates whose experience more closely matches.",
    "Great news - I've moved you to the next round with the hiring manager.",
    "Please note the office has moved to 14 Harbour Street, 2nd floor.",
    "We have moved your application to the final stage.",
    "The deadline for the take-home has been moved to Friday.",
    "You've been moved to the final round!",
    "Good news: I moved you on Monday to the final stage with our CFO.",
    "We've changed the interview to a video call, same time.",
    "Your interview is on Tuesday, November 24 at 3pm - see you then.",
    "I haven't moved you to Tuesday yet - still waiting on Priya.",
    "We have not rescheduled the interview to Friday; it stays on Thursday.",
    "Should I move you to Tuesday instead?",
    "Wir haben Sie in die nächste Runde verschoben.",
    "Unser Büro ist in die Hafenstraße 14 umgezogen.",
    "Nous n'avons pas déplacé votre entretien au mardi, il reste jeudi.",
    "Nous avons déménagé au 12 rue de la Paix.",
    "No hemos cambiado la entrevista al martes, sigue el jueves.",
    "Hemos pasado tu candidatura a la siguiente fase.",
    "Ik heb je doorgezet naar de volgende ronde.",
    "We zijn verhuisd naar de Havenstraat 14.",
    ("Nous ne sommes pas encore en mesure de décider, deux entrevues ayant dû être reportées"
     " à la semaine prochaine."),
    # something else that happens around the meeting moved, not the meeting
    "Tomorrow's team lunch after your interview has been moved to 12:30 PM (from noon).",
    "Das Mittagessen nach dem Gespräch ist auf 13 Uhr verschoben.",
]


@pytest.mark.parametrize(
    ("read", "text"),
    [(calls_off, text) for text in CALLED_OFF] + [(states_a_move, text) for text in STATED_MOVES],
)
def test_a_meeting_called_off_or_moved_in_words_is_seen(
    read: Callable[[str], bool], text: str
) -> None:
    """Cancellations and moves (asked, or stated as done) in five languages, hard-wrapped too."""
    assert read(text)


@pytest.mark.parametrize(
    ("read", "text"),
    [(calls_off, text) for text in LEFT_ALONE]
    + [(states_a_move, text) for text in NOT_STATED_MOVES],
)
def test_options_denials_and_progress_are_not_a_change(
    read: Callable[[str], bool], text: str
) -> None:
    """An offer to reschedule, a button, a denial, progress or a new office changes nothing."""
    assert not read(text)
    assert round_change(text, SENT, (SCREEN, PANEL), NY) is None


def a_round(number: int, when: datetime) -> Interview:
    """Round ``number`` of one process."""
    return Interview(id=number, company="Halden & Rowe", role="Legal Operations Manager",
                     date=when, process_id=1, round=number)  # fmt: skip


SCREEN = a_round(1, datetime(2026, 11, 3, 11, tzinfo=NY))
PANEL = a_round(2, datetime(2026, 11, 18, 13, tzinfo=NY))  # a Wednesday
SENT = datetime(2026, 11, 16, 9, tzinfo=NY)


def test_a_call_off_naming_the_rounds_day_cancels_the_next_round() -> None:
    """'We need to cancel Wednesday' written on Monday: the Wednesday panel is off."""
    text = "Jordan - we need to cancel Wednesday, sorry. Sophie will reach out for a new date."
    assert round_change(text, SENT, (SCREEN, PANEL), NY) == RoundChange(2, None)


def test_one_new_time_moves_the_round_there() -> None:
    """'Could we push your interview to Thursday 19th at 2:00 PM': moved, not cancelled."""
    text = "Could we push your interview to Thursday, November 19 at 2:00 PM instead?"
    change = round_change(text, SENT, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 19, 14, tzinfo=NY))


def test_the_old_hour_named_beside_the_new_time_is_no_second_choice() -> None:
    """"Marcus can't make 10:00. Could we move your interview to ... at 3:00 PM?": moved."""
    text = (
        "Marcus has been pulled into an urgent meeting and can't make 1 PM. Could we move"
        " your interview to Thursday, November 19 at 3:00 PM ET? Same Teams link."
    )
    change = round_change(text, SENT, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 19, 15, tzinfo=NY))


def test_not_able_to_meet_then_one_other_time_moves_the_round() -> None:
    """"We will not be able to meet on Wednesday ... could we do Thursday instead?": moved."""
    text = (
        "Unfortunately we will not be able to meet on Wednesday - Olu is in Detroit.\n"
        "Could we do Thursday instead, same time (1:00 PM ET), same place?"
    )
    change = round_change(text, SENT, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 19, 13, tzinfo=NY))
    # Two new times asked "instead": the round's day is given up, off until one is chosen.
    choice = (
        "Olu can't make it on Wednesday. Could we do Thursday at 10am or Friday at 11am instead?"
    )
    assert round_change(choice, SENT, (SCREEN, PANEL), NY) == RoundChange(2, None)
    # An option offered, or someone else's errand: nothing changes.
    for other in (
        "If you can't make it on Wednesday, how about Thursday at 3pm?",
        "I will not be able to meet you at the station, take a taxi instead.",
    ):
        assert round_change(other, SENT, (SCREEN, PANEL), NY) is None, other


def test_two_new_times_offered_call_the_round_off_until_one_is_chosen() -> None:
    """A choice of times is not a move yet: the old time is off, the new one not known."""
    text = ("We need to cancel Wednesday's panel. Could you do Thursday at 2pm or Friday at"
            " 10am instead?")  # fmt: skip
    assert round_change(text, SENT, (SCREEN, PANEL), NY) == RoundChange(2, None)


def test_a_call_off_of_another_days_meeting_leaves_the_round() -> None:
    """'We need to cancel Monday's call' when the round ahead is on Wednesday: not ours."""
    text = "Sorry Jordan, we need to cancel Monday's call with the team lead."
    monday = datetime(2026, 11, 14, 9, tzinfo=NY)
    assert round_change(text, monday, (SCREEN, PANEL), NY) is None


def test_the_round_already_at_the_new_time_is_not_cancelled() -> None:
    """'I've had to cancel Monday - could you do Wednesday at 1pm instead?' confirms ours."""
    text = ("Really sorry - I've had to cancel Monday. Could you do Wednesday, November 18 at"
            " 1pm instead? Same place.")  # fmt: skip
    assert round_change(text, datetime(2026, 11, 12, 9, tzinfo=NY), (SCREEN, PANEL), NY) is None


def test_only_a_round_still_ahead_can_change() -> None:
    """After the last round, words of cancelling change nothing that already happened."""
    after = datetime(2026, 11, 20, 9, tzinfo=NY)
    assert round_change("We need to cancel our call.", after, (SCREEN, PANEL), NY) is None


def test_a_round_just_missed_is_moved_to_the_one_new_time() -> None:
    """An hour after the panel began, "I've moved your interview to Thursday": it moves.

    It never took place, and the thank-you is not yet due.
    """
    text = (
        "So sorry - Dr. Ahmed was pulled into an emergency. I've moved your interview to"
        " Thursday, November 19 at 10:00 AM."
    )
    hour_later = datetime(2026, 11, 18, 14, 5, tzinfo=NY)
    change = round_change(text, hour_later, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 19, 10, tzinfo=NY))


def test_a_round_just_missed_is_never_called_off_or_taken_for_the_next() -> None:
    """After the round began, a call-off, a next round, or a day later: nothing changes."""
    hour_later = datetime(2026, 11, 18, 14, 5, tzinfo=NY)
    cancel = "We need to cancel today's interview, sorry. I'll be in touch."
    assert round_change(cancel, hour_later, (SCREEN, PANEL), NY) is None
    second = "Great chat! I've moved your second interview to Thursday, November 19 at 10:00 AM."
    assert round_change(second, hour_later, (SCREEN, PANEL), NY) is None
    moved = "I've moved your interview to Thursday, November 19 at 10:00 AM."
    too_late = datetime(2026, 11, 18, 16, 30, tzinfo=NY)  # past the thank-you's two hours
    assert round_change(moved, too_late, (SCREEN, PANEL), NY) is None


def test_a_german_move_with_a_new_time_in_berlin() -> None:
    """'verschieben ... auf Freitag, 20. November, 15 Uhr': moved in the candidate's zone."""
    text = ("Leider müssen wir das Gespräch verschieben. Passt Ihnen Freitag, 20. November,"
            " 15:00 Uhr?")  # fmt: skip
    sent = datetime(2026, 11, 16, 9, tzinfo=BERLIN)
    panel = a_round(2, datetime(2026, 11, 18, 13, tzinfo=BERLIN))
    change = round_change(text, sent, (panel,), BERLIN)
    assert change == RoundChange(2, datetime(2026, 11, 20, 15, tzinfo=BERLIN))


def test_a_stated_move_takes_the_round_to_its_new_time() -> None:
    """'I've moved you to Tuesday, November 24 at 3:00 PM' moves the Wednesday panel there."""
    text = STATED_MOVES[0]
    change = round_change(text, SENT, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 24, 15, tzinfo=NY))


def test_a_stated_move_to_a_day_keeps_the_rounds_hour() -> None:
    """'I've moved you to Friday - same time, same link': Friday at the panel's 1 PM."""
    text = "All sorted, I've moved you to Friday - same time, same link."
    change = round_change(text, SENT, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 20, 13, tzinfo=NY))
    # A later day named elsewhere in the sentence is not where the round went.
    text = "I've moved you to next week, I'll send the exact time tomorrow."
    assert round_change(text, SENT, (SCREEN, PANEL), NY) is None


def test_a_stated_move_to_the_rounds_own_time_changes_nothing() -> None:
    """'Your interview is now on Wednesday, November 18 at 1 PM': confirmed, never cancelled."""
    for text in (
        "Quick note: your interview is now on Wednesday, November 18 at 1:00 PM (confirmed).",
        "Ich habe den Termin auf Mittwoch, 18. November, 13 Uhr verschoben.",
    ):
        assert round_change(text, SENT, (SCREEN, PANEL), NY) is None, text


def test_a_call_off_beside_a_move_with_no_time_still_calls_the_round_off() -> None:
    """'We had to cancel Wednesday. I've moved you to next week': off until a time is set."""
    text = "We had to cancel Wednesday. I've moved you to next week, exact time to follow."
    assert round_change(text, SENT, (SCREEN, PANEL), NY) == RoundChange(2, None)


@pytest.mark.parametrize(
    ("text", "moved_to"),
    [
        ("Would you mind if we push it to the same time next week?",
         datetime(2026, 11, 25, 13, tzinfo=NY)),
        ("Guten Morgen! Wenn es Ihnen passt, verschieben wir auf Freitag, gleiche Uhrzeit.",
         datetime(2026, 11, 20, 13, tzinfo=NY)),
        ("Petit contretemps de mon côté : on décale à jeudi même heure ?",
         datetime(2026, 11, 19, 13, tzinfo=NY)),
        ("¿Podríamos pasar la entrevista al jueves 19 de noviembre a las 16:00?",
         datetime(2026, 11, 19, 16, tzinfo=NY)),
        ("No problem at all. Let's do Friday, November 20 at 11:00 AM ET instead.",
         datetime(2026, 11, 20, 11, tzinfo=NY)),
        # the old day no longer works, and one other asked for (tester round t69rb)
        (("Lamentablemente el miércoles ya no nos viene bien: a Jon le han convocado a un"
          " comité. ¿Podríamos hacerla el jueves a la misma hora?"),
         datetime(2026, 11, 19, 13, tzinfo=NY)),
        ("Der Mittwoch passt uns leider nicht mehr. Ginge auch Donnerstag, gleiche Uhrzeit?",
         datetime(2026, 11, 19, 13, tzinfo=NY)),
        ("Mercredi ne nous convient plus, hélas. Pourrions-nous plutôt faire jeudi, même heure ?",
         datetime(2026, 11, 19, 13, tzinfo=NY)),
        (("Woensdag komt ons helaas niet meer uit. Zou donderdag op hetzelfde tijdstip ook"
          " kunnen?"), datetime(2026, 11, 19, 13, tzinfo=NY)),
    ],
)  # fmt: skip
def test_a_move_in_everyday_words_takes_the_round_there(text: str, moved_to: datetime) -> None:
    """A move asked for in everyday words: a day alone keeps the round's hour."""
    assert round_change(text, SENT, (SCREEN, PANEL), NY) == RoundChange(2, moved_to)


def test_a_lets_do_with_no_time_calls_nothing_off() -> None:
    """"Let's do a quick call instead of email" names no time: the round stays."""
    text = "Let's do a quick call instead of going back and forth by email."
    assert round_change(text, SENT, (SCREEN, PANEL), NY) is None


def test_an_apology_that_offers_one_new_time_moves_a_round_that_did_not_happen() -> None:
    """An hour after it should have begun: "so sorry ... Could we do Thursday ... instead?"."""
    text = ("I am so sorry about this afternoon. Marcus got pulled into a production incident.\n\n"
            "Could we do Thursday, November 19 at 2:00 PM ET instead? Same Zoom link.")
    hour_later = datetime(2026, 11, 18, 14, 5, tzinfo=NY)
    change = round_change(text, hour_later, (SCREEN, PANEL), NY)
    assert change == RoundChange(2, datetime(2026, 11, 19, 14, tzinfo=NY))
    # no apology: the next meeting proposed after one that did happen moves nothing
    after = "Great chat! How about Thursday, November 19 at 2:00 PM for the panel?"
    assert round_change(after, hour_later, (SCREEN, PANEL), NY) is None


@pytest.mark.parametrize(
    ("text", "to_come"),
    [
        ("En cuanto tengamos nueva fecha te escribo. ¡Perdona las molestias!", True),
        ("I'll send over a couple of new times once Priya is back.", True),
        ("Wir melden uns mit einem neuen Termin, sobald Herr Vogt zurück ist.", True),
        ("Je reviens vers vous avec une nouvelle date dès que possible.", True),
        ("Ik kom bij je terug met een nieuwe datum.", True),
        ("There will be no new date: the position has been withdrawn.", False),
        ("We need to cancel Thursday. I'll be in touch.", False),
        ("Lo siento, tenemos que cancelar; sin nueva fecha por ahora.", False),
    ],
)
def test_a_call_off_that_says_a_new_time_will_come(text: str, to_come: bool) -> None:
    """The words that make a call-off a move to come, waited on rather than asked about."""
    assert (NEW_TIME_TO_COME.search(fold(text)) is not None) is to_come
