"""One job title in all its gendered and inclusive spellings, in en, de, fr, es, nl. Pure.

The same role is written many ways: the candidate saves "Ingénieure Maintenance
Ferroviaire", the hiring system's requisition says "Ingénieur(e) Maintenance
Ferroviaire" (tester round u29es: the no was held as another role's, as the two shared
no word). Job ads mark every gender ("Chargé(e)", "Ingénieur·e", "Directeur·rice",
"Conseiller/ère", "Técnico/a", "Técnic@", "Entwickler:in", "Entwickler/-in",
"Kaufmann/-frau", "(m/w/d)", "(H/F)", "(m/v/x)"), and people write one gender
("Ingénieure", "Directrice", "Técnica", "Entwicklerin", "Kauffrau", "medewerkster").

``without_gender_marks`` drops the marks from a text, so "Chargé(e) de communication" is
one title; ``title_stem`` gives a folded title word one form for every gender, so
"ingenieure" and "ingenieur", "directrice" and "directeur", "tecnica" and "tecnico",
"entwicklerin" and "entwickler" compare equal. Both sides of a comparison go through
it, so a stem need not be a word, only the same for each gender.

Never decides which role a message is about (``core.roles`` does). Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: What a mark adds to the masculine word: "(e)", "·rice", "/ère", "/a", ":in", "/-frau".
_ENDINGS: Final = (
    r"(?:e|es|ee|a|as|o|os|s|ne|le|se|in|innen|rice|trice|euse|ere|\u00e8re|ive|ve|fe|frau)"
)
#: The genders a title lists in brackets: "(m/w/d)", "(H/F)", "(w/m/divers)", "(m/v/x)".
_GENDERS: Final = r"(?:[mwdfhvx]|div|divers|diverse)"
#: Inclusive spellings of a title: a gender ending in brackets, or after a slash, a colon,
#: a star, an underscore, a middle dot, or a dot between two lower-case letters
#: ("ingénieur.e", never "S.A."); "@" for Spanish "o/a"; the genders listed in brackets.
_MARKS: Final = lazy_pattern(
    rf"\({_ENDINGS}\)"
    rf"|\({_GENDERS}(?:\s*/\s*{_GENDERS}){{1,2}}\)"
    r"|\((?:all genders|gn|genderneutral|geschlechtsneutral)\)"
    rf"|(?<=\w\w)(?:/-?|[:*_\u00b7\u2022]){_ENDINGS}\b"
    r"|(?<=[a-z\u00e0-\u00ff]{3})\.(?:e|es|ne|rice|trice|euse|\u00e8re)\b"
    r"|(?<=\w)@(?!\w)",
    re.IGNORECASE,
)
#: A feminine ending and the masculine one it stands for, longest first (folded words).
#: "-teur" and "-trice" both become "-tor", as in Spanish, Dutch and English.
_FEMININE: Final = (
    ("werkster", "werker"),  # medewerkster (nl)
    ("trice", "tor"),  # directrice, coordinatrice, animatrice (fr, nl)
    ("teur", "tor"),  # directeur, coordinateur
    ("euse", "eur"),  # vendeuse, chercheuse, adviseuse
    ("eure", "eur"),  # ingenieure, professeure, docteure
    ("enne", "en"),  # technicienne, informaticienne
    ("elle", "el"),  # professionnelle, operationnelle
    ("ere", "er"),  # conseillere, infirmiere, ouvriere
    ("ive", "if"),  # administrative, active
    ("frau", "mann"),  # Kauffrau (de)
    ("innen", ""),  # Entwicklerinnen (de)
)
#: Shorter words keep their last letters ("Berlin", "data" are no feminine forms).
_SHORT: Final = 6
_VERY_SHORT: Final = 4


def without_gender_marks(text: str) -> str:
    """``text`` with its titles' gender marks left out ("Chargé(e)" is "Chargé")."""
    return _MARKS.sub("", text)


def title_stem(word: str) -> str:
    """A folded title word in one form for every gender ("ingenieure" is "ingenieur")."""
    if len(word) > _SHORT:
        for feminine, masculine in _FEMININE:
            if word.endswith(feminine):
                return word[: -len(feminine)] + masculine
        if word.endswith("in") and len(word) > _SHORT + 1:
            return word[:-2]  # Entwicklerin, Beraterin (de)
        if word[-1] == "e" and word[-2] in "tdlns":
            return word[:-1]  # assistante, consultante, commerciale, avocate (fr)
    if word.endswith("ee"):
        return word[:-1]  # chargee, employee (fr)
    if word[-1:] in ("a", "o") and len(word) > _VERY_SHORT:
        return word[:-1]  # tecnica, tecnico; coordinadora, coordinador; medica (es)
    return word
