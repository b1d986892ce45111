"""A draft greets people by the name they go by, in each language's register (u33fu)."""

from __future__ import annotations

import pytest

from silence_watch.core.greetings import greeting
from silence_watch.core.personnames import PersonName, person_name


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        # a call name in brackets: the Dutch "voorletters (roepnaam)", Outlook's nickname
        ("A.M. (Anne) van der Berg", PersonName("A.M.", "van der Berg", called="Anne")),
        ("J.H.M. (Hans) Jansen", PersonName("J.H.M.", "Jansen", called="Hans")),
        ("Moore, Katherine (Kate)", PersonName("Katherine", "Moore", called="Kate")),
        ("Katherine (Kate) Moore", PersonName("Katherine", "Moore", called="Kate")),
        ("Christopher Hale (Chris)", PersonName("Christopher", "Hale", called="Chris")),
        # near misses: a department, a status, a city or a nickname that does not start alike
        ("Smith-Jones, Dana (Contractor)", PersonName("Dana", "Smith-Jones")),
        ("Samuel Ortiz (Sales)", PersonName("Samuel", "Ortiz")),
        ("Lukas Brandt (London)", PersonName("Lukas", "Brandt")),
        ("Robert (Bob) Smith", PersonName("Robert", "Smith")),
        ("Katherine Moore (KM)", PersonName("Katherine", "Moore")),
        ("Brandt, Lukas (NW-HR Shared Services)", PersonName("Lukas", "Brandt")),
        ("A.M. (HR) van der Berg", PersonName("A.M.", "van der Berg")),
        # initials are initials, never a surname in capitals
        ("A.M. van der Berg", PersonName("A.M.", "van der Berg")),
        ("a.m. van der berg", PersonName("A.M.", "van der Berg")),
        ("J. Whitcombe", PersonName("J.", "Whitcombe")),
        ("S.A. de Vries", PersonName("S.A.", "de Vries")),
        ("Dana Ruiz, Acme Inc.", PersonName("Dana", "Ruiz")),
    ],
)  # fmt: skip
def test_a_call_name_and_initials_are_read_as_written(display: str, expected: PersonName) -> None:
    """"A.M. (Anne) van der Berg" is Anne van der Berg, never "van der Berg A.m"."""
    assert person_name(display) == expected


@pytest.mark.parametrize(
    "display",
    [
        "Graduate Recruitment | Harcourt Pryce LLP", "Harcourt Pryce LLP",
        "Nordlicht Robotics GmbH", "Acme S.A.", "Van Dijk B.V.", "Lumière SARL",
        "Naranjo Labs S.L.", "Brightwater Analytics LP", "Koopmans & Zonen BV", "Hansen Holm AS",
    ],
)  # fmt: skip
def test_a_firms_legal_form_makes_a_name_a_firms(display: str) -> None:
    """"Harcourt Pryce LLP" is a firm: never "Hi Harcourt,"."""
    assert person_name(display) is None


@pytest.mark.parametrize(
    ("display", "language", "informal", "expected"),
    [
        # the name in brackets: in place of initials, and among colleagues
        ("A.M. (Anne) van der Berg", "nl", False, "Beste Anne van der Berg,"),
        ("A.M. (Anne) van der Berg", "nl", True, "Hoi Anne,"),
        ("Moore, Katherine (Kate)", "en", False, "Hi Kate,"),
        ("Moore, Katherine (Kate)", "de", True, "Hallo Kate,"),
        ("Moore, Katherine (Kate)", "fr", False, "Bonjour Katherine Moore,"),
        # an initial: no first name to greet by
        ("J. Whitcombe", "en", False, "Hello,"),
        ("A.M. van der Berg", "nl", True, "Goedendag,"),
        ("J. Whitcombe", "de", False, "Guten Tag J. Whitcombe,"),
        ("A.M. van der Berg", "nl", False, "Beste A.M. van der Berg,"),
        ("Dr. J. Whitcombe", "en", False, "Hi Dr. Whitcombe,"),
        # a firm's mailbox: the neutral greeting
        ("Graduate Recruitment | Harcourt Pryce LLP", "en", False, "Hello,"),
        ("Personalabteilung | Nordlicht Robotics GmbH", "de", False, "Guten Tag,"),
        # informal: the first name, not the title that clashes with "du", "tu", "tú", "je"
        ("Dr. Jonas Weiß", "de", True, "Hallo Jonas,"),
        ("Dr. Jonas Weiß", "de", False, "Guten Tag Dr. Weiß,"),
        ("Dr. Jonas Weiß", "en", False, "Hi Dr. Weiß,"),
        ("Prof. Dr. Anna Lang-Weber", "fr", True, "Bonjour Anna,"),
        ("Dra. Lucía Campos", "es", True, "Hola, Lucía:"),
        ("Dr. Pieter de Wit", "nl", True, "Hoi Pieter,"),
        ("Dr. Weber", "de", True, "Hallo Dr. Weber,"),
        # particles belong to the surname: never "Hola, Lucía de:"
        ("Lucía de la Fuente", "es", True, "Hola, Lucía:"),
        ("Lucía de la Fuente", "es", False, "Buenos días, Lucía de la Fuente:"),
        ("María del Carmen Ruiz Pérez", "es", True, "Hola, María del Carmen:"),
        ("Juan Carlos de la Fuente Ruiz", "es", True, "Hola, Juan Carlos:"),
        ("María José Fernández Ruiz", "es", True, "Hola, María José:"),
        ("Jorge van der Berg Ruiz", "es", True, "Hola, Jorge:"),
        ("Anne van der Berg", "nl", True, "Hoi Anne,"),
    ],
)  # fmt: skip
def test_a_greeting_uses_the_name_they_go_by(
    display: str, language: str, *, informal: bool, expected: str
) -> None:
    """Call names, initials, titles beside "du" and particle surnames, in five languages."""
    assert greeting(display, language, informal=informal) == expected
