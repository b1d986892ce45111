"""The same mail of hers sent twice: one message, not two (tester round u39dup).

A mail client on a flaky connection (Outlook for iOS, a phone's outbox) may send one
message twice, minutes apart, under two Message-IDs; so does a candidate who thinks her
first try did not go and sends the same text again. Counted twice, one hand-written
follow-up was two rungs of the ladder: the closing note came a week early.

Her mail is a repeat of an earlier one when all of these hold (``without_repeats``):

- its own words (quotes and signature left out, case and spacing aside) are the same,
  and there are some: two empty notes say nothing of being one mail;
- it goes to the same people (To and Cc, as a set);
- it was sent within ``REPEAT_WINDOW`` of the copy before it (a chain of resends is one);
- nobody wrote to her in between (a person or a hiring system; an out-of-office that the
  first copy drew does not count): the second may answer that mail ("Done, attached" to
  two requests), and then it is her answer, not a copy.

The state keeps a digest of her own words (``words_digest``), never the words.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.model import Direction, MessageKind

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.model import TimelineEntry

#: How far apart two copies of one mail may be sent: an outbox retries within minutes, a
#: candidate who resends does it the same hour. Later, the same words are a new message.
REPEAT_WINDOW: Final = timedelta(hours=1)

#: Mail to her that may be what her next mail answers: a person's, a hiring system's.
_ANSWERABLE: Final = frozenset({MessageKind.HUMAN, MessageKind.AUTOMATED})


def words_digest(own_words: str) -> str:
    """A digest of her own words, the same for the same text whatever its case and spacing.

    Empty for a text with no words: nothing to compare.
    """
    folded = " ".join(unicodedata.normalize("NFC", own_words).casefold().split())
    if not folded:
        return ""
    return hashlib.sha256(folded.encode()).hexdigest()[:32]


def without_repeats(timeline: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """``timeline`` (oldest first) without the copies of her mail sent again (one each).

    The first copy stays: its Message-ID, thread and time are the mail's.
    """
    last_copy: dict[tuple[str, frozenset[str]], datetime] = {}
    kept: list[TimelineEntry] = []
    for entry in timeline:
        if entry.direction is Direction.INBOUND:
            if entry.kind in _ANSWERABLE:
                last_copy.clear()  # mail in between: what follows may answer it
            kept.append(entry)
            continue
        if not entry.words:
            kept.append(entry)
            continue
        key = (entry.words, frozenset(r.lower() for r in entry.recipients))
        before = last_copy.get(key)
        last_copy[key] = entry.at
        if before is not None and entry.at - before <= REPEAT_WINDOW:
            continue
        kept.append(entry)
    return kept
