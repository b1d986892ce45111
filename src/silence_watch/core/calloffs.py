"""Mail that calls off or moves a meeting in words, and which round it changes. Pure.

A calendar CANCEL or an updated invitation moves a round by itself (``core.invites``).
People often write instead: "I'm afraid we need to cancel Wednesday's panel", "Could we
push your interview to Thursday, December 10 at 2:00 PM?", "wir müssen das Gespräch
leider verschieben". Such a message, from the employer's side and written before a
round, ends that round as planned: no thank-you for a meeting that never took place. One
written just after a round began, before its thank-you is due, may still move it ("the
interviewer was pulled into an emergency; I've moved you to Thursday at 10"), never call
it off: the meeting did not happen, and the round is where the mail says.
When it names exactly one new time, the round moves there; otherwise it is called off
until a new time is set (by an invitation, ``add N`` in the digest, or ``interviews
add``).

Offers of a choice are not changes: "if you need to reschedule, use this link" in an
invitation, "feel free to move the call" or "no need to cancel" leave the round alone.

A move is often stated, done, with where it went: "I've moved you to Tuesday, November 24
at 3:00 PM", "your interview is now on Wednesday", "ich habe Sie auf Dienstag verschoben",
"nous avons déplacé votre entretien au mardi", "hemos cambiado la entrevista al martes",
"ik heb je verplaatst naar dinsdag". Such a message moves the round to the new time it
names, and never calls it off by itself: the time it names may be the round's own,
confirmed (a day alone keeps the round's hour). Progress is no move ("we've moved you to
the next round", "we've moved forward with other candidates"), nor is a new office ("the
office has moved to ...").

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calloff_forms import (
    MORE_CALLOFFS,
    MORE_STATED,
    MORE_STATED_HINTS,
    PROPOSED,
    moved_softly,
)
from silence_watch.core.calloff_words import (
    CAMBIADO,
    CHANGE_VERB,
    CHANGED,
    CLAUSE,
    DATE_AFTER,
    DAY_AFTER_NEXT,
    DENIED_CHANGE,
    DEPLACE,
    FILLER,
    MEETING,
    MOVED_ONE,
    NEXT_ROUND,
    ONWARD,
    ONWARD_DONE,
    POSSESSIVE_DAY,
    SAME_HOUR,
    SUBJECT_CHANGED,
    WHEN,
    WHOSE,
)
from silence_watch.core.format_changes import only_the_form
from silence_watch.core.ladder import THANK_YOU_DELAY
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.meetingtimes import slots_in
from silence_watch.core.missed_rounds import offered_instead
from silence_watch.core.move_destinations import destination, named_days, new_slots
from silence_watch.core.other_meetings import not_the_round
from silence_watch.core.standing_rounds import round_stands

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, tzinfo

    from silence_watch.core.meetingtimes import Slot
    from silence_watch.core.model import Interview

_PATTERNS: Final = tuple(
    lazy_pattern(pattern) if isinstance(pattern, str) else pattern
    for pattern in (
        # "we need to cancel Wednesday's panel", "could we push your interview to ..."
        rf"\b{CHANGE_VERB}{ONWARD}\s+(?:{WHOSE}\s+)?{FILLER}{MEETING}\b",
        # "the interview is cancelled", "das Gespräch muss leider verschoben werden", "your
        # interview on Tuesday 17 November 2026 at 10:00 has been cancelled"
        rf"\b{MEETING}\b{CLAUSE}{{0,70}}\b{CHANGED}{ONWARD_DONE}\b",
        SUBJECT_CHANGED,  # "tu entrevista del jueves 3 ... con Iker ha quedado cancelada"
        # "we need to cancel", "I have to reschedule": someone says it, not a link's label
        (
            r"\b(?:we|i|we'll|i'll|we'd|i'd|we're|i'm|we've|i've)\s+(?:\w+\s+)?(?:need|have|had|must"
            r"|going)\s+to\s+(?:cancel|postpone|reschedule|call it off)\b(?!\s+my\b)"
        ),  # "I had to cancel my 2pm, so could we start at 3?": their own meeting
        # German puts the verb last: "müssen wir das Gespräch am Donnerstag verschieben"
        r"\b(?:mussen|muss) (?:wir|ich) (?:[\w.]+ ){0,5}(?:absagen|verschieben|verlegen)\b",
        rf"\b{MEETING}\b{CLAUSE}{{0,40}}\b(?:absagen|verschieben|verlegen)\b",
        r"\b(?:devons|dois|devoir) (?:\w+ ){0,3}(?:annuler|reporter|decaler)\b",
        r"\b(?:tenemos|tengo) que (?:\w+ ){0,2}(?:cancelar|aplazar|posponer|reprogramar)\b",
        r"\b(?:moeten|moet) (?:\w+ ){0,5}(?:afzeggen|annuleren|verzetten|verplaatsen)\b",
        # "push it to the same time next week", "on décale à jeudi", "verschieben wir auf
        # übermorgen", "¿podríamos pasar la entrevista al jueves?"
        (r"\b(?:push|move|shift|bump) (?:it|this|things) (?:back )?(?:to|until|till)\b"
        r"(?! the next (?:round|stage|step))"),
        r"\b(?:on|nous) (?:le |la |l')?(?:decale|deplace|reporte|avance)\w* (?:a|au)\b",
        r"\b(?:verschieben|verlegen) wir\b",
        rf"\bpas(?:ar|amos|emos|o) (?:{WHOSE} )?{MEETING} (?:al|para el)\b",
        *MORE_CALLOFFS,  # "se cancela la entrevista", "gaat niet door", "rearrange"
    )
)
#: Words that make the rest of their sentence an option or a denial, not a change.
_NOT_A_CHANGE: Final = lazy_pattern(
    r"\b(?:if|should you|in case|whether|feel free|you can|you may|option|no need"
    r"|don't|do not|won't|will not|not going|falls|wenn|sollten sie|konnen sie|kein grund"
    r"|si vous|si tu|au cas|pouvez|n'hesitez|pas besoin|si necesita|si usted|en caso"
    r"|puede|no dude|no hace falta|als je|als u|indien|mocht|kun je|kunt u|niet nodig)\b"
)
#: A polite "if" that asks nothing conditional: "would you mind if we push it", "wenn es
#: Ihnen passt, verschieben wir", "si te parece, lo pasamos al jueves" (folded).
_POLITE: Final = lazy_pattern(
    r"\b(?:would|do) you mind if|\b(?:is it )?ok(?:ay)? if|\bwenn es (?:ihnen|dir|euch)"
    r" (?:passt|recht ist)|\bsi (?:cela|ca) (?:vous|te) (?:convient|va)|\bsi (?:te|le|les)"
    r" (?:parece|viene bien)|\bals het (?:u|je|jou) (?:uitkomt|past)"
)

#: How far a new time must be from the old one to be a move, not the old time repeated.
_SAME_TIME: Final = timedelta(minutes=30)

#: After "Cancel meeting:", a link or a button's words: a label, not news. After
#: "... verschieben: Herr Strasser muss ..." the reason comes, and it is news.
_LINK_AFTER: Final = lazy_pattern(
    r"\s*(?:$|<?https?:|www\.|\S+@\S+|(?:click|tap|klicken|klicke|cliquez|clique|haga clic"
    r"|pulse|klik)\b)"
)
#: Lines this short are buttons or links' labels ("Reschedule this meeting"), not news.
_A_LABEL: Final = 4

#: Moving done, with where to: the participle, whom it moved, the new day or time.
_STATED: Final = tuple(
    lazy_pattern(pattern)
    for pattern in (
        # "I've moved you to Tuesday", "we've rescheduled your interview for Monday at
        # 9:30", "I moved the call from Thursday to Friday at 10"
        (
            r"\b(?:moved|rescheduled|pushed|bumped|shifted|switched|changed|rebooked)\s+"
            rf"{MOVED_ONE}\s+(?:back\s+|over\s+)?(?:from\s+{CLAUSE}{{1,40}}?\s+)?"
            rf"(?:to|for|until|till)\s+{WHEN}"  # "moved you on Monday": when, not where
        ),
        # "it's been moved to Tuesday", "you've been rescheduled for Monday"
        (
            r"\b(?:it|you|it's|you've|you're|it has|you have|you are|it is)\s+(?:been\s+)?"
            r"(?:moved|rescheduled|pushed|bumped|shifted|rebooked)\s+(?:back\s+)?"
            rf"(?:to|for|until|till)\s+{WHEN}"
        ),
        # "your interview is now on Wednesday", "you're now booked for Tuesday the 24th"
        (
            rf"\b(?:{MEETING}|you're|you are|we're|we are)\s+(?:is\s+|will be\s+)?now\s+"
            r"(?:(?:be\s+)?(?:scheduled|set|booked|planned|taking place|happening)\s+)?"
            rf"(?:on|at|for)\s+{WHEN}"
        ),
        # "ich habe Sie auf Dienstag, 24. November um 15 Uhr verschoben", "den Termin auf
        # Montag verlegt"; "Ihr Gespräch findet nun am Dienstag statt"
        (
            rf"\b(?:sie|dich|euch|es|ihn|{MEETING})\s+(?:\w+\s+){{0,2}}?auf\s+"
            rf"{WHEN}{CLAUSE}{{0,50}}?\b(?:verschoben|verlegt|umgebucht|umgelegt)\b"
        ),
        (
            rf"\b{MEETING}\s+(?:\w+\s+){{0,2}}?(?:findet|ist|liegt)\s+(?:jetzt|nun|neu)\s+"
            rf"(?:am|auf|fur)\s+{WHEN}"
        ),
        # "nous avons déplacé votre entretien au mardi", "je vous ai décalée à jeudi 10h",
        # "votre entretien a été reporté au lundi"; never "(d'autres entrevues) ayant dû
        # être reportées à la semaine prochaine", with no one's meeting named
        (
            rf"\b(?:(?:vous|t'|te|l')\s*(?:ai|avons|a)\s+{DEPLACE}|{DEPLACE}\s+(?:{WHOSE}\s*)?"
            rf"{MEETING}|{MEETING}\s+(?:\w+\s+){{0,2}}?(?:a ete|est|sera)\s+{DEPLACE})\s+"
            rf"(?:au|a|pour|le|jusqu'au)\s+{WHEN}"
        ),
        (
            rf"\b{MEETING}\s+(?:\w+\s+){{0,2}}?(?:est|aura)\s+(?:maintenant|desormais)\s+"
            rf"(?:(?:prevue?|fixee?|lieu)\s+)?(?:le|au|a|pour)\s+{WHEN}"
        ),
        # "hemos cambiado la entrevista al martes", "te la he movido al jueves a las 10",
        # "la entrevista ha sido trasladada al lunes"
        (
            rf"\b(?:(?:te|le|la|lo|os|les)\s+(?:la\s+|lo\s+)?(?:he|hemos|ha|han)\s+{CAMBIADO}"
            rf"|{CAMBIADO}\s+(?:{WHOSE}\s+)?{MEETING}|{MEETING}\s+(?:\w+\s+){{0,2}}?"
            rf"(?:ha sido|ha quedado|queda|fue)\s+{CAMBIADO})\s+(?:al|a|para|hasta)\s+{WHEN}"
        ),
        (
            rf"\b{MEETING}\s+(?:\w+\s+){{0,2}}?(?:queda|sera|es|pasa a ser)\s+ahora\s+"
            rf"(?:para\s+)?(?:el\s+)?{WHEN}"
        ),
        # "ik heb je verplaatst naar dinsdag", "ik heb je naar dinsdag verzet", "je gesprek
        # staat nu op donderdag"
        (
            r"\b(?:je|jou|u|jullie|het|ons)\s+(?:\w+\s+){0,2}?(?:verplaatst|verzet|omgezet"
            rf"|doorgeschoven)\s+(?:naar|tot|op)\s+{WHEN}"
        ),
        (
            r"\b(?:je|jou|u|jullie)\s+(?:\w+\s+){0,2}?naar\s+"
            rf"{WHEN}{CLAUSE}{{0,50}}?\b(?:verplaatst|verzet|omgezet)\b"
        ),
        rf"\b{MEETING}\s+(?:\w+\s+){{0,2}}?(?:staat|is)\s+nu\s+(?:gepland\s+)?op\s+{WHEN}",
        *MORE_STATED,  # "I've rearranged your interview for Tuesday"
    )
)
#: A word every stated move has: a paragraph without one is not read against the table.
_STATED_HINT: Final = lazy_pattern(
    r"\b(?:moved|rescheduled|pushed|bumped|shifted|switched|changed|rebooked|now|verschoben"
    r"|verlegt|umgebucht|umgelegt|jetzt|nun|neu|maintenant|desormais|ahora|verplaatst|verzet"
    rf"|omgezet|doorgeschoven|nu|{DEPLACE}|{CAMBIADO}|{MORE_STATED_HINTS})\b"
)
#: Just before the participle (or inside a verb-last clause), words that deny the move:
#: "haven't moved you", "n'avons pas déplacé", "no hemos cambiado", "nicht verschoben".
_NOT_DONE: Final = lazy_pattern(
    r"n't\b|\b(?:not|never|nicht|niet|nooit|jamais)\b|\bn'\w+ pas\b|\bne \w+ pas\b"
    r"|\bno (?:\w+ )?(?:he|hemos|ha|han)\b"
)
#: How much of the sentence before a stated move is read for a denial.
_DENIAL_REACH: Final = 25


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` that can say something, folded; labels and buttons left out."""
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if not all(len(line.split()) <= _A_LABEL for line in lines):
            found.append(fold(" ".join(lines)))  # hard-wrapped sentences read whole
    return found


def _said(
    paragraphs: Sequence[str], patterns: Sequence[re.Pattern[str]], *, done: bool = False,
    going: list[str] | None = None,
) -> list[str]:
    """Each place a sentence of the ``paragraphs`` says, as news, what ``patterns`` read.

    What is returned is the words found (folded), with the date that follows them.
    ``done``: a move stated as done (``_STATED``), which a denial just before it
    ("haven't moved you") takes back. ``going`` collects where each change sends the
    meeting, when its words say ("to Friday").
    """
    said = []
    for folded in paragraphs:
        if done and _STATED_HINT.search(folded) is None:
            continue  # no word of moving: the table would find nothing, only slower
        for pattern in patterns:
            for found in pattern.finditer(folded):
                if _as_news(folded, found, done=done):
                    date = DATE_AFTER.match(folded, found.end())
                    said.append(found.group() + (date.group() if date else ""))
                    if going is not None and (to := destination(folded, *found.span())):
                        going.append(to)
    return said


def _as_news(folded: str, found: re.Match[str], *, done: bool) -> bool:
    """Whether the change ``found`` in ``folded`` is said as news (see ``_said``)."""
    sentence, end = re.split(r"[.?!]", folded[: found.start()])[-1], found.end()
    asked = folded.startswith("?", end) and not PROPOSED.search(f"{sentence} {found[0]}")
    if not done and (asked or (
        folded.startswith(":", end) and _LINK_AFTER.match(folded, end + 1)
    )):  # fmt: skip
        return False  # "Need to reschedule your interview?", "Cancel meeting: https://"
    if (done and _NOT_DONE.search(sentence[-_DENIAL_REACH:] + found.group())
            ) or DENIED_CHANGE.search(found.group()):  # fmt: skip
        return False  # "I haven't moved you yet", "it has not been cancelled"
    if not_the_round(sentence, found.group()):
        return False  # "the room booking for the interview", "our team meeting"
    if only_the_form(folded, found.start(), found.end()):
        return False  # "cambiar la entrevista a formato online": it stands, by video
    sentence = _POLITE.sub(" ", sentence)  # "would you mind if we push it"
    return _NOT_A_CHANGE.search(sentence + " " + found.group()) is None


def calls_off(text: str) -> bool:
    """Whether ``text`` (a sender's own words) calls off or moves a meeting."""
    return bool(_said(_paragraphs(text), _PATTERNS))


def states_a_move(text: str) -> bool:
    """Whether ``text`` says a meeting was moved, and where to ("I've moved you to Tuesday")."""
    return bool(_said(_paragraphs(text), _STATED, done=True))


@dataclass(frozen=True, slots=True)
class RoundChange:
    """A round a message changed: moved to ``start``, or called off when it is None."""

    round_id: int
    start: datetime | None


def round_change(
    text: str, sent_at: datetime, rounds: Sequence[Interview], zone: tzinfo
) -> RoundChange | None:
    """What a message from the employer's side does to the next round, if anything.

    ``rounds`` are the process's live rounds; the one changed is the first still ahead
    when the message was written (else one that began just before and never took place).
    A single new time named in the text moves it there.
    """
    ahead = sorted((r for r in rounds if r.date > sent_at), key=lambda r: r.date)
    if ahead:
        return _change(text, sent_at, ahead[0], zone)
    # Most mail comes after the last round: nothing to read it for. But a round that
    # began within the hours before its thank-you is due, and that the message moves to
    # one new time, never took place ("Dr. Ahmed was pulled into an emergency; I've
    # moved your interview to Thursday at 10"): moved, never called off after the fact,
    # and not when the message speaks of a next round ("your second interview").
    missed = [r for r in rounds if sent_at - THANK_YOU_DELAY <= r.date <= sent_at]
    if not missed or NEXT_ROUND.search(fold(text)):
        return None
    known = max(missed, key=lambda r: r.date)
    if (change := _change(text, sent_at, known, zone)) is not None and change.start is not None:
        return change
    offered = offered_instead(text, sent_at, known.date, zone)  # "so sorry ... could we do"
    return None if offered is None else RoundChange(known.id, offered)


def _change(text: str, sent_at: datetime, known: Interview, zone: tzinfo) -> RoundChange | None:
    """What the message does to ``known``, the round it is about: moved, called off, nothing."""
    paragraphs = _paragraphs(text)
    stated = _said(paragraphs, _STATED, done=True)
    going: list[str] = []  # "we need to move the interview to Friday"
    changes = _said(paragraphs, _PATTERNS, going=going)
    hard = bool(changes)
    # Moved without a word for moving: only to the one new time it names, never off.
    soft = not hard and not stated and moved_softly(text)
    if not (stated or hard or soft):
        return None
    slots = new_slots(POSSESSIVE_DAY.sub(r"\1", text), sent_at, zone)  # not "instead of"s
    later = [
        slot for slot in slots
        if not slot.all_day and slot.start > sent_at and abs(slot.start - known.date) > _SAME_TIME
    ]  # fmt: skip
    # "can't make 10:00. Could we move it to Wednesday, December 2 at 3:00 PM?": the
    # round's own hour, named beside another time, is the old slot, not a second choice.
    hour = known.date.astimezone(zone).time()
    other = [s for s in later if s.start.astimezone(zone).time() != hour]
    new = {slot.start for slot in (other or later)} or _same_hour(
        text, slots, known, zone, sent_at
    )
    if stated:  # where it went (maybe where it was); off only when the words say so too
        where = _stated_day(stated, sent_at, known, zone) if not new else None
        if len(new) == 1:
            where = new.pop()
        if where is not None or not hard:
            return None if where in {None, known.date} else RoundChange(known.id, where)
    if soft:
        return RoundChange(known.id, new.pop()) if len(new) == 1 else None
    if hard and not new and (day := _stated_day(going, sent_at, known, zone)) not in (
        None, known.date,
    ):  # fmt: skip
        return RoundChange(known.id, day)
    if not new and round_stands(text):
        return None  # "no cancele nada ... la reserva de la sala ... se ha cancelado"
    days = named_days(changes, {slot.start.astimezone(zone).date() for slot in slots},
                      known.date.astimezone(zone).date(), (sent_at, zone))  # fmt: skip
    return _called_off(known, new, days, zone)


def _same_hour(
    text: str, slots: Sequence[Slot], known: Interview, zone: tzinfo, sent_at: datetime
) -> set[datetime]:
    """"On décale à jeudi, même heure": the one other day named, at the round's hour."""
    folded = fold(text)
    if SAME_HOUR.search(folded) is None:
        return set()
    local = known.date.astimezone(zone)
    if re.search(r"\bnext week|semaine prochaine|semana que viene|proxima semana|nachste[rn]?"
                 r" woche|volgende week", folded):  # fmt: skip
        return {known.date + timedelta(days=7)}
    days = {s.start.astimezone(zone).date() for s in slots} - {local.date()}
    if DAY_AFTER_NEXT.search(folded):  # "übermorgen": no date reader has it ("Guten Morgen"
        # is "morgen" to them, so it alone counts)
        days = {sent_at.astimezone(zone).date() + timedelta(days=2)} - {local.date()}
    return {datetime.combine(days.pop(), local.time(), tzinfo=zone)} if len(days) == 1 else set()


def _called_off(
    known: Interview, new: set[datetime], days: set[date], zone: tzinfo
) -> RoundChange | None:
    """A round called off in words: moved to the one new time, else off; another's, None."""
    if new:  # one new time: moved there; a choice of times: off until one is chosen
        return RoundChange(known.id, new.pop() if len(new) == 1 else None)
    # Days named in the change's own words, but not only the round's: another meeting was
    # called off ("we need to cancel Monday's call"), or the round is the new time ("I've
    # had to cancel Monday - could you do Thursday at 2pm instead?"). Days named only
    # elsewhere are the new day asked about ("we will have to move your interview. Would
    # Friday work?"): the round is off until its time is set.
    if days and days != {known.date.astimezone(zone).date()}:
        return None
    return RoundChange(known.id, None)


def _stated_day(
    stated: Sequence[str], sent_at: datetime, known: Interview, zone: tzinfo
) -> datetime | None:
    """Where a stated move with no new time of day took the round, if it says.

    "I've moved you to Tuesday" moves a Thursday 3 PM round to Tuesday at 3 PM. Only the
    days in the words that state the move count. The round's own day or time named
    there: it stays where it is (its own date); no day, or several: None.
    """
    local = known.date.astimezone(zone)
    days = set()
    for words in stated:
        for slot in slots_in(words, sent_at, zone):
            day = slot.start.astimezone(zone).date()
            if day == local.date() or not slot.all_day:
                return known.date  # the round's own day or time, confirmed
            if day > sent_at.astimezone(zone).date():
                days.add(day)
    if len(days) != 1:
        return None
    return datetime.combine(days.pop(), local.time(), tzinfo=zone)
