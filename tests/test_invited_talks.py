"""Next steps and asks as people type them, and their near-misses (probe round probe-asks5)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from silence_watch.core.classify import Classification, classify_message
from silence_watch.core.courtesy_questions import without_courtesy_questions
from silence_watch.core.go_ahead_conditions import if_they_go_ahead
from silence_watch.core.intents import intent_of
from silence_watch.core.parse import parse_message


def _intent(text: str) -> str | None:
    found = intent_of(text)
    return found[0].value if found else None


def _classified(text: str, sent: str = "Wed, 06 Jan 2027 09:30:00 +0100") -> Classification:
    message = EmailMessage()
    message["From"] = "Robin Hale <robin@hale.example>"
    message["To"] = "Kim Park <kim@example.com>"
    message["Subject"] = "Re: your application"
    message["Date"] = sent
    message["Message-ID"] = "<t1@hale.example>"
    message.set_content(text)
    return classify_message(parse_message(bytes(message)))


@pytest.mark.parametrize("text", [
    "could we jump on a short zoom call on thursday with the team lead? lmk",
    "Lass uns nächste Woche kurz telefonieren, dann besprechen wir den nächsten Schritt.",
    "On pourrait s'appeler jeudi pour parler de la suite ?",
    "Podríamos tener una llamada el lunes para ver cómo seguimos?",
    "Zullen we vrijdag even bellen over het vervolg?",
    "Would Monday the 11th at 2pm work for a chat with our CFO?",
    "Est-ce que lundi 11 à 10h vous irait pour un échange avec l'équipe ?",
    "¿Te acomoda el lunes 11 a primera hora?",
    "Wir laden Sie gerne zu einem zweiten Gespräch mit der Bereichsleitung in Bremen ein.",
    "Nous aimerions vous rencontrer dans nos locaux de Nantes.",
    "Buchen Sie bitte hier direkt einen Zeitslot: bitte einen Termin auswählen.",
    "We'll shoot you over a calendar invite for Monday at 2pm.",
    "Je vous transmets la convocation pour lundi 14h.",
    "Zodra ik je voorkeur weet, plan ik het interview met Joost.",
    "Antes de cerrar, queremos pedir referencias a dos antiguos jefes.",
    "Gerne würden wir Referenzen bei Ihrem letzten Arbeitgeber einholen.",
])
def test_a_talk_or_a_slot_asked_is_a_next_step(text: str) -> None:
    """A call proposed, a slot that suits, an invite on its way: her next step."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Uns fehlt noch Ihr Abschlusszeugnis, danach geht es weiter.",
    "Wir bitten um Übersendung Ihrer Gehaltsnachweise bis Freitag.",
    "Para continuar con tu candidatura, te pedimos que nos mandes tu DNI escaneado.",
    "¿Nos pasas tu disponibilidad para incorporarte?",
])
def test_papers_asked_are_a_request(text: str) -> None:
    """Papers she must send, and a question put as "para continuar": her request."""
    assert _intent(text) == "request"


@pytest.mark.parametrize("text", [
    # their decision still to come: the step is only a maybe
    "If the client decides to proceed, you'd then meet their CTO. I'll update you by Friday.",
    ("Falls wir fortfahren, laden wir Sie zu einem Gespräch mit dem Vorstand ein. "
     "Sie hören bis Freitag von uns."),
    ("En caso de que sigamos adelante, la última entrevista sería con el director. "
     "Te digo algo el viernes."),
    "Indien we doorgaan, volgt er nog een laatste gesprek. Je hoort vrijdag van ons.",
    # someone's approval still to come (stop 44)
    ("Sobald der Bereichsleiter zustimmt, würden wir Sie noch zu einem Abschlussgespräch"
     " einladen. Bis Ende nächster Woche melde ich mich."),
    ("Si mon manager donne son feu vert, on organisera un dernier entretien. Je vous"
     " recontacte vendredi."),
    # the papers still missing are someone else's, not hers
    "Uns fehlt noch die Freigabe der Geschäftsführung, wir melden uns Anfang Januar.",
])
def test_a_step_only_if_they_go_ahead_is_no_step(text: str) -> None:
    """A step planned on their own go-ahead, beside a promise: the wait is for the promise."""
    assert _intent(text) == "acknowledgement"


def test_her_own_wish_to_go_ahead_stays_an_invitation() -> None:
    """"If you'd like to go ahead, ..." is hers to take: no condition on their side."""
    assert not if_they_go_ahead("if you'd like to go ahead, ")
    assert if_they_go_ahead("if the board agrees to move forward, ")
    assert _intent("If you'd like to proceed, we'd love to invite you to a final round.") == (
        "next_step"
    )


@pytest.mark.parametrize("text", [
    "Hey Kim, hope all is well? Thanks a lot for the kind words, have a lovely weekend!",
    "Hallo Kim, ich hoffe, Ihnen geht's gut? Vielen Dank für die netten Zeilen!",
    "Bonjour Kim, j'espère que tout va bien ? Merci beaucoup pour votre gentil mot !",
    "Hoi Kim, ik hoop dat alles goed is? Dank je wel voor je lieve kaartje!",
    # her holiday asked after, or a bare name before the courtesy (stop 44)
    "Hi Kim, wie war Ihr Wochenende? Vielen Dank für die Pralinen, sehr lieb!",
    "Kim, ¿qué tal todo? ¡Gracias por tus palabras tan amables!",
])
def test_a_courtesy_question_leaves_warmth_a_pleasantry(text: str) -> None:
    """"Hope you're well?" asks her nothing: the thanks stay a pleasantry."""
    result = _classified(text)
    assert result.intent is not None
    assert result.intent.value == "pleasantry"


def test_a_real_question_after_courtesy_still_asks() -> None:
    """A question beside the courtesy is kept."""
    text = "hi kim, hope you're well? could you send your cv?"
    assert "could you send your cv?" in without_courtesy_questions(text)
    assert _intent("Hi Kim, hope you're well? What is your notice period?") == "request"


def test_a_meeting_that_was_a_pleasure_invites_to_nothing() -> None:
    """"Het was heel fijn om kennis te maken": the meeting is behind them."""
    assert _intent("Het was heel fijn om kennis te maken gisteren, bedankt!") != "next_step"
    assert _intent("Het lijkt ons leuk om kennis te maken, schikt dinsdag?") == "next_step"


def test_the_invitation_slot_is_no_deadline_for_sending_it() -> None:
    """"Een uitnodiging voor maandag 14.00" is the meeting's slot, no promise by Monday."""
    result = _classified("Hoi Kim, ik stuur je zo een uitnodiging voor maandag 14.00 met Joost.")
    assert result.intent is not None
    assert result.intent.value == "next_step"


def test_before_next_week_ends_is_next_weeks_friday() -> None:
    """"Antes de que termine la semana que viene" is next week's end, not this week's."""
    result = _classified("Hola Kim, te daré una respuesta antes de que acabe la semana que viene.")
    assert str(result.promised_by) == "2027-01-15"
