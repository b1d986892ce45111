"""Who may approve by replying to a digest. Pure.

A reply is accepted only when every check in ``CHECKS`` passes: it comes from the
candidate's address, refers to a digest we sent (its Message-ID in In-Reply-To or
References), carries that digest's secret token, no Authentication-Results header says
DKIM or DMARC failed, and that digest has not been answered by another reply before.
The same reply seen twice is ``DUPLICATE``: nothing happens the second time.

This module never sends, stores or reads anything; the shell gives it the message, the
digests it sent and what it already processed, and acts on the verdict.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from silence_watch.core.model import Message

TOKEN_RE = re.compile(r"\bsw-[A-Za-z0-9_-]{20,64}")
_AUTH_FAILED = re.compile(r"\b(dkim|dmarc)\s*=\s*(fail|permerror)\b", re.IGNORECASE)


class Verdict(StrEnum):
    """What to do with a reply."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class SentDigest:
    """A digest we sent: its Message-ID, secret token, numbering, and who answered it."""

    message_id: str
    token: str
    numbers: Mapping[int, int] = field(default_factory=dict)
    answered_by: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict on one reply, the digest it answers, and why (for the next digest)."""

    verdict: Verdict
    digest: SentDigest | None
    reason: str


def referenced_digest(message: Message, digests: Sequence[SentDigest]) -> SentDigest | None:
    """The digest this reply answers: In-Reply-To first, else the newest in References."""
    by_id = {d.message_id: d for d in digests}
    if message.in_reply_to in by_id:
        return by_id[message.in_reply_to]
    for reference in reversed(message.references):
        if reference in by_id:
            return by_id[reference]
    return None


def tokens_in(text: str) -> tuple[str, ...]:
    """Every token-shaped string in ``text``."""
    return tuple(TOKEN_RE.findall(text))


def carries_token(message: Message, token: str) -> bool:
    """True when the reply's subject or text holds ``token`` (compared in constant time)."""
    found = tokens_in(f"{message.subject}\n{message.body or ''}")
    return any(hmac.compare_digest(candidate.encode(), token.encode()) for candidate in found)


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
) -> Decision:
    """Decide whether ``message`` may act on the candidate's drafts."""
    digest = referenced_digest(message, digests)
    if processed:
        return Decision(Verdict.DUPLICATE, digest, "this reply was already carried out")
    sender = message.sender.email.lower() if message.sender else ""
    checks = (
        (sender == me.lower(), f"it came from {sender or 'an unknown sender'}, not from {me}"),
        (bool(message.message_id), "it has no Message-ID, so a replay could not be recognised"),
        (digest is not None, "it does not refer to a digest silence-watch sent"),
        (
            digest is not None and carries_token(message, digest.token),
            "it does not carry that digest's approval token",
        ),
        (
            not authentication_failed(authentication_results),
            "your provider marked it as failing DKIM or DMARC",
        ),
        (
            digest is None or digest.answered_by in (None, message.message_id),
            "that digest was already answered by an earlier reply",
        ),
    )
    for passed, why in checks:
        if not passed:
            return Decision(Verdict.REFUSED, digest, f"a reply was not carried out: {why}")
    return Decision(Verdict.ACCEPTED, digest, "from you, answering the digest, with its token")
