"""One verdict on what an employer's message means, from the phrase rules and the model.

The phrase rules (``classify``) are precise where a phrase they know occurs and silent
(``other``) elsewhere; the learned model (``intent_model``) reads everything but can be
unsure. ``blend`` combines the two into an ``IntentReading``: an intent from the full
label set, a confidence in [0, 1], whether that confidence is too low to act on
(``unsure``: the policy asks the candidate instead of guessing), coldness, and reasons.

How: the rules' verdict is treated as evidence about the true intent. ``RuleEvidence``
holds how often the rules said each thing (each intent, or nothing) for messages of
each true intent, counted on the development part of the corpus; the model's
probabilities are multiplied by those likelihoods and renormalised (naive Bayes). So a
rule hit that is usually right moves the verdict a lot, a rule that often fires on
other intents moves it little, and rule silence moves it toward the intents the rules
never name (pleasantry, on_hold).

Rejection and offer change what happens next the most, so a ``rejection`` or ``offer``
verdict keeps its confidence only when the rules said the same and the model gives it
at least ``AGREEMENT_AT`` of what it does not read as a pleasantry (warmth is no reading
against the news), or the rules said nothing and the model alone is at least
``ALONE_DECISIVE`` sure. Otherwise it is held just under ``UNSURE_BELOW``: the policy asks
("perhaps a rejection"), and nothing settles on it.

Pure: no IO, no clock. The model and the evidence are data passed in by the shell. This
is the one place that imports ``own_text``, so when it moves only this import changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Protocol

from silence_watch.core.intent_features import ModelFileError
from silence_watch.core.intent_model import IntentModel
from silence_watch.core.intent_phrases import ANOTHER_JOB, HER_NO, PAUSE_THEN_FILLED
from silence_watch.core.language import fold
from silence_watch.core.offer_lookalikes import model_words
from silence_watch.core.other_openings import ANOTHER_ROLE_MARKS, step_about_another
from silence_watch.core.pause_lookalikes import held_for_a_round
from silence_watch.core.quotes import own_text
from silence_watch.core.replylines import without_footers

if TYPE_CHECKING:
    from collections.abc import Mapping

    from silence_watch.core.classify import Classification
    from silence_watch.core.intent_model import Prediction
    from silence_watch.core.model import Message

#: The full set of intents (DESIGN.md's ``classify --json`` contract).
INTENTS: Final = (
    "rejection",
    "offer",
    "next_step",
    "request",
    "acknowledgement",
    "pleasantry",
    "on_hold",
    "other",
)
#: Verdicts that end or transform a process; they need agreement to be sure.
DECISIVE: Final = frozenset({"rejection", "offer"})
#: What ``RuleEvidence`` calls the rules saying nothing.
SILENT: Final = "none"

#: Below this confidence a verdict is unsure: the policy should ask, not act. Chosen on
#: the development part: at 0.6, about 4 in 5 verdicts are sure and 93% of those right.
UNSURE_BELOW: Final = 0.6
#: A rejection or offer at or above this confidence counts as a high-confidence one.
HIGH_CONFIDENCE: Final = 0.8
#: With the rules silent, the model alone may call a rejection or offer sure from here.
ALONE_DECISIVE: Final = 0.97
#: Where the rules name a reading that settles nothing (a next step, a pleasantry ...),
#: the model may still call a rejection or offer sure from here. Chosen on the development
#: part: every such message with the model at 0.97 or more was the rejection or offer it
#: said (13 of 13: "on part sur quelqu'un d'autre" read as a next step by the phrase "je
#: garde ton profil ... pour le recrutement"); the stricter 0.99, as the rules disagree.
OVERRULE_AT: Final = 0.99
#: With the rules agreeing, the model must still give the intent at least this much.
AGREEMENT_AT: Final = 0.3
#: A cold-head probability from which a reply reads as a cold brush-off.
COLD_AT: Final = 0.4
#: The same where the rules read the message and did not call it cold. Chosen on the
#: development part, on four batches of writers the rules had never seen: cold recall
#: 0.50 -> 0.71 on those, 0.85 -> 0.91 on the whole part, at one false cold in 68.
COLD_OVER_RULES_AT: Final = 0.7
#: The same for a no: a curt no read as warm earns a closing note that asks for feedback
#: nobody will give; a warm no read as curt only loses that note (a follow-up stops either
#: way). Chosen on the development part, out of fold: cold recall 0.865 -> 0.894, two
#: warm noes more read as curt (w7es-039, w12fd-061) against six curt ones found.
COLD_NO_OVER_RULES_AT: Final = 0.5
#: Intents a cold reply cannot have: a curt "yes, next round" is not a closed door.
_NEVER_COLD: Final = frozenset({"offer", "next_step", "request", "pleasantry", "on_hold"})
#: Readings that leave the next move to the candidate: every follow-up stops.
_BALL_TO_CANDIDATE: Final = frozenset({"next_step", "request"})
#: Readings that leave it with them: both wait for their word (and the date they give).
_THEIR_MOVE: Final = frozenset({"acknowledgement", "on_hold"})
#: Thanks or a promise to come back: either way they write next.
_WARM_WAIT: Final = frozenset({"acknowledgement", "pleasantry"})
#: The least chance that the rules name a given wrong intent (see ``RuleEvidence``).
RULE_ERROR_FLOOR: Final = 0.03
#: Added to every count in ``RuleEvidence`` (Laplace smoothing): no outcome is impossible.
_SMOOTHING: Final = 1.0
#: What an unsure decisive verdict is held at: just under the unsure line.
_HELD_AT: Final = round(UNSURE_BELOW - 0.01, 2)


def sender_words(message: Message) -> str:
    """The sender's own words in ``message``: quotes, forwards, signature and footer removed.

    The phone's footer is not the sender's word: read, "Verstuurd vanaf mijn iPhone" under
    a bare "👍🏽" made the model lean to a no (iphone, vanaf) and the thumbs-up was asked
    about, as "ty!" over "Sent from Yahoo Mail for iPhone" was (tester round u50mb).
    """
    return without_footers(own_text(message.body)).strip() if message.body is not None else ""


@dataclass(frozen=True, slots=True)
class RuleVerdict:
    """What the phrase rules said: an intent (None: no phrase they know) and why."""

    intent: str | None
    reason: str
    cold: bool


def rule_verdict(classification: Classification) -> RuleVerdict:
    """What the rules alone said in ``classification`` ("other": no opinion)."""
    if classification.rules is not None:
        return classification.rules
    return RuleVerdict(intent=None, reason="", cold=classification.cold)


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    """How often the rules said each outcome for messages of each true intent.

    ``counts[intent][outcome]``; an outcome is an intent the rules name or ``SILENT``.
    Counted by ``scripts/train_intent_model.py`` on the development part and stored in
    the model file, so it must be counted again whenever the rules change.
    """

    counts: Mapping[str, Mapping[str, int]]
    outcomes: frozenset[str]
    #: ``likelihood`` remembered per (intent, outcome): a handful of pairs, asked often.
    _known: dict[tuple[str, str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False,
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RuleEvidence:
        """The evidence stored under ``rule_evidence`` in a model file."""
        table = data.get("rule_evidence")
        if not isinstance(table, dict):
            raise ModelFileError("model file: 'rule_evidence' must be an object")
        counts: dict[str, dict[str, int]] = {}
        for intent, row in table.items():
            if not isinstance(row, dict) or not all(
                isinstance(count, int) and count >= 0 for count in row.values()
            ):
                raise ModelFileError(f"model file: rule_evidence[{intent!r}] must hold counts")
            counts[str(intent)] = {str(outcome): int(count) for outcome, count in row.items()}
        return cls(counts, frozenset(name for row in counts.values() for name in row))

    def likelihood(self, intent: str, outcome: str) -> float:
        """P(rules say ``outcome`` | the message's intent is ``intent``), smoothed.

        The counts come from the part of the corpus the phrases were written on, where
        they rarely miss and rarely err; on new mail they do both more often. So rule
        silence counts as no evidence at all (1 for every intent), and a rule's chance of
        naming the wrong intent is never taken as below ``RULE_ERROR_FLOOR``.
        """
        if outcome == SILENT:
            return 1.0
        known = self._known.get((intent, outcome))
        if known is not None:
            return known
        row = self.counts.get(intent, {})
        outcomes = len(self.outcomes | {outcome})
        total = sum(row.values()) + _SMOOTHING * outcomes
        value = self._known[intent, outcome] = max(
            (row.get(outcome, 0) + _SMOOTHING) / total, RULE_ERROR_FLOOR,
        )
        return value


class Reader(Protocol):
    """Anything that blends the rules' verdict with a learned reading of a text."""

    def read(self, rules: RuleVerdict, text: str) -> IntentReading:
        """The blended reading of ``text`` (the sender's own words)."""
        ...


@dataclass(frozen=True, slots=True)
class IntentReader:
    """The learned half of reading intents, as data: the model and the rules' record.

    Built by the shell from the shipped model file (``config.models``) and passed to
    ``classify_message``; the core never reads a file.
    """

    model: IntentModel
    evidence: RuleEvidence

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> IntentReader:
        """The reader stored in a model file (its parsed JSON)."""
        return cls(IntentModel.from_dict(data), RuleEvidence.from_dict(data))

    def read(self, rules: RuleVerdict, text: str) -> IntentReading:
        """The blended reading of ``text`` (the sender's own words) given the rules' verdict."""
        # the noun "resume" is the reader's "CV", not its pause word (``core.resume_word``);
        # the phone's footer no word of theirs (``sender_words``)
        said = model_words(without_footers(text).strip())
        return blend(rules, self.model.predict(said), self.evidence, text)


@dataclass(frozen=True, slots=True)
class IntentReading:
    """The combined verdict: intent, confidence in [0, 1], unsure or not, cold, reasons."""

    intent: str
    confidence: float
    unsure: bool
    cold: bool
    reasons: tuple[str, ...]
    #: What the reading leaned to before an unsure rejection, offer or pleasantry was
    #: taken for "other" ("": the same as ``intent``).
    leaning: str = ""


#: Rules' readings a model not very sure of its step or request may not overrule surely.
_THEIRS_OR_NOTHING: Final = frozenset({"acknowledgement", "pleasantry"})


def blend(
    rules: RuleVerdict, model: Prediction, evidence: RuleEvidence, text: str = ""
) -> IntentReading:
    """One reading from the rules' verdict, the model's prediction and the rules' record.

    ``text``, the sender's own words, is looked at only for a no for one role followed by
    a step about another opening it names (``core.other_openings``).
    """
    outcome = rules.intent or SILENT
    weighed = {
        intent: probability * evidence.likelihood(intent, outcome)
        for intent, probability in model.probabilities.items()
    }
    total = sum(weighed.values())
    posterior = {intent: value / total for intent, value in weighed.items()}
    intent = max(posterior, key=lambda name: (posterior[name], name))
    confidence = posterior[intent]
    reasons = [_model_reason(model)]
    if rules.intent is not None:
        reasons.insert(0, f"rule: {rules.intent} ({rules.reason})")
        if rules.intent != intent:
            reasons.append(f"{intent} over the rule's {rules.intent} (p={confidence:.2f})")
    elif intent != model.intent:
        reasons.append(f"{intent}: no rule phrase, which {model.intent} usually has")
    intent, confidence = _pause_not_a_no(intent, confidence, (rules, model), reasons)
    if intent == "rejection" and rules.intent in _BALL_TO_CANDIDATE and rules.reason.endswith(
        ANOTHER_ROLE_MARKS,
    ) and step_about_another(fold(text), ANOTHER_JOB):
        # "gekozen voor een andere kandidaat ... net een gelijkaardige vacature geopend. Mag
        # ik je bellen?": the reader hears the no, which is only this role's; she goes on.
        reasons.append(f"a no for this role, then {rules.intent} about another: the rules'")
        intent, confidence = rules.intent, UNSURE_BELOW
    elif intent in DECISIVE and not _decisive_backed(intent, rules, model):
        if confidence >= UNSURE_BELOW:
            reasons.append(f"{intent} without the rules' agreement: held at {_HELD_AT}")
        confidence = min(confidence, _HELD_AT)
    elif intent in _BALL_TO_CANDIDATE and rules.intent in _THEIRS_OR_NOTHING and (
        UNSURE_BELOW <= confidence < HIGH_CONFIDENCE
    ):
        # The rules read "they will come back", or a kind word with no news ("Looking
        # forward to meeting you, Jordan.": t80pn); the model, not very sure, hands the
        # ball to the candidate, which stops every follow-up or sends it to whoever wrote
        # last: a question, not a silent stop.
        said = "a promise to come back" if rules.intent == "acknowledgement" else "a kind word"
        reasons.append(f"{intent} over {said}, not surely: held at {_HELD_AT}")
        confidence = _HELD_AT
    else:
        intent, confidence = _torn(intent, confidence, rules, posterior, reasons)
    confidence = _not_held(intent, confidence, (rules, model), text, reasons)
    # Where the rules read the message, the cold head must be surer to overrule their
    # "not cold" (they miss curt replies in voices they were not written on); where they
    # said nothing, it speaks alone. An unsure "Will do!" is a question, not a goodbye.
    head = model.cold if model.cold is not None else 0.0
    can_be_cold = intent not in _NEVER_COLD and confidence >= UNSURE_BELOW
    over_rules_at = COLD_NO_OVER_RULES_AT if intent == "rejection" else COLD_OVER_RULES_AT
    cold = (
        rules.cold or (can_be_cold and head >= over_rules_at)
        if rules.intent is not None
        else can_be_cold and head >= COLD_AT
    )
    if cold:
        why = "rule: curt, no courtesy" if rules.cold else f"cold head p={model.cold:.2f}"
        reasons.append(f"cold: a short, impersonal brush-off ({why})")
    unsure, leaning = confidence < UNSURE_BELOW, intent
    if unsure:
        intent = _unsure_intent(intent, confidence, rules, reasons)
    return IntentReading(intent, round(confidence, 4), unsure, cold, tuple(reasons), leaning)


def _pause_not_a_no(
    intent: str, confidence: float, said: tuple[RuleVerdict, Prediction], reasons: list[str]
) -> tuple[str, float]:
    """A pause the rules read, where the reader (not surely enough) hears a no or an offer.

    "Die Besetzung der Stelle ist zurückgestellt ... einen Zeitpunkt können wir Ihnen leider
    nicht nennen": the reader hears a no in the pause's regrets, the rules read the pause
    that explains them (four of four such messages of the development part were pauses,
    issue 12). So is warmth no reading against the pause: "De procedure ligt stil tot na
    de kerstvakantie ... Fijne feestdagen" (probe-dates6) a pleasantry (its end lost), "la
    contratación está en stand by" an offer (probe-hold7, probe-dates9). Held: asked.
    """
    rules, model = said
    if rules.intent != "on_hold" or intent not in ("rejection", "pleasantry", "offer") or (
        intent in DECISIVE and _decisive_backed(intent, rules, model)
    ):
        return intent, confidence
    reasons.append(f"a pause, whose words the reader took for {intent}: held at {_HELD_AT}")
    return rules.intent, _HELD_AT


def _not_held(
    intent: str, confidence: float, said: tuple[RuleVerdict, Prediction], text: str, why: list[str]
) -> float:
    """The rules' step or ask, unsure only as the reader heard a pause in "on hold".

    "Wants to keep you on hold for a second round", "the hold music" (t74ho): at the line.
    """
    rules, model = said
    if model.intent == "on_hold" and rules.intent in _BALL_TO_CANDIDATE and (
        intent == rules.intent and confidence < UNSURE_BELOW and held_for_a_round(fold(text))
    ):
        why.append(f"the reader's pause is a shortlist's or a phone's hold: {intent}")
        return UNSURE_BELOW
    return confidence


def _torn(
    intent: str,
    confidence: float,
    rules: RuleVerdict,
    posterior: Mapping[str, float],
    reasons: list[str],
) -> tuple[str, float]:
    """An unsure reading torn between two that mean the same move: sure of that much."""
    if (
        rules.intent in _WARM_WAIT and intent in _WARM_WAIT and confidence < UNSURE_BELOW
        and (warm := sum(posterior.get(name, 0.0) for name in _WARM_WAIT)) >= HIGH_CONFIDENCE
    ):  # fmt: skip
        # "Super merci, je vous tiens au courant": thanks around a promise to come back.
        # A pleasantry or a promise, they write next; the promise one of them reads holds
        # (tester round t59sl: the candidate was asked what it was; "¡Gracias! ... Te cuento
        # el lunes", thanks to the rules and a promise to the reader, likewise).
        # Both read thanks, the reader half a receipt ("Recibido, ¡gracias a ti! 😊", t46sf):
        # thanks, no news, sure enough.
        if rules.intent == intent == "pleasantry":
            reasons.append(f"warm words, no news either way (p={warm:.2f})")
            return intent, UNSURE_BELOW
        reasons.append(f"a promise to come back in warm words (p={warm:.2f})")
        return "acknowledgement", UNSURE_BELOW
    move = _THEIR_MOVE if intent in _THEIR_MOVE else _BALL_TO_CANDIDATE
    if (
        intent in move and rules.intent in move and confidence < UNSURE_BELOW
        and (together := sum(posterior.get(name, 0.0) for name in move)) >= HIGH_CONFIDENCE
    ):  # fmt: skip
        # "on reviendra vers vous d'ici le 11": a pause or a promise to answer? Either way
        # the move is theirs and the candidate waits; that much is sure. So is "could you
        # send two or three windows for a call?": a next step or a request, the move is
        # the candidate's (tester rounds t52cd, t54ir).
        whose = "theirs" if move is _THEIR_MOVE else "yours"
        reasons.append(f"{' or '.join(sorted(move))}, either way {whose} (p={together:.2f})")
        return intent, UNSURE_BELOW
    return intent, confidence


def _unsure_intent(intent: str, confidence: float, rules: RuleVerdict, reasons: list[str]) -> str:
    """What an unsure reading is taken for: a pleasantry becomes "other", as it ends no wait.

    An unsure rejection or offer stays what it leans to, with its low confidence: it
    settles nothing (``conversation.outcome_of``); the candidate is asked whether it was
    one, and the digest says what it looked like.
    """
    if intent in DECISIVE and rules.intent != intent:
        reasons.append(f"perhaps {intent}, but only the model says so (p={confidence:.2f})")
    if intent == "pleasantry":
        # A pleasantry lets the waiting go on unchanged; one the reader is not sure of
        # is "other", so the candidate is asked what it was.
        reasons.append(f"other: not sure it is only a pleasantry (p={confidence:.2f})")
        intent = "other"
    reasons.append(f"unsure: confidence {confidence:.2f} is below {UNSURE_BELOW}")
    return intent


def _decisive_backed(intent: str, rules: RuleVerdict, model: Prediction) -> bool:
    if rules.intent == intent and rules.cold:
        return True  # "Going with an internal candidate. Thanks.": too short for the model
    if rules.reason == PAUSE_THEN_FILLED and model.intent == "on_hold":
        return True  # the reader hears the pause the rules read as ended in a no (t12rj)
    if rules.intent == intent:
        # Warmth is no reading against the news: "Lovely to meet you too, and sorry, we
        # went with someone else" is a pleasantry to the model and a no to the rules. The
        # model's share is counted among the readings that carry news.
        probabilities = model.probabilities
        news = 1.0 - probabilities.get("pleasantry", 0.0)
        return probabilities.get(intent, 0.0) >= AGREEMENT_AT * news
    if model.intent != intent or rules.reason == HER_NO:  # her own no: never theirs
        return False
    if rules.intent is None:
        return model.confidence >= ALONE_DECISIVE
    return rules.intent not in DECISIVE and model.confidence >= OVERRULE_AT


def _model_reason(model: Prediction) -> str:
    why = f": {', '.join(model.top_features)}" if model.top_features else ""
    return f"model: {model.intent} p={model.confidence:.2f}{why}"
