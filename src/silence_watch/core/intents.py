"""What an employer's message means, from the phrases it uses: intents and coldness.

The phrases are in ``core.intent_phrases`` (en, de, fr, es, nl); this module folds the
sender's own words (``fold``), finds every phrase, and decides. Several intents often
occur in one message ("unfortunately the role is filled, but we'd like to talk to you
about another one"), so the decision is a precedence, written once in ``_decide``:

1. an explicit offer to the candidate ("we'd like to offer you the role");
2. a rejection that names the outcome (another candidate, not selected) -- unless all it
   says is that the job is filled and a next step follows (another role);
3. a pause in hiring ("on hold", "Einstellungsstopp"), which also explains the softer
   "we can't continue the process for now";
4. any other rejection ("we will not move forward", "regret to inform");
5. a next step (another round, a task, scheduling), then a request, then an
   acknowledgement (received, will be in touch, still deciding);
6. a pleasantry: a short note of thanks or warmth with none of the above and no question.

A negation in front of good news makes it bad news ("we won't be offering you the
role", "we will not invite you to the onsite"); "this is not a rejection" cancels the
softer rejection phrases. ``is_cold`` tells a short, impersonal brush-off. Pure: no IO.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core import intent_table
from silence_watch.core.calloff_forms import of_a_meeting
from silence_watch.core.calloff_words import DAY_WORDS
from silence_watch.core.counterfactuals import wished_not_made
from silence_watch.core.courtesy_questions import without_courtesy_questions
from silence_watch.core.denied_noes import denied_no
from silence_watch.core.dropped_things import of_a_thing
from silence_watch.core.her_declined_round import in_her_refusal, she_declined
from silence_watch.core.hypotheticals import after_last, bounds, hypothetical_no, said_of_others
from silence_watch.core.intent_phrases import (
    ANOTHER_JOB,
    CONDITIONAL_CONTACT,
    COURTESY,
    HARMLESS_NEGATIONS,
    HER_NO,
    NEGATION,
    NOT_A_REJECTION,
    NOT_AN_OFFER,
    NOT_COURTESY,
    PAUSE_THEN_FILLED,
    PERSONAL_WARMTH,
    PROCESS_WORDS,
    SOMEONE_AWAY,
)
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.not_yet import not_yet
from silence_watch.core.offer_denials import denied_stage, taken_back
from silence_watch.core.offer_lookalikes import not_made
from silence_watch.core.offers_in_making import offer_in_making
from silence_watch.core.other_opening_noes import of_another_opening
from silence_watch.core.others_interviews import others_interviewed
from silence_watch.core.pause_lookalikes import not_a_pause, pause_over
from silence_watch.core.phrase_rows import FILLED, POLAR, STILL_INTERESTED, STRONG, WEAK
from silence_watch.core.phrases_decision_days import ONLY_A_PLAN
from silence_watch.core.phrases_withheld_news import ONLY_THE_MEDIUM
from silence_watch.core.process_wishes import without_process_wishes
from silence_watch.core.role_turns import turns
from silence_watch.core.shorthand import expanded
from silence_watch.core.sign_offs import SIGN_OFF
from silence_watch.core.signature_blocks import without_signature_block
from silence_watch.core.step_lookalikes import not_her_move, selected_if
from silence_watch.core.whether_clauses import in_whether_clause

if TYPE_CHECKING:
    from silence_watch.core.intent_table import Phrase


def _rx(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, re.IGNORECASE)


#: Where a negation's clause ends: a stop, "but", "so", a new "and we" ("que leur candidature
#: n'était pas retenue, et nous souhaiterions vous proposer un dernier entretien"), a day they
#: cannot do ("el martes no podemos, se nos juntó con otra reunión": that meeting is theirs).
_CLAUSE_END: Final = lazy_pattern(
    r"[.!?;:)]|\b(?:but|however|aber|jedoch|mais|pero|maar)\b|, (?:so|daher|deshalb|donc|alors"
    r"|asi que|dus|daarom)\b|, (?:and|et|y|und|en) (?:we|nous|wir|wij|queremos|nos)\b"
    rf"|\b(?:{DAY_WORDS}) (?:no podemos|no puedo|no nos va|no me va|we can't|can't"
    r"|doesn't work|geht (?:leider )?nicht|klappt (?:leider )?nicht|ne marche pas"
    r"|lukt (?:helaas )?niet|gaat (?:helaas )?niet),")
_NEGATION_REACH = 45  # how far back a negation reaches, up to where a clause ends
_CONDITION_REACH = 160  # "En caso de que su perfil resulte seleccionado, sería convocada" ...
#: What makes good news that follows a condition: "if your profile matches, a recruiter
#: will schedule a call", "whether you will be invited", "before they can make an offer",
#: "if we'd like to move forward".
_CONDITION: Final = lazy_pattern(
    r"\b(?:if|should|falls|wenn|sofern|si|indien|mocht|als|once) (?:your|ihr|ihre|dein|deine|votre"
    r"|ton|tu|su|je|uw|jouw) (?:background|profile|profil|perfil|profiel|experience|erfahrung"
    r"|experiencia|ervaring|qualifications|qualifikation\w*|cv|lebenslauf|skills|application"
    r"|bewerbung|candidature|candidatura|sollicitatie)"
    r"|\b(?:if|falls|wenn|si|als|once) (?:we|wir|nous|on|nosotros|they|sie)(?:'d|'re| would| are"
    r"| (?:\S+ ){0,2}?(?:want|decide|wish|mochten|wollen|souhaitons|decidons|queremos|willen))"
    r"|\bwhether\b|\b(?:ob|of) (?:wir |we )?(?:you|sie|du|dich|vous|tu|usted|je|u|jou)\b"
    r"|\btanto si\b|\babout who\b|\bwhich (?:candidates|applicants)\b"
    r"|\bsollten sie (?:\S+ ){0,3}?(?:in frage|in die engere|ausgewahlt|geeignet|weiterkommen)"
    # the step waits on her answer: "Would you be open to 80k? If so, we'll move you to ..."
    r"|\b(?:if so|if that's the case|falls ja|wenn ja|si c'est le cas|si es asi|zo ja)\b"
    # hoped for, not made: "we're hoping to be able to make you an offer soon"
    r"|\b(?:hope|hoping|hopeful|hopefully|expect|expecting|plan|planning) (?:that )?(?:we "
    r"|to )?(?:will |can |(?:be )?able to )*$"
    r"|\b(?:hoffen|hoffentlich|esperons|esperamos|espero|hopen|hopelijk)\b"
    # who goes on is still to be decided: "laten ... weten wie er doorgaat naar de tweede ronde"
    r"|\b(?:wie|who) (?:er |will |we'll )?(?:doorgaat|doorgaan|verder ?gaat|door gaat|goes"
    r"|go through|moves? (?:on|forward|through)|progress\w*|advance\w*)\b"
    r"|\bwer (?:es )?(?:in die|zur|ins|weiterkommt|weiter kommt)\b"
    r"|\bqui (?:passe\w*|continue\w*|sera retenu\w*|ira)\b"
    r"|\bquien(?:es)? (?:pasa\w*|sigue\w*|avanza\w*|continua\w*)\b",
)
#: "Before they can make you an offer, ...": only up to the comma.
_BEFORE: Final = lazy_pattern(r"\b(?:before|bevor|avant (?:de|que|qu')|antes de|voordat)\b")
#: Clause ends for a condition (a comma does not end "If your profile fits, we ...").
_CONDITION_END: Final = lazy_pattern(r"[.!?;:]")
#: Rows whose news a reassurance ("this is not a rejection") takes back.
_SOFT_REJECTIONS: Final = frozenset(
    {"bad news, kindly put", "they regret to tell you", "a rejection"},
)
_GOOD_NEWS: Final = frozenset({Intent.OFFER, Intent.NEXT_STEP})
_CLOCK_TIME: Final = lazy_pattern(r"\b\d{1,2}(?::\d\d| ?h\b| ?uhr\b| ?[ap]\.?m\b| ?u\b)")
#: A pleasantry is short: a long letter with warm words in it has news too.
_PLEASANTRY_MAX_WORDS = 45
#: The most words a cold reply has, by intent (other intents are never cold).
_COLD_LENGTHS: Final[dict[Intent | None, int]] = {Intent.REJECTION: 26, Intent.ACKNOWLEDGEMENT: 30}
#: What mail apps append, which says nothing about how warm a reply is.
_DEVICE_LINES: Final = _rx(
    r"\b(?:sent from my \w+|get outlook for \w+|von meinem \w+ gesendet|envoye de mon \w+"
    r"|obtenir outlook pour \w+|enviado desde mi \w+|obtener outlook para \w+"
    r"|verzonden (?:vanaf|met) mijn \w+|outlook voor \w+ downloaden)\b.*$",
)


#: The reason of the sponsorship row (``core.phrases_more``).
NO_SPONSORSHIP: Final = "they cannot sponsor a visa"
#: A question about her right to work, in five languages (folded).
_RIGHT_TO_WORK: Final = _rx(
    r"\b(?:right to work|work(?:ing)? (?:authori[sz]ation|permit|visa|rights)|visa status"
    r"|immigration status|eligible to work|(?:need|require)s? (?:visa )?sponsorship"
    r"|arbeitserlaubnis|aufenthaltstitel|arbeitsgenehmigung|permis de travail"
    r"|autorisation de travail|titre de sejour|permiso de (?:trabajo|residencia)"
    r"|autorizacion de trabajo|werkvergunning|verblijfsvergunning|tewerkstellingsvergunning)\b"
)

#: Words that make a sentence ask her something (folded, five languages).
_ASKING: Final = _rx(
    r"\b(?:whether|do you|are you|could you|can you|would you|please (?:confirm|let)"
    r"|confirm|let (?:me|us) know|ob (?:sie|du)|konnten sie|bitte (?:teilen|bestatigen)"
    r"|si vous|si tu|pourriez-vous|pouvez-vous|merci de (?:nous )?(?:confirmer|indiquer)"
    r"|si (?:usted|tienes|cuentas|dispones)|podria|podrias|confirma|of (?:je|u) \w+"
    r"|kun je|kunt u|laat (?:je|u) \w+ weten)\b"
)

_SENTENCE_ENDS: Final = (".", "!", "?", "\n\n")


def _asks_right_to_work(folded: str) -> bool:
    """True when a sentence of ``folded`` asks her about her right to work or visa."""
    for found in _RIGHT_TO_WORK.finditer(folded):
        start, stop = bounds(folded, found.start(), found.end(), _SENTENCE_ENDS)
        sentence = folded[start : stop + 1]
        if sentence.endswith("?") or _ASKING.search(sentence):
            return True
    return False


def _negated(text: str, start: int, end: int) -> bool:
    """True when the clause in front of ``text[start:end]`` negates it (or wished it)."""
    if ONLY_THE_MEDIUM.match(text, end):
        return False  # "Geen uitnodiging per post, alleen de link": the paper withheld
    window = after_last(text[max(0, start - _NEGATION_REACH) : start], _CLAUSE_END)
    scope = HARMLESS_NEGATIONS.sub(" ", window + " " + text[start:end])
    return NEGATION.search(scope) is not None or wished_not_made(text, start, end)


def _conditional(text: str, start: int) -> bool:
    """True when the clause in front of ``start`` makes what follows a condition."""
    window = after_last(text[max(0, start - _CONDITION_REACH) : start], _CONDITION_END)
    if _CONDITION.search(window) is not None or in_whether_clause(window) or selected_if(window):
        return True  # "if we'd like to ...", "laten wij u weten of wij u uitnodigen"
    return _BEFORE.search(window.rpartition(",")[2]) is not None


def phrase_hits(folded: str, *, prefilter: bool = True) -> dict[Intent, tuple[int, str]]:
    """Every intent whose phrases occur in ``folded`` text: its strongest hit and why.

    A negated polar phrase (good news) counts as a rejection instead. ``prefilter``
    skips a pattern none of whose anchor literals occurs (it cannot match there); the
    result is the same without it, only slower.
    """
    hits: dict[Intent, tuple[int, str]] = {}
    reassured = NOT_A_REJECTION.search(folded) is not None
    # the pause is over, said as a fact, not in a condition (tester round u21gh)
    resumed = pause_over(folded)
    away = SOMEONE_AWAY.search(folded) is not None  # "sorry to say Dana has had a death ..."

    def add(intent: Intent, strength: int, reason: str) -> None:
        known = hits.get(intent)
        if known is None or strength > known[0]:
            hits[intent] = (strength, reason)

    table = intent_table.table()
    indices = intent_table.candidates(table, folded) if prefilter else range(len(table.phrases))
    for index in indices:
        phrase = table.phrases[index]
        intent, strength, reason = phrase.intent, phrase.strength, phrase.reason
        for found in intent_table.pattern_of(table, index).finditer(folded):
            if _not_news(folded, phrase, found.start(), reassured=reassured) or (
                away and reason in _SOFT_REJECTIONS
            ) or (intent is Intent.REJECTION and (said_of_others(folded, found.start())
                   or of_a_meeting(folded, found.start())  # "gesprek gaat niet door"
                   or in_her_refusal(folded, found.start())  # "you'd rather not"
                   or denied_no(folded, *found.span())  # "wurde nicht abgelehnt"
                   or of_another_opening(folded, found.end())  # "another vacancy"
                   or of_a_thing(folded, *found.span()))) or (  # "the agency", "the test"
                intent is Intent.NEXT_STEP and others_interviewed(folded, *found.span())
            ) or (intent is Intent.OFFER and not_made(folded, *found.span())) or (
                intent is Intent.ON_HOLD and (resumed or not_a_pause(folded, *found.span()))
            ) or denied_stage(folded, reason, *found.span()) or not_her_move(
                folded, intent, *found.span()
            ):
                continue
            if strength == POLAR and _negated(folded, found.start(), found.end()):
                if not (hypothetical_no(folded, found.start()) or not_yet(folded, *found.span())):
                    add(Intent.REJECTION, WEAK, f"not: {reason}")
                continue
            add(intent, STRONG if strength == POLAR else strength, reason)
            break
    if reassured:
        hits.setdefault(Intent.ACKNOWLEDGEMENT, (WEAK, "it is not a rejection"))
    if offer_in_making(folded):  # "the offer letter is in draft with legal" (u55sw)
        hits.setdefault(Intent.ACKNOWLEDGEMENT, (WEAK, "the offer is still in the making"))
    return _no_as_a_condition(folded, hits)


def _no_as_a_condition(
    folded: str, hits: dict[Intent, tuple[int, str]]
) -> dict[Intent, tuple[int, str]]:
    """``hits``, with a no that only frames a next step or a question weakened or gone."""
    onward = Intent.NEXT_STEP in hits or Intent.REQUEST in hits
    if Intent.REJECTION in hits and onward and ANOTHER_JOB.search(folded):
        hits[Intent.REJECTION] = (WEAK, FILLED)  # no for this job, another on offer
    elif hits.get(Intent.REJECTION, (0, ""))[1] == NO_SPONSORSHIP and (
        Intent.REQUEST in hits and _asks_right_to_work(folded)
    ):
        # "could you confirm whether you have the right to work in the UK? ... we are
        # unable to offer sponsorship": a condition of going on, asked about; no decision
        del hits[Intent.REJECTION]
    return hits


def _not_news(folded: str, phrase: Phrase, start: int, *, reassured: bool) -> bool:
    """True when the phrase found at ``start`` is said of no real case: skipped."""
    if phrase.intent in _GOOD_NEWS and (_conditional(folded, start) or (
            phrase.strength != POLAR and wished_not_made(folded, start, start))):
        return True  # "if we'd like to schedule a call", "whether you are invited"
    if phrase.intent is Intent.REJECTION and hypothetical_no(folded, start):
        return True  # "if you are not selected", "candidates who are not selected"
    return reassured and phrase.reason in _SOFT_REJECTIONS  # "not a rejection, a delay"


def _decide(hits: dict[Intent, tuple[int, str]]) -> tuple[Intent, str] | None:
    rejection = hits.get(Intent.REJECTION)
    filled_only = rejection is not None and rejection[1] == FILLED
    onward = hits.get(Intent.NEXT_STEP) or hits.get(Intent.REQUEST)
    if Intent.OFFER in hits and hits[Intent.OFFER][0] == STRONG and not taken_back(rejection):
        return Intent.OFFER, hits[Intent.OFFER][1]
    if rejection is not None and filled_only and onward is not None:
        return Intent.NEXT_STEP, f"{onward[1]} (the role is filled, another is offered)"
    # "put on hold ... and has subsequently been filled": the pause ended in a no
    ended = filled_only and Intent.ON_HOLD in hits
    if rejection is not None and (rejection[0] == STRONG or ended):
        return Intent.REJECTION, PAUSE_THEN_FILLED if ended else rejection[1]
    if Intent.ON_HOLD in hits and hits.get(Intent.REQUEST, (0, ""))[1] != STILL_INTERESTED:
        return Intent.ON_HOLD, hits[Intent.ON_HOLD][1]  # "delayed. Still interested?" asks
    request = hits.get(Intent.REQUEST)
    promise = hits.get(Intent.ACKNOWLEDGEMENT)
    if request is not None and request[0] == WEAK and promise and promise[1] not in ONLY_A_PLAN:
        del hits[Intent.REQUEST]  # a question beside a promise to answer is not the point
    order = [Intent.REJECTION, Intent.OFFER, Intent.NEXT_STEP, Intent.REQUEST]
    order.append(Intent.ACKNOWLEDGEMENT)
    if request is not None and request[1] == STILL_INTERESTED:
        # "Are you still interested?" is what the message needs answered, whatever else it
        # says ("sorry for the delay", "I'd love to set up a chat").
        order.insert(0, Intent.REQUEST)
    for intent in order:
        if intent in hits:
            return intent, hits[intent][1]
    return None


#: An invitation to apply again, the courtesy of a rejection.
_APPLY_AGAIN: Final = lazy_pattern(
    r"\b(?:apply|applying|re-apply|reapply|postuler|candidater|bewerben|bewerbung|postular"
    r"|postularte|postularse|solliciteren|solliciteer)\b"
)


def intent_of(text: str) -> tuple[Intent, str] | None:
    """The intent of ``text`` (the sender's own words) and why, or None: no known phrase."""
    folded = fold(expanded(text))  # "will LYK by Fri", "we went w/ an internal" (u49sh)
    hits = phrase_hits(folded)
    if Intent.OFFER in hits and NOT_AN_OFFER.search(folded):  # "does not guarantee an offer"
        del hits[Intent.OFFER]
    found = _decide(dict(hits))
    if found is not None and found[0] is Intent.REJECTION and Intent.NEXT_STEP in hits:
        return _another_role(folded) or found
    if found is not None:
        return found
    if she_declined(folded):  # "schade, dass Sie nicht zum zweiten Gespräch kommen möchten"
        return Intent.PLEASANTRY, HER_NO
    if _is_pleasantry(folded, fold(expanded(_before_sign_off(text)))):  # not "Recruiter"
        return Intent.PLEASANTRY, "thanks or warmth, and no news"
    return None


def another_role_offered(text: str) -> bool:
    """Whether ``text`` says no for this role and offers a next step about another one."""
    folded = fold(text)
    hits = phrase_hits(folded)
    if Intent.NEXT_STEP not in hits and Intent.REQUEST not in hits:
        return False
    if Intent.REJECTION in hits and ANOTHER_JOB.search(folded):
        return True  # "gekozen voor een andere kandidaat. Maar ik heb wel iets anders voor je"
    return _another_role(folded) is not None


def _another_role(folded: str) -> tuple[Intent, str] | None:
    """A no for one role, then "however" and a next step about another: a next step.

    "The Procurement role has been filled internally. However, the hiring manager for our
    Analytics Lead opening would like to speak with you": the candidate goes on.
    """
    turn = next(turns(folded), None)
    if turn is None:
        return None
    if _APPLY_AGAIN.search(folded, turn.end()) is not None:
        return None  # "we invite you to apply again for a post that suits you": still a no
    before = _decide(phrase_hits(folded[: turn.start()]))
    after = _decide(phrase_hits(folded[turn.end() :]))
    if before is None or before[0] is not Intent.REJECTION:
        return None
    if after is None or after[0] not in (Intent.NEXT_STEP, Intent.REQUEST):
        return None  # (a call about the other role asked for with "send me two or three times")
    return Intent.NEXT_STEP, f"{after[1]} (no for one role, then another)"


def _is_pleasantry(folded: str, signed: str) -> bool:
    words = _DEVICE_LINES.sub("", folded).split()
    return (
        0 < len(words) <= _PLEASANTRY_MAX_WORDS
        and "?" not in without_courtesy_questions(folded)
        and COURTESY.search(folded) is not None
        and NOT_COURTESY.search(folded) is None
        and PROCESS_WORDS.search(without_process_wishes(signed)) is None
        and _CLOCK_TIME.search(folded) is None
    )


def _before_sign_off(text: str) -> str:
    """``text`` up to its first line that only signs off, if it has one."""
    lines = text.splitlines()
    cut = next((i for i, line in enumerate(lines) if SIGN_OFF.match(fold(line))), len(lines))
    return "\n".join(lines[:cut]) if cut else text


def is_cold(text: str, intent: Intent | None) -> bool:
    """True for a short, impersonal brush-off ("Not a fit.", "We'll be in touch if it fits").

    A formula of thanks ("thank you for your interest") does not warm it; personal words
    ("I really enjoyed meeting you") do.
    """
    longest = _COLD_LENGTHS.get(intent)
    if longest is None:
        return False
    kept = _before_sign_off(text)
    folded = _DEVICE_LINES.sub("", fold(kept))
    counted = _DEVICE_LINES.sub("", fold(without_signature_block(kept))).split()  # no team, address
    if not 0 < len(counted) <= longest or PERSONAL_WARMTH.search(folded):
        return False
    return intent is Intent.REJECTION or CONDITIONAL_CONTACT.search(folded) is not None


def is_curt(text: str) -> bool:
    """True for a short text with no courtesy in it ("We've filled the position.")."""
    return is_cold(text, Intent.REJECTION)


#: Subjects that decide the intent without a body (only for fresh, non-reply subjects).
SUBJECT_INTENT_RULES: Final[tuple[tuple[re.Pattern[str], Intent, str], ...]] = (
    (_rx(r"^\W*(?:invitation|updated invitation|invitation updated|einladung|uitnodiging"
         r"|invitacion):"), Intent.NEXT_STEP, "calendar invitation subject"),
    (_rx(r"\b(?:interview (?:invitation|request|confirmation)|invitation to (?:an? )?interview"
         r"|schedule (?:your|an) interview|einladung zum (?:vorstellungs)?gesprach"
         r"|convocation a un entretien|invitacion a (?:una )?entrevista"
         r"|uitnodiging (?:voor (?:een )?)?(?:sollicitatie|kennismakings)?gesprek)\b"),
     Intent.NEXT_STEP, "interview invitation subject"),
    (_rx(r"\b(?:offer letter|job offer|offer of employment|jobangebot|vertragsangebot"
         r"|proposition d'embauche|oferta de empleo|arbeidsovereenkomst)\b"), Intent.OFFER,
     "offer subject"),
    (_rx(r"^\W*(?:application received|we(?:'ve| have) received your application"
         r"|thank(?:s| you) for applying|eingangsbestatigung|accuse de reception"
         r"|ontvangstbevestiging|confirmacion de (?:tu|su) candidatura)"), Intent.ACKNOWLEDGEMENT,
     "application-received subject"),
)


def subject_intent(subject: str) -> tuple[Intent, str] | None:
    """The intent a fresh subject alone decides, or None."""
    folded = fold(subject)
    for pattern, intent, why in SUBJECT_INTENT_RULES:
        if pattern.search(folded):
            return intent, why
    return None
