"""A no in few words: forms batch w23ir found (issue 12). Pure.

Read from the development part of batch w23ir (out of fold), each a cause written for en,
de, fr, es and nl, never one message's words:

- **no opening now, her CV kept**: the curt answer to an open application, "Genoteerd.
  Geen plek op dit moment, cv bewaren we.", "Gracias, por el momento no hay vacantes",
  "Pas de poste en ce moment, on garde votre CV", "No openings right now", "Aktuell ist
  keine Stelle frei". The learned reader heard a no, but alone, so it was held unsure and
  never called cold. "No *other* openings right now" says nothing of her own application,
  and a condition ("if there is no vacancy at the moment ...") is no fact
  (``core.hypotheticals``);
- **a more senior profile chosen**: "le client a finalement privilégié un profil plus
  senior", "they have opted for a more senior profile", "se han decantado por un perfil
  con más experiencia", "ze hebben gekozen voor een meer ervaren profiel": the one chosen
  is another, described by what she lacks.
Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REJECTION, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Now, in the five languages (folded).
_NOW_EN: Final = r"(?:right now|at the moment|at present|currently|for now|at this time)"
_NOW_DE: Final = r"(?:aktuell|derzeit|momentan|zurzeit|zur zeit|im moment|gerade)"
_NOW_FR: Final = r"(?:en ce moment|actuellement|pour le moment|pour l'instant|a ce jour)"
_NOW_ES: Final = r"(?:por el momento|de momento|actualmente|en este momento|ahora mismo|por ahora)"
_NOW_NL: Final = r"(?:op dit moment|momenteel|nu|voorlopig|op het moment)"
#: An opening (folded); "slots", "times" are a meeting's, never a post.
_OPENING_EN: Final = r"(?:openings?|vacanc(?:y|ies)|positions?|roles?|jobs?)"
_OPENING_ES: Final = r"(?:vacantes?|posiciones?|puestos?|plazas?)"
_OPENING_NL: Final = r"(?:plek|plekken|plaats|vacatures?|functies?|posities?)"
#: Better than her, as the profile chosen is described (folded).
_MORE_EN: Final = r"(?:more|stronger|better|slightly more|much more|somewhat more)"

NO_VACANCY_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "no opening for you now", _rx(
        rf"(?<!\bother )(?<!\bfurther )\bno (?:current |open )?{_OPENING_EN} (?:available |open )?"
        rf"{_NOW_EN}\b",
        rf"\b(?:do not|don't|do not currently|don't currently) have (?:any )?(?:open )?"
        rf"{_OPENING_EN} (?:available |open )?{_NOW_EN}\b",
        rf"\b{_NOW_DE},? (?:ist|sind|haben wir|gibt es|habe ich) (?:leider )?keine"
        r" (?:freie[n]? |offene[n]? )?(?:stelle|stellen|vakanz|position)\b",
        r"(?<!\bweitere )(?<!\bandere )\bkeine (?:freie[n]? |offene[n]? )?(?:stelle|stellen|vakanz)"
        rf" (?:{_NOW_DE} )?(?:frei|offen|zu besetzen|zu vergeben)\b",
        rf"(?<!\bautre )\bpas de poste (?:\w+ )?{_NOW_FR}\b",
        rf"\b(?:aucun poste|pas de poste) (?:n'est )?(?:ouvert|disponible|vacant|a pourvoir)"
        rf" (?:\w+ )?{_NOW_FR}\b",
        rf"\b{_NOW_ES},? no (?:hay|tenemos|contamos con|disponemos de) (?:ninguna |ningun )?"
        rf"{_OPENING_ES}\b(?! (?:\w+ )?(?:para (?:la|el) (?:entrevista|reunion)))",
        rf"\bno (?:hay|tenemos) {_OPENING_ES} (?:abiert[ao]s |disponibles )?{_NOW_ES}\b",
        rf"(?<!\bandere )\bgeen (?:open |openstaande )?{_OPENING_NL} (?:beschikbaar |vrij |open )?"
        rf"{_NOW_NL}\b",
        rf"\b{_NOW_NL} (?:is er|zijn er|hebben we|hebben wij) geen (?:open |openstaande )?"
        rf"{_OPENING_NL}\b",
    )),
    (REJECTION, STRONG, "they chose a more senior profile", _rx(
        rf"\b(?:opted for|gone with|went with|chosen|chose|selected|preferred|decided on) (?:a|an)"
        rf" {_MORE_EN} (?:senior|experienced|qualified|suitable|relevant|specialised|specialized)"
        r" (?:profile|candidate|applicant|person)\b",
        r"\b(?:privilegie|prefere|retenu|choisi|selectionne|opte pour) (?:un|une) (?:profil"
        r"|candidat\w*|candidature|personne) (?:plus|davantage|mieux) \w+",
        r"\b(?:decantado|decantamos|decanto|optado|optamos|opto|inclinado|elegido|preferido)"
        r" (?:por )?(?:un|una) (?:perfil|candidat[oa]|persona) (?:mas|con mas|con mayor)\b",
        r"\b(?:gekozen|kiezen|kozen|koos|gegaan) (?:\w+ )?voor (?:een )?(?:meer |iets meer )?"
        r"(?:ervaren|senior|passend|geschikt)\w* (?:profiel|kandidaat|sollicitant|persoon)\b",
    )),
)
