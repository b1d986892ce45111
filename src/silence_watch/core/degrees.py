"""Degrees written beside a name, which are no part of it: "Mag.", "DI", "MBA". Pure.

Austrians put their degrees before the name, often without a dot ("Mag. Eva Huber", "DI
Markus Steiner", "MMag.a Lena Gruber", "Ing. Mag. Karl Maier"); Germans theirs with a hyphen
("Dipl.-Kffr. Anna Roth", "Dipl.-Ing."); the Dutch theirs in lower case ("ir. Jan de
Vries", "drs. Anne Bakker"); Latin Americans theirs ("Lic. Ana Pérez", "Mtra. Sofía
Ramos"); everyone "BSc", "MSc", "MBA" after it. Read as a name, a degree made "Guten Tag
Markus Steiner Di," and "Guten Tag Mag Eva Huber," (tester round u42em). A degree is left
out of the name; the greeting then uses the name ("Guten Tag Eva Huber,", "Hi Eva,").

A doctor's and a professor's titles, however they are written ("DDr.", "Dr.in",
"Univ.-Prof."), stay titles a greeting uses ("Guten Tag Dr. Huber,"): ``academic_title``.

Some degrees are also names: "Ma" and "Ba" are surnames, "Md" is how Bangladeshi names
write Mohammad, "Di" is an Italian surname's particle ("DI STEFANO Marco"). Those count as
degrees only in capitals and last ("Jane Doe, MD"), and "DI" only before a name that is
not itself in capitals.

Nothing here reads the clock or does IO.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Degrees that are no name however they are written (folded to lower case).
_DEGREES: Final = lazy_pattern(
    r"^(?:m?mag\.?(?:a|\(fh\))?|dipl\.?(?:-[a-zäöü.]+)?|bakk\.?(?:rer\.|techn\.)?"
    r"|bsc|msc|mba|meng|beng|llb|llm|phd|ph\.d|b\.sc|m\.sc|b\.a|m\.a|ll\.m|ll\.b|b\.eng"
    r"|m\.eng|m\.d|mas|ir|drs|bc|lic|licd[oa]|mtr[oa]|arq)\.?$"
)
#: Degrees that are names too, counted only as written in capitals, and only last: "Jane
#: Doe, MD" has one, "MD Rahman" is Mohammad Rahman, "Jack Ma" no degree at all.
_CAPITAL_DEGREES: Final = lazy_pattern(r"^(?:MA|BA|MD|MEd|BEd)$")
#: The Austrian "Diplom-Ingenieur", before a name not itself in capitals ("DI STEFANO").
_ENGINEER: Final = lazy_pattern(r"^(?:DI|DDI|DIin|DI\(FH\))$")
#: A doctor's or a professor's title in its Austrian or German spellings.
_DOCTOR: Final = lazy_pattern(r"^(?:ddr\.?|dr\.in|dr\.-[a-z]+\.?)$")
_PROFESSOR: Final = lazy_pattern(r"^(?:(?:o\.)?univ\.?-?)?prof\.?(?:in|\.in)?\.?$")


def is_degree(word: str, following: str = "") -> bool:
    """True for a degree beside a name ("Mag.", "DI", "Dipl.-Kffr.", "MBA", "drs.").

    ``following`` is the word after it, if any.
    """
    word = word.strip(",;:")
    if _CAPITAL_DEGREES.match(word) is not None:
        return not following
    if _ENGINEER.match(word) is not None:
        letters = [c for c in following if c.isalpha()]
        return not (len(letters) > 1 and all(c.isupper() for c in letters))
    return _DEGREES.match(word.casefold()) is not None


def academic_title(word: str) -> str:
    """"Dr." or "Prof." for a doctor's or professor's title written another way, else ""."""
    folded = word.casefold().strip(",;:")
    if folded in {"prof", "prof."}:
        return ""  # the plain ones are ``core.personnames.TITLES``
    if _DOCTOR.match(folded) is not None:
        return "Dr."
    if _PROFESSOR.match(folded) is not None:
        return "Prof."
    return ""
