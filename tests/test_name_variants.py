"""One person's name as different mail writes it (``core.name_variants``, tester round u31cc)."""

from __future__ import annotations

import datetime as dt

import pytest

from silence_watch.core.match import MatchRule, match_message
from silence_watch.core.model import (
    Address,
    Contact,
    Direction,
    Intent,
    Interview,
    Message,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.name_variants import NameIndex, same_person
from silence_watch.core.reach import named_contact, within_reach
from silence_watch.core.their_side import with_them

ME = "marta.ibanez@example.com"
CET = dt.timezone(dt.timedelta(hours=1))
TRAMUNTANA = Interview(
    id=1, company="Tramuntana Alimentación", role="Responsable de Compras",
    date=dt.datetime(2026, 12, 1, 10, 0, tzinfo=CET),
    contacts=(Contact("Jordi Ferrer", "jordi.ferrer@tramuntana-alimentacion.example"),
              Contact("Nuria Pons", "nuria.pons@tramuntana-alimentacion.example")),
    domains=("tramuntana-alimentacion.example",),
)  # fmt: skip


@pytest.mark.parametrize(
    ("configured", "written"),
    [("Jordi Ferrer", "Jordi Ferrer Vidal"),  # es: his second surname
     ("Jordi Ferrer", "Ferrer Vidal, Jordi"),
     ("Jordi Ferrer", "Jordi Ferrer i Vidal"),  # ca: the surnames joined by "i"
     ("Jordi Ferrer", "Jordi Ferrer-Vidal"),
     ("Jordi Ferrer", "J. Ferrer"),  # an initial for the given name
     ("Núria Pons", "NURIA PONS"),  # accents and case
     ("Sanne van der Berg", "Berg, Sanne van der"),  # nl: a directory's order
     ("Sanne van der Berg", "Sanne Berg"),
     ("Joost de Wit", "Joost de Wit (Kempenaar)"),
     ("Anna Schmidt", "Anna Maria Schmidt"),  # de: a middle name
     ("Anna Schmidt", "Anna M. Schmidt"),
     ("Lukas Müller", "Lukas Mueller"),  # typed without umlauts
     ("Dr. Ulrike Sommer", "Sommer, Ulrike Dr."),
     ("Marie de la Cruz", "Marie Cruz"),  # fr: particles
     ("Jean-Pierre Martin", "Jean-Pierre Martin | Vireo RH"),
     ("Ruth Abernathy", "Ruth E. Abernathy via Greenhouse")],  # en
)  # fmt: skip
def test_the_same_person_written_another_way_is_one_person(configured: str, written: str) -> None:
    """A second surname, a middle name, an initial, particles, accents or case: one person."""
    assert same_person(configured, written)
    assert same_person(written, configured)


@pytest.mark.parametrize(
    ("configured", "written"),
    [("Jordi Ferrer", "Jordi"),  # a first name alone is never enough
     ("Jordi Ferrer", "Jordi F."),
     ("Jordi Ferrer", "Jordi Ferrero"),  # another surname
     ("Jordi Ferrer", "Joan Ferrer"),  # another given name, the same surname
     ("Jordi Ferrer", "Ferrer"),
     ("Jean-Pierre Martin", "Jean Martin"),  # fr: a hyphen joins given names
     ("Anna K. Schmidt", "Anna M. Schmidt"),  # de: two middle initials that differ
     ("Sanne van der Berg", "Sanne van den Bosch"),  # nl
     ("Minh Le", "Minh"),  # "Le" ending a name is his surname, not a particle
     ("Recruiting Team", "Recruiting Team"),  # a team is nobody
     ("", "")],
)  # fmt: skip
def test_a_first_name_or_another_surname_is_not_the_same_person(
    configured: str, written: str
) -> None:
    """Namesakes exist: a first name alone, another surname or given name is someone else."""
    assert not same_person(configured, written)
    assert not same_person(written, configured)


def test_the_index_finds_a_name_as_another_mail_writes_it() -> None:
    """The index answers with the configured name, and nothing for a mere first name."""
    index = NameIndex(["Jordi Ferrer", "Lukas Müller", "Talent Team"])
    assert index.find("Jordi Ferrer Vidal") == "Jordi Ferrer"
    assert index.find("Lukas Mueller") == "Lukas Müller"
    assert index.find("Jordi") is None
    # a service's mail about him is not him writing: the relay rules tie it
    assert index.find("Jordi Ferrer Vidal via LinkedIn") is None
    assert index.find("Nuria Pons") is None
    assert not NameIndex([])


def personal_mail(name: str, subject: str, body: str) -> Message:
    """Jordi's mail from his personal address on Thursday 3 December 2026."""
    return Message(
        message_id="5B0E7C2A@example.net", date=dt.datetime(2026, 12, 3, 21, 42, tzinfo=CET),
        sender=Address(name, "jferrervidal@example.net"), to=(Address("", ME),),
        cc=(), reply_to=(), subject=subject, body=body, in_reply_to=None, references=(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "subject", "his", "tied"),
    [("Jordi Ferrer Vidal", "Tramuntana - tu entrevista del martes", True, True),
     ("Ferrer Vidal, Jordi", "Tramuntana - tu entrevista del martes", True, True),
     # a namesake naming nothing, a first name alone, another Jordi
     ("Jordi Ferrer Vidal", "¿Cena el sábado?", True, False),
     ("Jordi", "Tramuntana - tu entrevista del martes", False, False),
     ("Jordi Puig", "Tramuntana - tu entrevista del martes", False, False)],
)  # fmt: skip
def test_a_contact_with_two_surnames_from_his_personal_address_is_known(
    name: str, subject: str, his: bool, tied: bool
) -> None:
    """"Jordi Ferrer Vidal" from example.net, naming Tramuntana, is the contact Jordi Ferrer."""
    message = Message(
        message_id="5B0E7C2A@example.net", date=dt.datetime(2026, 12, 3, 21, 42, tzinfo=CET),
        sender=Address(name, "jferrervidal@example.net"), to=(Address("", ME),),
        subject=subject, body="Te damos una respuesta como muy tarde el viernes 11 de diciembre.",
    )  # fmt: skip
    assert within_reach([Address(name, "jferrervidal@example.net")], [TRAMUNTANA]) is his
    assert named_contact(message.sender, [TRAMUNTANA]) is his
    found = match_message(message, [TRAMUNTANA], own_addresses=[ME])
    assert (found is not None) is tied
    if found is not None:
        assert (found.interview_id, found.rule) == (1, MatchRule.CONTACT)


def test_his_personal_address_is_on_their_side() -> None:
    """His promise from the personal address is the employer's word, not a bystander's."""
    promise = TimelineEntry(
        at=dt.datetime(2026, 12, 3, 21, 42, tzinfo=CET), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, message_id="5B0E7C2A@example.net",
        sender="jferrervidal@example.net", sender_name="Jordi Ferrer Vidal",
        intent=Intent.ACKNOWLEDGEMENT, confidence=0.9,
    )  # fmt: skip
    friend = TimelineEntry(
        at=dt.datetime(2026, 12, 4, 9, 0, tzinfo=CET), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, message_id="cena@example.net", sender="jordi.puig@example.net",
        sender_name="Jordi Puig", intent=Intent.PLEASANTRY, confidence=0.9,
    )  # fmt: skip
    assert with_them(TRAMUNTANA, [promise, friend]) == [promise]
