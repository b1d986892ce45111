"""Second looks at a reading by whose word it is. Pure.

Hearsay, a fake recruiter, a retraction, logistics, a leaver's new company: each reader
here keeps the reading, or makes it "other" (surely, or asked about) when the words say
the news is not the employer's word for this process: "nothing official, you didn't hear
it from me" (``core.reading_corrections.unofficial``), a fee or a Social Security number
asked for (``core.scam_signs``), "please ignore it, it wasn't meant for you"
(``core.retractions``), expenses and parking (``core.logistics``), what someone who has
left asks for her new company (``core.moved_on``); before them, an answer with no news
that only leaves the door open, "Quedamos atentos" (``core.open_door``); a no or a pause
only the reader heard in a meeting moved, "the panel has to be rescheduled"
(``core.moved_meetings``); a pause only the reader heard in one she asked for, a feared
one or a check's hold (``core.unheld_pauses``), or in an office's holiday closure
(``core.office_closures``); a no only the reader heard where the
writer says it is none, "keine Entscheidung gegen Sie" (``core.not_a_no``), and a no the
writer calls a no, "it's a no from Fernhill this time" (``core.no_in_words``); and first
of all one whose only news is a wish of luck in her search, "mucha suerte en tu búsqueda": perhaps
a no, asked about (``core.goodbye_wishes``). Applied in this order by ``core.classify``.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.goodbye_wishes import wished_goodbye
from silence_watch.core.logistics import only_logistics
from silence_watch.core.moved_meetings import meeting_moved
from silence_watch.core.moved_on import asked_after_leaving
from silence_watch.core.no_in_words import no_in_words
from silence_watch.core.not_a_no import not_a_no
from silence_watch.core.office_closures import office_closed
from silence_watch.core.open_door import door_left_open
from silence_watch.core.reading_corrections import unofficial
from silence_watch.core.retractions import taken_back
from silence_watch.core.scam_signs import asked_if_scam
from silence_watch.core.unheld_pauses import pause_not_theirs

if TYPE_CHECKING:
    from silence_watch.core.model import Intent


def whose_word(
    text: str, intent: Intent | None, confidence: float, reasons: list[str], *, asked: float,
    system: bool = False, rules: str | None = None,
) -> tuple[Intent | None, float, bool, bool]:
    """The reading once whose word it is was looked at, whether it takes back the last.

    And whether it is hearsay: its dates are nobody's promise ("erst nach der GF-Runde am
    3.12. ... hast du aber nicht von mir", u15in). ``asked`` is the confidence of a reading
    asked about; ``system``: a hiring system or a no-reply sender wrote it; ``rules``: the
    intent the phrase rules alone read.
    """
    # first: a goodbye is no open door ("suerte en tu búsqueda. Quedo a tu disposición")
    intent, confidence = wished_goodbye(text, intent, confidence, reasons, system=system)
    # a no or a pause only the reader heard in a meeting moved ("the panel has to be
    # rescheduled. Sorry about that."): its new time to come
    intent, confidence = meeting_moved(text, intent, confidence, rules, reasons)
    # a pause only the reader heard in one she asked for, a feared one or a check's hold
    # ("wie gewünscht habe ich Ihren Bewerbungsprozess pausiert"): no pause of theirs
    intent, confidence = pause_not_theirs(text, intent, confidence, rules, reasons, asked=asked)
    # and one in an office's holiday closure ("Ons kantoor is gesloten van 24 december")
    intent, confidence = office_closed(text, intent, confidence, rules, reasons, asked=asked)
    # a no only the reader heard, where the writer says it is none ("keine Entscheidung
    # gegen Sie"): the rules' pause, promise or step
    intent, confidence = not_a_no(text, intent, confidence, rules, reasons)
    # and a no the rules read that the writer calls a no ("it's a no from Fernhill this
    # time, I'm afraid"), left unsure by the reader: the rules' no, surely
    intent, confidence = no_in_words(text, intent, confidence, rules, reasons)
    # then: what comes after it may still make the answer one to ask about (a scam's fee)
    intent, confidence = door_left_open(text, intent, confidence, reasons)
    before = len(reasons)
    intent, confidence = unofficial(text, intent, confidence, reasons, rules)
    hearsay = len(reasons) > before
    intent, confidence = asked_if_scam(text, intent, confidence, reasons, asked=asked)
    intent, confidence, retracts = taken_back(text, intent, confidence, reasons, asked=asked)
    intent, confidence = only_logistics(text, intent, confidence, reasons, rules)
    intent, confidence = asked_after_leaving(text, intent, confidence, reasons)
    return intent, confidence, retracts, hearsay
