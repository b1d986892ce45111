"""Who may approve: only the candidate, answering a digest, with its token, in time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from silence_watch.core.approval import (
    TOKEN_DAYS,
    SentDigest,
    Verdict,
    authentication_failed,
    judge_reply,
    referenced_digest,
    token_hash,
)
from silence_watch.core.model import Address, Message

TOKEN = "sw-" + "A" * 22
OLDER_TOKEN = "sw-" + "B" * 22
SENT_AT = datetime(2026, 11, 30, 13, tzinfo=UTC)
DIGEST = SentDigest("digest-1@example.com", token_hash(TOKEN), {1: 10}, sent_at=SENT_AT)
OLDER = SentDigest("digest-0@example.com", token_hash(OLDER_TOKEN), {1: 9}, sent_at=SENT_AT)
ME = "jordan@example.com"


def reply(**changes: object) -> Message:
    """A good reply to DIGEST, with some fields changed."""
    values: dict[str, object] = {
        "message_id": "reply-1@example.com",
        "date": datetime(2026, 11, 30, 9, tzinfo=UTC),
        "sender": Address("Jordan Lee", ME),
        "to": (Address("silence-watch", ME),),
        "subject": "Re: silence-watch digest for Monday, November 30",
        "in_reply_to": DIGEST.message_id,
        "references": (DIGEST.message_id,),
        "body": f"approve 1\n\n> Approval token: {TOKEN}\n",
    }
    values.update(changes)
    return Message(**values)  # type: ignore[arg-type]


CASES = [
    ("a good reply", reply(), (), Verdict.ACCEPTED),
    ("forged From", reply(sender=Address("", "mallory@example.net")), (), Verdict.REFUSED),
    ("no sender", reply(sender=None), (), Verdict.REFUSED),
    ("no reference, its token (a one-tap reply)", reply(in_reply_to=None, references=()), (),
     Verdict.ACCEPTED),
    ("no reference, no token", reply(in_reply_to=None, references=(), body="approve 1"), (),
     Verdict.REFUSED),
    ("wrong token", reply(body="approve 1\n> token sw-" + "C" * 22), (), Verdict.REFUSED),
    ("no token", reply(body="approve 1\n"), (), Verdict.REFUSED),
    ("older digest's token", reply(body=f"approve 1\n{OLDER_TOKEN}"), (), Verdict.REFUSED),
    ("no Message-ID", reply(message_id=None), (), Verdict.REFUSED),
    ("DKIM failed", reply(), ("mx.example.com; dkim=fail header.d=example.com",), Verdict.REFUSED),
    ("DMARC failed", reply(), ("mx.example.com; dkim=none; DMARC=fail",), Verdict.REFUSED),
    ("DKIM passed", reply(), ("mx.example.com; dkim=pass; dmarc=pass",), Verdict.ACCEPTED),
    ("token in the subject", reply(subject=f"Re: digest {TOKEN}", body="approve 1"), (),
     Verdict.ACCEPTED),
    ("sender in capitals", reply(sender=Address("", "Jordan@Example.COM")), (), Verdict.ACCEPTED),
    # tester round t81dg: the digest forwarded to her partner with "approve all" above it
    ("forwarded to someone else", reply(subject="Fwd: silence-watch digest", to=(
        Address("Sam", "sam@example.net"),), in_reply_to=None, references=()), (),
     Verdict.REFUSED),
    ("written to someone else", reply(to=(Address("Sam", "sam@example.net"),)), (),
     Verdict.REFUSED),
    ("forwarded to herself", reply(subject="Fwd: silence-watch digest"), (), Verdict.REFUSED),
    ("copied to someone else too", reply(cc=(Address("Sam", "sam@example.net"),)), (),
     Verdict.ACCEPTED),
    ("written to nobody", reply(to=()), (), Verdict.REFUSED),
]  # fmt: skip


@pytest.mark.parametrize(("message", "results", "verdict"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_only_the_candidate_with_the_token_may_approve(
    message: Message, results: tuple[str, ...], verdict: Verdict
) -> None:
    """Every check must pass; any failure refuses the reply."""
    decision = judge_reply(
        message, me=ME, digests=[OLDER, DIGEST], authentication_results=results, processed=False
    )
    assert decision.verdict is verdict, decision.reason


def test_the_same_reply_twice_does_nothing() -> None:
    """A reply already judged is a duplicate, whatever it says."""
    decision = judge_reply(reply(), me=ME, digests=[DIGEST], authentication_results=(),
                           processed=True)  # fmt: skip
    assert decision.verdict is Verdict.DUPLICATE


def test_a_digest_may_be_answered_by_several_replies_while_it_is_fresh() -> None:
    """A second reply (another tap) is accepted; past TOKEN_DAYS the token approves nothing."""
    answered = SentDigest(DIGEST.message_id, DIGEST.token_hash, {1: 10},
                          answered_by="reply-0@example.com", sent_at=SENT_AT)  # fmt: skip
    fresh = SENT_AT + timedelta(days=TOKEN_DAYS)
    decision = judge_reply(reply(), me=ME, digests=[answered], authentication_results=(),
                           processed=False, now=fresh)  # fmt: skip
    assert decision.verdict is Verdict.ACCEPTED
    stale = judge_reply(reply(), me=ME, digests=[answered], authentication_results=(),
                        processed=False, now=fresh + timedelta(minutes=1))  # fmt: skip
    assert stale.verdict is Verdict.REFUSED
    assert f"more than {TOKEN_DAYS} days old" in stale.reason


def test_no_token_is_kept_in_the_clear() -> None:
    """What is kept is a SHA-256 of the token; the token itself matches only its own hash."""
    assert token_hash(TOKEN) != TOKEN
    assert len(token_hash(TOKEN)) == 64
    assert TOKEN not in token_hash(TOKEN)
    assert referenced_digest(reply(in_reply_to=None, references=()), [OLDER, DIGEST]) == DIGEST


def test_in_reply_to_wins_over_references() -> None:
    """The digest answered is the one in In-Reply-To, else the newest in References."""
    message = reply(in_reply_to="other@example.com",
                    references=(OLDER.message_id, DIGEST.message_id, "x@example.com"))  # fmt: skip
    assert referenced_digest(message, [OLDER, DIGEST]) == DIGEST
    assert referenced_digest(reply(in_reply_to=OLDER.message_id), [OLDER, DIGEST]) == OLDER


def test_authentication_results_words() -> None:
    """Only fail or permerror for DKIM or DMARC counts as failed."""
    assert authentication_failed(["a; dkim=permerror"])
    assert not authentication_failed(["a; spf=fail; dkim=pass; dmarc=pass"])
    assert not authentication_failed([])
