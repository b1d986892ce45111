"""Whom an invitation says the candidate meets: its interviewer before its organiser. Pure.

A recruiter who books a round is the invitation's organiser; the person the candidate
meets is often one of its guests. When the invitation's own words name a guest as the
one met ("Zweitgespräch mit Herrn Dr. Haas", "you'll meet Dana", "Interviewer: Dana
Ruiz", "Sie treffen ...", or the organiser greeting that guest beside the candidate:
"guten Morgen Herr Dr. Haas") and do not name the organiser so ("With: Jess Halvorsen,
Marcus Webb"), that guest comes first: the thank-you for the round goes to them (rule 8
of docs/process.md). Otherwise the order stays: the organiser, then the guests.

Never guesses from roles or titles alone, never reads quoted mail.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.personnames import person_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import Address

#: Words after which the people the candidate meets are named, until the sentence ends.
_MEETING_CUES: Final = lazy_pattern(
    # the meeting's noun, at most three words of its subject, then "with" ("Fachgespräch
    # Data Engineer mit Herrn Dr. Albrecht", "final interview for the role with Dana")
    r"\b(?:(?:interview|call|chat|conversation|meeting|panel|session|\w*gespr[äa]ch|"
    r"termin|entretien|[ée]change|rencontre|entrevista|reuni[óo]n|charla|\w*gesprek)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:mit|with|avec|con|met)"
    r"|(?:with|mit|interviewers?|interviewer(?:in|innen)?|gespr[äa]chspartner(?:in|innen)?"
    r"|panel(?:ists)?|participants?|teilnehmer(?:in|innen)?|intervenants?|entrevistadores?)\s*:"
    r"|you(?:'ll|\u2019ll|\s+will)\s+(?:meet|speak|talk|be\s+(?:meeting|speaking|talking))"
    r"|you(?:'ll|\u2019ll|\s+will)\s+(?:be\s+)?(?:pair(?:ing)?|cod(?:e|ing))\s+with"
    r"|sie\s+(?:treffen|sprechen\s+mit|lernen)|treffen\s+sie|(?:vous\s+)?rencontrerez"
    r"|conocer[áa]s?|(?:u|je)\s+(?:spreekt|ontmoet))(?:(?<=:)|\b)",
    re.IGNORECASE,
)
#: A greeting at the start of a clause: the people greeted beside the candidate are guests.
_GREETING_CUES: Final = lazy_pattern(
    r"(?:^|[,;.!]\s*)(?:hi|hello|hey|dear|hallo|guten\s+(?:morgen|tag|abend)"
    r"|sehr\s+geehrte[rs]?|liebe[rs]?|bonjour|hola|estimad[oa]s?|beste|goedemorgen|dag)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: Abbreviations whose full stop ends no sentence ("Herrn Dr. Haas").
_ABBREVIATIONS: Final = frozenset({
    "dr", "prof", "hr", "fr", "mr", "mrs", "ms", "st", "m", "med", "mme", "lic", "licda", "ing",
    "sr", "sra", "mtro", "mtra", "dra",
})  # "con la Lic. Gabriela Montes": a Mexican courtesy title (tester round t58lp)
_LONGEST_CLAUSE = 160


def interviewers_first(
    organizer: Address | None, guests: Sequence[Address], text: str
) -> tuple[Address, ...]:
    """The invitation's people, the guests its words name as the ones met first.

    ``text`` is the invitation's own words (its mail, without quotes). With no such guest,
    or when the organiser is named among the people met, the order is the organiser's,
    then the guests'.
    """
    people = (*((organizer,) if organizer else ()), *guests)
    if organizer is None or not guests or not text:
        return people
    met = _named(text)
    if _mentioned(organizer, met):
        return people
    named = [g for g in guests if g.email.lower() != organizer.email.lower() and _mentioned(g, met)]
    if not named:
        return people
    return (*named, *(p for p in people if p not in named))


def _named(text: str) -> list[str]:
    """The clauses of ``text`` that name people met: after a meeting cue, or greeted."""
    clauses = [_clause(text, m.end(), sentence=True) for m in _MEETING_CUES.finditer(text)]
    clauses += [_clause(text, m.end(), sentence=False) for m in _GREETING_CUES.finditer(text)]
    return clauses


def _clause(text: str, start: int, *, sentence: bool) -> str:
    """The words from ``start`` to the end of the sentence (or, after a greeting, the comma)."""
    rest = text[start : start + _LONGEST_CLAUSE]
    ends = r"[\n;!?:]|\.(?=\s)" if sentence else r"[\n,;!?:]|\.(?=\s)"
    for end in re.finditer(ends, rest):
        before = rest[: end.start()].split()
        if end.group() == "." and before and before[-1].casefold().strip(".") in _ABBREVIATIONS:
            continue  # "Herr Dr. Haas": the title's stop ends no sentence
        return rest[: end.start()]
    return rest


def _mentioned(person: Address, clauses: Sequence[str]) -> bool:
    """True when a clause names ``person`` by surname or given name."""
    words = name_words(person)
    return any(
        re.search(rf"(?<!\w){re.escape(word)}(?!\w)", clause, re.IGNORECASE)
        for word in words
        for clause in clauses
    )


def name_words(person: Address) -> list[str]:
    """The words that name ``person`` in a text: surname and given name, else the address's.

    "Haas, Stefan Dr." is named "Haas" or "Stefan"; titles and asides are no name.
    """
    name = person_name(person.name, person.email) if person.name else None
    if name is not None:
        words = [name.surname.split()[-1:], name.given.split()[:1]]
        return [w for part in words for w in part if len(w) > 2]
    parts = [p for p in re.split(r"[._-]", person.local_part) if len(p) > 2]
    return parts[-1:]
