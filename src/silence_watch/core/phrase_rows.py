"""How the intent phrase tables are written: strengths, the row shape, the word gap.

Shared by ``core.phrases_outcome`` (rejection, offer) and ``core.phrases_process`` (next
step, request, pause, acknowledgement), which ``core.intent_phrases`` puts together.
Patterns are written for *folded* text (``core.language.fold``: lower case, accents
dropped, "ß" as "ss", straight apostrophes, single spaces), so "Rückmeldung" is matched as
``ruckmeldung`` and "décidé" as ``decide``.

Strength says how much a phrase settles the matter: ``STRONG`` phrases name the outcome
("we have chosen another candidate", "we'd like to offer you the role"), ``WEAK`` ones
usually go with it but also occur elsewhere ("we regret to tell you", "the position has
been filled", which may be followed by another role). ``POLAR`` phrases are good news
that a negation in front turns into a rejection ("we won't be offering you the role").

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.fast_start import fast_start
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

if TYPE_CHECKING:
    import re

STRONG: Final = 2
WEAK: Final = 1
POLAR: Final = 3  # strong, and a negation in front makes it a rejection

REJECTION: Final = Intent.REJECTION
OFFER: Final = Intent.OFFER
NEXT_STEP: Final = Intent.NEXT_STEP
REQUEST: Final = Intent.REQUEST
ACK: Final = Intent.ACKNOWLEDGEMENT
ON_HOLD: Final = Intent.ON_HOLD

#: A tag after a statement ("te cuento algo, ¿vale?", "I'll let you know, ok?", "ça te va
#: ?"): the sentence says something; it asks nothing (folded; tester round t70dr).
TAG_WORDS: Final = (
    r"(?:vale|ok|okay|okey|right|yes|no|si|verdad|de acuerdo|(?:te|le) parece(?: bien)?|sale"
    r"|dale|va|d'accord|ca (?:te|vous) va|einverstanden|oder|gell|goed|prima|is dat (?:ok|goed))"
)
#: Before a question mark: unless all that is left is such a tag.
NOT_A_TAG: Final = rf"(?![^.!?:]*,\s*¿?{TAG_WORDS}\s*\?)"
#: A reason for rejections that only say the job is gone: another role may follow.
#: Where a short sentence starts in folded text (one line): the text's start, or a stop.
SENTENCE_START: Final = r"(?:^|[.!?,:;] )"
FILLED: Final = "the position is filled"
#: The reason of a withdrawn offer or a cancelled role: the door is closed, not paused.
WITHDRAWN: Final = "they withdrew the offer, or the role itself"
#: The reason of the question "are you still interested?": the message is that question.
STILL_INTERESTED: Final = "they ask if you are still interested"
#: The reason of "meld dich bis Fr", "let me know if Thursday works": her answer is due.
ASKED_BACK: Final = "they ask you to answer by a day, or whether a day suits you"
#: The reason of "if you're shortlisted, we'll send an invite": a round only if she is chosen.
CHOSEN_FIRST: Final = "they will invite you if you are chosen"
#: The reason of "wir haben uns entschieden, die Entscheidung erst nach ... zu treffen".
DECIDING_WHEN: Final = "they decided when they will decide"
#: The reason of "entschieden, die Stelle vorerst nicht zu besetzen": a pause, not a no.
NOT_FILLED_FOR_NOW: Final = "they decided not to fill the role for now"

#: In the patterns, ``_W_`` stands for one word and the space after it, ``_SW_`` for a
#: space and one word. A word never ends a sentence (it does not end in ".", "!" or "?",
#: but a dot after a digit, as in "20.11.", is part of it), so "Thanks for your message!
#: We speak to ..." is not read as one phrase.
_WORD: Final = (
    # an abbreviation is a word too: "fur eine andere bewerberin bzw. einen anderen bewerber"
    r"(?:(?:bzw|zb|z\.b|ca|usw|etc|e\.g|i\.e|resp|evtl|ggf|inkl|bspw|d\.h|u\.a|p\.ex|ej"
    r"|bijv|o\.a|vs|incl|approx|aprox)\.|\S*(?:[^\s.!?]|\d\.))"
)


def expand(pattern: str) -> str:
    """``pattern`` with its word-gap placeholders written out."""
    return pattern.replace("_SW_", f"(?: {_WORD})").replace("_W_", f"(?:{_WORD} )")


def alternatives(*patterns: str) -> tuple[str, ...]:
    """The alternative patterns of one phrase row, expanded."""
    return tuple(expand(pattern) for pattern in patterns)


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """One pattern with its placeholders expanded, compiled."""
    return lazy_pattern(expand(pattern))


def compile_fast_phrase(pattern: str) -> re.Pattern[str]:
    """``compile_phrase`` with its word boundaries behind its literals (``core.fast_start``).

    It matches exactly what ``compile_phrase`` would. Worth it for a pattern of many
    alternatives that each start at a word boundary with a word, not for one boundary in
    front of one big group (``core.promise_cues``' ``PROMISE_CUES`` takes four times as
    long so): measured on each pattern's own searches while the replies are read.
    """
    return lazy_pattern(fast_start(expand(pattern)))


#: (intent, strength, reason, the alternative patterns of the phrase).
Row = tuple[Intent, int, str, tuple[str, ...]]
