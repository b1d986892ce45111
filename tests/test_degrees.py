"""Degrees beside a name are no part of it: never "Guten Tag Mag Eva Huber," (u42em)."""

from __future__ import annotations

import pytest

from silence_watch.core.degrees import academic_title, is_degree
from silence_watch.core.greetings import greeting
from silence_watch.core.personnames import PersonName, person_name


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        # Austrian and German degrees before the name, with or without their dot
        ("DI Markus Steiner", PersonName("Markus", "Steiner")),
        ("Mag. Eva Huber", PersonName("Eva", "Huber")),
        ("Mag Eva Huber", PersonName("Eva", "Huber")),
        ("MMag. Lena Gruber", PersonName("Lena", "Gruber")),
        ("Mag.a Lena Gruber", PersonName("Lena", "Gruber")),
        ("DI(FH) Tobias Lechner", PersonName("Tobias", "Lechner")),
        ("Dipl.-Kffr. Anna Roth", PersonName("Anna", "Roth")),
        ("Dipl.-Ing. Anna Roth", PersonName("Anna", "Roth")),
        ("Ing. Mag. Karl Maier", PersonName("Karl", "Maier", ("Ing.",))),
        ("Gruber, Lena, MSc", PersonName("Lena", "Gruber")),
        ("Markus Steiner, BSc", PersonName("Markus", "Steiner")),
        ("Markus Steiner MBA", PersonName("Markus", "Steiner")),
        ("Jane Doe, MD", PersonName("Jane", "Doe")),
        # the Dutch, in lower case; Latin American ones
        ("ir. Joost de Wit", PersonName("Joost", "de Wit")),
        ("drs. Anne Bakker", PersonName("Anne", "Bakker")),
        ("Lic. Ana Pérez", PersonName("Ana", "Pérez")),
        ("Mtra. Sofía Ramos", PersonName("Sofía", "Ramos")),
        # a doctor's and a professor's titles in their other spellings stay titles
        ("DDr. Eva Huber", PersonName("Eva", "Huber", ("Dr.",))),
        ("Dr.in Eva Huber", PersonName("Eva", "Huber", ("Dr.",))),
        ("Univ.-Prof. Dr. Eva Huber", PersonName("Eva", "Huber", ("Prof.", "Dr."))),
        ("DI Dr. techn. Markus Steiner", PersonName("Markus", "Steiner", ("Dr.",))),
        ("Mag. Dr. Eva Huber", PersonName("Eva", "Huber", ("Dr.",))),
    ],
)  # fmt: skip
def test_a_degree_is_left_out_of_the_name(display: str, expected: PersonName) -> None:
    """"DI Markus Steiner" is Markus Steiner, never "Markus Steiner Di"."""
    assert person_name(display) == expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        # near misses: names that are also degrees, or start like one
        ("DI STEFANO Marco", PersonName("Marco", "Di Stefano")),
        ("Di Stefano, Marco", PersonName("Marco", "Di Stefano")),
        ("Jack Ma", PersonName("Jack", "Ma")),
        ("Md Rahman", PersonName("Md", "Rahman")),
        ("Magnus Berg", PersonName("Magnus", "Berg")),
        ("Iris Bakker", PersonName("Iris", "Bakker")),
        ("Licia Rossi", PersonName("Licia", "Rossi")),
        ("Mario Arquero", PersonName("Mario", "Arquero")),
    ],
)  # fmt: skip
def test_a_name_that_looks_like_a_degree_stays_a_name(display: str, expected: PersonName) -> None:
    """"DI STEFANO Marco" is the Di Stefano family; "Jack Ma" keeps his surname."""
    assert person_name(display) == expected


@pytest.mark.parametrize(
    ("display", "language", "informal", "expected"),
    [
        ("DI Markus Steiner", "de", False, "Guten Tag Markus Steiner,"),
        ("Mag. Eva Huber", "de", False, "Guten Tag Eva Huber,"),
        ("Mag. Eva Huber", "de", True, "Hallo Eva,"),
        ("Mag. Eva Huber", "en", False, "Hi Eva,"),
        ("Dipl.-Kffr. Anna Roth", "fr", False, "Bonjour Anna Roth,"),
        ("drs. Anne Bakker", "nl", False, "Beste Anne Bakker,"),
        ("Lic. Ana Pérez", "es", False, "Buenos días, Ana Pérez:"),
        ("DDr. Eva Huber", "de", False, "Guten Tag Dr. Huber,"),
        ("Mag. Dr. Eva Huber", "en", False, "Hi Dr. Huber,"),
    ],
)  # fmt: skip
def test_a_greeting_never_carries_a_degree(
    display: str, language: str, *, informal: bool, expected: str
) -> None:
    """The name, or a doctor's title with the surname; never "Guten Tag Mag Eva Huber,"."""
    assert greeting(display, language, informal=informal) == expected


def test_di_is_a_degree_only_before_a_name_not_in_capitals() -> None:
    """"DI Markus" is the engineer's degree; "DI STEFANO" the surname's particle."""
    assert is_degree("DI", "Markus")
    assert not is_degree("DI", "STEFANO")
    assert not is_degree("Di", "Markus")
    assert is_degree("MD")
    assert not is_degree("MD", "Rahman")
    assert not is_degree("Ma")


def test_only_another_spelling_of_doctor_or_professor_is_an_academic_title() -> None:
    """"DDr.", "Dr.in", "Univ.-Prof." are titles; the plain ones and names are not here."""
    assert academic_title("DDr.") == "Dr."
    assert academic_title("Dr.in") == "Dr."
    assert academic_title("Univ.-Prof.") == "Prof."
    assert academic_title("Prof.") == ""
    assert academic_title("Drin") == ""
    assert academic_title("Drew") == ""
