"""Interviews called off or moved in plain words the first table missed (tester round u40rs).

"der ... vereinbarte Termin muss entfallen", "het gesprek van morgen gaat helaas niet door",
"Se cancela la entrevista del martes", "She has asked me to rearrange your interview":
no calendar file, and none of them was read as a change, so thank-yous were drafted for
meetings that never took place (``core.calloff_forms``). The meeting's own "no" is no
rejection of the application (``of_a_meeting``); a move stated after a call-off, with its
day and hour, sets the round again (``core.rebooked_rounds``); and "perdona que te
escriba un domingo" names no day (``core.meetingtimes``, tests/test_meetingtimes.py).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloff_forms import NOT_HELD
from silence_watch.core.calloff_readings import moved_reading
from silence_watch.core.calloffs import RoundChange, calls_off, round_change, states_a_move
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent, Interview
from silence_watch.core.rebooked_rounds import rebooked

LONDON = ZoneInfo("Europe/London")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MADRID = ZoneInfo("Europe/Madrid")

#: Other writers, other words of the same family, in five languages.
CALLED_OFF = [
    # de: a meeting that falls away or does not take place; split and verb-last forms
    ("Guten Tag Herr Yilmaz, das für Mittwoch geplante Gespräch mit unserer"
     " Geschäftsführung entfällt leider, da Frau Roth erkrankt ist."),
    "Leider entfällt der Termin am Freitag ersatzlos, wir melden uns in der kommenden Woche.",
    "Hallo Jan, leider findet unser Gespräch am Montag nicht statt. Ich melde mich wieder.",
    "Wir sagen das Interview am Dienstag wegen eines Trauerfalls im Team leider ab.",
    "Wir müssen das Gespräch mit Herrn Otto leider vorziehen, er ist ab Mittwoch verreist.",
    # nl: "gaat niet door", "kan niet doorgaan", verb first, split "zeggen ... af"
    "Beste Daan, helaas gaat ons kennismakingsgesprek van vrijdag niet door. Excuses!",
    "Het sollicitatiegesprek van woensdag kan helaas niet doorgaan wegens ziekte van Pim.",
    "Helaas gaat het gesprek met Anouk morgen niet door, zij is met spoed opgenomen.",
    "Ik zeg het gesprek van dinsdag helaas af, ik moet onverwacht naar Brussel.",
    "We moeten het gesprek helaas vervroegen, Sanne is volgende week op vakantie.",
    # fr: conjugated, will not take place, "avancer"
    "Bonjour Léa, nous annulons l'entretien de vendredi, notre DRH est souffrante.",
    "L'entretien prévu mercredi ne pourra malheureusement pas avoir lieu.",
    "Nous devons avancer notre entretien, Marc part en déplacement jeudi.",
    # es: present tense, impersonal "se", cannot be held
    "Buenas, Lucía: suspendemos la entrevista del jueves por un problema con la sala.",
    "Se aplaza la reunión del lunes, Marta está de baja. Te digo algo pronto.",
    "Te cuento que la entrevista con Rocío no se podrá celebrar el viernes, lo siento mucho.",
    "Lo siento, tenemos que adelantar la entrevista porque Andrés viaja el jueves.",
    # en: the family of moving, and a meeting that is not going ahead
    "Hi Priya, I'm afraid we'll have to rearrange your interview with Tom - he's on jury duty.",
    "Apologies, we need to bring your interview forward as the panel is away on the 14th.",
    "Could we put your interview back a week? Our CTO is travelling.",
    "Unfortunately Friday's panel interview will no longer be going ahead as planned.",
    "Hi Sam, sadly tomorrow's call can't go ahead - our director is unwell.",
    "Monday's interview can't go ahead, but I'll be in touch with another date very soon.",
    "Het gesprek van vrijdag gaat niet door en ik laat je snel weten wanneer het wel kan.",
    "We're cancelling your onsite on Thursday because of the rail strike, sorry for this.",
]

#: Near-misses and negations in the same words: nothing is called off.
LEFT_ALONE = [
    "After the interview, we won't go ahead with your application, I'm sorry to say.",
    "The interview process will not proceed with your application, unfortunately.",
    "Die Reisekosten für den Termin entfallen, wir buchen Ihnen das Bahnticket direkt.",
    "Das Gespräch findet nicht in Hamburg statt, sondern bei uns in Bremen.",
    "Der Termin entfällt nicht, er findet wie besprochen am Donnerstag statt.",
    "Wir würden ein Gespräch vor Ort einem Videocall vorziehen, wenn das für Sie geht.",
    "Je gaat helaas niet door naar de volgende ronde, we kiezen voor een andere kandidaat.",
    "Het gesprek gaat gewoon door, ook al is Pim er niet bij.",
    "Kan het gesprek van morgen niet doorgaan? Laat het me even weten.",
    "L'entretien n'aura pas lieu dans nos bureaux mais en visio, même horaire.",
    "La entrevista no se podrá hacer en la oficina, será por videollamada a la misma hora.",
    "La entrevista no va a ser presencial, te mando el enlace.",
    "Si la entrevista no se puede celebrar el jueves, te aviso con tiempo.",
    "We've had to rearrange the interview panel: Dr Lee joins instead of Dr Wu.",
    "The interview hasn't been rearranged, it stays on Thursday at 10am as planned.",
    "The interview won't take place on Teams but at our office, same time as before.",
    "If the interview can't go ahead for any reason, I'll call you straight away.",
    "I'll bring your portfolio to the interview so the panel can see it.",
]


@pytest.mark.parametrize("text", CALLED_OFF)
def test_more_ways_of_calling_off_or_moving_are_seen(text: str) -> None:
    """Present tenses, meetings that will not take place, the family of moving: a change."""
    assert calls_off(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_near_misses_and_denials_are_not_a_call_off(text: str) -> None:
    """A no to the application, a place, a denial, a question, a condition: no change."""
    assert not calls_off(text)


def a_round(when: datetime, *, cancelled: bool = False, number: int = 1) -> Interview:
    """Round ``number`` of one process."""
    return Interview(id=number, company="Brightmoor", role="Site Reliability Engineer",
                     date=when, process_id=1, round=number, cancelled=cancelled)  # fmt: skip


def test_not_going_ahead_with_one_new_time_moves_the_round_there() -> None:
    """"Tomorrow's interview can't go ahead ... would Friday 4 December at 9:30 suit?": moved."""
    panel = a_round(datetime(2026, 12, 1, 14, tzinfo=LONDON))
    text = (
        "Hi Aisha, I'm so sorry - tomorrow's interview can't go ahead, as Gareth has been"
        " called to a client site.\n\nWould Friday 4 December at 9:30am work for you instead?"
    )
    change = round_change(text, datetime(2026, 11, 30, 10, tzinfo=LONDON), (panel,), LONDON)
    assert change == RoundChange(1, datetime(2026, 12, 4, 9, 30, tzinfo=LONDON))


def test_a_dutch_call_off_with_a_new_time_asked_moves_the_round() -> None:
    """"gaat niet door ... zou maandag 14 december om 11.00 uur ook kunnen?": moved."""
    talk = a_round(datetime(2026, 12, 10, 15, tzinfo=AMSTERDAM))
    text = (
        "Hoi Sem,\n\nHet gesprek van donderdag gaat helaas niet door, Ruud is ziek.\n\n"
        "Zou maandag 14 december om 11.00 uur ook kunnen?"
    )
    change = round_change(text, datetime(2026, 12, 8, 9, tzinfo=AMSTERDAM), (talk,), AMSTERDAM)
    assert change == RoundChange(1, datetime(2026, 12, 14, 11, tzinfo=AMSTERDAM))


def test_a_meeting_that_falls_away_on_a_day_said_in_passing_is_still_called_off() -> None:
    """"Sorry to write on a Sunday" names no day: "se cancela ... del martes" is the round's."""
    interview = a_round(datetime(2026, 11, 17, 12, tzinfo=MADRID))
    sunday = datetime(2026, 11, 15, 21, tzinfo=MADRID)
    for text in (
        "Perdona que te escriba un domingo. Se cancela la entrevista del martes, lo siento.",
        "Sorry to bother you on a Sunday: we're cancelling Tuesday's interview, Ben is ill.",
    ):
        assert round_change(text, sunday, (interview,), MADRID) == RoundChange(1, None), text
    # A day that is a date still names another meeting: the round stands.
    text = "Se cancela la reunión del domingo con el equipo; tu entrevista del martes sigue."
    assert round_change(text, sunday, (interview,), MADRID) is None


def test_rearranged_stated_as_done_moves_the_round_to_its_day() -> None:
    """"I've rearranged your interview for Wednesday 2 December at 3pm": stated, moved."""
    text = "Just to let you know, I've rearranged your interview for Wednesday 2 December at 3pm."
    assert states_a_move(text)
    interview = a_round(datetime(2026, 11, 26, 10, tzinfo=LONDON))
    change = round_change(text, datetime(2026, 11, 23, 9, tzinfo=LONDON), (interview,), LONDON)
    assert change == RoundChange(1, datetime(2026, 12, 2, 15, tzinfo=LONDON))
    assert not states_a_move("The interview hasn't been rearranged for Wednesday yet.")


CALLED_OFF_ROUND = a_round(datetime(2026, 11, 17, 12, tzinfo=MADRID), cancelled=True)
THURSDAY = datetime(2026, 11, 19, 10, 30, tzinfo=MADRID)


@pytest.mark.parametrize(
    ("text", "zone", "start"),
    [
        (("¡Buenas! Ya tengo fecha: hemos cambiado la entrevista al lunes 30 de noviembre a"
          " las 9:30, mismo enlace."), MADRID, datetime(2026, 11, 30, 9, 30, tzinfo=MADRID)),
        (("Good news - I've moved your interview to Tuesday, December 1 at 2:00 PM with the"
          " same panel."), MADRID, datetime(2026, 12, 1, 14, tzinfo=MADRID)),
        ("Ich habe das Gespräch auf Montag, 30. November um 11 Uhr verschoben.", MADRID,
         datetime(2026, 11, 30, 11, tzinfo=MADRID)),
        ("Ik heb het gesprek verplaatst naar dinsdag 1 december om 10.00 uur.", MADRID,
         datetime(2026, 12, 1, 10, tzinfo=MADRID)),
    ],
)
def test_a_move_stated_after_a_call_off_sets_the_round_again(
    text: str, zone: ZoneInfo, start: datetime
) -> None:
    """After "se cancela", "I've moved your interview to ... at 2:00 PM": on again, there."""
    assert rebooked(text, THURSDAY, (CALLED_OFF_ROUND,), zone) == RoundChange(1, start)


@pytest.mark.parametrize(
    "text",
    [
        # a proposal, not a move made: her reply accepting it is proposed (discovery)
        "Could we do Monday 30 November at 9:30 instead? Let me know.",
        # no hour: the day alone is no time to set
        "I've moved your interview to Monday 30 November, I'll confirm the time.",
        # two times: not one new time
        "I've moved your interview to Monday 30 November at 9:30 or 11:00, whichever suits.",
        # denied
        "I haven't moved your interview to Monday 30 November at 9:30 yet, still checking.",
        # the next round, not the one called off
        "I've moved you to your second interview on Monday 30 November at 9:30.",
    ],
)
def test_no_move_made_with_one_full_time_leaves_the_called_off_round_off(text: str) -> None:
    """A proposal, a day with no hour, a choice, a denial or the next round: still off."""
    assert rebooked(text, THURSDAY, (CALLED_OFF_ROUND,), MADRID) is None


def test_only_the_latest_round_called_off_is_set_again() -> None:
    """A round still ahead, or a later round that stands: a stated move is not a rebooking."""
    text = "Good news - I've moved your interview to Tuesday, December 1 at 2:00 PM."
    ahead = a_round(datetime(2026, 11, 24, 16, tzinfo=MADRID), number=2)
    assert rebooked(text, THURSDAY, (CALLED_OFF_ROUND, ahead), MADRID) is None
    done = a_round(datetime(2026, 11, 18, 16, tzinfo=MADRID), number=2)
    assert rebooked(text, THURSDAY, (CALLED_OFF_ROUND, done), MADRID) is None
    standing = a_round(datetime(2026, 11, 17, 12, tzinfo=MADRID))
    assert rebooked(text, THURSDAY, (standing,), MADRID) is None


@pytest.mark.parametrize(
    ("text", "rejection"),
    [
        ("Het gesprek van morgen gaat helaas niet door, Lotte is ziek.", False),
        ("Helaas kan het gesprek van vrijdag niet doorgaan.", False),
        ("Ich bitte die kurzfristige Absage zu entschuldigen.", False),
        ("I'm afraid the interview can't go ahead on Monday.", False),
        ("We gaan helaas niet door met je sollicitatie.", True),
        ("Je gaat helaas niet door naar de volgende ronde.", True),
        ("Leider müssen wir Ihnen eine Absage erteilen.", True),
        ("We can't go ahead with your application at this time.", True),
    ],
)
def test_a_meetings_own_no_is_no_rejection(text: str, rejection: bool) -> None:
    """"het gesprek gaat niet door" is the meeting's; "je gaat niet door" is hers."""
    found = intent_of(text)
    assert (found is not None and found[0] is Intent.REJECTION) is rejection, found


def test_a_move_to_one_new_time_reads_as_that_next_step() -> None:
    """An unsure no (the reader heard "niet door") becomes the next step; a sure one stays."""
    assert moved_reading(Intent.REJECTION, 0.57) == (Intent.NEXT_STEP, 0.75)
    assert moved_reading(Intent.ACKNOWLEDGEMENT, 0.4)[0] is Intent.NEXT_STEP
    assert moved_reading(Intent.REQUEST, 0.9) == (Intent.REQUEST, 0.9)
    assert moved_reading(Intent.REJECTION, UNSURE_BELOW) == (Intent.REJECTION, UNSURE_BELOW)


@pytest.mark.parametrize("text", [
    "the interview won't be able to go ahead, i'm afraid.",
    "your call tomorrow is unfortunately not happening; we'll find another slot.",
    "das gesprach am donnerstag findet leider nicht statt, wir melden uns.",
    "der termin am mittwoch muss leider entfallen, tut mir leid.",
    "den termin am mittwoch haben wir leider absagen mussen.",
    "l'entretien de jeudi n'aura malheureusement pas lieu, desole.",
    "l'entretien ne pourra pas etre maintenu a cette date.",
    "la entrevista del jueves no se podra celebrar, lo siento mucho.",
    "la entrevista de manana no se hara, te escribo luego.",
    "het gesprek van morgen gaat helaas niet door, excuses.",
    "het gesprek van donderdag komt te vervallen, sorry.",
])
def test_a_meeting_not_held_is_found_with_its_needed_words(text: str) -> None:
    """The gated pattern finds each, as the pattern alone does (its needed words are right)."""
    padded = f"{text} " + "thank you for your time and patience with us. " * 3
    alone = re.compile(NOT_HELD.pattern)
    assert [m.span() for m in NOT_HELD.finditer(padded)] == [
        m.span() for m in alone.finditer(padded)
    ]
    assert NOT_HELD.search(padded) is not None
