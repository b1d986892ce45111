"""Whose news a message that names two of the candidate's roles gives. Pure.

A recruiter who runs two applications writes in one thread "the Growth team has decided
not to move forward with your application for the Growth Analyst role ... Your Product
Analyst application is still open and you'll hear from us separately" (tester round
u28re). Both roles are named, but the no names its own: it is Growth Analyst's, and
Product Analyst goes on. Asking which one it was held the feedback request for nothing.

The news is the role's own when a sentence that says it (a no, an offer, a pause) names
that role, and what the message says of the other role is no news: no decision, no step,
no request, no day promised ("is still open", "you'll hear from us separately"). Near
misses stay in doubt: the no in a sentence that names neither ("Thanks for interviewing
for both roles. Unfortunately we went with other candidates."), news of the other role
beside it ("Growth Analyst: final round! Product Analyst: they went with someone else"),
or a day promised for it ("Product Analyst: you'll hear by Friday, November 20", which
a reading tied to the other process would lose).

Mail after a process's no that recalls it and is about another of her roles ("In oktober
hebben we helaas voor een andere kandidaat gekozen voor de rol van Data Engineer ... een
nieuwe vacature voor een Analytics Engineer") is that role's (``named_after_its_no``):
the recap is no new no, and it does not reopen the rejected process.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import company_key
from silence_watch.core.dates import plain_sentences, promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.quotes import own_text
from silence_watch.core.roles import names_role

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from silence_watch.core.model import Interview, Message

#: What settles or holds a process: the news a role's own sentence must carry.
_DECISIVE: Final = frozenset({Intent.REJECTION, Intent.OFFER, Intent.ON_HOLD})
#: What the other role's sentences may say: that it goes on, nothing more.
_NO_NEWS: Final = frozenset({Intent.ACKNOWLEDGEMENT, Intent.PLEASANTRY, Intent.OTHER})


def news_of_its_own_role(
    text: str, own_role: str, other_role: str, sent_at: datetime | None
) -> bool:
    """True when the decisive news in ``text`` names ``own_role``, and the other role has none.

    ``text`` is the sender's own words (quotes left out), written at ``sent_at``.
    """
    own_news = False
    for sentence in plain_sentences(text):
        own, other = names_role(sentence, own_role), names_role(sentence, other_role)
        if not (own or other):
            continue
        found = intent_of(sentence)
        said = None if found is None else found[0]
        if other and (own or not _no_news(said, sentence, sent_at)):
            return False  # news of the other application too, or both in one: asked
        own_news = own_news or (own and said in _DECISIVE)
    return own_news


def named_after_its_no(
    message: Message, interviews: Sequence[Interview], owner: Interview
) -> Interview | None:
    """Another role at the owner's company the message is about, its own role only recalled.

    Read for mail that came after the owner's process was settled by a no: "In oktober
    hebben we helaas voor een andere kandidaat gekozen voor de rol van Data Engineer ...
    we hebben een nieuwe vacature voor een Analytics Engineer" recalls the old no and is
    about the new role (tester round u28re). The owner's role is named only in sentences
    that say its no again; one other role of hers there is named. Its own news ("Data
    Engineer: the role has reopened") keeps it the owner's.
    """
    key = company_key(owner.company)
    siblings = [iv for iv in interviews if company_key(iv.company) == key
                and iv.role.strip() and iv.role.casefold() != owner.role.casefold()]  # fmt: skip
    if not owner.role.strip() or not siblings:
        return None
    text = own_text(message.body or "")
    named = [iv for iv in siblings if names_role(text, iv.role)]
    if len({iv.role.casefold() for iv in named}) != 1:
        return None
    for sentence in plain_sentences(text):
        if not names_role(sentence, owner.role):
            continue
        found = intent_of(sentence)
        if found is None or found[0] is not Intent.REJECTION:
            return None  # its own role named for more than its old no
    when = message.date
    before = [iv for iv in named if when is None or iv.date <= when]
    return max(before, key=lambda iv: iv.date) if before else min(named, key=lambda iv: iv.date)


def _no_news(said: Intent | None, sentence: str, sent_at: datetime | None) -> bool:
    """Whether a sentence about the other role tells nothing: it goes on, no day named."""
    if said is not None and said not in _NO_NEWS:
        return False
    return sent_at is None or promised_date(sentence, sent_at) is None
