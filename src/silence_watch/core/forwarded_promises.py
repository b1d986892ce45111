"""A promise to answer that the sender passes on in the message it forwards. Pure.

Mirjam of the agency forwards Pieter's mail from her phone as an attached message, and her
own words only point at it: "Zijn planning staat in zijn mail hieronder". The promise is
in the forwarded mail: "We laten jullie uiterlijk vrijdag 11 december weten of Fleur door
is". Read from her words alone, the message promised nothing, and a nudge to Pieter was
drafted a week before the day he had given (tester round u25mm).

A day in the forwarded text is read as the promise the message passes on when:

- the message forwards one (an attached message, a forwarded-message separator, or a
  "Fwd:" subject above an "Original Message" block), and the sender's own note is short and
  points down at it ("see below", "siehe unten", "ci-dessous", "ver abajo", "hieronder");
- the note promises no day of its own (its own words come first);
- the day is named whole ("vrijdag 11 december", "4.12."): the forwarded mail was written
  on another day than the forward, so "by Friday" or "next week" in it cannot be placed
  and is left alone. A day is named whole when reading it a week earlier gives the same day.

Like any date in a forward, it is the forwarded writer's, not the forwarder's
(``core.conversation.is_forward``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.answer_elsewhere import points_below
from silence_watch.core.dates import promise
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.logistics import only_logistics
from silence_watch.core.model import Intent
from silence_watch.core.quotes import SEPARATORS, own_text
from silence_watch.core.quoteshapes import header_block_at
from silence_watch.core.subjects import PrefixKind, leading_prefixes
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import date

    from silence_watch.core.model import Message

#: A separator line that names the original a reply quotes, not a forward (folded).
_QUOTED_ORIGINAL: Final = lazy_pattern(
    r"original message|ursprungliche nachricht|message d'origine|mensaje original"
    r"|oorspronkelijk bericht|mensagem original|messaggio originale"
)
#: A line of a forwarded mail's header block ("From: ...", "Datum: ...", "Envoyé : ...").
_HEADER_LINE: Final = lazy_pattern(r"^\s*[^\W\d_]+(?: [^\W\d_]+)?\s?:\s*\S")
#: Readings of a note that say nothing of their own: its forward may hold the promise.
_NOTE_READINGS: Final = frozenset({Intent.OTHER, Intent.PLEASANTRY, Intent.ACKNOWLEDGEMENT})
#: How much earlier the forwarded mail may have been written: a day read the same from a
#: week earlier does not depend on when it was said.
_WRITTEN_BEFORE: Final = timedelta(days=7)


def forwarded_text(message: Message) -> str | None:
    """The text below the message's forwarded-message separator, if it forwards one.

    "---------- Forwarded message ----------" (and an attached message, which is read
    after that line) or "Begin forwarded message:"; an "Original Message" line only under
    a "Fwd:" subject, since it is also how Outlook quotes the mail a reply answers; and
    under a "WG:" / "FW:" subject, Outlook's header block with no line above it (u51il).
    """
    lines = (message.body or "").splitlines()
    forward_subject = PrefixKind.FORWARD in leading_prefixes(message.subject)[0]
    for index, line in enumerate(lines):
        if not any(separator.match(line) for separator in SEPARATORS[:2]):
            # Outlook forwards with no separator line: under "WG:" / "FW:" / "TR:", the
            # first "Von: / Gesendet: / An: / Betreff:" block heads the forwarded mail
            if not (forward_subject and header_block_at(lines, index)):
                continue
        elif _QUOTED_ORIGINAL.search(fold(line)) and not forward_subject:
            return None  # the mail a reply answers, quoted
        rows = [row.lstrip("> ") for row in lines[index + 1 :]]
        while rows and (not rows[0].strip() or _HEADER_LINE.match(rows[0])):
            rows.pop(0)  # the forwarded mail's "From: / Date: / Subject:" block
        below = own_text("\n".join(rows))  # its writer's words, not what it quotes
        return below or None
    return None


def passed_on(
    message: Message,
    note: str | None,
    intent: Intent | None,
    reading: tuple[Container[date], str | None, bool],
    reasons: list[str],
) -> date | None:
    """The day the forwarded text promises an answer by, when the note points at it.

    ``note`` is the sender's own words and ``intent`` how they were read (a no, an offer, a
    next step or a pause of the note's own is not passed over); ``reading`` the candidate's
    public holidays, the message's language and whether its writer puts the day first (as
    ``core.dates.promise`` reads them). The day is then read as a promise of the sender's
    own (``core.reading_corrections.promised_reading``): "zur Info, siehe unten" above
    Holger's "geben bis Freitag, 11. Dezember Bescheid" is the news she passes on, and
    asking about it held every follow-up until the candidate answered (tester round u51il).
    """
    if not note or message.date is None or intent not in _NOTE_READINGS:
        return None
    if not points_below(note):
        return None
    below = forwarded_text(message)
    if below is None:
        return None
    holidays, language, day_first = reading
    found, earlier = (
        promise(below, moment, holidays, language, day_first=day_first)
        for moment in (message.date, message.date - _WRITTEN_BEFORE)
    )
    if found is None or earlier is None or earlier.day != found.day:
        return None  # none, or "by Friday": which Friday depends on when it was written
    reasons.append(f"promised an answer by {day_words(found.day, today=message.date.date())}"
                   " in the message it forwards")  # fmt: skip
    return found.day


def logistics_forwarded(
    message: Message, note: str | None, intent: Intent | None, confidence: float,
    reasons: list[str],
) -> tuple[Intent | None, float]:
    """A short note pointing down at a forwarded note about expenses: no news, surely.

    "FYI, see below from our travel desk. Just send your receipts straight to Devon" above
    Devon's "we'll need itemized receipts by December 18 ... reimbursement goes out within
    30 days" was asked about, and the wait for the decision promised by December 9 stopped
    until the candidate answered (tester round u51il). Read together, the note and what it
    forwards are the travel desk's logistics (``core.logistics``): the waiting goes on. A
    note with a decision in it, or a reading that is not a mistaken one, is left as it is.
    """
    if not note or not points_below(note) or (below := forwarded_text(message)) is None:
        return intent, confidence
    return only_logistics(f"{note}\n{below}", intent, confidence, reasons)
