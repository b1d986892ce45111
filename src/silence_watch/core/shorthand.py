"""Shorthand written out: recruiters' abbreviations read as the words they stand for.

Recruiters, hiring managers and HR write on phones and in a hurry: "will LYK by Fri",
"we went w/ an internal", "Rückmeldung bis Mi.", "d'ici fin de sem. pro.", "te confirmo
el lun.", "z.s.m.", "vrijdag a.s." (tester round u49sh). The phrase rules and the date
reader know the words written out; ``expanded`` writes the shorthand out first, so
"el lun. cómo seguimos" is no sentence ending after "lun." and "LYK" is "let you know".

Only forms that mean one thing where they stand are written out: a weekday's short form
only after a word that puts a day after it ("bis Mi.", "el lun.", "uiterlijk wo."), since
"Fr." is also "Frau" and "mar" the sea; "x" and "q" only between two words ("x parte de",
"q esta semana"), never in "3 x 2". Full words never match again: writing out twice
changes nothing.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.language import language_of
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.misspellings import MISSPELLINGS
from silence_watch.core.status_cells import colon_cells
from silence_watch.core.typed_days import days_written_right

#: A word that puts a day after it: "by", "bis", "el", "d'ici", "uiterlijk" ...
_BEFORE_A_DAY: Final = (
    r"(?:by|until|till|til|before|on|next|this|you|me|than|"  # "ping you Mon", "LYK Fri"
    r"bis|am|ab|spatestens|spätestens|"
    r"le|d'ici|jusqu'à|jusqu'a|avant|tard|"
    r"el|del|hasta el|antes del|para el|"
    r"op|tot|uiterlijk|voor|komende|aanstaande|"
    # the Dutch that puts a day after it in a phone's promise (probe-dates10)
    r"je|jou|hoort|hoor|horen|elkaar)"
)
#: Short weekdays, by language: only read after a word of ``_BEFORE_A_DAY``.
_DAYS: Final = {
    # English: capitalised, as typed ("Mon", "Tue"); "sat", "sun", "wed" are words too
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    # German, with their dot ("bis Mi.")
    "Mo.": "Montag", "Di.": "Dienstag", "Mi.": "Mittwoch", "Do.": "Donnerstag",
    "Fr.": "Freitag",
    # French
    "lun.": "lundi", "mar.": "mardi", "mer.": "mercredi", "jeu.": "jeudi", "ven.": "vendredi",
    # Spanish
    "mié.": "miércoles", "mie.": "miércoles", "jue.": "jueves", "vie.": "viernes",
}
#: Spanish "lun." after "el" is lunes, French "lun." after "le" lundi; "mar." likewise.
_SPANISH_AFTER: Final = frozenset({"el", "del", "hasta el", "antes del", "para el"})
_SPANISH: Final = {"lun.": "lunes", "mar.": "martes"}
#: German short weekdays that are Dutch ones too ("do."), told apart by the word before.
_DUTCH_AFTER: Final = frozenset({
    "op", "tot", "uiterlijk", "voor", "komende", "aanstaande",
    # after a Dutch pronoun or "hear" too: "het je wo. weten", "je hoort vrij. van ons"
    "je", "jou", "hoort", "hoor", "horen", "elkaar",
})
_DUTCH: Final = {
    "ma.": "maandag", "di.": "dinsdag", "wo.": "woensdag", "do.": "donderdag", "vr.": "vrijdag",
    "Ma.": "maandag", "Di.": "dinsdag", "Wo.": "woensdag", "Do.": "donderdag", "Vr.": "vrijdag",
    # "vrij." is also free ("ik geef je vrij."): a day only when its sentence goes on
    "vrij.": "vrijdag", "Vrij.": "vrijdag",
}
#: Dutch forms that are no German day: written out after a Dutch word only.
_DUTCH_ONLY: Final = frozenset({
    "ma.", "wo.", "do.", "vr.", "Vr.", "Wo.", "Ma.", "di.", "vrij.", "Vrij.",
})
_DAY_AFTER: Final = lazy_pattern(
    rf"(?i:\b(?P<before>{_BEFORE_A_DAY}))(?:\s+(?:spätestens|spatestens|dem))?\s+"
    r"(?P<day>(?i:mié\.|mie\.|lun\.|mar\.|mer\.|jeu\.|ven\.|jue\.|vie\.|ma\.|wo\.|vrij\.|vr\.)"
    r"|(?:Mo|Di|Mi|Do|Fr)\.|Vr\.|Wo\.|Ma\.|do\.|di\.|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\b)",
)

#: Shorthand that means one thing wherever it stands (case aside): the literals one of
#: which the text must hold (lower case), the form, the words it stands for.
_WORDS: Final[tuple[tuple[tuple[str, ...], str, str], ...]] = (
    # English
    (("w/o",), r"\bw/o\b", "without"),
    # never "w/c 14 Dec" (week commencing) nor "w/e" (week ending, weekend)
    # nor the German "(w/m/d)" of a job title
    (("w/",), r"(?<![\w/(])w/(?![ce]\b|m\b|m/|d\b) ?(?=\w)", "with "),
    (("lyk",), r"\blyk\b", "let you know"),
    (("nxt",), r"\bnxt\b", "next"),
    (("tmrw", "tmw", "tmrow", "2mor"), r"\b(?:tmrw|tmw|tmrow|2moro|2morrow)\b", "tomorrow"),
    (("pls", "plz"), r"\bpls\b|\bplz\b", "please"),
    (("2nd r",), r"\b2nd (?:rd|rnd)\b", "second round"),
    (("bgc",), r"\bbgc\b", "background check"),
    (("comp cmte",), r"\bcomp cmte\b", "compensation committee"),
    (("cmte",), r"\bcmte\b", "committee"),
    (("wk",), r"(?:(?<=this )|(?<=next )|(?<=of the )|(?<=end of ))wk\b", "week"),
    # "let u know", "get back to u": "u" after a word that takes a "you" (never the Dutch
    # formal "u": "ik laat u weten"; nor "u." for "und")
    ((" u",), (r"\b(?P<verb>let|to|for|with|ping|text|call|update|tell|send|give|keep"
               r"|see|reach|email|told|meet|thank) u\b(?![.'\u2019-]\w)"), r"\g<verb> you"),
    # "ty!", "ty so much", "ty jordan!" opening a line; "tysm" (never Polish "ty", "you")
    # ("Ty" alone is a name signing off: only "Ty!", "Ty so much", "Ty for ...")
    (("ty",), (r"(?m)^(?P<pre>\W*)(?:(?-i:ty)|(?-i:Ty)(?=!| so much\b| for\b))(?![\w'\u2019])"
               r"(?=[ \t]*(?:[!.]|$|so much\b|for\b|\w+[ \t]*[!.]*[ \t]*$))"), r"\g<pre>thank you"),
    (("tysm",), r"\btysm\b", "thank you so much"),
    # "Were not moving fwd on this one" (probe-noes7), never a forward's "Fwd:"
    (("fwd",), r"(?:(?<=moving )|(?<=move )|(?<=going )|(?<=go ))fwd\b", "forward"),
    # German
    (("zt.",), r"\bz\. ?zt\.|\bzzt\.", "zurzeit"),
    (("bzgl.",), r"\bbzgl\.", "bezüglich"),
    # "lt. Fachbereich", never a lieutenant ("Lt. Col.")
    (("lt. ",), (r"(?-i:\b[lL]t\.(?= (?:[a-zäöü]|Fach|Rück|Ab|Aus|Ihr|Unser|Herr|Frau"
                 r"|Vertrag)))"), "laut"),
    # German inclusive forms, one gender said: "für eine:n andere:n Kandidat:in entschieden"
    # reads as "für eine andere Kandidatin" (probe-noes7); never an address ("jane*n@")
    ((":in", "*in"), r"(?<=[a-zäöüß])[:*](?=in(?:nen)?\b(?![@.]\w))", ""),
    (("e:n", "e*n", "e:r", "e*r"), r"(?<=[a-zäöü]e)[:*][nr]\b(?![@.]\w)", ""),
    (("n:e", "n*e"), r"(?<=\bein)[:*](?=e\b)", ""),
    # French
    (("qqn",), r"\bqqn\b", "quelqu'un"),  # "on a retenu qqn d'autre"
    (("sem. pro", "sem.pro", "sem pro"), r"\bsem\. ?pro(?:ch)?\.?(?=\W|$)",
     "semaine prochaine"),
    # "je te redis ça semaine pro" (probe-dates7), never "prochaine" itself
    (("semaine pro",), r"\bsemaine pro(?:ch)?\.?(?=\W|$)", "semaine prochaine"),
    (("de sem", "cette sem"), r"(?:(?<=\bde )|(?<=\bcette ))sem\.?(?=\W|$)", "semaine"),
    (("au + ",), r"\bau \+ (?=tard\b|vite\b)", "au plus "),
    # Spanish
    (("pdte",), r"\bpdte\.?(?= de\b)", "pendiente"),
    (("mañ.",), r"\bmañ\.(?=\W|$)", "mañana"),
    (("tb", "tmb"), r"(?-i:\b(?:tb|tmb|tmbn)\b)", "también"),  # never "2 TB"
    (("xq",), r"(?-i:\bxq\b)", "porque"),
    (("finde",), r"\bfinde\b", "fin de semana"),  # "te escribo antes del finde" (probe-dates7)
    # Dutch
    (("z.s.m", "zsm"), r"\bz\.s\.m\.?|\bzsm\b", "zo snel mogelijk"),
    (("a.s.",), r"(?<![\w.])a\.s\.(?=\W|$)", "aanstaande"),  # never "Aburrá S.A.S."
    (("i.o.m",), r"\bi\.o\.m\.?(?=\s)", "in overleg met"),
)
#: With the verdict's misspelt words ("decieded", "Kanditat": ``core.misspellings``).
_COMPILED: Final = tuple(
    (keys, lazy_pattern(form, re.IGNORECASE), out)
    for keys, form, out in (*_WORDS, *MISSPELLINGS)
)
#: What follows a day in its sentence: a number or a word in lower case.
_GOES_ON: Final = lazy_pattern(r" [\d\w](?<=[^\WA-ZÁÉÍÓÚ])")
#: Spanish "x" (por) and "q" (que) between two words: "x parte de", "q esta semana".
_X_Q: Final = lazy_pattern(r"(?:(?<=[^\W\d] )|(?<=[,;] ))(?P<which>[xXqQ])(?= [^\W\d])")


def _day(match: re.Match[str]) -> str:
    before, day = match.group("before"), match.group("day")
    lowered = before.lower()
    name: str | None
    if lowered in _SPANISH_AFTER and day.lower() in _SPANISH:
        name = _SPANISH[day.lower()]
    elif lowered in _DUTCH_AFTER and day in _DUTCH:
        name = _DUTCH[day]
    elif day in _DUTCH_ONLY:
        name = None  # "you do." is no Thursday: a Dutch form after a Dutch word only
    else:
        name = _DAYS.get(day) or _DAYS.get(day.rstrip(".")) or _DAYS.get(day.lower())
    after = match.string[match.end() : match.end() + 2]
    if name is None or (day.lower() in {"mar.", "vrij."} and not _GOES_ON.match(after)):
        return match.group(0)  # "en el mar." is the sea: "el mar. 15", "le mar. matin" a day
    return match.group(0)[: match.start("day") - match.start()] + name


#: The last text written out. ``core.classify`` writes a reply out once and hands that
#: text on to ``intents.intent_of`` and ``dates.promise``, which write out what they are
#: given: that very text comes back as it is (writing out twice changes nothing), not
#: scanned twice more (~60 us a reply each). Held, so its identity is never reused.
_LAST: list[str] = [""]


def expanded(text: str) -> str:
    """``text`` with its shorthand written out, or as it is when it holds none.

    "will LYK by Fri" is "will let you know by Friday", "bis Mi." is "bis Mittwoch".
    """
    if text is _LAST[0]:
        return text
    _LAST[0] = text = _written_out(text)
    return text


def _written_out(text: str) -> str:
    lowered = text.lower()
    for keys, form, out in _COMPILED:
        if any(key in lowered for key in keys):  # most mail holds none: no scan
            text = form.sub(out, text)
    text = colon_cells(days_written_right(_DAY_AFTER.sub(_day, text)))  # "Stage\tRejected"
    if (" x " not in lowered and " q " not in lowered) or language_of(text) != "es":
        return text  # "x" and "q" are Spanish phone shorthand only
    return _X_Q.sub(lambda match: "por" if match.group("which") in "xX" else "que", text)
