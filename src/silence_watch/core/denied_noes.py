"""A no the writer denies in its own words: "Ihre Bewerbung wurde nicht abgelehnt". Pure.

Some rejection rows let a word or two stand between the application and its verb ("Ihre
Bewerbung wurde leider abgelehnt", "tu candidatura lamentablemente ha sido descartada"),
and that word may be the writer's "not": "Ihre Bewerbung wurde nicht abgelehnt. Wir haben
das Verfahren lediglich bis Januar zurückgestellt" (tester round u55sw) and "tu candidatura
no ha sido rechazada, solo está en pausa" were read as sure noes, and a feedback request
was drafted for a pause with a day promised. The same denial in every language: "your
application was not rejected", "wasn't turned down", "n'a pas été rejetée", "nicht
zurückgewiesen", "no fue descartada", "is niet afgewezen".

A rejection phrase is denied when a negation stands right in front of its verb of
rejecting, inside the words it matched or just before them (an auxiliary may come
between: "no ha sido", "n'a pas été", "is niet"). Phrases whose no *is* a negation ("nicht
berücksichtigt", "no ha sido seleccionada", "not selected") are untouched: their verb is
not one of rejecting.

The words are folded (``core.language.fold``): lower case, no accents.
Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: How far in front of the phrase the negation may stand (characters).
_REACH: Final = 24

#: A negation, an auxiliary or two, then a verb of rejecting (folded), five languages.
_DENIED: Final = lazy_pattern(
    r"(?:\b(?:not|never|nicht|keineswegs|nie|pas|jamais|no|nunca|niet|nooit|by no means"
    r"|in no way|far from|alles andere als|loin d'etre)|n't)"
    r" (?:(?:been|be|ha|han|sido|fue|fueron|ete|a|wurde|worden|geworden|is|zijn|was|werd"
    r"|gewesen|ist|es|esta|estado|queda|quedado|definitivamente|endgultig|helemaal)"
    r" ){0,3}"
    r"(?:rejected|declined|turned down|ruled out|abgelehnt|zuruckgewiesen|abgesagt"
    r"|ausgeschieden|rejetee?s?|refusee?s?|ecartee?s?|rechazad[oa]s?|descartad[oa]s?"
    r"|desestimad[oa]s?|afgewezen|afgekeurd|afgevallen"
    # the double negation (probe-noes11): "your application was not unsuccessful; the
    # hiring manager simply hasn't reviewed the last batch yet" (read as a sure no)
    r"|unsuccessful|erfolglos)\b"
)


def denied_no(folded: str, start: int, end: int) -> bool:
    """True when the rejection phrase at ``folded[start:end]`` is denied in its own words."""
    denials = _DENIED.finditer(folded, max(0, start - _REACH), end)
    return any(found.end() > start for found in denials)  # its verb is the phrase's
