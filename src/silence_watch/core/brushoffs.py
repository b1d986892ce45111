"""When a reply the cold head calls curt is no brush-off. Pure.

The learned cold head reads "Danke, melde mich!" and "Thanks Jordan! We'll have a decision
for you by December 9" as curt (short, few courtesies); a brush-off ("We'll be in touch if
there's a fit") promises nothing of its own. A person's own promise with no condition, or
a promise with its day, keeps the process waiting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.phrases_brush_offs import PRAISE, TIME_SHE_GAVE

if TYPE_CHECKING:
    from silence_watch.core.intent_blend import RuleVerdict

#: A condition on being contacted: what every brush-off has ("if shortlisted", "bei
#: Interesse", "si votre profil", "only shortlisted candidates will be notified"; folded).
_CONDITION: Final = lazy_pattern(
    r"\b(?:if|unless|should|whenever|falls|wenn|sofern|sollte\w*|b(?:ei|ij) (?:interesse|bedarf)|si"
    r"|en caso|caso de|als|indien|mocht\w*|only shortlisted|solo (?:los|las)|nur (?:die|bei)"
    r"|seulement|uniquement|alleen|solamente|unicamente|eventuell\w*|le cas echeant"
    r"|dado el caso|(?:candidates|applicants) only)\b"
)

#: A person's own warmth, not a formula ("will keep you in mind", "thank you for your
#: time" are said to everyone): "I really enjoyed", "me encantó conocerte" (folded).
_WARM: Final = lazy_pattern(
    r"\b(?:so much|really|genuinely|truly|enjoyed|loved|lovely|impressed|a pleasure|great to"
    r"|de verdad|encant\w*|muchisim\w*|vraiment|ravie?|beaucoup aime|echt leuk|leuk om"
    r"|sehr gefreut|herzlich\w*"
    # a phone's warm no: "sorry mate they went another way gutted for you ill keep an eye
    # out for other stuff" (the cold head at 0.69 on its few words; probe-noes10)
    r"|gutted|keep (?:an eye|my eyes) (?:out|open)|balen|ogen open)\b"
    # the time she gave them thanked for, never her mere interest: "Thank you for the time you
    # invested in the process" under a portal's "Status: Not selected" (t15ag); no no of the
    # corpus labelled curt says so, 45 courteous ones do
    rf"|{TIME_SHE_GAVE}|{PRAISE}"
)

#: A promise in the first person singular with no condition beside it ("melde mich", "I'll
#: get back to you", "te escribo"): a person answering for themselves (folded).
_PERSONAL_PROMISE: Final = lazy_pattern(
    r"^(?!.*\b(?:if|falls|wenn|sofern|si|als|indien|should)\b).*\b(?:melde mich|meld mich"
    r"|i'll (?:get back|be in touch|let you know|reach out|write)|i will (?:get back|be in touch"
    r"|let you know)|je reviens vers|je (?:te|vous) (?:recontacte|tiens au courant|redis)"
    r"|(?:te|le) (?:escribo|aviso|digo algo|cuento)|ik (?:laat (?:je|u|jou) \w+ weten|meld me"
    r"|kom (?:er )?(?:op )?terug))\b",
    re.DOTALL,
)


#: Readings no brush-off has: a step, an ask, an offer, thanks, a pause.
_NEWS: Final = frozenset({Intent.OFFER, Intent.NEXT_STEP, Intent.REQUEST, Intent.PLEASANTRY,
                          Intent.ON_HOLD})


def not_a_brush_off(
    rules: RuleVerdict,
    text: str | None,
    reasons: list[str],
    *,
    dated: bool,
    intent: Intent | None = None,
) -> bool:
    """A promise no brush-off makes, whatever the cold head says.

    A person's own ("Danke, melde mich!", with no "if"), one with its date ("a decision
    for you by December 9"), or any acknowledgement with no condition at all: a brush-off
    promises only "if" ("Will revert if shortlisted", "Bei Interesse melden wir uns"), as
    every cold acknowledgement of the corpus does, and "Will do!" closed the door on a
    process (the cold head at 0.97 on two words).
    """
    if intent in _NEWS:  # the reader's no given way to her next round (``core.not_a_no``)
        reasons.append(f"not cold: {intent} is no brush-off")
        return True
    if rules.cold:
        return False
    folded = fold(text or "")
    if intent is Intent.REJECTION and _WARM.search(folded):
        # "lo siento muchísimo ... Me encantó conocerte, de verdad": a warm no (tester
        # round t59sl), whatever the cold head makes of its length
        reasons.append("not cold: a no in personal, warm words")
        return True
    unconditional = intent is Intent.ACKNOWLEDGEMENT and not _CONDITION.search(folded)
    if not (dated or unconditional or _PERSONAL_PROMISE.search(folded)):
        return False
    reasons.append("not cold: " + ("they name the day they will answer by" if dated
                                   else "they promise to come back, with no 'if'"))
    return True
