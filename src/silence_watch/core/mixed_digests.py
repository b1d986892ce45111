"""A reply that carries the tokens of two digests whose numbers differ. Pure.

Each digest numbers its drafts anew: Monday's [3] may be Lena's follow-up and Tuesday's
[3] Omar's. A reply answers one digest (In-Reply-To, References, or the token of a reply
written from a one-tap link), but the candidate may paste another digest's card into it,
with that digest's token line, and write "approve 3" under it (tester round u34dg). Which
draft her numbers mean cannot then be told, and a guess may send mail she never approved:
such a reply is refused, with a reason, and nothing in it is carried out.

Which tokens count: those in the part of the reply that is hers (her lines and what she
pasted without quoting it, ``core.replylines.unquoted_part``); the quote of the message
she answers is that message's, so an older digest's token quoted below is no second
digest. A reply that answers no digest by its headers is tied to one only by a token, so
there every token in it counts. A second digest numbered exactly like the first (the same
drafts under the same numbers) is no doubt, nor is the same token pasted twice.

This module never decides anything else about a reply: that is ``core.approval``.
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from silence_watch.core.replylines import TOKEN, unquoted_part

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.approval import SentDigest


def pasted_tokens(text: str) -> tuple[str, ...]:
    """Every token in the candidate's own part of a reply's ``text`` (not in its quote)."""
    return tuple(TOKEN.findall("\n".join(unquoted_part(text))))


def other_digests(
    answered: SentDigest,
    digests: Sequence[SentDigest],
    hashes: Sequence[str],
) -> tuple[SentDigest, ...]:
    """The digests besides ``answered`` whose token's hash is in ``hashes``, numbered otherwise.

    ``hashes`` are the hashes of the tokens the reply carries (``core.approval.token_hash``).
    """
    return tuple(
        digest
        for digest in digests
        if digest.message_id != answered.message_id
        and differing(answered, digest)
        and any(hmac.compare_digest(digest.token_hash, hashed) for hashed in hashes)
    )


def differing(first: SentDigest, second: SentDigest) -> list[int]:
    """The numbers that mean something else (or nothing) in one of two digests.

    Its drafts' numbers and the news items' numbers after them ("read 4 as rejection").
    """
    return sorted(
        n
        for mine, theirs in ((first.numbers, second.numbers), (first.items, second.items))
        for n in {*mine, *theirs}
        if mine.get(n) != theirs.get(n)
    )


def why_mixed(answered: SentDigest, others: Sequence[SentDigest]) -> str:
    """The reason given to the candidate, naming the numbers that differ."""
    numbers = sorted({n for other in others for n in differing(answered, other)})
    shown = ", ".join(f"[{n}]" for n in numbers[:_SHOWN])
    shown += ", ..." if len(numbers) > _SHOWN else ""
    return (
        "it carries the approval tokens of more than one digest, and a number means a "
        f"different draft or message in each ({shown}), so which one you meant cannot be "
        "told. Answer one digest at a time, keeping only its own token line"
    )


#: How many differing numbers the reason names.
_SHOWN = 6
