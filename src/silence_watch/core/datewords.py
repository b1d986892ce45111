"""Month names, weekday names and small counts in the languages dates are read in.

Folded (``core.language.fold``: lower case, no accents), as ``core.datephrases`` matches
them: en, de, fr, es, nl, and month and weekday names in it, pt, sv for out-of-office
replies. Abbreviations that are also words ("sat", "mar", "out", "ago") are left out
where they would be read in ordinary sentences.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final


def split_words(words: str) -> list[str]:
    """The words of a space-separated list (tables read better written as prose)."""
    return words.split()


def _names(rows: tuple[tuple[int, str], ...]) -> dict[str, int]:
    """Each name of each row -> the row's number; a name in two rows keeps the first."""
    numbers: dict[str, int] = {}
    for number, names in rows:
        for name in names.split():
            numbers.setdefault(name, number)
    return numbers


#: Month names and abbreviations in en, de, fr, es, nl (folded, no dot); Austria's "Jänner"
#: and "Feber" (tester round u48rg).
MONTHS: Final = _names((
    (1, "january jan januar janner janvier janv enero ene januari gennaio janeiro"),
    (2, "february feb februar feber fevrier fevr febrero februari febbraio fevereiro"),
    (3, "march mar marz maerz mars marzo maart marco"),
    (4, "april apr avril avr abril abr aprile"),
    (5, "may mai mayo mei maggio maio maj"),
    (6, "june jun juni juin junio giugno junho"),
    (7, "july jul juli juillet juil julio luglio julho"),
    (8, "august aug aout agosto augustus augusti"),
    (9, "september sep sept septembre septiembre setiembre settembre setembro"),
    (10, "october oct oktober octobre octubre okt ottobre outubro"),
    (11, "november nov novembre noviembre novembro"),
    (12, "december dec dezember dez decembre diciembre dic dicembre dezembro"),
))
#: Weekday names (Monday = 0), the same languages.
WEEKDAYS: Final = _names((
    (0, "monday mon montag lundi lunes maandag lunedi segunda-feira mandag"),
    (1, "tuesday tue tues dienstag mardi martes dinsdag martedi terca-feira tisdag"),
    (2, "wednesday wed weds mittwoch mercredi miercoles woensdag mercoledi quarta-feira onsdag"),
    (3, "thursday thu thur thurs donnerstag jeudi jueves donderdag giovedi quinta-feira torsdag"),
    (4, "friday fri freitag vendredi viernes vrijdag venerdi sexta-feira fredag"),
    (5, "saturday sat samstag samedi sabado zaterdag lordag"),
    (6, "sunday sun sonntag dimanche domingo zondag domenica sondag"),
))
#: The weekday names read alone, not only beside a date: written out ("sat", "sun", "mar",
#: "mon" are words too), and the short forms no language here uses otherwise ("back to u by
#: fri", tester round t79ph).
PLAIN_WEEKDAYS: Final = {
    word: day for word, day in WEEKDAYS.items()
    if len(word) > 4 or word in {"fri", "thu", "thur", "thurs", "tues", "weds"}
}  # fmt: skip
#: German weekdays as a phone writes them ("meld mich Fr", "bis Mi", "am Do"): read only
#: after such a word (``core.datephrases``), as "do", "mi", "sa" are words elsewhere.
SHORT_WEEKDAYS: Final = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5}
#: Small counts written as words; "a few", "ein paar", "quelques" are three.
NUMBERS: Final = {
    **dict.fromkeys(split_words("a an one ein eine einen einer einem un une uno una een"), 1),
    **dict.fromkeys(split_words("two zwei deux dos twee couple par"), 2),
    **dict.fromkeys(
        split_words("three drei trois tres drie few paar quelques unos unas einige enkele"), 3,
    ),
    **dict.fromkeys(split_words("four vier quatre cuatro"), 4),
    **dict.fromkeys(split_words("five funf cinq cinco vijf"), 5),
    **dict.fromkeys(split_words("six sechs seis zes"), 6),
    **dict.fromkeys(split_words("seven sieben sept siete zeven"), 7),
    **dict.fromkeys(split_words("eight acht huit ocho"), 8),
    **dict.fromkeys(split_words("nine neun neuf nueve negen"), 9),
    **dict.fromkeys(split_words("ten zehn dix diez tien"), 10),
    **dict.fromkeys(split_words("fifteen funfzehn quinze quince vijftien"), 15),
    **dict.fromkeys(split_words("thirty"), 30),
}
#: Where a count is none: "par semaine" is a rate; "a" counts one only before an English
#: unit, as French "à" folds to it: "petite mise à jour" is an update, not a day away
#: (probe-dates9: a pause "en stand-by ... à la rentrée de janvier" was to end tomorrow).
NOT_A_COUNT: Final = (
    r"(?!par (?!de ))(?!a (?:jours?|journees?|tage?n?|dias?|semaines?|semanas?|wochen?"
    r"|dagen|weken)\b)"
)

#: A part of a month by its words: its end, its middle ("courant janvier", in the course
#: of January: the 15th, as the five corpus labels that use it say); the second week of it.
END_WORDS: Final = frozenset(
    split_words("end late ende fin finales fines final eind einde"),
)
MID_WORDS: Final = frozenset(
    split_words("mid middle mitte mi milieu mediados half halverwege midden medio courant"),
)
SECOND_WORDS: Final = frozenset(
    split_words("second zweiten zweite deuxieme seconde segunda tweede"),
)
