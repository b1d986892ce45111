"""Display names as the world writes them: the person's name, and nothing else."""

from __future__ import annotations

import pytest

from silence_watch.core.greetings import greeting
from silence_watch.core.personnames import PersonName, person_name


@pytest.mark.parametrize(
    ("display", "email", "expected"),
    [
        # Outlook's directory names: surname first, a department in parentheses
        ("Brandt, Lukas (NW-HR Shared Services)", "", PersonName("Lukas", "Brandt")),
        # a surname of particles and two words, first; a particle moved to the end (t70dr)
        ("Sáenz de Ugarte Ibáñez, Inmaculada", "",
         PersonName("Inmaculada", "Sáenz de Ugarte Ibáñez")),
        ("Wit, Johannes de", "", PersonName("Johannes", "de Wit")),
        ("Berg, Pieter van den", "", PersonName("Pieter", "van den Berg")),
        ('"Brandt, Lukas (NW-HR Shared Services)"', "", PersonName("Lukas", "Brandt")),
        ("Brandt Lukas (NW-HR)", "lukas.brandt@nordwerk.example", PersonName("Lukas", "Brandt")),
        ("Müller Jörg (NW-IT)", "joerg.mueller@nordwerk.example", PersonName("Jörg", "Müller")),
        ("Haas, Stefan Dr.", "", PersonName("Stefan", "Haas", ("Dr.",))),
        ("van der Berg, Anne", "", PersonName("Anne", "van der Berg")),
        ("Smith-Jones, Dana (Contractor)", "", PersonName("Dana", "Smith-Jones")),
        # a company, a team or a relaying system after the name
        ("Lukas Brandt | Nordwerk HR", "", PersonName("Lukas", "Brandt")),
        ("Dana Ruiz - Acme Corp", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz \u2013 Talent Partner", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz, Talent Acquisition", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz via Greenhouse", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz (via LinkedIn)", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz @ Acme", "", PersonName("Dana", "Ruiz")),
        ("Recruiting | Dana Ruiz", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz (she/her)", "", PersonName("Dana", "Ruiz")),
        ("Lukas Brandt <lukas.brandt@nordwerk.example>", "", PersonName("Lukas", "Brandt")),
        # titles and suffixes
        ("Prof. Dr. Anna Lang-Weber", "", PersonName("Anna", "Lang-Weber", ("Prof.", "Dr."))),
        ("Dr. med. Anna Weber", "", PersonName("Anna", "Weber", ("Dr.",))),
        ("Dr.-Ing. Anna Weber", "", PersonName("Anna", "Weber", ("Dr.",))),
        ("Dana Ruiz, PhD", "", PersonName("Dana", "Ruiz")),
        ("Dana Ruiz, Nordwerk", "dana.ruiz@nordwerk.example", PersonName("Dana", "Ruiz")),
        ("García López, María", "maria.garcia@nw.example", PersonName("María", "García López")),
        # capitals and lower case
        ("BRANDT Lukas", "", PersonName("Lukas", "Brandt")),
        ("Lukas BRANDT", "", PersonName("Lukas", "Brandt")),
        ("DUPONT Jean-Pierre", "", PersonName("Jean-Pierre", "Dupont")),
        ("LUKAS BRANDT", "", PersonName("Lukas", "Brandt")),
        ("dana ruiz", "", PersonName("Dana", "Ruiz")),
        # near misses: names that only look like the shapes above
        ("'Dana Ruiz'", "", PersonName("Dana", "Ruiz")),
        ("Anna-Lena Müller-Lüdenscheidt", "", PersonName("Anna-Lena", "Müller-Lüdenscheidt")),
        ("Anne van der Berg", "", PersonName("Anne", "van der Berg")),
        ("Dana M. Ruiz", "", PersonName("Dana M.", "Ruiz")),
        ("O'Brien, Sean", "", PersonName("Sean", "O'Brien")),
        ("Lukas Brandt", "brandt.lukas@nordwerk.example", PersonName("Lukas", "Brandt")),
        ("Dana", "", PersonName("Dana", "")),
        ("Dr. Weber", "", PersonName("", "Weber", ("Dr.",))),
    ],
)
def test_a_display_name_gives_the_persons_name(
    display: str, email: str, expected: PersonName
) -> None:
    """Departments, companies, relays, capitals and "Last, First" never reach a greeting."""
    assert person_name(display, email) == expected


@pytest.mark.parametrize(
    "display",
    [
        "Talent Acquisition", "Recruiting Team", "Nordwerk HR", "HR", "Careers at Acme",
        "Acme Recruiting via Greenhouse", "Greenhouse", "Marlowe & Finch Recruiting",
        "dana.ruiz@acme.example", "<dana.ruiz@acme.example>", "Dr.", "", "  ", "(NW-HR)",
        "Personalabteilung", "Equipo de Selección",
        # shared mailboxes (tester round t41sc)
        "Werken bij Koopmans", "Bewerbungen Nordlicht", "Empleo Grupo Sierra", "Emplois Lumen",
    ],
)  # fmt: skip
def test_a_team_a_role_or_an_address_is_no_name(display: str) -> None:
    """A team's, a role's or a system's name, or an address, is no one to greet by name."""
    assert person_name(display) is None


@pytest.mark.parametrize(
    ("display", "email"),
    [
        ("Nordwerk", "hr@nordwerk.example"),
        ("ACME", "jobs@mail.acme.example"),
        ("Blue Harbor", "talent@blue-harbor.example"),
        ("Lumen", "careers@lumen.example"),
    ],
)
def test_the_senders_domain_is_no_name(display: str, email: str) -> None:
    """A company that signs with its own name is no one to greet: "Hi Nordwerk," never."""
    assert person_name(display, email) is None
    assert person_name("Dana", email) == PersonName("Dana", "")


@pytest.mark.parametrize(
    ("display", "email", "language", "expected"),
    [
        ("Brandt, Lukas (NW-HR Shared Services)", "lukas.brandt@nordwerk-gruppe.example",
         "de", "Guten Tag Lukas Brandt,"),
        ("Brandt, Lukas (NW-HR Shared Services)", "", "de-informal", "Hallo Lukas,"),
        ("Haas, Stefan Dr.", "stefan.haas@nordwerk.example", "de", "Guten Tag Dr. Haas,"),
        # compound given names: written surname first, or as Spanish writes two surnames
        ("Fernández Ruiz, María José", "", "es-informal", "Hola, María José:"),
        ("María José Fernández Ruiz", "", "es-informal", "Hola, María José:"),
        ("Ricardo Salazar Méndez", "", "es-informal", "Hola, Ricardo:"),
        ("Brandt Lukas (NW-HR)", "lukas.brandt@nordwerk.example", "en", "Hi Lukas,"),
        ("BRANDT Lukas", "", "fr", "Bonjour Lukas Brandt,"),
        ("Lukas Brandt | Nordwerk HR", "", "nl", "Beste Lukas Brandt,"),
        ("Talent Acquisition", "", "de", "Guten Tag,"),
        ("Recruiting Team", "", "en", "Hello,"),
        ("Dana Ruiz via Greenhouse", "", "es", "Buenos días, Dana Ruiz:"),
    ],
)  # fmt: skip
def test_a_greeting_never_carries_a_display_names_extras(
    display: str, email: str, language: str, expected: str
) -> None:
    """"Guten Tag Lukas (NW-HR Shared Services) Brandt," is never written."""
    informal = language.endswith("-informal")
    lang = language.removesuffix("-informal")
    assert greeting(display, lang, informal=informal, email=email) == expected


def test_only_a_directory_name_is_turned_by_the_address() -> None:
    """A directory's "Brandt Lukas (NW-HR)" is surname first; a plain one is left as written."""
    assert person_name("Brandt Lukas (NW-HR)", "lukas.brandt@nordwerk.example") == PersonName(
        "Lukas", "Brandt"
    )
    assert person_name("Brandt Lukas", "lukas.brandt@nordwerk.example") == PersonName(
        "Brandt", "Lukas"
    )
