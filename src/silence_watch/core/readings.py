"""How a message from the employer's side was read, in words the candidate can correct. Pure.

The digest lists each new message from a process's people (and their hiring systems and
out-of-office replies) with its reading, so a misreading is caught the next morning and
fixed in one line: ``read 4 as rejection``, ``4 is not about Acme``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.words import day_words, moment_words

if TYPE_CHECKING:
    from datetime import date, datetime, tzinfo

#: The readings a candidate may give a message, in the words of a correction.
CORRECTIONS = tuple(intent.value for intent in Intent)
#: The line above the readings: how to say one was wrong.
CORRECTION_HINT = (
    "Wrong? Answer with one line: read N as rejection (or offer, next_step, request,"
    " acknowledgement, pleasantry, on_hold, other), or: N is not about COMPANY."
)


@dataclass(frozen=True, slots=True)
class MailReading:
    """One message on a process's timeline and how it was read."""

    message_id: str
    at: datetime
    sender: str
    sender_name: str
    subject: str
    company: str
    process_id: int
    kind: MessageKind
    intent: Intent | None
    confidence: float
    cold: bool = False
    promised_by: date | None = None
    return_date: date | None = None
    revisit_by: date | None = None


#: Unsure readings worth naming: what the message may have been.
_PERHAPS = {Intent.REJECTION: "a rejection", Intent.OFFER: "an offer"}


def _who(reading: MailReading) -> str:
    if reading.kind is MessageKind.AUTOMATED:
        return f"{reading.company}'s hiring system"
    return reading.sender_name or reading.sender


def reading_words(reading: MailReading, today: date, unsure_below: float) -> str:
    """What silence-watch took the message to say ("a promise to answer by Fri 4 Dec")."""
    if reading.kind is MessageKind.AUTO_REPLY:
        back = reading.return_date
        return f"an out-of-office{f' until {day_words(back, today=today)}' if back else ''}"
    intent = reading.intent
    if intent in _PERHAPS and reading.confidence < unsure_below:
        return f"not sure what it says (perhaps {_PERHAPS[intent]})"
    if intent is None or intent is Intent.OTHER or reading.confidence < unsure_below:
        return "not sure what it says"
    words = {
        Intent.REJECTION: "a rejection",
        Intent.OFFER: "an offer",
        Intent.NEXT_STEP: "a next step for you",
        Intent.REQUEST: "a request for you",
        Intent.PLEASANTRY: "a pleasantry, no news",
        Intent.ON_HOLD: "a hiring pause",
        Intent.ACKNOWLEDGEMENT: "an acknowledgement",
    }[intent]
    if intent is Intent.ACKNOWLEDGEMENT and reading.promised_by is not None:
        words = f"a promise to answer by {day_words(reading.promised_by, today=today)}"
    if intent is Intent.ON_HOLD and reading.revisit_by is not None:
        words += f" until {day_words(reading.revisit_by, today=today)}"
    return words + (", and a cold one" if reading.cold else "")


def reading_line(
    number: int, reading: MailReading, *, now: datetime, zone: tzinfo, unsure_below: float
) -> str:
    """One line per message: who, when, the subject, and what it was read as."""
    today = now.astimezone(zone).date()
    when = moment_words(reading.at, zone, now=now)
    return (
        f"[{number}] {_who(reading)} ({reading.company}), {when}, {reading.subject!r}:"
        f" read as {reading_words(reading, today, unsure_below)}."
    )


def question_line(number: int, reading: MailReading, *, now: datetime, zone: tzinfo) -> str:
    """The digest's question about a message it could not read with confidence."""
    when = moment_words(reading.at, zone, now=now)
    leaning = reading.intent in _PERHAPS and reading.confidence < UNSURE_BELOW
    perhaps = f" (perhaps {_PERHAPS[reading.intent]})" if leaning else ""  # type: ignore[index]
    return (
        f"[{number}] {_who(reading)} ({reading.company}) wrote on {when}, {reading.subject!r},"
        f" and silence-watch is not sure what it says{perhaps}; nothing is drafted for"
        f" {reading.company} until you tell it. Answer with one line: read {number} as"
        " rejection, offer, next_step, request, acknowledgement, pleasantry or on_hold"
        f" (or: {number} is not about {reading.company})."
    )
