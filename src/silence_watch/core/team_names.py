"""Words that name a people department or a hiring team, in five languages. Pure.

A mailbox named "Ressources Humaines", "Recursos Humanos", "Personeelszaken", "Candidate
Experience", "Equipo de Talento", "DRH" or "HRM" is a department's, never a person's: a
draft that greets it by that name ("Bonjour Ressources Humaines,", "Hi Candidate,") greets
nobody (tester round u42em). Two kinds of words:

- ``HIRING_WORDS`` say the team hires or looks after people ("human resources",
  "ressources humaines", "recursos humanos", "personeelszaken", "talento", "candidates");
- ``TEAM_WORDS`` say it is a team, a desk or a department ("equipo", "équipe",
  "afdeling", "direction", "experience", "culture").

A display name with either in it names no person (``core.personnames``: the greeting is the
neutral one); an address whose every part is one of them, one a hiring word, is a team's
shared inbox (``core.senders.is_shared_inbox``: written to after every person), so
"ressources.humaines@" and "candidate.experience@" are, and "anne.rh@" is not.

Nothing here reads the clock or does IO.
"""

from __future__ import annotations

import unicodedata
from typing import Final

#: Words that name people's work or hiring, folded (lower case, no accents).
HIRING_WORDS: Final = frozenset(
    {# en
     "human", "resources", "hr", "hrm", "hrbp", "personnel", "people", "talent", "talents",
     "candidate", "candidates", "recruiting", "recruitment", "workforce",
     # de
     "personal", "personalabteilung", "personalwesen", "personalmanagement", "personalservice",
     "personalburo", "personalreferat", "personalentwicklung", "bewerbermanagement",
     # fr
     "ressources", "humaines", "rh", "drh", "grh", "recrutement", "candidats",
     # es
     "recursos", "humanos", "humano", "humana", "rrhh", "rr.hh", "talento", "personas",
     "seleccion", "reclutamiento", "candidatos",
     # nl
     "personeelszaken", "personeel", "p&o", "werving", "selectie", "kandidaten"}
)  # fmt: skip
#: Words that make a name a team's, a desk's or a department's, folded.
TEAM_WORDS: Final = frozenset(
    {"team", "experience", "culture", "operations", "department", "abteilung", "equipe",
     "service", "direction", "departement", "equipo", "servicio", "departamento",
     "direccion", "gestion", "capital", "cultura", "atraccion", "desarrollo", "afdeling",
     "dienst", "zaken"}
)  # fmt: skip


def fold_word(word: str) -> str:
    """A word as the tables hold it: lower case, no accents, no punctuation around it."""
    bare = unicodedata.normalize("NFKD", word.casefold().strip(".,;:!?()[]\"'"))
    return "".join(c for c in bare if not unicodedata.combining(c))


def is_team_word(word: str) -> bool:
    """True for a word that names a department or a team ("Humaines", "HR-Abteilung").

    A word joined by hyphens is one when one of its parts is ("HR-afdeling", "RH-Team");
    a person's double name never has such a part ("Anne-Sophie", "García-Pelayo").
    """
    folded = fold_word(word)
    if folded in HIRING_WORDS or folded in TEAM_WORDS:
        return True
    parts = [p for p in folded.split("-") if p]
    return len(parts) > 1 and any(p in HIRING_WORDS or p in TEAM_WORDS for p in parts)


def is_hiring_word(word: str) -> bool:
    """True for a word that names hiring or people's work ("recursos", "personeelszaken")."""
    return fold_word(word) in HIRING_WORDS
