"""Whether a date before a promise word stands in the promise's own clause. Pure.

``core.dates`` takes a promise's day after its promise word, else one before it in the
same clause ("bis Freitag melde ich mich"). A clause ends at a semicolon ("this week we
interview; we'll let you know the outcome"), before an event the promise waits for ("as
soon as", "once", "sobald", "dès que", "en cuanto", "zodra": "lo revisa el equipo esta
semana y, en cuanto tengamos una valoración, te escribo" promises no day, unless the
event is the decision of that day: "trancher en début de semaine et je vous appelle dès
que j'ai sa décision"), and at a comma
or a dash before a word that
draws a consequence (en, de, fr, es, nl: ", so", ", also", ", therefore", ", daher",
", deshalb", ", donc", ", du coup", ", así que", ", por eso", ", dus", ", daarom"): the
day before it is the reason, not the promise ("vrijdag is het hier Sinterklaas-chaos,
dus ik laat je pas na Sinterklaas weten" promises no Friday; "Friday is our offsite, so
I'll get back to you next week" neither). The clause after the break still takes the
day when it refers back to it: it opens with "then" ("...; then I'll write", "dann",
"alors", "entonces", "daarna"), or, after a consequence word, says "then", "by then",
"bis dahin", "d'ici là", "para entonces", "tegen die tijd" ("Friday is the last
interview, so we'll let you know then").

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Final

from silence_watch.core.deadline_words import at_the_latest
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Sequence

    from silence_watch.core.datephrases import Found

#: A clause that refers back to the day before it, at its start (folded).
_THEN: Final = lazy_pattern(
    r"\s*(?:then|dann|alors|entonces|dan|daarna|at which point|afterwards|after that|danach"
    r"|daraufhin|ensuite|apres quoi|despues|acto seguido|vervolgens)\b"
)
#: After a semicolon, a word in the promise's clause that points back at the day before:
#: "komt half december bij elkaar; ik laat je daarna weten", "...; we'll call you right
#: after that" (folded, probe round p52b).
_AFTER_IT: Final = lazy_pattern(
    r"\b(?:afterwards|after that|right after|danach|im anschluss|ensuite|juste apres"
    r"|despues de eso|justo despues|daarna|direct daarna|meteen daarna"
    # "Le comité se réunit le 17 décembre ; nous reviendrons vers vous dans la foulée",
    # "...; I'll call you straight after", "...; wir melden uns gleich im Anschluss"
    r"|dans la foulee|a l'issue|a la suite|straight after(?:wards)?|immediately after(?:wards)?"
    r"|gleich im anschluss|direkt danach|a continuacion|acto seguido|direct erna|meteen erna"
    # the thing planned for that day, once done: "Queremos cerrar el proceso antes de las
    # vacaciones de Navidad; te avisaremos en cuanto esté" (probe-dates3)
    r"|(?:as soon as|once) (?:it's|it is|that's|that is) (?:done|final|settled|decided)"
    r"|sobald (?:es|das) (?:so weit|fertig|entschieden) ist|des que (?:c'est|ce sera)"
    r" (?:fait|boucle|termine|tranche)|en cuanto (?:este|lo este|se cierre|lo tengamos)"
    r"|zodra het (?:rond|klaar|bekend) is)\b"
)
#: A clause break: a semicolon, or a consequence after a comma or a dash (folded).
_BREAK: Final = lazy_pattern(
    r";|(?:,|\s-)\s*(?P<so>so|also|therefore|hence|thus|which is why|that's why|daher|deshalb"
    r"|deswegen|darum|folglich|donc|du coup|c'est pourquoi|par consequent|asi que|por eso"
    r"|por lo que|por lo tanto|por tanto|de modo que|dus|daarom|zodat)\b"
    # the promise waits for an event, not the day before it: "the team reviews it this week
    # and, as soon as we have a view, I'll write" ("sobald", "dès que", "en cuanto", "zodra")
    r"|(?:,|\s-)?\s(?P<event>as soon as|once(?! (?:more|again))|sobald|sowie|des que|en cuanto"
    r"|tan pronto como|zodra)\b"
)
#: The event waited for is a decision, whose day was said before: "le DAF s'est engagé à
#: trancher en début de semaine et je vous appelle dès que j'ai sa décision" (folded).
_DECISION: Final = lazy_pattern(
    r"\b(?:decision|decided|their call|entscheidung|entschieden|decidido|beslissing|besluit"
    r"|besloten)\b"
)
#: A word in the consequence that points back at the day: "so we'll let you know then".
_BACK: Final = lazy_pattern(
    r"\b(?:then|by then|that day|dann|bis dahin|an dem tag|d'ici la|ce jour-la|a ce moment-la"
    r"|entonces|para entonces|ese dia|tegen die tijd|die dag|dan pas|dan laat|dan hoor"
    r"|at that point|a ce moment la|en ese momento|op dat moment|zu diesem zeitpunkt)\b"
)


def same_clause(sentence: str, start: int, cue: int) -> bool:
    """True when no clause break parts ``start`` and ``cue`` that the promise does not undo."""
    breaks = list(_BREAK.finditer(sentence, start, cue))
    if not breaks:
        return True
    last = breaks[-1]
    if last["event"] is not None:  # "dès que j'ai sa décision": the day decided before
        # ... or the thing done that day: "bis zum 11.12. ab; sobald es so weit ist, melde ich"
        return (_DECISION.search(sentence, last.end(), cue + 40) is not None
                or _AFTER_IT.match(sentence, last.start("event")) is not None)
    if _THEN.match(sentence, last.end()):
        return True
    if last.group() == ";" and (_AFTER_IT.search(sentence, last.end(), cue + 40) is not None
                                or _BACK.search(sentence, last.end(), cue + 40) is not None):
        return True  # "à la mi-janvier ; je vous recontacte à ce moment-là" (probe-dates4)
    return last["so"] is not None and _BACK.search(sentence, last.end()) is not None


#: Where one clause ends and the next begins: a semicolon, a dash between spaces ("by Friday,
#: December 18 - we want to wrap this up before the holidays": two clauses, t17of).
_PARTS: Final = lazy_pattern(r";| [-\u2013\u2014] ")


def nearest_in_each_clause(sentence: str, after: Sequence[tuple[int, Found]]) -> list[Found]:
    """Of (distance from its promise word, date) pairs, the nearest for each clause.

    Clauses part at a semicolon or a dash: "le comité se réunit cette semaine; vous aurez une
    réponse d'ici le 4 décembre" holds two promise words, one per clause, and the answer's
    day is the second clause's (``core.dates`` then keeps the later, the outer bound).
    """
    nearest: dict[int, tuple[int, Found]] = {}
    # where each part ends, found once: a long mail's (word, day) pairs ran to thousands,
    # each counting the parts before it anew. A part counts before a promise word when it
    # ends at or before it, as when the sentence is cut there.
    ends = [part.end() for part in _PARTS.finditer(sentence)]
    for distance, item in after:
        clause = bisect_right(ends, item.start - distance)  # its promise word's
        if clause not in nearest or distance < nearest[clause][0]:
            nearest[clause] = (distance, item)
    # the work of today, then the answer's day said after a later promise word: "will review
    # your case today and we will let you know the result by tomorrow" (probe-dates11)
    for clause, (_, item) in nearest.items():
        if _TODAY.fullmatch(item.text) is None:
            continue
        later = [(distance, other) for distance, other in after
                 if other.start - distance > item.end
                 and bisect_right(ends, other.start - distance) == clause]  # fmt: skip
        nearest[clause] = min(later, key=lambda pair: pair[0], default=nearest[clause])
    return [item for _, item in nearest.values()]


#: The day it was written, said as such (folded).
_TODAY: Final = lazy_pattern(r"today|heute|aujourd'hui|hoy|vandaag")


#: A bound said after a day, set off by a comma: "morgen, voor de kerstdagen", "tomorrow,
#: before the holidays", "Montag, noch vor den Feiertagen" (folded): why the day is soon.
_COMMA_BETWEEN: Final = lazy_pattern(r"\s*,\s*(?:(?:still|noch|nog|encore|aun|toujours)\s+)?$")
_BOUND: Final = lazy_pattern(r"(?:before|vor|avant|antes|voor)\b")


def apposed_day(sentence: str, last: Found, before: Sequence[Found]) -> Found:
    """The day ``last`` stands beside when it is only a bound set off after it.

    "morgen, voor de kerstdagen, krijg je uitsluitsel" promises tomorrow: Christmas is
    why it is soon, not when (probe-dates5). Any other ``last`` is itself.
    """
    if _BOUND.match(last.text) is None:
        return last
    for item in before:
        gap = sentence[item.end : last.start]
        if item.end <= last.start and item.day <= last.day and _COMMA_BETWEEN.match(gap):
            return item
    return last


#: What parts the later promise's clause from the first day: "am Mittwoch ..., am Donnerstag"
#: ("by COB Thursday next week" is one day, said twice).
_CLAUSE_WORDS: Final = ("and", "und", "et", "y", "en", "then", "dann", "puis", "luego", "dan")
_NEW_CLAUSE: Final = lazy_pattern(rf"[,;]|\b(?:{'|'.join(_CLAUSE_WORDS)})\b")
#: The longest text ``_NEW_CLAUSE`` matches.
_LONGEST_PART: Final = max(map(len, _CLAUSE_WORDS))


def _parted_from(sentence: str, past: int) -> Callable[[int], bool]:
    """Whether a new clause starts between ``past`` and a position, as a search up to it says.

    Each day of a long mail searched the whole stretch from ``past`` again (a thousand
    searches a body in a first sync). The first part found past ``past`` answers for every
    end it lies before; only one ending at the end itself, a word cut there ("and" of
    "andere") that the whole text does not hold, needs the few characters before it.
    """
    first = _NEW_CLAUSE.search(sentence, past)

    def before(end: int) -> bool:
        if first is not None and first.end() <= end:
            return True
        return _NEW_CLAUSE.search(sentence, max(past, end - _LONGEST_PART - 1), end) is not None

    return before


def fronting_later_cue(
    sentence: str, nearest: Sequence[Found], found: Sequence[Found], cues: Sequence[int]
) -> list[Found]:
    """Days after the ``nearest`` ones that open a later promise's own clause.

    "Entscheidung fällt am Mittwoch im Führungskreis, am Donnerstag ruf ich dich an": the
    decision's day is Wednesday, the call's, which she waits for, Thursday (probe-dates5).
    A day before them ("the start date is 4 January and we'll confirm by Friday") is not.
    """
    if not nearest:
        return []
    past = max(item.end for item in nearest)
    parted = _parted_from(sentence, past)
    return [
        item for item in found
        if item.start >= past and parted(item.start) and any(
            item.end <= cue and same_clause(sentence, item.end, cue) for cue in cues
        )
    ]  # fmt: skip


#: How near before a verb-final promise word its day stands: "ik laat het je woensdag weten".
_VERB_FINAL_REACH = 25
#: A bound in front of the later day: a deadline of the promise, never another's day
#: ("nos comprometemos a darle una respuesta, sea cual sea, antes del 15": w13rj-006).
_BOUND_IN_FRONT: Final = lazy_pattern(
    r"\b(?:by|before|until|no later than|bis|vor|spatestens|avant|d'ici|au plus tard|antes"
    r"|hasta|a mas tardar|voor|uiterlijk|tot)\b[^,;]{0,12}$"
)


def verb_final_days(
    sentence: str, after: Sequence[tuple[int, Found]], found: Sequence[Found], cues: Sequence[int]
) -> list[tuple[int, Found]]:
    """``after`` without the days of another clause behind a verb-final promise's own day.

    German and Dutch put the promise's verb last, its day before it: "ik laat het je
    woensdag weten, de manager zit morgen nog in de sessies", "ich sage dir Mittwoch
    Bescheid, der Chef ist morgen noch in Meetings" promise Wednesday; tomorrow, after the
    comma, is the manager's (probe-dates10). A day after the comma still counts when its
    clause holds a promise word of its own or bounds the answer ("..., spätestens aber
    Montag", ``core.deadline_words.at_the_latest``).
    """
    kept = []
    ends = sorted(day.end for day in found)  # the days just before a cue, found by bisection
    ordered = sorted(cues)  # a promise word between the comma and the day, by bisection too
    bounds: dict[int, bool] = {}  # a day's own bound, read once, not once per promise word

    def bounded(item: Found) -> bool:
        known = bounds.get(id(item))
        if known is None:
            known = bounds[id(item)] = at_the_latest(sentence, item) or _BOUND_IN_FRONT.search(
                sentence, max(0, item.start - 30), item.start
            ) is not None
        return known

    for distance, item in after:
        cue = item.start - distance
        comma = sentence.rfind(",", cue, item.start)
        near = ends[bisect_left(ends, cue - _VERB_FINAL_REACH) : bisect_right(ends, cue)]
        own_day = any("," not in sentence[end:cue] for end in near)
        later = bisect_right(ordered, comma)  # the first promise word after the comma
        if (comma < 0 or not own_day or (later < len(ordered) and ordered[later] <= item.start)
                or bounded(item)):  # fmt: skip
            kept.append((distance, item))
    return kept


def first_from_each(
    pattern: re.Pattern[str], sentence: str, starts: Sequence[int]
) -> dict[int, re.Match[str] | None]:
    """``pattern.search(sentence, start)`` for each of ``starts`` (ascending), searched seldom.

    A match found from one start is the first from every later start up to it, and none
    found is none from any later one: a long mail's dozens of promise words each searched
    the rest of its sentence for a reason ("..., da unser Bereichsleiter ...").
    """
    found: dict[int, re.Match[str] | None] = {}
    last: re.Match[str] | None = None
    searched = False
    for start in starts:
        if not searched or (last is not None and last.start() < start):
            last = pattern.search(sentence, start)
            searched = True
        found[start] = last
    return found
