"""A message that takes back the one before it: "please ignore it, it wasn't meant for you".

A hiring system sends a no to everyone on a closed requisition, an offer letter goes out
from a template by mistake; an hour later the recruiter writes "You'll have just had an
automated email saying we're not moving forward. Please ignore it - it wasn't meant for
you" (tester round t97cr), or from a phone "sorry wrong thread", "perdona, me equivoqué de
hilo" (u50mb). Two things follow:

- the retraction's own words are not its news: the no it reports ("saying we're not
  moving forward") is the mail it takes back, so a rejection or an offer read in it is
  not theirs (``taken_back``); what it promises ("I'll be in touch by Friday") stands;
- the mail it takes back is no news any more (``without_retracted``): the latest message
  from their side before it, when that was a no or an offer, counts as "other". The
  process waits again; an update telling another employer of an offer is not sent.

A correction that keeps the news ("my last email named the wrong role; the decision
stands") takes nothing back, nor does "ignore my last email, the link was wrong" when the
mail before it held no news, nor a notice's "if you did not ask for this, ignore this
message". In en, de, fr, es, nl; patterns for folded text.

Pure: no IO, no clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Direction, Intent

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.model import TimelineEntry

_MAIL = (
    r"(?:e-?mail|mail|message|note|letter|notification|notice|one|nachricht|schreiben|courriel"
    r"|lettre|correo|mensaje|carta|bericht|brief)"
)
#: Words that take back a message sent before (folded).
_TAKES_BACK: Final = lazy_pattern(
    # en
    r"\b(?:please )?(?:ignore|disregard) (?:it|that|the|my|our)(?: \w+){0,4}? " + _MAIL
    + r"|\bplease (?:ignore|disregard) (?:it|that)\b"
    r"|\b(?:sent|went out|triggered|was sent|were sent|issued)(?: to you)? (?:in error|by mistake"
    r"|by accident|accidentally|erroneously)"
    r"|\bshould (?:never|not) have (?:gone out|been sent|reached you|come to you)"
    r"|\b(?:wasn't|was not|isn't|is not|not) (?:meant|intended) for you\b"
    # typed on a phone: "sorry wrong thread", "that was meant for someone else" (u50mb)
    r"|\bwrong (?:thread|chat|convo)\b|\b(?:that|this|it|msg|message) was (?:meant|intended)"
    r" for someone else\b"
    r"|\bfalsche[nmrs]? (?:thread|chat|verlauf|empfanger)\b"
    r"|\bmauvais (?:fil|destinataire)\b|\btrompee? de (?:fil|destinataire|conversation)\b"
    r"|\bequivoque de (?:hilo|chat|conversacion|destinatario)\b|\bhilo equivocado\b"
    r"|\bverkeerde (?:draad|thread|chat|ontvanger)\b"
    # de
    r"|\b(?:bitte )?ignorieren sie (?:die|meine|unsere|das)(?: \w+){0,3}? " + _MAIL
    + r"|\b(?:irrtumlich|versehentlich|falschlicherweise|aus versehen)(?: \w+){0,3}? (?:versandt"
    r"|verschickt|gesendet|rausgegangen|zugestellt|erhalten)"
    r"|\b(?:war|ist) nicht fur (?:sie|dich) bestimmt\b|\bals gegenstandslos\b"
    # fr
    r"|\b(?:ne (?:pas )?(?:tenir|tenez) (?:pas )?compte|ignorer|ignorez)(?: de)? (?:mon|notre|le"
    r"|l'|du|la)(?: \w+){0,2}? ?" + _MAIL
    + r"|\benvoye\w* (?:par erreur|par inadvertance|par megarde)"
    r"|\bne (?:vous|t') (?:etait|est) pas destine"
    # es
    r"|\b(?:ignora|ignore|ignoren|haz caso omiso|haga caso omiso|no tengas en cuenta|no tenga en"
    r" cuenta|descarta|descarte)(?: de)? (?:el|mi|nuestro|ese|aquel)(?: \w+){0,2}? " + _MAIL
    + r"|\b(?:enviado|enviada|se envio|se te envio|se le envio)(?: \w+){0,2}? por (?:error"
    r"|equivocacion)|\bno (?:era|iba) (?:dirigid|destinad)[oa] a (?:ti|usted)\b"
    # nl
    r"|\b(?:negeer|negeert u|gelieve)(?: \w+){0,2}? (?:de|mijn|onze|die|het)(?: \w+){0,2}? "
    + _MAIL + r"|\bper (?:ongeluk|abuis|vergissing)(?: \w+){0,3}? (?:verstuurd|verzonden"
    r"|gestuurd)|\b(?:was|is) niet (?:voor (?:jou|u) bedoeld|bedoeld voor (?:jou|u))\b"
)
#: Outlook's recall notice ("Daniel Osei would like to recall the message, "RE: ..."."):
#: it says nothing of why, so it is asked about (tester round t97cr).
_RECALL: Final = lazy_pattern(
    r"\b(?:would like to|wants to) recall the message\b|\bmochte die nachricht .{0,200}?"
    r"zuruckrufen\b|\b(?:voudrait|souhaite) rappeler le message\b|\b(?:desea|quiere)"
    r" recuperar el mensaje\b|\bwil het bericht .{0,200}?intrekken\b"
)
#: A correction that keeps the news: "the decision stands", "la décision reste inchangée".
_NEWS_STANDS: Final = lazy_pattern(
    r"\b(?:decision|outcome|news|result) (?:still |itself )?(?:stands|is unchanged|remains)"
    r"|\bentscheidung (?:bleibt|steht|ist unverandert)|\bdecision (?:reste|demeure|est"
    r" inchangee)|\bdecision (?:se mantiene|sigue siendo|no cambia)|\bbeslissing (?:blijft"
    r"|staat)"
)
#: How long after a message its retraction may come.
_WITHIN: Final = timedelta(days=14)
_NEWS: Final = frozenset({Intent.REJECTION, Intent.OFFER})


def takes_back(text: str) -> str | None:
    """The words in ``text`` (the sender's own) that take back the message before, or None."""
    folded = fold(text)
    found = _RECALL.search(folded) or _TAKES_BACK.search(folded)
    if found is None or _NEWS_STANDS.search(folded) is not None:
        return None
    return found.group(0)


def taken_back(
    text: str, intent: Intent | None, confidence: float, reasons: list[str], *, asked: float
) -> tuple[Intent | None, float, bool]:
    """A retraction's own reading: a no or an offer in it is the mail it takes back.

    Returns the reading and whether the message takes back the one before; ``asked`` is
    the confidence of a reading asked about (what remains is read on: a promise with its
    day makes it an acknowledgement).
    """
    words = takes_back(text) if text else None
    if words is None:
        return intent, confidence, False
    reasons.append(f'it takes back the mail before it ("{words}")')
    if _RECALL.search(words):
        reasons.append("intent other: a recall says nothing of why; it asks you")
        return Intent.OTHER, min(confidence, asked), True
    if intent in _NEWS:
        reasons.append(f"intent other: the {intent} it speaks of is the mail it takes back")
        return Intent.OTHER, min(confidence, asked), True
    return intent, confidence, True


def promise_after_retraction(retracts: bool, intent: Intent | None, confidence: float) -> float:  # noqa: FBT001 - a flag the caller computed
    """How sure a retraction's promise is: "ignore it ... I'll be in touch by Friday"."""
    # Read here, not at import: the decisions import this module for ``without_retracted``,
    # and the second looks would bring the learned reader's modules into ``status`` (~20 ms).
    from silence_watch.core.reading_corrections import PROMISE_CONFIDENCE  # noqa: PLC0415

    if retracts and intent is Intent.ACKNOWLEDGEMENT:
        return max(confidence, PROMISE_CONFIDENCE)
    return confidence


def without_retracted(timeline: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """``timeline`` with each no or offer a later message of theirs took back made "other"."""
    ordered = sorted(timeline, key=lambda e: e.at)
    taken: set[int] = set()
    for index, entry in enumerate(ordered):
        if not entry.retracts or entry.direction is not Direction.INBOUND:
            continue
        before = next(
            (i for i in range(index - 1, -1, -1) if ordered[i].direction is Direction.INBOUND),
            None,
        )
        if before is None:
            continue
        earlier = ordered[before]
        if earlier.intent in _NEWS and entry.at - earlier.at <= _WITHIN:
            taken.add(before)
    return [
        replace(e, intent=Intent.OTHER, cold=False, promised_by=None) if i in taken else e
        for i, e in enumerate(ordered)
    ]
