"""Someone new, at an address no process knows, who took a contact's place. Pure.

Anna, Brightwater's recruiter, left; Theo wrote in a new thread from the recruiting
partner's domain: "I've taken over from Anna Lindqvist, who has left Brightwater ...
You'll have a decision from me by Friday, December 18" (tester round u53rv). No header
tied the mail (not a contact, not a domain of the process), so its promise was lost and
the second nudge went to Anna. ``core.new_address`` knows a *known* person at a new
address; this knows a new person who says, in their own words, that they took over from
a contact named in the same sentence, and who names the company:

- "I've taken over from Anna", "I'm picking up Anna Lindqvist's candidates", "covering for
  Anna while she is out";
- "ich habe Ihre Bewerbung von Frau Lindqvist übernommen", "als Nachfolgerin von Anna";
- "j'ai repris le recrutement d'Anna Lindqvist", "je remplace Anna", "je succède à Anna";
- "he tomado el relevo de Anna", "sustituyo a Anna", "me he hecho cargo de los procesos
  de Anna";
- "ik heb het van Anna overgenomen", "ik vervang Anna", "als opvolger van Anna".

A contact's first name or surname alone is enough in that sentence (a colleague writes
"Anna", a German "von Frau Lindqvist"), the company must be named too (a subject
"Brightwater Analytics - Senior BI Developer", or the text), and only a person's mail
counts: a newsletter's "we've taken over from our old careers site" names no contact, and
a no-reply system is the relay rules' to tie.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import MessageKind
from silence_watch.core.other_clients import company_named
from silence_watch.core.quotes import own_text
from silence_watch.core.reach import named_contact
from silence_watch.core.senders import is_no_reply

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.match import Match
    from silence_watch.core.model import Interview, Message

#: The words of taking a colleague's place (folded text: no accents, lower case).
TAKING_OVER: Final = lazy_pattern(
    r"\b(?:(?:have |'ve |am |'m )?(?:taken|taking|took|picked|picking) (?:over|up)"
    r"|stepp(?:ed|ing) in for|covering for|(?:your|the) new (?:point of contact|recruiter|contact)"
    r"|ubernommen|ubernehme|vertrete|nachfolger(?:in)?|(?:ihre|deine) neue ansprechpartnerin"
    r"|(?:ihr|dein) neuer ansprechpartner"
    r"|repris|reprends|remplace|succede|(?:votre|ton) nouve(?:au|lle) (?:interlocut(?:eur|rice)"
    r"|contact)"
    r"|(?:he tomado|tomo) el relevo|sustituyo|me (?:he hecho|hago) cargo"
    r"|(?:tu|su) nuev[oa] (?:persona de )?contacto"
    r"|overgenomen|neem (?:\w+ ){0,4}over|vervang|opvolg(?:er|ster)"
    r"|(?:je|uw) nieuwe contactpersoon)\b"
)
_SENTENCE: Final = re.compile(r"(?<=[.!?;])\s+|\n")
#: How a successor's match says why: ``is_heir`` knows it again.
_HEIR_WHY: Final = "writes that they took over from a contact for"


def may_be_theirs(message: Message, kind: MessageKind, interviews: Sequence[Interview]) -> bool:
    """Whether unmatched mail is worth reading whole: a leaver's new address, or a successor.

    Headers only: a contact's full name at another address (``core.reach``), or a person's
    mail whose subject names an interview's company.
    """
    if named_contact(message.sender, interviews):
        return True
    sender = message.sender
    if kind is not MessageKind.HUMAN or sender is None or is_no_reply(sender.email):
        return False
    subject = message.subject.casefold()
    return any(company_named(iv.company, subject) for iv in interviews)


def successor_of(message: Message, interviews: Sequence[Interview]) -> list[tuple[Interview, str]]:
    """The interviews whose contact the writer says they took over from, naming the company."""
    sender = message.sender
    if sender is None or is_no_reply(sender.email) or not message.body:
        return []
    mine = own_text(message.body)
    said = f"{message.subject}\n{mine}".casefold()
    return [
        (iv, f"{sender.email} {_HEIR_WHY} {iv.company}")
        for iv in interviews
        if company_named(iv.company, said) and _took_over(mine, iv)
    ]


def is_heir(match: Match) -> bool:
    """Whether ``match`` tied a successor's mail (``successor_of``)."""
    return _HEIR_WHY in match.reason


def _took_over(text: str, interview: Interview) -> bool:
    """Whether one sentence of ``text`` takes over from one of the interview's contacts."""
    written = [c.name.split() for c in interview.contacts if c.name and c.name.split()]
    names = {fold(words[0]) for words in written} | {fold(words[-1]) for words in written}
    for sentence in _SENTENCE.split(text):
        folded = fold(sentence)
        if TAKING_OVER.search(folded) and any(
            re.search(rf"\b{re.escape(name)}\b", folded) for name in names if len(name) >= 2
        ):
            return True
    return False
