"""Second looks at a blended reading, by what the words plainly say. Pure.

The rules and the learned reader together give one reading (``core.intent_blend``);
``core.classify`` then corrects it where a message's own words settle the matter:

- a promise to answer that names its day: an acknowledgement, not an unsure "perhaps a
  no or an offer" nor an "other"; sure when the reader leaned to thanks or an
  acknowledgement, when the rules heard only the promise and the reader a no ("a decision
  by Tuesday the 24th. Sorry for the wait!"), or when the text says it is "not an offer
  yet";
- an unsure pause with its day where the rules heard a promise to come back ("le budget doit
  être validé, donc on te fait un retour à la mi-décembre"): a promise to answer that day;
  either reading waits for it, so it is not asked about;
- a fresh subject that states a no or an offer ("Operations Analyst - decision: not moving
  forward") over words with no news (warm thanks): perhaps that no or offer, asked about;
- "are you still interested?": a request, whatever else it says;
- the offer or the role itself withdrawn: a rejection, unless only threatened ("if we
  don't hear back by Friday ...").

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.phrase_rows import STILL_INTERESTED, WITHDRAWN

if TYPE_CHECKING:
    from datetime import date

    from silence_watch.core.intent_blend import RuleVerdict

#: How sure an acknowledgement is at least when a promise with a date backs it.
PROMISE_CONFIDENCE: Final = 0.75


def promised_reading(
    intent: Intent | None,
    confidence: float,
    leanings: tuple[str | None, str | None],
    reasons: list[str],
) -> tuple[Intent | None, float]:
    """A reading that names its answer day (``leanings``: the rules', the reader's)."""
    rules, leaning = leanings
    perhaps = intent in (Intent.REJECTION, Intent.OFFER) and confidence < UNSURE_BELOW
    if perhaps or intent in (Intent.OTHER, Intent.PLEASANTRY):
        reasons.append("intent acknowledgement: a promise to answer")
        if leaning in (Intent.PLEASANTRY.value, Intent.ACKNOWLEDGEMENT.value) or (
            rules == Intent.ACKNOWLEDGEMENT.value and leaning == Intent.REJECTION.value
        ):
            # warmth with a dated promise in it ("thanks so much! we'll decide by the
            # 11th") is news: the wait for that day, sure enough not to be asked about
            confidence = max(confidence, PROMISE_CONFIDENCE)
        return Intent.ACKNOWLEDGEMENT, confidence
    if intent is Intent.ACKNOWLEDGEMENT and rules in (None, Intent.ACKNOWLEDGEMENT.value) and (
        confidence < PROMISE_CONFIDENCE
    ):
        # The reader's guess and a promise with its date agree: "wij verwachten u uiterlijk
        # in week 51 uitsluitsel te geven" need not be asked about.
        reasons.append("sure enough: an acknowledgement that names its date")
        return intent, PROMISE_CONFIDENCE
    return intent, confidence


def still_interested(
    rules: RuleVerdict, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """"Are you still interested?" is a question only the candidate can answer.

    However the rest reads ("sorry for the delay", "the campaign was paused"), the next
    move is theirs: a request, sure enough not to be asked about.
    """
    if rules.reason != STILL_INTERESTED or (
        intent is Intent.REQUEST and confidence >= PROMISE_CONFIDENCE
    ):
        return intent, confidence
    reasons.append("intent request: they ask if you are still interested")
    return Intent.REQUEST, max(confidence, PROMISE_CONFIDENCE)


#: "If we don't hear back by Friday we'll have to withdraw the offer": still an offer.
_ONLY_IF: Final = lazy_pattern(
    r"\b(?:if|unless|otherwise|or else|should you|falls|wenn|sinon|si no|anders)\b[^.!?]{0,120}"
    r"\b(?:withdraw|rescind|retract|revoke|cancel|elimin|discontinu|scrap|no longer|won't"
    r"|will not|zuruck|gestrichen|retir|annul|supprim|anul|intrek|ingetrokken|geschrapt)"
)


def withdrawn(
    rules: RuleVerdict, text: str, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """An offer withdrawn, or the role cancelled: a closed door, never a pause to wait out.

    The learned reader hears "hiring freeze ... we have to withdraw the offer" as a pause;
    read so, the process would be nudged a month later about a job that is gone.
    """
    if rules.reason != WITHDRAWN or (intent is Intent.REJECTION and confidence >= UNSURE_BELOW):
        return intent, confidence
    if _ONLY_IF.search(fold(text)):
        return intent, confidence
    reasons.append("intent rejection: the offer or the role itself was withdrawn")
    return Intent.REJECTION, max(confidence, PROMISE_CONFIDENCE)


def pause_or_promise(
    intent: Intent | None,
    confidence: float,
    said: tuple[str | None, date | None, date | None],
    reasons: list[str],
) -> tuple[Intent | None, float, date | None, date | None]:
    """(intent, confidence, promised_by, revisit_by) from ``said``: the rules', the days.

    Where the rules heard only a promise to come back, an unsure pause with its day becomes
    that promise, sure, as both wait for the same day. A sure pause stays a pause.
    """
    rules, promised, revisit = said
    if (
        revisit is None or promised is not None or rules != Intent.ACKNOWLEDGEMENT.value
        or intent is not Intent.ON_HOLD or confidence >= UNSURE_BELOW
    ):  # fmt: skip
        return intent, confidence, promised, revisit
    reasons.append("intent acknowledgement: a pause or a promise, both wait for that day")
    return Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE, revisit, None


#: Readings of the words that leave the news to a subject that states it.
_NO_NEWS: Final = frozenset({Intent.PLEASANTRY, Intent.ACKNOWLEDGEMENT, Intent.OTHER, None})
#: How sure a no or an offer said only in the subject is: not sure, so it is asked about.
_SUBJECT_ONLY: Final = UNSURE_BELOW - 0.01


def said_in_subject(
    intent: Intent | None, confidence: float, subject: Intent | None, reasons: list[str]
) -> tuple[Intent | None, float]:
    """A no or an offer the subject alone states, over words with no news: asked about.

    Priya's "Operations Analyst - decision: not moving forward" over two lines of warm
    thanks was a sure pleasantry, and a follow-up went after her no (tester round t50hn).
    """
    if subject not in (Intent.REJECTION, Intent.OFFER) or intent not in _NO_NEWS:
        return intent, confidence
    reasons.append(f"perhaps {subject}: the subject says so, the words do not; it asks you")
    return subject, min(confidence, _SUBJECT_ONLY)
