"""A reply whose answer is in an attached document, which silence-watch cannot read. Pure.

"Please see attached" above "offer letter.pdf" says nothing in its own words: reading the
three words as a pleasantry, and following up a week later about "next steps", would be
mail that must not exist. Such a reply is held unsure, so the candidate is asked.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: Words that point at an attachment, in en, de, fr, es, nl (folded).
_POINTER: Final = lazy_pattern(
    r"\b(?:attach\w*|enclosed|im anhang|anbei|anhang\w*|ci-joint\w*|piece jointe|en pj"
    r"|adjunt\w*|anexo|bijgevoegd|bijlage)\b"
)
#: A reply longer than this says something itself: it is read as written.
_POINTER_WORDS: Final = 60
#: A pointer this short with nothing attached is all the reply says ("See attached.").
_BARE_POINTER: Final = 8
#: Readings that carry no news of their own.
_NO_NEWS: Final = frozenset({Intent.OTHER, Intent.PLEASANTRY, None})
#: Words of what the document may say: the outcome, feedback, a decision (folded).
_ABOUT_THE_OUTCOME: Final = lazy_pattern(
    r"\b(?:feedback|decision|outcome|result|application|letter|ruckmeldung|entscheidung"
    r"|bewerbung|schreiben|retour|candidature|lettre|respuesta|candidatura"
    r"|carta|terugkoppeling|beslissing|sollicitatie|brief)\b"
)
#: A reading that may be the letter's cover note: "please find our letter attached",
#: "anbei erhalten Sie unser Schreiben" (an acknowledgement to the reader; tester t50hn).
_ABOUT_IT: Final = frozenset({Intent.REQUEST, Intent.ACKNOWLEDGEMENT})
#: Words that ask the candidate to do something with the document: a real request.
_TASK: Final = lazy_pattern(
    r"\b(?:sign|fill (?:in|out)|complete|return|send (?:it|them) back|unterschreiben"
    r"|ausfullen|zuruck|signer|remplir|renvoyer|firmar|rellenar|devolver|ondertekenen"
    r"|invullen|terugsturen)\b"
)


def answer_in_attachment(
    message: Message, text: str | None, intent: Intent | None = None, *, ruled: bool = True
) -> str | None:
    """The attached document's name when the reply only points at it (None otherwise).

    ``intent`` is how the words were read: a reading with no news (other, a pleasantry,
    nothing) is the document's to give; so is a "request" whose words speak of the
    process ("Please find our feedback on your application in the attached letter": it
    asks nothing, the letter says what happened). A request about the document itself
    ("please sign the attached contract and send it back") stays one. ``ruled`` is False
    when no phrase rule read the words and the reading is the model's alone: a cover note
    that speaks of the process ("please find attached a letter regarding your application")
    is the document's to give, whatever the model leans to (tester t95fm).
    """
    documents = [p.text for p in message.parts if p.content_type.startswith("application/")]
    if text is None:
        return None
    folded = fold(text)
    if not documents:
        # "See attached." and nothing more, the document lost on the way (a forward, a
        # phone): no reading of three words stands in for it
        bare = len(folded.split()) <= _BARE_POINTER and _POINTER.search(folded) is not None
        return "an attachment this mail does not carry" if bare else None
    if len(folded.split()) > _POINTER_WORDS or _POINTER.search(folded) is None:
        return None
    # a promise only the model hears in a pointer ("anbei wie besprochen" beside
    # "KL_Vertragsangebot.pdf", acknowledgement p=0.60 after a retrain) is the document's
    # to give too (scenario t20of)
    guessed = not ruled and intent is Intent.ACKNOWLEDGEMENT
    if intent not in _NO_NEWS and not guessed and not (
        (intent in _ABOUT_IT or not ruled)
        and _ABOUT_THE_OUTCOME.search(folded) and not _TASK.search(folded)
    ):
        return None
    return documents[0]
