"""Who may approve by replying to a digest. Pure.

A reply is accepted only when every check in ``judge_reply`` passes: it comes from the
candidate's address, has a Message-ID (so it is carried out once), answers a digest we
sent (its Message-ID in In-Reply-To or References, or, for a reply written from one of
the digest's one-tap links, which start a new message, its token), carries that digest's
secret token, no Authentication-Results header says DKIM or DMARC failed, and the digest
is at most ``TOKEN_DAYS`` old. One digest may be answered by several replies (one tap per
draft); the same reply seen twice is ``DUPLICATE``: nothing happens the second time. A
reply that also carries, in her own part, the token of another digest whose numbers mean
other drafts is refused: which draft a number means cannot be told (``core.mixed_digests``).

Tokens are never kept: the store holds ``token_hash(token)`` and a reply's token is
hashed and compared in constant time.

This module never sends, stores or reads anything; the shell gives it the message, the
digests it sent and what it already processed, and acts on the verdict.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.mixed_digests import other_digests, pasted_tokens, why_mixed
from silence_watch.core.subjects import PrefixKind, leading_prefixes

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from silence_watch.core.model import Message

TOKEN_RE = lazy_pattern(r"\bsw-[A-Za-z0-9_-]{20,64}")
_AUTH_FAILED = lazy_pattern(r"\b(dkim|dmarc)\s*=\s*(fail|permerror)\b", re.IGNORECASE)
#: How long a digest's token may be used: long enough for a week away, short enough that
#: an old digest found in someone's hands approves nothing.
TOKEN_DAYS: Final = 14


class Verdict(StrEnum):
    """What to do with a reply."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


def token_hash(token: str) -> str:
    """What is stored of a token: its SHA-256 (the token is 128 random bits, so no salt)."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class SentDigest:
    """A digest we sent: its Message-ID, its token's hash, numbering, and when it went.

    ``numbers`` maps its draft numbers to draft ids, ``items`` its news numbers to what
    they are about.
    """

    message_id: str
    token_hash: str
    numbers: Mapping[int, int] = field(default_factory=dict)
    answered_by: str | None = None
    sent_at: datetime | None = None
    items: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict on one reply, the digest it answers, and why (for the next digest)."""

    verdict: Verdict
    digest: SentDigest | None
    reason: str
    #: The refusal of a reply that passed every check of who wrote it (a reply holding two
    #: digests' tokens): she is told at once, in a confirmation, as well as in the digest.
    tell_now: bool = False


def referenced_digest(message: Message, digests: Sequence[SentDigest]) -> SentDigest | None:
    """The digest this reply answers: In-Reply-To, the newest in References, else its token."""
    by_id = {d.message_id: d for d in digests}
    if message.in_reply_to in by_id:
        return by_id[message.in_reply_to]
    for reference in reversed(message.references):
        if reference in by_id:
            return by_id[reference]
    for digest in reversed(digests):
        if carries_token(message, digest.token_hash):
            return digest
    return None


def tokens_in(text: str) -> tuple[str, ...]:
    """Every token-shaped string in ``text``."""
    return tuple(TOKEN_RE.findall(text))


def carries_token(message: Message, hashed: str) -> bool:
    """True when the reply's subject or text holds the token whose hash is ``hashed``."""
    found = tokens_in(f"{message.subject}\n{message.body or ''}")
    return any(hmac.compare_digest(token_hash(token), hashed) for token in found)


def authentication_failed(results: Sequence[str]) -> bool:
    """True when any Authentication-Results value says DKIM or DMARC failed."""
    return any(_AUTH_FAILED.search(value) for value in results)


def judge_reply(
    message: Message,
    *,
    me: str,
    digests: Sequence[SentDigest],
    authentication_results: Sequence[str],
    processed: bool,
    now: datetime | None = None,
    digest_to: str | None = None,
    text: str | None = None,
) -> Decision:
    """Decide whether ``message`` may act on the candidate's drafts (``now``: token age).

    Only an answer written to silence-watch counts: to the candidate's address (the digest
    comes from it) or ``digest.to``; a forward of the digest to someone else, with "approve
    all" above it, is a question to them (tester round t81dg), and so is any forward.
    ``text`` is the reply's text as it is read for commands (``core.replybody``; else the
    message's body): the tokens she pasted into her own part are looked for there.
    """
    digest = referenced_digest(message, digests)
    if processed:
        return Decision(Verdict.DUPLICATE, digest, "this reply was already carried out")
    sender = message.sender.email.lower() if message.sender else ""
    too_old = (
        digest is not None
        and digest.sent_at is not None
        and now is not None
        and now - digest.sent_at > timedelta(days=TOKEN_DAYS)
    )
    ours = {me.lower(), (digest_to or me).lower()}
    written_to = [a.email.lower() for a in message.recipients()]
    forward = PrefixKind.FORWARD in leading_prefixes(message.subject)[0]
    checks = (
        (sender == me.lower(), f"it came from {sender or 'an unknown sender'}, not from {me}"),
        (
            any(address in ours for address in written_to),
            f"it was written to {', '.join(written_to) or 'nobody'}, not to your digest address",
        ),
        (not forward, "it is a forward of the digest, not an answer to it"),
        (bool(message.message_id), "it has no Message-ID, so a replay could not be recognised"),
        (digest is not None, "it does not answer a digest silence-watch sent"),
        (
            digest is not None and carries_token(message, digest.token_hash),
            "it does not carry that digest's approval token",
        ),
        (
            not authentication_failed(authentication_results),
            "your provider marked it as failing DKIM or DMARC",
        ),
        (
            not too_old,
            f"that digest is more than {TOKEN_DAYS} days old; answer the newest digest",
        ),
    )
    for passed, why in checks:
        if not passed:
            return Decision(Verdict.REFUSED, digest, f"a reply was not carried out: {why}")
    body = message.body if text is None else text
    others = _mixed(message, digest, digests, body) if digest is not None else ()
    if digest is not None and others:
        why = f"a reply was not carried out: {why_mixed(digest, others)}"
        return Decision(Verdict.REFUSED, digest, why, tell_now=True)
    return Decision(Verdict.ACCEPTED, digest, "from you, answering the digest, with its token")


def _mixed(
    message: Message, digest: SentDigest, digests: Sequence[SentDigest], text: str | None
) -> tuple[SentDigest, ...]:
    """Other digests, numbered otherwise, whose token the reply carries as her own."""
    ids = {d.message_id for d in digests}
    by_header = message.in_reply_to in ids or any(r in ids for r in message.references)
    own = pasted_tokens(text or "") + tokens_in(message.subject)
    found = own if by_header else own + tokens_in(f"{message.body or ''}\n{text or ''}")
    return other_digests(digest, digests, [token_hash(token) for token in set(found)])
