"""An interviewer the employer says will not be there (``core.absent_interviewers``)."""

from __future__ import annotations

import pytest

from silence_watch.core.absent_interviewers import absent_people
from silence_watch.core.model import Contact

OMAR = Contact("Omar Haddad", "omar.haddad@vireo.example")
LENA = Contact("Lena Fischer", "lena.fischer@vireo.example")
HAAS = Contact("Dr. Stefan Haas", "stefan.haas@nordwerk.example")
ROUND = (OMAR, LENA)


@pytest.mark.parametrize(
    ("text", "people", "away"),
    [
        ("Heads-up that Omar is off sick today, so Lena will run the session on her own.",
         ROUND, ("omar.haddad@vireo.example",)),
        ("Omar Haddad can't make it after all - Lena will take it.", ROUND,
         ("omar.haddad@vireo.example",)),
        ("Kurze Info: Herr Dr. Haas ist leider erkrankt, Frau Fischer führt das Gespräch allein.",
         (HAAS, LENA), ("stefan.haas@nordwerk.example",)),
        ("Omar est malheureusement souffrant ; Lena mènera l'entretien seule.", ROUND,
         ("omar.haddad@vireo.example",)),
        ("Omar no podrá estar en la entrevista de hoy; la hará Lena.", ROUND,
         ("omar.haddad@vireo.example",)),
        ("Omar is helaas ziek, Lena neemt het gesprek vandaag over.", ROUND,
         ("omar.haddad@vireo.example",)),
        # near-misses: someone else away, a wish, everyone away (a call-off, not this)
        ("My colleague Priya is off sick, but Omar and Lena are all set for 2pm.", ROUND, ()),
        ("Omar is looking forward to meeting you; Lena is joining too.", ROUND, ()),
        ("Omar is off sick and Lena can't make it either, so we need to move the interview.",
         ROUND, ()),
    ],
)  # fmt: skip
def test_who_will_not_be_there_is_read_in_five_languages(
    text: str, people: tuple[Contact, ...], away: tuple[str, ...]
) -> None:
    """The thank-you must not go to the interviewer who was off sick (tester round t53rd)."""
    assert absent_people(text, people) == away
