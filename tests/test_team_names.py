"""A department's mailbox is no person: never "Bonjour Ressources Humaines," (u42em)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.conversation import recipient_for
from silence_watch.core.greetings import greeting
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.personnames import PersonName, person_name
from silence_watch.core.senders import is_shared_inbox
from silence_watch.core.team_names import is_team_word

DEPARTMENTS = [
    "Ressources Humaines", "Direction des Ressources Humaines", "DRH", "Service RH",
    "Recursos Humanos", "RR.HH.", "Equipo de Talento", "Capital Humano", "Gestión de Personas",
    "Personeelszaken", "HRM", "P&O", "HR-afdeling", "Human Resources", "Candidate Experience",
    "People & Culture", "HR-Abteilung", "Équipe Recrutement",
]  # fmt: skip


@pytest.mark.parametrize("display", DEPARTMENTS)
def test_a_departments_name_is_no_persons(display: str) -> None:
    """"Ressources Humaines", "Recursos Humanos", "Personeelszaken", "DRH" name nobody."""
    assert person_name(display) is None


@pytest.mark.parametrize(
    ("display", "language", "informal", "expected"),
    [
        ("Ressources Humaines", "fr", False, "Bonjour,"),
        ("Recursos Humanos", "es", False, "Buenos días:"),
        ("Equipo de Talento", "es", True, "Buenos días:"),
        ("Personeelszaken", "nl", False, "Goedendag,"),
        ("HRM", "nl", True, "Goedendag,"),
        ("DRH", "fr", True, "Bonjour,"),
        ("Candidate Experience", "en", False, "Hello,"),
        ("HR-Abteilung", "de", False, "Guten Tag,"),
    ],
)  # fmt: skip
def test_a_department_is_greeted_neutrally(
    display: str, language: str, *, informal: bool, expected: str
) -> None:
    """The neutral greeting, formal or not: "Bonjour,", "Buenos días:", "Goedendag,"."""
    assert greeting(display, language, informal=informal) == expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        # a person beside a department's words keeps her name
        ("Nerea Otxoa, Recursos Humanos", PersonName("Nerea", "Otxoa")),
        ("Élodie Garnier | Ressources Humaines", PersonName("Élodie", "Garnier")),
        ("Dana Ruiz, Candidate Experience", PersonName("Dana", "Ruiz")),
        # near misses: names that only look like a department's words
        ("Carmen Humanes", PersonName("Carmen", "Humanes")),
        ("Anne-Sophie Personnaz", PersonName("Anne-Sophie", "Personnaz")),
        ("Talia Drhová", PersonName("Talia", "Drhová")),
        ("Hans-Peter Kapital", PersonName("Hans-Peter", "Kapital")),
    ],
)  # fmt: skip
def test_a_persons_name_beside_or_like_a_department_stays(
    display: str, expected: PersonName
) -> None:
    """Only the department's words are left out; a person's name is never taken for one."""
    assert person_name(display) == expected


def test_a_person_who_signs_for_a_department_is_greeted_by_her_name() -> None:
    """"Nerea Otxoa Zubiaurre, Recursos Humanos" is Nerea, never "Recursos"."""
    display = "Nerea Otxoa Zubiaurre, Recursos Humanos"
    assert greeting(display, "es", informal=True) == "Hola, Nerea:"
    assert greeting(display, "es") == "Buenos días, Nerea Otxoa Zubiaurre:"


def test_a_word_joined_by_a_hyphen_is_a_teams_only_by_a_teams_part() -> None:
    """"HR-afdeling" is a department's; "García-Pelayo" and "Anne-Sophie" are names."""
    assert is_team_word("HR-afdeling")
    assert is_team_word("Talent-Team")
    assert not is_team_word("García-Pelayo")
    assert not is_team_word("Anne-Sophie")


@pytest.mark.parametrize(
    ("address", "shared"),
    [
        ("ressources.humaines@verdier.example", True),
        ("recursos.humanos@urbieta.example", True),
        ("rrhh@urbieta.example", True),
        ("personeelszaken@gemeente.example", True),
        ("drh@lumen.example", True),
        ("candidate.experience@larkspur.example", True),
        ("capital.humano@sierra.example", True),
        ("human-resources@acme.example", True),
        # people, and a team's word alone that names no hiring
        ("nerea.otxoa@urbieta.example", False),
        ("maria.recursos@urbieta.example", False),
        ("anne.rh@lumen.example", False),
        ("experience@acme.example", False),
        ("culture.team@acme.example", False),
    ],
)
def test_a_departments_inbox_is_shared(address: str, *, shared: bool) -> None:
    """"ressources.humaines@" is a team's inbox like "careers@"; "maria.recursos@" a person."""
    assert is_shared_inbox(address) is shared


ROUND = Interview(
    id=1, company="Larkspur Health", role="Clinical Data Analyst",
    date=datetime(2026, 11, 12, 19, 0, tzinfo=UTC),
    contacts=(Contact("Priya Nair", "priya.nair@larkspur.example"),),
    domains=("larkspur.example",),
)  # fmt: skip


def _from(sender: str, name: str, intent: Intent, **extra: object) -> TimelineEntry:
    """A message from ``sender`` a week after the round."""
    return TimelineEntry(
        at=datetime(2026, 11, 19, 17, 0, tzinfo=UTC), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, sender=sender, sender_name=name, intent=intent,
        message_id="news@larkspur.example", **extra,  # type: ignore[arg-type]
    )  # fmt: skip


THANKS = TimelineEntry(
    at=datetime(2026, 11, 12, 22, 0, tzinfo=UTC), direction=Direction.OUTBOUND,
    kind=MessageKind.HUMAN, recipients=("priya.nair@larkspur.example",),
)  # fmt: skip


def test_a_no_from_a_departments_inbox_is_answered_to_the_person_who_ran_it() -> None:
    """The feedback request after "Candidate Experience"'s no goes to Priya, greeted by name."""
    no = _from("candidate.experience@larkspur.example", "Candidate Experience | Larkspur",
               Intent.REJECTION)  # fmt: skip
    chosen = recipient_for(Action.FEEDBACK_REQUEST, ROUND, [THANKS, no])
    assert chosen == Contact("Priya Nair", "priya.nair@larkspur.example")
    assert greeting(chosen.name, "en") == "Hi Priya,"


def test_a_departments_inbox_that_owes_its_dated_promise_is_written_to_unnamed() -> None:
    """Its "respuesta antes del viernes 20" is owed: the follow-up goes there, greeting nobody."""
    promise = _from("recursos.humanos@larkspur.example", "Recursos Humanos",
                    Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 20))  # fmt: skip
    chosen = recipient_for(Action.FOLLOW_UP, ROUND, [THANKS, promise])
    assert chosen is not None
    assert chosen.email == "recursos.humanos@larkspur.example"
    assert greeting(chosen.name, "es", email=chosen.email) == "Buenos días:"
