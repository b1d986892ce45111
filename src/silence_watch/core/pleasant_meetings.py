"""A meeting said to have been a pleasure, which invites her to nothing. Pure.

Her thank-you note after an interview is answered "Graag gedaan, leuk je te ontmoeten!
Fijn weekend alvast." or "merci, c'était très sympa de vous rencontrer aussi": warmth
about the meeting just held. The next-step rows read "je te ontmoeten" and "vous
rencontrer" as an invitation to meet (they are, in "we willen je graag ontmoeten"), and
a pleasantry became her next step, or a promise beside it lost its reading (round
probe-warm5). A word of meeting with a word of pleasure in front of it in its sentence
("leuk", "sympa de", "ravie de", "schön, Sie", "encantada de", "nice to") is such warmth,
unless the sentence wishes it or looks ahead ("het lijkt ons leuk je te ontmoeten", "we
would love to meet you", "ravie de vous rencontrer jeudi", "wir freuen uns, Sie
kennenzulernen"): then it is still an invitation.

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.hypotheticals import bounds
from silence_watch.core.lazy_patterns import lazy_pattern

_SENTENCE_ENDS: Final = (".", "!", "?", ";", "\n")

#: The words of meeting someone, in the phrase the next-step row found.
_MEETING: Final = lazy_pattern(
    r"\b(?:meet|meeting|met|rencontr\w*|ontmoet\w*|kennen ?(?:zu ?)?lernen|kennengelernt"
    r"|leren kennen|kennismaken|kennis (?:te )?maken|conoc\w*|spreken|gesproken|sprechen)\b"
)
#: Pleasure about it, in front of the phrase in its sentence.
_PLEASED: Final = lazy_pattern(
    r"\b(?:leuk|fijn|prettig|gezellig|aangenaam|sympa|sympathique|agreable|ravie?s?|heureux"
    r"|heureuse|contente?s?|enchantee?s?|plaisir|nice|lovely|great|good|pleasure|delighted"
    r"|glad|schon|toll|nett|gefreut|freut mich|freude|encantad[oa]s?|placer|gusto|alegr\w*"
    r"|genoegen)\b"
    # right in front of it, but for small words: "sympa de ", "leuk ", "schon, sie ", "un
    # gusto enorme " (never "le ha encantado y queremos conocerte": w4es-028)
    r"(?:[ ,!]+(?:de|d'|to|om|zu|en|je|u|vous|te|sie|dich|ihnen|dir|euch|jou|echt|erg|heel|zo"
    r"|sehr|so|really|vraiment|tres|muy|enorme|mucho|aussi|ook|d'avoir|avoir|pu))*[ ,!]*$"
)
#: A wish or a day ahead in the sentence: the meeting is still to come, an invitation.
_AHEAD: Final = lazy_pattern(
    r"\b(?:would|'d|will|'ll|hope|hoping|looking forward|look forward|lijkt|zou|zouden|hoop"
    r"|hopen|willen|wurden|wurde|mochten|hoffe|hoffen|freue mich|freuen uns|freuen wir uns"
    r"|serait|sera|serions|aimerions|aimerais|espere|esperons|gustaria|encantaria|espero"
    r"|esperamos|sera|seria|want|wants|queremos|quiero|willen|wil|wollen|voudrions|next|tomorrow|soon|volgende|morgen|binnenkort|nachste\w*|bald"
    r"|demain|prochaine?s?|bientot|proxim\w+|manana|pronto|monday|tuesday|wednesday|thursday"
    r"|friday|maandag|dinsdag|woensdag|donderdag|vrijdag|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves|viernes)\b"
    r"|\d|\?"
)


def met_with_pleasure(folded: str, start: int, end: int) -> bool:
    """True when the phrase at ``folded[start:end]`` is a meeting said to have been a pleasure."""
    if _MEETING.search(folded, start, end) is None:
        return False
    begin, stop = bounds(folded, start, end, _SENTENCE_ENDS)
    if _PLEASED.search(folded, max(begin, start - 40), start) is None:
        return False
    return _AHEAD.search(folded[begin : min(stop + 1, len(folded))]) is None
