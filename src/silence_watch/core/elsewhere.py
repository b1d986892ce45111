"""What one process's news means for the others: an offer, its deadline, a final round. Pure.

An offer (from a person, the agency or their hiring system) and a final round scheduled
(an invitation whose title says so: "Final interview", "letzte Runde", "dernier
entretien", "entrevista final", "laatste ronde") make a status update due for every other
process still open. An offer's deadline ("we'd need your answer by the 12th") is the date
the employer gave in it; it is named in the update only when the candidate allows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import Context
from silence_watch.core.conversation import is_unsure, outcome_of, signals
from silence_watch.core.datephrases import dates_in
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Action, Direction, Intent
from silence_watch.core.paused_offers import offer_pauses

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date, datetime

    from silence_watch.core.model import TimelineEntry
    from silence_watch.core.policy import Assessment
    from silence_watch.core.workdays import BusinessCalendar


def _is_offer(entry: TimelineEntry, unsure_below: float) -> bool:
    return entry.intent is Intent.OFFER and not is_unsure(entry, unsure_below)


OFFER: Final = "offer"
FINAL_ROUND: Final = "final_round"
_ROUND_WORDS: Final = (
    r"(?:round|interview|runde|gespr[aä]ch|entretien|tour|ronda|entrevista|ronde|gesprek)"
)
_FINAL: Final = lazy_pattern(
    r"\b(?:final|last|letzte[nr]?|finale?|finales|dernier|derni[eè]re|[uú]ltima|laatste)\b"
    rf"(?:\W+\w+)?\W+{_ROUND_WORDS}|\b{_ROUND_WORDS}\W+(?:final|finale)\b"
    r"|\b(?:finalrunde|endrunde|eindgesprek)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class News:
    """Something in another process the open ones should hear about."""

    at: datetime
    kind: str  # OFFER or FINAL_ROUND
    deadline: date | None = None


def is_final_round(entry: TimelineEntry) -> bool:
    """True for an invitation whose title says it is the final round."""
    return (
        entry.calendar == "request"
        and entry.direction is Direction.INBOUND
        and _FINAL.search(entry.subject) is not None
    )


#: Words asking the candidate to answer an offer by a date, in five languages.
_DEADLINE_CUES: Final = lazy_pattern(
    r"\b(?:(?:your|an?) (?:answer|decision|response|reply)|respond|let us know|get back to us"
    r"|accept|sign|Rückmeldung|Antwort|Entscheidung|zurückmelden|(?:votre )?réponse|répondre"
    # asked of her by the one who passes the offer on: "let me know", "laat je me weten"
    r"|let me know|(?:dis|dites|fais|faites)-moi(?: savoir)?|av[ií]s[ae]me|d[ií]game|dime"
    r"|conf[ií]rm[ae]me|laat (?:je |u )?(?:me|mij|het me|het mij)|akkoord (?:gaat|gaan)"
    r"|(?:su |una )?respuesta|respondas?|responda|contestar|(?:uw |je )?(?:reactie|antwoord"
    r"|beslissing)|laat (?:je |u )?(?:ons|het ons)(?: weten)?|laten weten|aanneemt|aannemen"
    r"|accepteert|accepteren|ondertekenen|annehmen|unterschreiben|accepter|signer|aceptar"
    r"|firmar|Bescheid"
    # the deadline moved: "we can hold the offer for you until Monday the 14th", "extend
    # the deadline to", "das Angebot bis ... aufrechterhalten", "prolonger le délai"
    r"|(?:hold|keep)(?: (?:the|our|this|your))? offer(?: open)?|(?:hold|keep) it open"
    r"|extend(?:ed|ing)? (?:the|your|our|that) (?:deadline|date)|give you until|have until"
    r"|take until|aufrecht\w*|Bedenkzeit|Frist|prolong\w* (?:le |notre |votre )?d[ée]lai"
    r"|d[ée]lai de r[ée]flexion|mantener la oferta|mantenemos la oferta|tienes? hasta"
    r"|(?:ampliar|ampliamos|prorrogar|prorrogamos) el plazo|plazo para (?:responder|decidir)"
    r"|bedenktijd|openhouden|open houden|verleng\w* (?:de |je |uw )?termijn)\b",
    re.IGNORECASE,
)
#: "by" in front of a date that comes before its cue ("bis Freitag, 27. November, Bescheid
#: geben", "uiterlijk vrijdag laten weten"); folded.
_BY_BEFORE: Final = lazy_pattern(
    r"\b(?:bis(?: zum| spatestens| spatestens zum)?|by|no later than|avant(?: le)?|d'ici(?: le)?"
    r"|antes del?|a mas tardar el|uiterlijk|voor)\s*$"
)


def answer_deadline(text: str, sent_at: datetime) -> date | None:
    """The day an employer asks the candidate to answer their offer by, if they name one.

    "We'd need your answer by December 12", "Ihre Rückmeldung bis zum 12. Dezember": a
    date after the cue, in the same sentence, on or after the day it was written; or one
    after "bis", "by", "uiterlijk" before the cue ("bis Freitag, 27. November, Bescheid").
    """
    base = sent_at.date()
    # A sentence ends at a stop that does not follow a digit ("bis zum 12. Dezember").
    for sentence in re.split(r"(?<=\D[.!?])\s+|\n\s*\n", text):
        said = " ".join(sentence.split())
        cue = _DEADLINE_CUES.search(said)
        if cue is None:
            continue
        after = fold(said[cue.end() :])
        for found in dates_in(after, Context(base)):
            if found.day >= base:
                return found.day
        before = fold(said[: cue.start()])
        for found in dates_in(before, Context(base)):
            if found.day >= base and _BY_BEFORE.search(before[: found.start]):
                return found.day
    return None


def offer_ends(
    timeline: Sequence[TimelineEntry], now: datetime, unsure_below: float = UNSURE_BELOW
) -> list[datetime]:
    """When an offer in ``timeline`` may have ended by ``now``: the moments to compare.

    A no from them ("hiring freeze ... we have to withdraw the offer"), the candidate's
    own withdrawal ("I must respectfully decline your offer"), or her own note of their no
    given by phone ("Jammer dat jullie het aanbod moeten intrekken", ``core.told_no``).
    """
    ended = [e.at for e in signals(timeline)
             if e.at <= now and outcome_of(e, unsure_below) is Intent.REJECTION]  # fmt: skip
    return ended + [e.at for e in timeline if (e.withdrew or e.told_no) and e.at <= now]


def news_elsewhere(
    timelines: Mapping[int, Sequence[TimelineEntry]],
    now: datetime,
    deadlines: Mapping[str, date] | None = None,
    employers: Mapping[int, str] | None = None,
    unsure_below: float = UNSURE_BELOW,
) -> dict[int, News]:
    """For each process, the news from the others it should hear: an offer first.

    The earliest offer elsewhere (with its deadline, if the employer gave one: read by the
    classifier, or in ``deadlines`` by Message-ID), else the earliest final round
    scheduled elsewhere; only what has happened by ``now``. "Elsewhere" is another
    employer: with ``employers`` (process -> company key), a process never hears of an
    offer from its own company ("an offer from another company" would be false there).
    An offer read with less confidence than ``unsure_below`` is no news: the candidate is
    asked what it was first; nor is an offer its employer withdrew (a no after it, or her
    note of their no) or put on hold (``core.paused_offers``), nor one the candidate
    declined (her own withdrawal from that process after it: "I've decided not to accept
    it" leaves no offer in hand to tell anyone about).
    """
    deadlines = deadlines or {}
    employers = employers or {}
    offers: dict[int, News] = {}
    finals: dict[int, News] = {}
    for key, timeline in timelines.items():
        said = [e for e in signals(timeline) if e.at <= now]
        # ended, or put on hold ("I have to put your offer on hold", u27bg)
        ended = offer_ends(timeline, now, unsure_below) + offer_pauses(timeline, now, unsure_below)
        made = [e for e in said if _is_offer(e, unsure_below) and not any(t > e.at for t in ended)]
        if made:
            first = min(made, key=lambda e: e.at)
            stated = first.promised_by or deadlines.get(first.message_id or "")
            # "we can hold the offer for you until Monday the 14th": their latest word on
            # it moves the day (tester round t48oe)
            moved = [
                deadlines[e.message_id or ""] for e in sorted(timeline, key=lambda e: e.at)
                if first.at <= e.at <= now and e.direction is Direction.INBOUND
                and (e.message_id or "") in deadlines
            ]  # fmt: skip
            offers[key] = News(first.at, OFFER, moved[-1] if moved else stated)
        invited = [e.at for e in timeline if is_final_round(e) and e.at <= now]
        if invited:
            finals[key] = News(min(invited), FINAL_ROUND)
    result = {}
    for key in timelines:
        for found in (offers, finals):
            mine = employers.get(key)
            others = [
                news
                for other, news in found.items()
                if other != key and (mine is None or employers.get(other) != mine)
            ]
            if others:
                result[key] = min(others, key=lambda n: n.at)
                break
    return result


#: A status update asks for an answer within this many business days of going out.
STATUS_UPDATE_ANSWER_DAYS = 5


def answer_by(
    verdict: Assessment, calendar: BusinessCalendar, deadline: date | None = None
) -> date | None:
    """The day a status update asks the employer to answer by, or None for other actions.

    Five business days after it goes out; with an offer's ``deadline`` elsewhere, no later
    than the business day before it (when that is still after the update goes out).
    """
    if verdict.next_action is not Action.STATUS_UPDATE or verdict.next_action_at is None:
        return None
    sent_on = calendar.local_date(verdict.next_action_at)
    usual = calendar.add_business_days(sent_on, STATUS_UPDATE_ANSWER_DAYS)
    if deadline is None:
        return usual
    before = deadline - timedelta(days=1)
    while before > sent_on and not calendar.is_business_day(before):
        before -= timedelta(days=1)
    return min(usual, before) if before > sent_on else usual
