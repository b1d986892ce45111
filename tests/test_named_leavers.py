"""A colleague's word that someone on the process has left (tester round u55ag)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Agency, Contact, Interview, Message
from silence_watch.core.named_leavers import as_its_process_reads, named_leavers

PRIYA = Contact("Priya Raman", "p.raman@talentbridge.example")
SOPHIE = Contact("Sophie Lambert", "sophie.lambert@corvel.example")
DIRK = Contact("Dirk van Leeuwen", "dirk@bureau-noord.example")
CARMEN = Contact("Carmen Ruiz Ortega", "carmen.ruiz@selecta.example")
TOM = Contact("Tom", "tom@corvel.example")
PEOPLE = (PRIYA, SOPHIE, DIRK, CARMEN, TOM)
PLACES = ("Talentbridge", "Corvel")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
     ("Quick intro: Priya has left Talentbridge as of last Friday, so I'm your contact now.",
      PRIYA),
     ("Hi! Priya left the agency in October and I'm picking up her candidates.", PRIYA),
     ("Sadly Ms Raman is no longer with the company; please write to me instead.", PRIYA),
     ("Frau Lambert ist seit Oktober nicht mehr bei uns, ich übernehme Ihren Vorgang.", SOPHIE),
     ("Da Sophie Lambert unser Unternehmen Ende Oktober verlassen hat, melde ich mich.", SOPHIE),
     ("Mme Lambert a quitté la société le mois dernier ; je reprends votre dossier.", SOPHIE),
     ("Sophie ne fait plus partie de nos effectifs depuis lundi.", SOPHIE),
     ("Carmen ya no trabaja con nosotros, así que a partir de ahora te escribo yo.", CARMEN),
     ("Le cuento que la Sra. Ruiz ha dejado la consultora.", CARMEN),
     ("Dirk is sinds vorige maand uit dienst; ik neem je sollicitatie over.", DIRK),
     ("Dhr. van Leeuwen werkt niet meer bij ons.", DIRK),
     ("Dirk is sinds 1 december niet meer bij ons in dienst.", DIRK),
     ("Frau Lambert arbeitet seit Montag nicht mehr bei uns.", SOPHIE),
     ("Priya ne travaille plus chez nous depuis novembre.", PRIYA),
     ("Sadly Priya is no longer with Talentbridge, so I'm writing in her place.", PRIYA),
     ("Frau Lambert ist nicht mehr bei Corvel; ich übernehme.", SOPHIE),
     ("Carmen ya no está en Corvel desde el lunes.", CARMEN),
     ("Dirk werkt niet meer bij Talentbridge.", DIRK),
    ],
)  # fmt: skip
def test_a_colleague_naming_a_leaver_names_their_address(text: str, gone: Contact) -> None:
    """The person named right before the words is the one gone."""
    assert named_leavers(text, PEOPLE, "new.person@example.org", PLACES) == (gone.email,)


@pytest.mark.parametrize(
    "text",
    [  # near-misses: a voicemail, the office for the day, a clause about her, nobody known
     "Priya left us a voicemail about Thursday; she'll call you back.",
     "Frau Lambert hat das Büro heute schon verlassen, sie meldet sich morgen.",
     "Sophie sagte, dass Sie das Unternehmen bereits verlassen haben.",
     "Marco has left the company, but that changes nothing for you.",
     "Carmen dijo que tu ya no trabajas en la empresa anterior.",
     "Priya is no longer in the office this week; back Monday.",
     "Priya is no longer at the office today, she left Corvel's site at noon.",
     "Sophie ne fait plus partie du jury, mais elle reste votre contact RH.",
     "Dirk is vandaag niet op kantoor.",
     "Sophie Lambert reste votre contact ; rien ne change.",
    ],
)  # fmt: skip
def test_no_departure_or_no_known_name_marks_nobody(text: str) -> None:
    """Words that only look like a departure, or one of a stranger, mark no address."""
    assert named_leavers(text, PEOPLE, places=PLACES) == ()


def test_the_writer_is_never_their_own_leaver() -> None:
    """A writer's own name in the words is the departures module's business, not this one's."""
    assert named_leavers("Tom has left the company.", PEOPLE, TOM.email) == ()


def test_a_name_two_people_share_names_neither() -> None:
    """'Herr Berger' with two Bergers configured: whose address is dead cannot be told."""
    bergers = (Contact("Jonas Berger", "jonas@a.example"), Contact("Lena Berger", "lena@a.example"))
    assert named_leavers("Herr Berger hat uns verlassen.", bergers) == ()
    assert named_leavers("Lena Berger hat uns verlassen.", bergers) == ("lena@a.example",)


def test_the_process_reading_carries_the_leaver_and_says_why() -> None:
    """The agency's new consultant's hello: the configured consultant is dead, with a reason."""
    interview = Interview(
        id=1, company="Corvel", role="Analyst", date=datetime(2026, 11, 12, 10, tzinfo=UTC),
        contacts=(SOPHIE,), agency=Agency("Talentbridge", (PRIYA,)), process_id=1,
    )  # fmt: skip
    message = Message(
        message_id="n1@talentbridge.example", date=datetime(2026, 12, 1, 9, tzinfo=UTC),
        sender=Address("Ana Silva", "ana.silva@talentbridge.example"),
        to=(Address("Mia", "mia@example.com"),), subject="Your process with Corvel",
        body=("Hello Mia, a short introduction: Priya Raman has left Talentbridge, and I have"
              " taken over her candidates. I'll be in touch as soon as Corvel comes back."),
    )  # fmt: skip
    reading = as_its_process_reads(message, classify_message(message), interview)
    assert reading.bounced_recipients == (PRIYA.email,)
    assert any("has left" in reason for reason in reading.reasons)
