"""An automatic reply saying the person has left: that address is never written to again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.departures import has_left
from silence_watch.core.language import fold
from silence_watch.core.model import Address, Message, MessageKind

SENT = datetime(2026, 11, 20, 15, 15, tzinfo=UTC)

LEFT = [
    pytest.param("Thank you for your email. Brianna Kowalski is no longer with Acme "
                 "Fulfillment. Please contact talent@acme.example.", id="en-exchange"),
    pytest.param("Hi! I've moved on from Ridgeback Labs and this inbox is no longer checked.",
                 id="en-moved-on"),
    pytest.param("Please note that Sam has left the company as of October 30.",
                 id="en-has-left"),
    pytest.param("This email inbox sam@acme.example is no longer in use. Please contact "
                 "someone else at Acme.", id="en-inbox-no-longer-in-use"),
    pytest.param("Frau Vogt ist nicht mehr für die Harzberg Elektronik GmbH tätig. Ihre "
                 "Nachricht wird nicht weitergeleitet.", id="de-nicht-mehr-taetig"),
    pytest.param("Beachten Sie: dieses Postfach wird seit dem 1. Oktober 2026 nicht mehr "
                 "bearbeitet.", id="de-postfach"),
    pytest.param("Bonjour, Camille Martin ne fait plus partie de la société depuis le 1er "
                 "novembre. Merci d'écrire à rh@groupe.example", id="fr-ne-fait-plus-partie"),
    pytest.param("Cordial saludo: le informo que ya no hago parte de Andina Energía.",
                 id="es-co-ya-no-hago-parte"),
    pytest.param("Lucía ha dejado la empresa. Para temas de selección escriba a "
                 "talento@empresa.example", id="es-ha-dejado"),
    pytest.param("Ik ben niet meer werkzaam bij Waterschap Rijnland. Uw bericht wordt niet "
                 "doorgestuurd.", id="nl-niet-meer-werkzaam"),
]

STILL_THERE = [
    pytest.param("I'm out of the office until Monday, November 30 with no access to email.",
                 id="en-ooo"),
    pytest.param("I am no longer in the office this week; back on the 30th.",
                 id="en-no-longer-in-the-office"),
    pytest.param("I'm on parental leave and no longer checking email until January.",
                 id="en-leave"),
    pytest.param("Ich bin ab heute nicht mehr im Büro und ab dem 7. Dezember wieder da.",
                 id="de-nicht-mehr-im-buero"),
    pytest.param("Je ne suis plus au bureau à partir de vendredi, de retour le 30 novembre.",
                 id="fr-plus-au-bureau"),
    pytest.param("Ya no estoy en la oficina esta semana; vuelvo el lunes 30.",
                 id="es-ya-no-estoy-en-la-oficina"),
    pytest.param("Ik ben er niet meer deze week; vanaf maandag 30 november weer bereikbaar.",
                 id="nl-niet-meer-deze-week"),
]


@pytest.mark.parametrize("text", LEFT)
def test_a_departure_is_read_in_five_languages(text: str) -> None:
    """"No longer with", "moved on from", "nicht mehr tätig", "ne fait plus partie" ..."""
    assert has_left(fold(text)) is not None


@pytest.mark.parametrize("text", STILL_THERE)
def test_an_absence_is_no_departure(text: str) -> None:
    """Out of the office, on leave, "nicht mehr im Büro": they are coming back."""
    assert has_left(fold(text)) is None


def auto_reply(body: str) -> Message:
    """An Exchange automatic reply from Brianna's mailbox."""
    return Message(
        message_id="oof-1@acme.example",
        date=SENT,
        sender=Address(name="Brianna Kowalski", email="bkowalski@acme.example"),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        subject="Automatic reply: Following up on my interview",
        headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
        body=body,
    )


def test_a_departure_names_the_address_never_to_write_to_again() -> None:
    """The mailbox that says its owner left is marked like a bounced address."""
    found = classify_message(auto_reply(
        "Thank you for your email. Brianna Kowalski is no longer with Acme Fulfillment. "
        "This mailbox is not monitored and your message will not be forwarded.",
    ))  # fmt: skip
    assert found.kind is MessageKind.AUTO_REPLY
    assert found.bounced_recipients == ("bkowalski@acme.example",)


def test_an_absence_names_no_address() -> None:
    """"Back on Monday": the address stays; only the timing moves."""
    found = classify_message(auto_reply(
        "I'm out of the office until Monday, November 30 with limited access to email.",
    ))  # fmt: skip
    assert found.kind is MessageKind.AUTO_REPLY
    assert found.bounced_recipients == ()
