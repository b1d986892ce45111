"""Own words that cannot be read as the sender's answer: the answer is elsewhere. Pure.

``not_an_answer`` says why, and the reading is then "other", unsure: the candidate is
asked what it was (docs/process.md, rule 2). The answer may be:

- **below, in a forward**: "Jordan - I'm sorry. See below, from Ben. I'll call you
  tomorrow if that's ok." above the hiring manager's internal "we won't be moving forward
  with Jordan" read as a promise to call, and a follow-up went after the rejection (tester
  round t40mc). Only a forward counts (by its subject, or a forwarded-message separator),
  and only when what it forwards says a rejection or an offer that the note does not say
  itself: "Great news - see Marcus's feedback below" above praise is read as written; a
  reply whose answers are written between the quoted questions ("Zie hieronder." and then
  the answers) is read where the answers are (``core.quotes``);
- **in another app**: "te escribí por WhatsApp, échale un ojo" (t41sc);
- **in a language silence-watch does not read** (Italian, Portuguese, Polish, Swedish:
  ``core.language``, t42ol);
- **missing**: the sender's signature and nothing above it (``core.empty_reply``, t8sa);
- or the mail was written to someone else (``core.misdirected``).

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.empty_reply import only_a_signature
from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold, foreign_language
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.misdirected import meant_for_someone_else
from silence_watch.core.model import Intent
from silence_watch.core.quotes import SEPARATORS
from silence_watch.core.subjects import PrefixKind, leading_prefixes

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: Words that point down at the forwarded text, in en, de, fr, es, nl (folded).
_POINTER: Final = lazy_pattern(
    r"\b(?:see|read|check|look at|have a look at) (?:[\w']+ ){0,3}?below\b|\bbelow (?:from|is"
    r"|are|you'll find)\b|\b(?:siehe|sieh|lies) (?:\w+ ){0,2}?unten\b|\bunten (?:die|den|das"
    r"|seine|ihre)\b|\bci-dessous\b|\bplus bas\b|\b(?:ver|lee|leer|mira|veras|veis) (?:\w+ )"
    r"{0,2}?(?:abajo|debajo)\b|\bmas abajo\b|\bzie (?:\w+ ){0,2}?(?:hieronder|onder)\b"
    r"|\bhieronder\b|\bonderstaand\w*\b"
)
#: Another app the news went to, and a word of having sent it there, in one sentence:
#: "te escribí por WhatsApp", "I messaged you on LinkedIn", "ich habe Ihnen per SMS
#: geschrieben", "je t'ai envoyé un message sur WhatsApp", "ik heb je geappt" (folded).
_CHANNEL: Final = lazy_pattern(
    r"\b(?:whatsapp|wasap|wassap|linkedin|teams|slack|signal|telegram|sms|texto|voicemail"
    r"|voice mail|mensaje de voz|geappt|appje)\b"
)
_SENT_THERE: Final = lazy_pattern(
    # "left you a voicemail", never "your LinkedIn says you left in July"
    r"\b(?:sent|texted|messaged|wrote|replied|left (?:you|u|a|an)|dropped|escribi|mande|envie"
    r"|deje|conteste"
    r"|respondi|geschrieben|geantwortet|gesendet|geschickt|envoye|ecrit|repondu|laisse"
    r"|gestuurd|geappt|gereageerd|geantwoord|ingesproken)\b"
)
#: A note about another app says nothing itself when it is this short.
_CHANNEL_WORDS: Final = 40
#: A note longer than this says something itself: it is read as written.
_NOTE_WORDS: Final = 60
#: What a forwarded text may say that a note above it must not hide.
_NEWS: Final = frozenset({Intent.REJECTION, Intent.OFFER})


def points_below(text: str) -> bool:
    """Whether ``text`` is a short note that points down at what it forwards ("see below")."""
    return len(text.split()) <= _NOTE_WORDS and _POINTER.search(fold(text)) is not None


def answer_below(message: Message, text: str | None) -> bool:
    """Whether ``text`` (the sender's own words) points at news the message forwards.

    The news is a rejection or an offer in the forwarded text that the note does not say
    itself: "Great news - see Marcus's feedback below; they promised a decision by the
    20th" above praise is read as written.
    """
    if not text or not points_below(text):
        return False
    lines = (message.body or "").splitlines()
    start = next((i for i, line in enumerate(lines) if any(s.match(line) for s in SEPARATORS[:2])),
                 None)  # fmt: skip
    if start is None and PrefixKind.FORWARD not in leading_prefixes(message.subject)[0]:
        return False
    below = "\n".join(line.lstrip("> ") for line in lines[(start or 0) + 1 :])
    said, forwarded = intent_of(text), intent_of(below)
    news = forwarded is not None and forwarded[0] in _NEWS
    return news and (said is None or said[0] not in _NEWS)


def not_an_answer(message: Message, text: str | None) -> str | None:
    """Why the sender's own words cannot be read as their answer to the candidate, if so.

    Mail written to someone else (``core.misdirected``), in a language it does not read
    (Italian, Portuguese, Polish, Swedish: ``core.language``), a note that says the news
    went to another app ("te escribí por WhatsApp"), a signature with nothing above it
    (``core.empty_reply``), or a note that only points at the news of the message it
    forwards: the candidate is asked what it was.
    """
    if not text:
        return None
    if (why := meant_for_someone_else(message, text)) is not None:
        return why
    if (language := foreign_language(text)) is not None:
        return f"it is written in {language}, which silence-watch does not read"
    if (why := _not_their_word(text)) is not None:
        return why
    if only_a_signature(message, text):
        return "it holds only the sender's signature: perhaps the answer is missing"
    return "its news is in the message it forwards" if answer_below(message, text) else None


#: A blank of a letter template: "Hi [Name]", "the [Role] position", "{first_name}" — a
#: friend pasting the rejection template he uses is no decision about the candidate
#: (tester round t50hn).
_TEMPLATE_BLANK: Final = lazy_pattern(
    r"[\[{<]{1,2}\s*(?:candidate(?:'s)?[ _])?(?:first[ _]?|last[ _]?|full[ _]?)?(?:name|role"
    r"|position|job[ _]?title|company|title|vorname|nachname|stelle|nom|prenom|prénom|poste"
    r"|nombre|puesto|naam|functie)\s*[\]}>]{1,2}",
    re.IGNORECASE,
)


def _not_their_word(text: str) -> str | None:
    """The news went another way, or the words are a template's: why, else None."""
    if _news_elsewhere(text):
        return "it says the news was sent another way (a chat app, a text, a voicemail)"
    if (blank := _TEMPLATE_BLANK.search(text)) is not None:
        return f"it holds a letter with blanks ({blank.group()}): a template, not their word"
    return None


def _news_elsewhere(text: str) -> bool:
    """A short note that says the answer went to another app ("te escribí por WhatsApp")."""
    folded = fold(text)
    if len(folded.split()) > _CHANNEL_WORDS:
        return False
    return any(_CHANNEL.search(said) and _SENT_THERE.search(said)
               for said in re.split(r"[.!?\n]", folded))  # fmt: skip
