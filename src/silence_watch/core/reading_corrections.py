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
  forward", "Update: Data Engineer - position closed") over words with no news (warm
  thanks): perhaps that no or offer, asked about;
- "are you still interested?", "meld dich bis Fr", "let me know if Thursday works": a
  request, whatever else it says (a sure next step stays one);
- the offer or the role itself withdrawn: a rejection, unless only threatened ("if we
  don't hear back by Friday ...");
- a request with a promise that waits on the answer ("pourriez-vous me communiquer deux
  références ? Je reviens vers vous dès que j'ai ces éléments"): a request, the move is
  the candidate's until they answer (tester round t51rq);
- two or three words no rule reads ("Will do!"): the model alone is not enough to be
  sure of them, so they are asked about (scenario quoted-follow-up-noted-will-do);
- hearsay that says it is not official ("nothing official obviously and you did NOT hear
  it from me ... beers when you're back?"): no news, the waiting goes on; a no or an
  offer said so is asked about when surely said, never acted on (tester round t54ir).

Pure: no IO, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.dates import sentences
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.intent_phrases import HER_NO
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.phrase_rows import (
    ASKED_BACK,
    CHOSEN_FIRST,
    DECIDING_WHEN,
    NOT_FILLED_FOR_NOW,
    STILL_INTERESTED,
    WITHDRAWN,
)
from silence_watch.core.step_lookalikes import selected_if
from silence_watch.core.times_to_come import their_move

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from silence_watch.core.intent_blend import RuleVerdict

#: How sure an acknowledgement is at least when a promise with a date backs it.
PROMISE_CONFIDENCE: Final = 0.75


#: What the rules may have read beside a dated promise the reader takes for one.
_BESIDE_A_PROMISE: Final = frozenset({None, Intent.ACKNOWLEDGEMENT.value, Intent.REQUEST.value})


def promised_reading(
    intent: Intent | None,
    confidence: float,
    leanings: tuple[str | None, str | None],
    reasons: list[str],
    text: str | None = None,
) -> tuple[Intent | None, float]:
    """A reading that names its answer day (``leanings``: the rules', the reader's).

    A sure next step whose times they will send by that day, asking her nothing, is their
    promise: an acknowledgement (``core.times_to_come``, tester round u43of).
    """
    rules, leaning = leanings
    sure_step = intent is Intent.NEXT_STEP and confidence >= UNSURE_BELOW
    if sure_step and their_move(sentences(text or "")):
        reasons.append("intent acknowledgement: a next step whose times they will send by a day")
        return Intent.ACKNOWLEDGEMENT, max(PROMISE_CONFIDENCE, min(confidence, 0.9))
    perhaps = intent in (Intent.REJECTION, Intent.OFFER) and confidence < UNSURE_BELOW
    if perhaps or intent in (Intent.OTHER, Intent.PLEASANTRY):
        reasons.append("intent acknowledgement: a promise to answer")
        if leaning in (Intent.PLEASANTRY.value, Intent.ACKNOWLEDGEMENT.value) or (
            rules == Intent.ACKNOWLEDGEMENT.value and leaning == Intent.REJECTION.value
        ) or (rules is None and leaning == Intent.OTHER.value):
            # (nor does a promise with its day that neither the rules nor the reader
            # place: "lo hablan ella y Álvaro y te decimos algo antes del viernes 22")
            # warmth with a dated promise in it ("thanks so much! we'll decide by the
            # 11th") is news: the wait for that day, sure enough not to be asked about
            confidence = max(confidence, PROMISE_CONFIDENCE)
        return Intent.ACKNOWLEDGEMENT, confidence
    torn = intent in (Intent.NEXT_STEP, Intent.ACKNOWLEDGEMENT) and confidence < UNSURE_BELOW
    if torn and rules in (Intent.NEXT_STEP.value, Intent.ACKNOWLEDGEMENT.value):
        # "Yasmina wil de tweede ronde zelf inplannen ... je hoort uiterlijk woensdag 2
        # december of we je uitnodigen" (t67sc): a round still to be decided, by a named
        # day; a promise to say by a named day "hoe we verder gaan" (u27bg), which the
        # reader half takes for a step: either reading waits for that day, so it is not
        # asked about
        reasons.append("intent acknowledgement: a next step still to be decided, by its day")
        return Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE
    if intent is Intent.ACKNOWLEDGEMENT and rules in _BESIDE_A_PROMISE and (
        confidence < PROMISE_CONFIDENCE
    ):
        # The reader's guess and a promise with its date agree: "wij verwachten u uiterlijk
        # in week 51 uitsluitsel te geven" need not be asked about; nor need "please do
        # send the deck ... we'll have a decision for you by Wednesday, December 9" (u26sh):
        # what she is asked is hers to answer, the day is theirs.
        reasons.append("sure enough: an acknowledgement that names its date")
        return intent, PROMISE_CONFIDENCE
    return intent, confidence


def still_interested(
    rules: RuleVerdict, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """"Are you still interested?" is a question only the candidate can answer.

    However the rest reads ("sorry for the delay", "the campaign was paused"), the next
    move is theirs: a request, sure enough not to be asked about. So is being asked to
    answer by a day, or whether a day suits ("danke dir! meld dich bis Fr", read as thanks
    by the model: tester round u26sh), unless it is surely a next step.
    """
    if rules.reason not in (STILL_INTERESTED, ASKED_BACK) or (
        intent is Intent.REQUEST and confidence >= PROMISE_CONFIDENCE
    ) or (rules.reason == ASKED_BACK and intent is Intent.NEXT_STEP and (
        confidence >= UNSURE_BELOW
    )):  # fmt: skip
        return intent, confidence
    reasons.append(f"intent request: {rules.reason}")
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


#: The reason ``pause_or_promise`` gives: her own mail reads it back as her pause.
PAUSE_OR_PROMISE: Final = "intent acknowledgement: a pause or a promise, both wait for that day"


#: Why a promise the reader heard beside the rules' pause is the pause's end.
PAUSE_TO_ITS_DAY: Final = (
    "intent on_hold: the rules read a pause, and the day they will be back is its end"
)


def pause_or_promise(
    intent: Intent | None,
    confidence: float,
    said: tuple[str | None, date | None, date | None],
    reasons: list[str],
) -> tuple[Intent | None, float, date | None, date | None]:
    """(intent, confidence, promised_by, revisit_by) from ``said``: the rules', the days.

    Where the rules heard only a promise to come back, an unsure pause with its day becomes
    that promise, sure, as both wait for the same day. A sure pause stays a pause; where
    the rules heard a pause and the reader only the promise of a day, it is the pause to
    that day.
    """
    rules, promised, revisit = said
    if (
        rules == Intent.ON_HOLD.value and intent is Intent.ACKNOWLEDGEMENT
        and promised is not None and revisit is None
    ):  # fmt: skip
        # the rules' pause, the reader's promise of its day: "das Projekt ist vorerst
        # gestoppt, wir melden uns Anfang Januar wieder" (probe-hold7): on hold to that day
        reasons.append(PAUSE_TO_ITS_DAY)
        return Intent.ON_HOLD, max(confidence, UNSURE_BELOW), None, promised
    if (
        revisit is None or promised is not None or rules != Intent.ACKNOWLEDGEMENT.value
        or intent is not Intent.ON_HOLD or confidence >= UNSURE_BELOW
    ):  # fmt: skip
        return intent, confidence, promised, revisit
    reasons.append(PAUSE_OR_PROMISE)
    return Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE, revisit, None


#: Readings of the words that leave the news to a subject that states it.
_NO_NEWS: Final = frozenset({Intent.PLEASANTRY, Intent.ACKNOWLEDGEMENT, Intent.OTHER, None})
#: A confidence just under the line: the reading stands, and the candidate is asked about
#: it (a no said only in the subject, hearsay of one, two words no rule reads).
_ASKED_ABOUT: Final = UNSURE_BELOW - 0.01


#: A fresh subject that says the role is closed or filled (folded): a no said there only.
_CLOSED_ROLE: Final = lazy_pattern(
    r"\b(?:position|role|vacancy|job|opening|requisition|req|posting|search)"
    r" (?:(?:is|has been|now) )?(?:closed|filled|cancell?ed|withdrawn|no longer available)\b"
    r"|\b(?:stelle|position|vakanz|ausschreibung) (?:(?:ist|wurde) )?(?:geschlossen|besetzt"
    r"|vergeben|zuruckgezogen|gestrichen)\b"
    r"|\b(?:poste|offre|recrutement) (?:(?:est|a ete) )?(?:clos|cloture|ferme|pourvu|annule)e?\b"
    r"|\b(?:vacante|puesto|posicion|oferta) (?:(?:ha sido|esta) )?(?:cerrad|cubiert|cancelad)[oa]\b"
    r"|\b(?:vacature|functie|positie) (?:is )?(?:gesloten|vervuld|ingevuld|ingetrokken"
    r"|vervallen)\b"
)


def closed_in_subject(subject: str) -> bool:
    """True when a subject says the role is closed or filled ("Data Engineer - position closed")."""
    return _CLOSED_ROLE.search(fold(subject)) is not None


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
    return subject, min(confidence, _ASKED_ABOUT)


#: A message that says it is not the employer's word (folded).
_UNOFFICIAL: Final = lazy_pattern(
    r"\b(?:nothing(?: is)? official|not official(?: yet)?|unofficial(?:ly)?|off the record"
    r"|(?:you )?did(?:n't| not) hear (?:it|this|that) from me|strictly between us"
    r"|between you and me|nichts offizielles|noch nicht offiziell|inoffiziell"
    r"|(?:das )?hast du (?:aber |naturlich |ubrigens )?nicht von mir|nix offizielles"
    r"|rien d'officiel|pas encore officiel|officieusement"
    r"|tu ne l'as pas entendu de moi|nada oficial|todavia no es oficial|extraoficialmente"
    r"|no te lo he dicho yo|niets officieels|nog niet officieel|officieus"
    r"|je hebt het niet van mij)\b"
)
#: Readings hearsay leaves as warmth: nothing the candidate must answer or wait for.
_NOT_THEIR_WORD: Final = frozenset(
    {Intent.REQUEST, Intent.NEXT_STEP, Intent.ACKNOWLEDGEMENT, Intent.OTHER, None}
)


def unofficial(
    text: str, intent: Intent | None, confidence: float, reasons: list[str],
    rules: str | None = None,
) -> tuple[Intent | None, float]:
    """Hearsay that says it is not official: warmth, or a no or an offer asked about.

    A colleague of the hiring manager, the friend who referred the candidate, writes from
    the company's address: "Dario was pretty fired up ... nothing official obviously ...
    beers when you're back in LA?". Read as a question to answer, it stopped every
    follow-up (tester round t54ir). A sure no is asked about; a sure offer only when the rules
    read it too (``rules``): "he's putting together an offer for you. Congratulations!
    Nothing official" is the learned reader's offer alone, warmth (t93ex).
    """
    if not text or not _UNOFFICIAL.search(fold(text)):
        return intent, confidence
    if intent in (Intent.REJECTION, Intent.OFFER) and confidence >= UNSURE_BELOW and (
        intent is Intent.REJECTION or rules == intent
    ):
        reasons.append(f"perhaps {intent}, but it says it is not official; it asks you")
        return intent, min(confidence, _ASKED_ABOUT)
    if intent in _NOT_THEIR_WORD or intent in (Intent.REJECTION, Intent.OFFER):
        reasons.append("intent pleasantry: it says it is not official, so the waiting goes on")
        return Intent.PLEASANTRY, max(confidence, PROMISE_CONFIDENCE)
    return intent, confidence


#: A promise that waits on what the candidate sends: "dès que j'ai ces éléments", "once I
#: have them", "sobald mir Ihre Unterlagen vorliegen", "en cuanto los tenga" (folded).
_ONCE_I_HAVE: Final = lazy_pattern(
    r"\b(?:once|as soon as|when) (?:i|we)(?:'ve| have| had)? (?:receive[d]?|get|got|have|had)"
    r"\b|\b(?:des que|lorsque|quand|une fois que) (?:j'ai|j'aurai|nous avons|nous aurons|je les"
    r" (?:ai|aurai|recois|recevrai)|je recois|nous recevons)\b|\bdes reception\b"
    r"|\bsobald (?:ich|wir|mir|uns)\b[^.!?]{0,40}\b(?:habe|haben|erhalte|erhalten|vorliegen"
    r"|vorliegt)\b|\b(?:en cuanto|cuando|una vez que|apenas) (?:los |las |lo |la )?(?:tenga"
    r"|tengamos|reciba|recibamos)\b|\bzodra (?:ik|we|wij)\b[^.!?]{0,30}\b(?:heb|hebben"
    r"|ontvang|ontvangen|binnen)\b"
)


#: Her note passed on to the person who decides, in five languages (folded): "I'm sorry but
#: I'm not the right person for this - I've forwarded your note to Mia in HR" was a sure no
#: (0.99) to the learned reader alone; the corpus reads such a handover as no news.
_DECISIVE: Final = frozenset({Intent.REJECTION, Intent.OFFER})
_PASSED_ON: Final = lazy_pattern(
    r"\b(?:i've|i have|we've|we have|i|we) (?:forwarded|passed|sent|handed) (?:on )?(?:your"
    r"|this|the) (?:note|email|message|mail|question|request|query|details|cv|application)"
    r" (?:on |over )?to\b"
    r"|\b(?:ihre|deine|die|ihr|dein) (?:nachricht|mail|e-mail|anfrage|frage|bewerbung"
    r"|unterlagen|lebenslauf) (?:\w+ ){0,6}?weitergeleitet\b"
    r"|\b(?:j'ai|nous avons) (?:transmis|transfere|fait suivre) (?:votre|ton|ta|vos|tes)"
    r" (?:message|mail|courriel|demande|candidature|question|cv)\b"
    r"|\b(?:he|hemos) (?:reenviado|pasado|trasladado|derivado) (?:tu|su) (?:mensaje|correo"
    r"|consulta|solicitud|candidatura|cv|pregunta)\b"
    r"|\b(?:ik heb|we hebben|wij hebben) (?:je|jouw|uw) (?:bericht|mail|e-mail|vraag"
    r"|sollicitatie|cv) (?:\w+ ){0,4}?doorgestuurd\b"
)

@dataclass(frozen=True, slots=True)
class _RulesStand:
    """One case where the rules' reading stands over the reader's.

    When the rules heard ``heard``, the reader said ``read`` and the folded text ``shows``
    it, the reading is ``then``, at ``PROMISE_CONFIDENCE`` (or the reader's own, if surer
    and ``keeps_surer``).
    """

    heard: Callable[[RuleVerdict], bool]
    read: Callable[[Intent | None, float], bool]
    shows: Callable[[str], object]
    then: Intent
    why: str
    keeps_surer: bool = False


def _always(_folded: str) -> bool:
    return True


def _decisive(intent: Intent | None, _sure: float) -> bool:
    return intent in _DECISIVE


def _reason_is(reason: str) -> Callable[[RuleVerdict], bool]:
    return lambda rules: rules.reason == reason


#: Where the rules heard what comes first, their reading stands (first row that holds).
#: A round only if she is chosen ("If you're shortlisted, we'll send an invite"): the reader
#: hears the invitation (p=0.99), not the "if": the move would have been hers (stop 48).
#: A decision the reader hears as a sure no or offer: "wir haben uns entschieden, die
#: Entscheidung erst nach dem Teammeeting zu treffen" (they decided when), "... die Stelle
#: vorerst nicht zu besetzen" (a pause, as the corpus's dn-126), "Schade, dass Sie sich für
#: ein anderes Angebot entschieden haben" (her decision: their kind word; probe-noes11).
#: Her note passed on to the one who decides ("sorry, not the right person"): they will
#: write. A request whose promise waits on her answer is her move ("pourriez-vous me
#: communiquer deux références ? Je reviens vers vous dès que j'ai ces éléments").
_RULES_STAND: Final = (
    _RulesStand(
        _reason_is(CHOSEN_FIRST),
        lambda intent, _sure: intent is Intent.NEXT_STEP,
        selected_if,
        Intent.ACKNOWLEDGEMENT,
        "a round only if you are chosen; they will write",
    ),
    *(
        _RulesStand(_reason_is(said), _decisive, _always, then, said)
        for said, then in (
            (DECIDING_WHEN, Intent.ACKNOWLEDGEMENT),
            (NOT_FILLED_FOR_NOW, Intent.ON_HOLD),
            (HER_NO, Intent.PLEASANTRY),
        )
    ),
    _RulesStand(
        lambda rules: rules.intent is None,
        _decisive,
        _PASSED_ON.search,
        Intent.OTHER,
        "your message was passed on to someone else",
    ),
    _RulesStand(
        lambda rules: rules.intent == Intent.REQUEST.value,
        lambda intent, sure: intent is Intent.ACKNOWLEDGEMENT
        or (intent is Intent.NEXT_STEP and sure < UNSURE_BELOW),
        _ONCE_I_HAVE.search,
        Intent.REQUEST,
        "they come back once they have your answer",
        keeps_surer=True,
    ),
)


def rules_first(
    rules: RuleVerdict, text: str, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """Where the rules heard what comes first, their reading stands (``_RULES_STAND``)."""
    for row in _RULES_STAND:
        if row.heard(rules) and row.read(intent, confidence) and row.shows(fold(text)):
            reasons.append(f"intent {row.then.value}: {row.why}")
            sure = max(confidence, PROMISE_CONFIDENCE) if row.keeps_surer else PROMISE_CONFIDENCE
            return row.then, sure
    return intent, confidence


#: Words the model alone may not read surely when no rule does.
_TOO_FEW_WORDS: Final = 3


def too_short_to_tell(
    rules: RuleVerdict, text: str, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """Two or three words no rule reads: unsure, whatever the model's lean ("Will do!")."""
    if rules.intent is not None or confidence < UNSURE_BELOW or intent is None:
        return intent, confidence
    words = len(text.split())
    if not 0 < words <= _TOO_FEW_WORDS:
        return intent, confidence
    reasons.append(f"unsure: {words} words no rule reads; it asks you")
    return intent, _ASKED_ABOUT
