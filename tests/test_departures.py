"""An automatic reply saying the person has left: that address is never written to again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.departures import hands_over, has_left, is_leaving
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


def note(body: str, sender: str = "keisha.whitfield@ostranderhealth.example") -> Message:
    """Keisha's own answer to a thank-you, Ines copied."""
    return Message(
        message_id="last-1@ostranderhealth.example", date=SENT,
        sender=Address(name="Keisha Whitfield", email=sender),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        cc=(Address(name="Ferraz, Ines", email="ines.ferraz@ostranderhealth.example"),),
        subject="RE: Senior Product Designer", body=body,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "leaving"),
    [("This Friday (the 13th) is my last day at Ostrander; Ines, copied, picks up.", True),
     ("Freitag ist mein letzter Arbeitstag bei uns, Frau Ferraz übernimmt.", True),
     ("Vendredi sera mon dernier jour chez Ostrander.", True),
     ("El viernes es mi último día en la empresa.", True),
     ("Vrijdag is mijn laatste werkdag bij Ostrander.", True),
     # tester round t88sx: the last day named after the words
     ("My own last day is this Friday, November 13, along with half the team.", True),
     ("Mein letzter Arbeitstag ist am Freitag, danach übernimmt Herr Kurz.", True),
     ("My last day is Friday before the holidays, back on the 4th.", False),
     # near-misses: someone else's last day, a deadline, a day off
     ("Friday is the last day to apply for the role.", False),
     ("The panel's last day in the office before the holidays is the 18th.", False),
     ("I'm off on Friday, back Monday.", False),
     ("Friday is my last day in the office before the holidays; back on the 4th.", False),
     ("Freitag ist mein letzter Arbeitstag vor dem Urlaub.", False),
     ("Vendredi est mon dernier jour avant les congés de fin d'année.", False),
     ("Vrijdag is mijn laatste werkdag voor de vakantie.", False),
     ("Today is my last day this week, I'll answer on Monday.", False)],
)  # fmt: skip
def test_a_person_saying_it_is_their_last_day_is_leaving(text: str, leaving: bool) -> None:
    """Their own "Friday is my last day": their address is not written to after (t44hx)."""
    assert (is_leaving(fold(text)) is not None) is leaving
    found = classify_message(note(text))
    assert found.kind is MessageKind.HUMAN
    gone = ("keisha.whitfield@ostranderhealth.example",) if leaving else ()
    assert found.bounced_recipients == gone


@pytest.mark.parametrize(
    ("text", "handed"),
    [("Sam - looping you in, you own the PMM search now. Hana - Sam is picking this up.", True),
     ("Ines will be taking over your application from today; I've moved to sales hiring.", True),
     ("Ines will be your new point of contact.", True),
     ("Frau Ferraz übernimmt ab sofort Ihren Bewerbungsprozess.", True),
     ("Ab sofort ist Frau Ferraz Ihre Ansprechpartnerin.", True),
     ("Ma collègue Ines Ferraz, en copie, reprend votre dossier.", True),
     ("Mi compañera Ines se encargará a partir de ahora de tu candidatura.", True),
     ("Mijn collega Ines neemt jouw sollicitatie over.", True),
     # near-misses: a stand-in while away, a step of the process, a contact for the day
     ("While I'm away next week, Ines is picking this up from here.", False),
     ("Pendant mon absence, Ines prend le relais.", False),
     ("I'm passing your application on to the hiring manager for review.", False),
     ("Ines will be your point of contact on the day of the onsite.", False),
     ("Your contact person is Ines Ferraz.", False),
     ("Ines will take over the interview for Dana, who is ill.", False),
     ("Our new CTO, Sarah, will be taking over the role in January.", False)],
)  # fmt: skip
def test_a_person_handing_the_process_to_a_colleague_is_not_written_to_again(
    text: str, handed: bool
) -> None:
    """Tester round u01cc: the follow-up went back to the recruiter who handed it to Sam."""
    assert (hands_over(fold(text)) is not None) is handed
    found = classify_message(note(text))
    gone = ("keisha.whitfield@ostranderhealth.example",) if handed else ()
    assert found.bounced_recipients == gone


@pytest.mark.parametrize(
    ("text", "handed"),
    [  # the looser forms (tester round u44pp), in voices of their own
        ("Adding Ngozi (cc'd), who will take it from here.", True),
        ("I'm off to the Lisbon office, so Ngozi (copied) will take it from here.", True),
        ("Looping in Ngozi, who'll see your application through from now on.", True),
        ("I'll let Ngozi take it from here - she knows the team well.", True),
        ("Ab jetzt kümmert sich mein Kollege Jonas Weber um deine Bewerbung.", True),
        ("Da ich die Abteilung wechsle, übergebe ich Ihren Bewerbungsprozess an Herrn Weber.",
         True),
        ("Je passe le relais à Julien Mercier, qui suivra désormais votre candidature.", True),
        ("Nuria Vidal (en copia): ella llevará tu proceso a partir de ahora.", True),
        ("Mijn collega Bram Visser neemt het vanaf hier van me over.", True),
        ("Bram Visser, die het vanaf nu van mij overneemt, staat in de cc.", True),
        # near-misses: a task handed on, the writer or the team taking it, a panel guest
        (("I'm handing off scheduling to Ngozi (cc'd) - she'll take it from here if anything"
          " needs booking."), False),
        ("Thanks Priya, I'll take it from here.", False),
        ("Once you've sent the form, we'll take it from here.", False),
        ("The hiring team will take it from here.", False),
        (("Ngozi will be joining the panel alongside Tom and Ruth; I'm still your point of"
          " contact."), False),
        ("Ab jetzt kümmert sich Frau Weber um die Raumbuchung für Ihr Gespräch.", False),
        ("Ich übergebe Ihre Unterlagen an die Fachabteilung.", False),
        ("Je passe le relais à Julien pour la réservation de la salle.", False),
        ("Nuria llevará la agenda de las entrevistas.", False),
        ("Bram neemt de planning van me over.", False),
        ("Ik neem het vanaf hier over.", False),
        ("While I'm on leave, Ngozi (cc'd) will take it from here.", False)],
)  # fmt: skip
def test_a_hand_over_in_looser_words_and_a_task_handed_on(text: str, handed: bool) -> None:
    """"who will take it from here" hands the process on; "scheduling ... to Marco" does not."""
    assert (hands_over(fold(text)) is not None) is handed, text


@pytest.mark.parametrize(
    "text",
    ["Sam (cc'd) is picking this up from here and will send you the calendar invite.",
     "Ines, qui suivra désormais votre candidature, vous enverra aussi l'agenda de la journée.",
     "Mijn collega Bram neemt het vanaf hier van me over en stuurt je de agenda."],
)  # fmt: skip
def test_a_task_the_colleague_also_does_keeps_the_hand_over(text: str) -> None:
    """A task named after the hand-over is one more thing the colleague does."""
    assert hands_over(fold(text)) is not None, text
