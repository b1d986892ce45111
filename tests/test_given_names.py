"""Compound given names are called whole: "Hola, María José:", never "Hola, María:" (u42em)."""

from __future__ import annotations

import pytest

from silence_watch.core.given_names import compound_given
from silence_watch.core.greetings import greeting


@pytest.mark.parametrize(
    ("display", "language", "informal", "expected"),
    [
        # one surname, hyphenated or not: the two-surname rule never reaches them
        ("María José García-Pelayo", "es", True, "Hola, María José:"),
        ("José Luis Ortega", "es", True, "Hola, José Luis:"),
        ("María del Carmen Vidal", "es", True, "Hola, María del Carmen:"),
        ("Marie Claire Dubois", "fr", True, "Bonjour Marie Claire,"),
        ("Jean Baptiste Morel", "fr", True, "Bonjour Jean Baptiste,"),
        ("Hans Peter Wolf", "de", True, "Hallo Hans Peter,"),
        ("Jan Willem van den Berg", "nl", True, "Hoi Jan Willem,"),
        ("Mary Beth Collins", "en", False, "Hi Mary Beth,"),
        # whatever the draft's language: her name is hers
        ("María José García-Pelayo", "en", False, "Hi María José,"),
        ("MARIA JOSE GARCIA", "en", False, "Hi Maria Jose,"),
        # formally the whole name, as before
        ("María José García-Pelayo", "es", False, "Buenos días, María José García-Pelayo:"),
        # hyphenated: one word already
        ("Anne-Sophie Martin", "fr", True, "Bonjour Anne-Sophie,"),
    ],
)  # fmt: skip
def test_a_compound_given_name_is_called_whole(
    display: str, language: str, *, informal: bool, expected: str
) -> None:
    """"María José García-Pelayo" is María José; "Jan Willem van den Berg" Jan Willem."""
    assert greeting(display, language, informal=informal) == expected


@pytest.mark.parametrize(
    ("display", "language", "expected"),
    [
        # near misses: a surname after one given name, a middle name, a particle surname
        ("Juan Martín Pérez", "es", "Hola, Juan:"),
        ("María Fernández Ruiz", "es", "Hola, María:"),
        ("María de la Fuente", "es", "Hola, María:"),
        ("Jean Michel", "fr", "Bonjour Jean,"),
        ("Anna Maria Schmidt", "de", "Hallo Anna,"),
        ("John Paul Jones", "en", "Hi John,"),
        ("Sarah Louise Parker", "en", "Hi Sarah,"),
    ],
)  # fmt: skip
def test_a_first_name_with_a_surname_or_a_middle_name_after_it_stays_alone(
    display: str, language: str, expected: str
) -> None:
    """"Juan Martín Pérez" may be Juan of the Martín Pérez: Juan, as before."""
    assert greeting(display, language, informal=True) == expected


def test_a_compound_is_read_from_the_given_names_only() -> None:
    """The words before the surname hold it; a longer compound wins over its first two words."""
    assert compound_given("María de los Ángeles") == "María de los Ángeles"
    assert compound_given("María José Fernández") == "María José"
    assert compound_given("Maria") == ""
    assert compound_given("") == ""
