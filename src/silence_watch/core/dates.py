"""Dates stated in a message: a promise to answer, the end of an absence, a restart.

Everything resolves against the message's own date in the sender's own offset: "by
Friday" means the sender's Friday. What each date phrase means ("by Friday", "Anfang
nächster Woche", "4 Dec") is ``core.datephrases``; this module finds the phrase that
answers the question asked:

- ``promised_date``: the day by which the sender says they will answer ("we'll get back
  to you by Friday", "wir melden uns bis Ende nächster Woche", "nous reviendrons vers
  vous d'ici le 20 novembre"). Only sentences with a promise cue are read, and in them
  the date nearest after the cue (else nearest before it), so "we interview two more
  people next week and will decide by 12/4" is December 4, not next week; of several
  promises, the latest (the outer bound).
- ``revisit_date``: when a paused process is to be picked up again.

The end of an out-of-office is ``core.absences``, which reads dates the same way.

A date more than 200 days after the message is dropped unless the text names its year.
Numbers like 11/16 are read month first in English and day first in the other languages
(a part over 12 is the day either way), and day first from an English writer the message
shows to be British (``core.date_order``; the caller says so with ``day_first``). A
promise's dates are read as deadlines (``Context.deadline``): a day alone is the next
one, a numeric date takes its near order (``core.numeric_dates``). What the words around
a date change (a meeting's day, "at the latest", an old promise taken back) is
``core.deadline_words``.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import Context
from silence_watch.core.chained_dates import chained
from silence_watch.core.corrected_dates import corrected
from silence_watch.core.date_ranges import range_end
from silence_watch.core.datephrases import END_OF_DAY, Found, dates_in
from silence_watch.core.datewords import MONTHS, SHORT_WEEKDAYS, WEEKDAYS
from silence_watch.core.deadline_words import (
    at_the_latest,
    her_time,
    meetings_day,
    opening_hours,
    recalled,
    rolled_ahead,
)
from silence_watch.core.denied_promises import denied, still_today
from silence_watch.core.language import fold, language_of
from silence_watch.core.late_promises import excused
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.numbered_periods import without_numbered_periods
from silence_watch.core.pause_periods import (
    CLAUSE_BREAK,
    DONE_ON,
    NAMED_DAY,
    RESUME_CUES,
    UNTIL_THEN,
    period_after,
    told_how,
    until_an_event,
)
from silence_watch.core.promise_clauses import (
    apposed_day,
    first_from_each,
    fronting_later_cue,
    nearest_in_each_clause,
    same_clause,
    verb_final_days,
)
from silence_watch.core.promise_cues import has_promise_cue, promise_cues
from silence_watch.core.return_promises import on_return
from silence_watch.core.shorthand import expanded
from silence_watch.core.spans_after_day import from_day_before
from silence_watch.core.spelled_days import spells_a_day

if TYPE_CHECKING:
    from collections.abc import Container


_FAR: Final = timedelta(days=200)
#: The hour the business day ends in the writer's zone: "COB Thursday" after it is next week's.
_CLOSE_OF_BUSINESS: Final = 17
#: The space after a sentence: after "!" or "?", after "." that ends a word (not "z.B."
#: or "3."), or after a date's year ("am 20.11.2026."). Written to start with the space,
#: which ``re`` finds fast, for text whose spaces are single (``sentences`` makes it so).
_SENTENCE_END: Final = lazy_pattern(
    r" (?<=[.!?] )(?:(?<=[!?] )|(?<=[^\s.\d]{3}\. )(?!(?<=\d (?i:std)\. )[a-z])"  # 48 Std. eine
    r"|(?<=\d\.\d\d\d\d\. )"
    # a two-letter word ends one too ("... contártelo yo. Lamentablemente"), not a title
    r"|(?<=\s[^\W\d]{2}\. )(?<!(?i:\s(?:dr|mr|ms|st|sr|jr|nr|no|co|vs|ca|hr|fr|mt|pr)\. )))",
)
_PARAGRAPH_END: Final = lazy_pattern(r"\n\s*\n")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, folded (paragraphs never run into each other)."""
    return [folded for sentence in plain_sentences(text) if (folded := fold(sentence))]


def plain_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as written, each on one line ("Dr. Roux" ends none)."""
    return [
        part
        for paragraph in _PARAGRAPH_END.split(text)
        for part in _SENTENCE_END.split(" ".join(paragraph.split()))
        if part
    ]


def reading_context(
    text: str,
    sent_at: datetime,
    holidays: Container[date],
    language: str | None,
    *,
    day_first: bool = False,
    deadline: bool = False,
) -> Context:
    """How to resolve dates in ``text``; ``language`` when known (else it is worked out).

    ``day_first``: the writer puts the day first in English too (``core.date_order``).
    """
    spoken = language if language is not None else language_of(text)
    english = spoken in (None, "en")
    return Context(sent_at.date(), english and not day_first, holidays=holidays,
                   deadline=deadline, order_guessed=english,
                   after_hours=sent_at.hour >= _CLOSE_OF_BUSINESS)  # fmt: skip


def kept(found: Found, context: Context) -> bool:
    """False for a date too far ahead to be meant, unless the year is written."""
    return found.names_year or found.day - context.sent <= _FAR


# --- Promises ---------------------------------------------------------------------------

#: A span of time behind them, not ahead: "it's been a busy couple of weeks", "over the
#: past few days" (never "over the next few days"), "two weeks ago", "seit zwei Wochen",
#: "depuis deux semaines".
_BEHIND: Final = lazy_pattern(
    r"(?:\b(?:been|past|over the(?! next| coming| following)|for the|the last|these last"
    r"|seit|letzten|depuis|desde hace|hace|(?<!will )(?<!should )last"  # "by last Friday"
    r"|ultimas|ultimos|afgelopen|(?<!ten )laatste|had|tenido|hatten|gehabt"
    # "la jornada del pasado miércoles", "am vergangenen Mittwoch", "vorige week woensdag"
    r"|pasad[oa]|vergangenen|vorigen|vorige)"
    r"(?: a| the)?(?: \w+)?"
    # a meeting gone by: "thanks for coming in on Friday", "since we spoke on Monday"; never
    # one awaited, "once the panel has met on Thursday I'll be in touch" (probe-dates4)
    r"|\b(?:coming in|came in|(?<!has )(?<!have )(?<!'ve )met|spoke|talked|chatted)"
    r"(?: with (?:the )?\w+)? (?:on|last))\s*$"
)
#: Matched where the span ends (``match``: a ``search`` of the rest was quadratic).
_AGO: Final = lazy_pattern(r"\s*(?:ago|her|zuvor|plus tot|atras|dernier|derniere|pasado|jl)\b")


def _looking_back(sentence: str, item: Found) -> bool:
    """True when a relative span in ``sentence`` (folded) is time gone by, not a day to come."""
    before = sentence[max(0, item.start - 24) : item.start]
    return _BEHIND.search(before) is not None or _AGO.match(sentence, item.end) is not None

#: Someone's leave next to a date: "Ilse is de komende weken met verlof", "I'm out of the
#: office until Friday", "bin bis 4.12. im Urlaub", their last day or the office's closure:
#: when they are away, which promises nothing about an answer (folded).
_AWAY: Final = lazy_pattern(
    r"\b(?:met verlof|(?:op|met) vakantie|afwezig|vrij genomen|on (?:leave|vacation|holiday|pto"
    r"|parental leave)|out of (?:the )?office|ooo|(?<!right )away|off work|im urlaub|in urlaub"
    r"|in elternzeit|abwesend|nicht im buro|en conge\w*|en vacances|absente?s?|en deplacement"
    r"|de vacaciones|(?:off|out) sick|on sick leave|krankgeschrieben|en arret maladie|ziek"
    r"|de baja|de permiso|ausente|fuera de la oficina|no (?:vuelve|regresa|esta) hasta"
    r"|(?:is not|isn't|won't be|not) back (?:until|till|before)|ne (?:rentre|revient) que"
    r"|pas de retour avant"
    # "Ted is out until the 4th", "fuera hasta el 4", "weg tot de 4e" (tester round u04cw)
    r"|(?<!works )(?<!figure )(?<!find )out (?:until|till|through|thru)|fuera hasta|weg tot"
    # the day someone leaves: "this Friday (the 13th) is my last day" (tester round t44hx)
    r"|(?:my|her|his|their) last day|(?:mein|ihr|sein) letzter (?:arbeits)?tag|(?:mon|son)"
    r" dernier jour|(?:mi|su) ultimo dia|(?:mijn|haar|zijn) laatste (?:werk)?dag"
    # the day the writer leaves or moves on: "je quitte Hexalia vendredi" (w12fd, w8fr)
    r"|je quitte|(?:i'm|i am|i'll be) (?:leaving|moving to)|je rejoins|me incorporo|dejo la"
    r" empresa|ich verlasse|verlasse ich|ich wechsle|wechsle ich|ik vertrek|ik verlaat"
    # the office closed: "our office is closed from Dec 24 to Jan 4; we will be in touch",
    # "ist vom 23.12. bis 3.1. geschlossen" (probe-dates3); never "a firm offer" ("ferme")
    r"|(?:is|are|will be|remains?|be|offices?) closed|geschlossen|gesloten|(?:sera|seront|est"
    r"|sont|restera|resteront) fermee?s?|(?:permanecer\w*|estar\w*|esta|estan) cerrad[oa]s?)\b",
    grouped=True)
#: Where a clause ends, around a date: "Ilse is away this week, so I'm writing to you",
#: "we'll get back to you by Dec 23 - the office is closed from the 24th".
_CLAUSE_EDGE: Final = lazy_pattern(
    r"[,;:]|\b(?:and|but|so|und|aber|also|dann|et|mais|donc|y|pero|asi que|maar|dus|daarna)\b"
    # a dash between clauses, never inside a range of days ("closed Dec 24 - Jan 4")
    r"|\s[-\u2013\u2014]\s(?=[^\W\d])(?!(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b)"
)
_AWAY_REACH = 30


def _while_away(sentence: str, item: Found) -> bool:
    """True when ``item`` in ``sentence`` (folded) says when someone is on leave."""
    before = sentence[max(0, item.start - _AWAY_REACH) : item.start]
    before = before[max((edge.end() for edge in _CLAUSE_EDGE.finditer(before)), default=0) :]
    after = sentence[item.end : item.end + _AWAY_REACH]
    edge = _CLAUSE_EDGE.search(after)
    after = after if edge is None else after[: edge.start()]
    return _AWAY.search(before) is not None or _AWAY.search(after) is not None




#: A tag question after a statement ("te escribo la semana que viene, va?", "..., ok?",
#: "..., is dat ok?", "..., ça vous va ?"): the sentence promises; it asks nothing (folded).
_TAG_QUESTION: Final = lazy_pattern(
    r",\s*¿?(?:va|vale|ok|okay|oki|right|alright|yes|si|no|non|oder|ja|ne|gell|nicht wahr"
    r"|d'accord|de acuerdo|verdad|sounds? good|goed|is dat (?:ok|goed|prima)|prima"
    r"|ca (?:te|vous) va|ca va|c'est bon|einverstanden|passt(?: dir| ihnen| euch)?(?: das)?"
    r"|dale|sale"
    r"|te parece|le parece|cool|fine|okey)\s*\?+\s*$"
)
#: A reason after the promise ("... keine Entscheidung mitteilen, da unser Bereichsleiter
#: diese Woche im Urlaub ist"): a date in it is why, not when (folded).
_BECAUSE: Final = lazy_pattern(
    r"(?:,| -) (?:da|weil|because|since|car|parce qu|puisqu|porque|ya que|omdat|aangezien)\b"
)
_END_OF_TODAY: Final = lazy_pattern(END_OF_DAY)


def _ahead(sentence: str, context: Context) -> list[Found]:
    """The dates of ``sentence`` not before the day it was written."""
    return [item for item in dates_in(sentence, context) if item.day >= context.sent]


def promised_date(
    text: str,
    sent_at: datetime,
    holidays: Container[date] = frozenset(),
    language: str | None = None,
    *,
    day_first: bool = False,
) -> date | None:
    """The day an employer promised to answer by, or None when no promise names one."""
    found = promise(text, sent_at, holidays, language, day_first=day_first)
    return None if found is None else found.day


def names_its_day(found: Found) -> bool:
    """Whether a date phrase names its day ("Friday", "4 December", "4.12.").

    "After the holidays", "next week", "in two weeks" and a month alone ("Mitte Dezember",
    "Anfang Jänner", "by mid-month") say a day without naming it, and so does a week or
    a quarter by its number ("KW 1", "semaine 50", "Q1"): a draft may not put the day
    silence-watch reads into them in the employer's mouth.
    """
    text = without_numbered_periods(fold(found.text))  # "KW 1", "Q1": a period, no day
    if any(character.isdigit() for character in text):
        return True
    words = text.replace(",", " ").split()  # "the twenty-first" names it too (probe-dates7)
    return any(word.rstrip(".") in _DAY_WORDS for word in words) or spells_a_day(text)


_DAY_WORDS: Final = frozenset(
    word for word in WEEKDAYS
    if len(word) > 3  # "mon", "sun": words of their own in other languages
) | SHORT_WEEKDAYS.keys()  # "meld mich Fr": found only where it is a day


#: A pause with no end: a day in its sentence is something else's ("indefinitely", folded).
_INDEFINITE: Final = lazy_pattern(
    r"\b(?:indefinitely|until further notice|auf unbestimmte zeit|bis auf weiteres|sine die"
    r"|jusqu'a nouvel ordre|indefiniment|indefinidamente|hasta nuevo aviso|voor onbepaalde tijd"
    r"|tot nader order)\b"
)


def promise(
    text: str,
    sent_at: datetime,
    holidays: Container[date] = frozenset(),
    language: str | None = None,
    *,
    day_first: bool = False,
) -> Found | None:
    """The date phrase of the employer's promise to answer, as ``promised_date`` reads it."""
    text = expanded(text)  # "will LYK by Fri", "bis Mi. eine Rückmeldung" (u49sh)
    folded = fold(text)
    sorry = excused(folded)  # "dsl journée de fou, demain sans faute" (u26sh)
    if not has_promise_cue(folded) and not sorry:
        return None  # each sentence is part of the whole: none of them holds a cue
    context = reading_context(text, sent_at, holidays, language, day_first=day_first,
                              deadline=True)  # fmt: skip
    promised: list[Found] = []
    outer: list[Found] = []  # the days said to be the latest ("by the 9th at the latest")
    previous = ""
    # "..., va?" asks nothing new: the sentence before the tag promises
    said = [_TAG_QUESTION.sub("", part) for part in sentences(text)]
    for sentence, following in zip(said, [*said[1:], ""], strict=True):
        if previous and on_return(sentence) and not dates_in(sentence, context):
            sentence = f"{previous} {sentence}"  # noqa: PLW2901 - "absente jusqu'à lundi. ..."
        cues = promise_cues(sentence, excused=sorry)  # not in "geben Sie mir ... Bescheid"
        if not cues or sentence.rstrip().endswith("?") or _INDEFINITE.search(sentence):
            # a question asks the candidate ("could you reply with times for a call during
            # the week of 30 November?"): the answer they wait for is the candidate's
            previous = sentence
            continue
        own = [item for item in dates_in(sentence, context)
               if kept(item, context) and item.day >= context.sent]  # a promise is never past
        found = chained(sentence, from_day_before(sentence, [
            item for item in own
            if not _looking_back(sentence, item)
            and not (_while_away(sentence, item) and not on_return(sentence))  # "a mi vuelta"
            and not meetings_day(sentence, item) and not her_time(sentence, item)
            and not opening_hours(sentence, item)
            and not recalled(sentence, item, following) and not denied(sentence, item)
        ], context), functools.partial(_ahead, previous, context), own)  # fmt: skip
        previous = sentence
        if not found:
            continue
        because = first_from_each(_BECAUSE, sentence, cues)  # not one a date, nor a cue: n²
        after = [
            (item.start - cue, item) for item in found for cue in cues
            if item.start >= cue and ((why := because[cue]) is None or why.end() > item.start)
        ]  # fmt: skip
        after = verb_final_days(sentence, after, found, cues)  # "je woensdag weten, ... morgen"
        if after:
            nearest = nearest_in_each_clause(sentence, after)  # a range: its last day
            promised.extend(range_end(sentence, item, found) for item in nearest)
            # "Entscheidung fällt am Mittwoch, am Donnerstag ruf ich dich an": the call's day
            promised.extend(fronting_later_cue(sentence, nearest, found, cues))
            # each date once, not once per cue after it (a long mail's pairs ran to thousands)
            latest = {id(item): item for _, item in after}.values()
            outer.extend(item for item in latest if at_the_latest(sentence, item))
            continue
        # A date before the promise counts only within its clause ("bis Freitag melde ich
        # mich"), or across a semicolon or a ", so" when the promise refers back ("...; then
        # I'll write"): "this week we interview; we'll let you know the outcome" has none,
        # nor "vrijdag is het Sinterklaas-chaos, dus ik laat je pas na Sinterklaas weten"
        # (``core.promise_clauses``).
        # The very day it was written, before the promise, is when something else happens
        # ("I'll chase the team today and get back to you"), not when the answer comes,
        # unless it is the end of that day ("antes de terminar el día, te compartimos").
        # A day alone read ahead counts there only after "by", "bis", "avant" ...: "the
        # panel convened on the 2nd and we'll let you know" is the 2nd gone by.
        before = [
            item for item in found
            if any(item.end <= cue and (same_clause(sentence, item.end, cue) or on_return(sentence))
                   for cue in cues)
            and (item.day > context.sent or _END_OF_TODAY.search(item.text) is not None
                 or still_today(sentence, item, cues))  # "heute noch eine Antwort"
            and not rolled_ahead(sentence, item, context)
        ]  # fmt: skip
        if before:  # a week named by its day, before the promise: its Friday ("week van")
            last = apposed_day(sentence, max(before, key=lambda item: item.end), before)
            promised.append(range_end(sentence, last, found))
            outer.extend(promised[-1:] if at_the_latest(sentence, last) else [])
    # "a decision is planned in the next few days; we will answer by the 20th": the
    # outer bound is the promise; one said to be the latest is that bound.
    # a day corrected further down ("please read that as Wednesday 16th": w18pr) replaces it
    return corrected(said, context, max(outer or promised, key=lambda item: item.day,
                                        default=None))  # fmt: skip


# --- A paused process -------------------------------------------------------------------


def revisit_date(
    text: str,
    sent_at: datetime,
    holidays: Container[date] = frozenset(),
    language: str | None = None,
    *,
    day_first: bool = False,
) -> date | None:
    """The day a paused process is to be picked up again, or None when none is given.

    Its words are ``core.pause_periods``'. Of several days none of which it names ("for a
    few weeks", "until January"), the latest: never a nudge before the pause is over.
    """
    context = reading_context(text, sent_at, holidays, language, day_first=day_first)
    later: list[date] = []  # spans ("for a few weeks"), months, quarters, the new year
    # each clause after a semicolon may say its own too: "..., ruht das Verfahren; wir
    # nehmen es in der zweiten Januarwoche wieder auf"
    for sentence in (part for whole in sentences(text) for part in
                     [whole, *whole.split(";")[1:]]):  # fmt: skip
        cue = RESUME_CUES.search(sentence)
        if cue is None or _INDEFINITE.search(sentence):
            # "I have to cancel Thursday's interview" is not when it resumes; nor is "postpone
            # the interviews indefinitely, and that includes your panel on Tuesday"
            continue
        at = cue.start()
        dates = dates_in(sentence, context)
        # "we announced a reorganisation on Friday, and the role is on hold until it is
        # done": a day in another clause before the cue is when it began, not when it ends;
        # so is one before a pause until an event, or before "how we resume" (they tell)
        back = UNTIL_THEN.search(sentence) is not None  # "approved in March ... till then"
        before_counts = not until_an_event(sentence, cue, [item.start for item in dates])
        before_counts = back or (before_counts and not told_how(sentence, at))
        found = [
            item for item in dates
            if kept(item, context) and item.day > context.sent
            and not DONE_ON.search(sentence, max(0, item.start - 30), item.start)
            and (item.end > at or (before_counts and (back or not CLAUSE_BREAK.search(
                sentence, item.end, at))))
        ]  # fmt: skip
        if found and NAMED_DAY.search(found[0].text):
            return found[0].day
        later.extend(item.day for item in found[:1])  # "für einige Wochen ... bis 11.1."
        # a month or the new year outside the dates read ("im neuen Jahr" is one of them);
        # "im neuen Jahr fortsetzen": a verb at the clause's end, its time before it
        rest = functools.reduce(lambda s, i: s[: i.start] + " " * (i.end - i.start) + s[i.end :],
                                dates, sentence)  # fmt: skip
        clause = 0 if back else max((b.end() for b in CLAUSE_BREAK.finditer(sentence, 0, at)),
                                    default=0)
        period = period_after(rest[at:], context) or (
            period_after(rest[clause:at], context) if before_counts else None)
        # "revisit in September" written in December names no year: too far to be meant
        if period and (period - context.sent <= _FAR or re.search(r"\b20\d\d", sentence)):
            later.append(period)
    return max(later, default=None)
