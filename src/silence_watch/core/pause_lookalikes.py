"""Pause words that are no hiring pause: denied, a meeting's, or a pause lifted. Pure.

A probe of paused hiring (round probe-hold6) found the phrase rules hearing a pause in:

- a pause denied: "der Prozess ist nicht gestoppt", "le processus n'est pas suspendu",
  "het proces ligt niet stil", "the role is not on hold" (``denied_pause``): their
  promise beside it ("Sie hören spätestens nächste Woche von uns") is the news;
- a meeting held for a day or two: "the panel debrief is on hold until Thursday", "la
  reunión del comité se ha aplazado al jueves" (``meeting_held_to_a_day``): a delay
  with a promise, never a pause of the hiring; "interviews are paused until January" and
  "the interview process is on hold" stay pauses (a month, a process);
- a pause lifted, said as news: "le gel des recrutements est levé !", "se ha levantado
  la congelación", "the hiring freeze has been lifted" (``pause_over``), never in a
  condition or an expectation ("once the freeze is lifted", "sobald der Stopp aufgehoben
  ist", "dès que le gel sera levé").

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import DAY_WORDS, MEETING
from silence_watch.core.hypotheticals import hypothetical_no
from silence_watch.core.intent_phrases import RESUMED
from silence_watch.core.lazy_patterns import lazy_pattern

#: A negation right before a pause's state (folded): "nicht gestoppt", "n'est pas
#: suspendu", "niet stil", "not on hold", "no longer paused", "no está en pausa", "no, el
#: puesto no está congelado" (a verb between: stop 44).
_DENIED: Final = lazy_pattern(
    r"\b(?:not|nicht|pas|niet|no)\b (?:(?:longer|more|mehr|langer|plus|meer|mas|langer"
    r"|lenger) )?(?:(?:esta|estan|se ha|se han|ha sido|han sido|queda|quedo) )?"
    r"(?:(?:been|being|put|placed|gelegt|mis|mise|puesto|puesta|gezet|en) )?"
    r"(?:gestoppt|gestopt|pausiert|angehalten|ausgesetzt|eingefroren|auf eis|on hold|on ice"
    r"|paused|frozen|suspended|halted|suspendue?s?|en pause|en suspens|gelee?s?|stil"
    r"|stilgelegd|bevroren|opgeschort|in de wacht|en pausa|pausad[oa]|congelad[oa]"
    r"|detenid[oa]|parad[oa]|suspendid[oa]|paralizad[oa])\b"
)
#: Words of the hiring, which make a pause after a meeting word the hiring's.
_HIRING: Final = (
    r"\b(?:process\w*|prozess\w*|proceso|procedure|verfahren|search|busqueda|hiring"
    r"|recruit\w*|recrutement|werving|role|position|posicion|puesto|poste|stelle|vacature"
    r"|vacante|functie|opening|req|vacancy|embauche|contratacion\w*|einstellung\w*)\b"
)
#: A meeting word, or a meeting of the panel, with no word of the hiring after it up to
#: the pause's end.
_MEETING_BEFORE: Final = lazy_pattern(
    rf"\b(?:{MEETING}|debrief\w*|committee|comite|sitzung|besprechung|overleg|vergadering"
    rf"|review|huddle)\b(?![^.!?\n]*{_HIRING})[^.!?\n]{{0,60}}$"
)
#: A day of this week or the next after the pause, in its sentence: "until Thursday".
_A_DAY_SOON: Final = lazy_pattern(
    rf"^[^.!?\n]{{0,30}}?\b(?:{DAY_WORDS}|tomorrow|morgen|demain|manana)\b"
)
#: A pause lifted ("le gel des recrutements est levé", "the freeze has been lifted").
_LIFTED: Final = lazy_pattern(
    r"\b(?:freeze|pause|gel|stopp?|congelacion|pausa|suspension|vacaturestop"
    r"|einstellungsstopp|hiring stop)\b[^.!?\n]{0,40}?\b(?:has been|have been|was|is|est"
    r"|a ete|ist|wurde|ha sido|fue|werd|zijn|is nu) (?:now |nun |inzwischen |desormais"
    r" |enfin |ya |nu )?(?:lifted|levee?s?|aufgehoben|levantad[ao]|opgeheven)\b"
    r"|\b(?:se ha|se han|hemos|han) levantado (?:la|el) (?:congelacion|pausa|suspension"
    r"|freeze)\b"
)
#: What makes a lifted pause a wait, not news: "once", "sobald", "dès que", "cuando".
_NOT_YET: Final = lazy_pattern(
    r"\b(?:once|when|as soon as|until|till|sobald|wenn|bis|des que|quand"
    r"|lorsque|une fois|jusqu'a ce que|cuando|en cuanto|una vez|hasta que|zodra|wanneer"
    r"|totdat|tot|als)\b[^.!?\n]*$"
)


def denied_pause(folded: str, start: int, end: int) -> bool:
    """Whether the pause found at ``folded[start:end]`` is denied ("nicht gestoppt")."""
    return any(
        found.end() > start
        for found in _DENIED.finditer(folded, max(0, start - 25), min(len(folded), end + 10))
    )


def meeting_held_to_a_day(folded: str, start: int, end: int) -> bool:
    """Whether the pause at ``folded[start:end]`` holds a meeting for a day or two."""
    sentence_start = max(folded.rfind(mark, 0, start) for mark in ".!?\n") + 1
    # up to the pause's end: "the hiring committee review is on hold" is read from "hiring"
    return _MEETING_BEFORE.search(folded[sentence_start:end]) is not None and (
        _A_DAY_SOON.search(folded[end:]) is not None
    )


def not_a_pause(folded: str, start: int, end: int) -> bool:
    """Whether the pause phrase at ``folded[start:end]`` is denied or a meeting's."""
    return denied_pause(folded, start, end) or meeting_held_to_a_day(folded, start, end)


def pause_over(folded: str) -> bool:
    """Whether ``folded`` says, as news, that the pause is over ("the freeze is lifted")."""
    if any(not hypothetical_no(folded, found.start()) for found in RESUMED.finditer(folded)):
        return True  # "the role has been reopened" (tester round u21gh)
    for found in _LIFTED.finditer(folded):
        sentence_start = max(folded.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
        before = folded[sentence_start : found.start()]
        if _NOT_YET.search(before) is None and "sera" not in folded[found.start() : found.end()]:
            return True
    return False


#: "On hold" that holds no hiring: a shortlist kept for a round ("Angela wants to keep you on
#: hold for a second round. In plain English, you're on the shortlist"), a phone line's
#: music ("sorry again about the hold music"): tester round t74ho (folded).
_HELD_FOR_A_ROUND: Final = lazy_pattern(
    r"\b(?:keep|keeps|keeping|kept|have|has|put|putting) (?:you|u) on hold for (?:a|the|your)"
    r" (?:second|2nd|next|final|further|later|third) (?:round|interview|stage|conversation)\b"
    r"|\bhold music\b"
)


def held_for_a_round(folded: str) -> bool:
    """True when ``folded`` says "on hold" of her place on a shortlist or of a phone line."""
    return _HELD_FOR_A_ROUND.search(folded) is not None

