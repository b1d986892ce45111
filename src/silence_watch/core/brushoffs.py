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

if TYPE_CHECKING:
    from silence_watch.core.intent_blend import RuleVerdict

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


def not_a_brush_off(
    rules: RuleVerdict, text: str | None, reasons: list[str], *, dated: bool
) -> bool:
    """A promise no brush-off makes, whatever the cold head says.

    A person's own ("Danke, melde mich!", with no "if"), or one with its date ("a decision
    for you by December 9").
    """
    if rules.cold or not (dated or _PERSONAL_PROMISE.search(fold(text or ""))):
        return False
    reasons.append("not cold: " + ("they name the day they will answer by" if dated
                                   else "they promise to write themselves, with no 'if'"))
    return True
