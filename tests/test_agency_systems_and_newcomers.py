"""The agency's hiring system and a new consultant's hello (tester round u55ag).

An agency's system writes from its domain or one below it: "ats.farotalento.example" for
lucia.ortega@farotalento.example. Its news of this client is this process's; its receipt
for another vacancy is not. A new consultant's "I've taken over your application, I'll be
in touch" with no day is a courtesy, not a new wait.
"""

from __future__ import annotations

import datetime as dt

import pytest

from silence_watch.core.agency_systems import agency_people, another_application
from silence_watch.core.match import Match, match_message
from silence_watch.core.model import Address, Agency, Contact, Intent, Interview
from silence_watch.core.newcomer_notes import newcomers_hello
from silence_watch.core.parse import parse_message
from support.mailfactory import make_message

ME = "Eva Mulder <eva.mulder@example.com>"
CET = dt.timezone(dt.timedelta(hours=1))
HAVENKWARTIER = Interview(
    id=1,
    company="Havenkwartier Energie",
    role="Senior Data Analist Netprognoses",
    date=dt.datetime(2026, 11, 11, 14, tzinfo=CET),
    contacts=(Contact("Ruud Dekker", "ruud.dekker@havenkwartier-energie.example"),),
    domains=("havenkwartier-energie.example",),
    agency=Agency("Dijkstra Recruitment", (Contact("Lotte de Wit", "lotte@dijkstra.example"),)),
)


def _system_mail(sender: str, subject: str, body: str) -> Match | None:
    raw = make_message(sender=sender, to=ME, subject=subject, body=body,
                       date=dt.datetime(2026, 11, 13, 10, tzinfo=CET))
    own = {"eva.mulder@example.com"}
    return match_message(parse_message(raw), [HAVENKWARTIER], own_addresses=own)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("noreply@ats.dijkstra.example", "Update: Havenkwartier Energie",
         "Your status changed: finalist. The client decides by Friday 20 November."),
        ("no-reply@mail.dijkstra.example", "Ihre Bewerbung bei Havenkwartier Energie",
         "Der Kunde entscheidet bis spätestens Freitag, 20. November."),
        ("ne-pas-repondre@candidats.dijkstra.example", "Votre candidature",
         "Havenkwartier Energie rendra sa décision au plus tard le vendredi 20 novembre."),
        ("no-reply@ats.dijkstra.example", "Actualización de tu candidatura",
         "Senior Data Analist Netprognoses: el cliente decide como muy tarde el viernes 20."),
        ("noreply@mail.dijkstra.example", "Status van je sollicitatie",
         "Havenkwartier Energie beslist uiterlijk vrijdag 20 november."),
    ],
)
def test_the_agency_system_below_its_domain_writes_about_this_client(
    sender: str, subject: str, body: str
) -> None:
    """A no-reply at "ats."/"mail." below the agency's domain, naming the client or role."""
    found = _system_mail(f"Dijkstra Recruitment <{sender}>", subject, body)
    assert found is not None
    assert found.interview_id == 1


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Thank you for applying - Data Engineer (24-1187)",
         "We will tell you by Friday 20 November whether we put you forward."),
        ("Ihre Bewerbung als Berater Controlling",
         "Sie hören bis spätestens Freitag, 20. November, von uns."),
        ("Votre candidature : Chef de projet SI",
         "Nous revenons vers vous au plus tard le vendredi 20 novembre."),
        ("Tu candidatura: Analista de datos",
         "Te responderemos como muy tarde el viernes 20 de noviembre."),
        ("Bedankt voor je sollicitatie - Data Engineer (24-1187)",
         "Je hoort uiterlijk vrijdag 20 november van ons."),
    ],
)
def test_the_agency_system_about_another_vacancy_is_not_this_process(
    subject: str, body: str
) -> None:
    """Names another job, neither the client nor this role: another of her applications.

    From the agency's own domain too: the base read that receipt as Havenkwartier's news.
    """
    for sender in ("noreply@mail.dijkstra.example", "noreply@dijkstra.example"):
        assert _system_mail(f"Dijkstra Recruitment <{sender}>", subject, body) is None
    assert another_application(HAVENKWARTIER, subject.casefold(), body.casefold())


def test_a_person_at_the_agency_is_always_the_agencys() -> None:
    """Lotte's own pitch of another vacancy is hers to weigh elsewhere, not a system's receipt."""
    people = [Address("Lotte de Wit", "lotte@dijkstra.example")]
    subject = "data engineer (24-1187)"
    assert agency_people(HAVENKWARTIER, people, subject, "") == ["lotte@dijkstra.example"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Maya, I've taken over your application from Priya, who has left. I'll be in touch.",
        "Hi Maya, I'll be your new point of contact at Lakeshore. Speak soon!",
        ("Sehr geehrte Frau Schäfer, Herr Albers hat uns verlassen, ich habe Ihre Betreuung "
         "übernommen. Sobald ich etwas höre, melde ich mich."),
        "Hallo Miriam, ich bin ab sofort deine neue Ansprechpartnerin und melde mich bald.",
        ("Bonjour Anaïs, j'ai repris le suivi de votre candidature ; je reviens vers vous dès "
         "que j'ai du nouveau."),
        "Bonjour Anaïs, je suis votre nouvelle interlocutrice chez Verlaine Conseil.",
        "Hola Nuria: he asumido tu proceso con Alcázar; te cuento en cuanto sepa algo.",
        "Hola Nuria, soy tu nueva persona de contacto en Faro Talento.",
        "Hoi Eva, ik heb je dossier van Lotte overgenomen. Ik laat van me horen!",
        "Hoi Eva, ik neem je begeleiding over van Lotte en hou je op de hoogte.",
        "Beste Eva, ik ben je nieuwe contactpersoon bij Dijkstra.",
        # the leaver's whole desk taken over, hers among it (stop 46)
        "Hi Maya, Priya has moved on and I've picked up her searches. I'll keep you posted.",
        "Hallo Miriam, ich habe seine Mandate übernommen und melde mich, sobald ich etwas höre.",
        "Bonjour Anaïs, j'ai repris ses dossiers et je reviens vers vous rapidement.",
        "Hola Nuria, me hago cargo de sus procesos; te aviso en cuanto tenga novedades.",
        "Hoi Eva, Lotte is weg en ik heb haar vacatures overgenomen. Je hoort van me!",
    ],
)
def test_a_newcomers_hello_with_no_day_is_a_courtesy(text: str) -> None:
    """Five languages: "taken over your application", "Betreuung übernommen", "repris"."""
    reasons: list[str] = []
    assert newcomers_hello(text, Intent.ACKNOWLEDGEMENT, None, reasons) is Intent.PLEASANTRY
    assert "new contact introduces themselves" in reasons[-1]


@pytest.mark.parametrize(
    ("text", "intent", "promised"),
    [
        ("I've taken over your application. A decision comes by Friday, December 18.",
         Intent.ACKNOWLEDGEMENT, dt.date(2026, 12, 18)),
        ("He asumido tu proceso y lamentablemente el cliente ha elegido a otra persona.",
         Intent.REJECTION, None),
        ("Sobald ich von Frau Dr. Vogel höre, melde ich mich umgehend bei Ihnen.",
         Intent.ACKNOWLEDGEMENT, None),
        ("I'm picking up the feedback from the client tomorrow and will be in touch.",
         Intent.ACKNOWLEDGEMENT, None),
        ("Je reprends contact avec le client lundi et je reviens vers vous.",
         Intent.ACKNOWLEDGEMENT, None),
    ],
)
def test_a_day_news_or_no_hello_is_read_as_it_is(
    text: str, intent: Intent, promised: dt.date | None
) -> None:
    """A day or news beside the hello, or an "I'll be in touch" from the one who ran it."""
    assert newcomers_hello(text, intent, promised, []) is intent
