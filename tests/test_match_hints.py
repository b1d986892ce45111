"""Matches found outside the rules: by the threader, and by a bounce of our own mail."""

from __future__ import annotations

import pytest

from silence_watch.core.match import BOUNCE_REASON, Match, bounce_match, thread_match
from silence_watch.core.threads import ThreadLink


@pytest.mark.parametrize(
    ("link", "confidence", "words"),
    [
        (ThreadLink.REFERENCES, 0.9, "references"),
        (ThreadLink.GMAIL, 0.7, "Gmail conversation"),
        (ThreadLink.SUBJECT, 0.4, "low confidence"),
        (ThreadLink.ROOT, 0.4, "first message"),
    ],
)
def test_thread_match(link: ThreadLink, confidence: float, words: str) -> None:
    """A thread-only match is less sure than a rule's, and weaker the weaker the thread link."""
    found = thread_match(7, link)
    assert (found.interview_id, found.confidence) == (7, confidence)
    assert words in found.reason
    assert found.confidence < 0.95  # below a configured contact: evidence about the thread only


def test_thread_links_order_their_confidence() -> None:
    """References beat Gmail's thread id, which beats a shared subject."""
    sure = [thread_match(1, link).confidence for link in ThreadLink if link is not ThreadLink.ROOT]
    assert sure == sorted(sure, reverse=True)


OWNERS = {"sent-1@example.com": 3, "sent-2@example.com": 4}


@pytest.mark.parametrize(
    ("bounced", "expected"),
    [
        ("sent-2@example.com", Match(4, 1.0, BOUNCE_REASON)),
        ("sent-1@example.com", Match(3, 1.0, BOUNCE_REASON)),
        ("unknown@example.com", None),
        (None, None),
        ("", None),
    ],
)
def test_bounce_match(bounced: str | None, expected: Match | None) -> None:
    """A bounce joins the interview whose message bounced, for sure; otherwise nobody's."""
    assert bounce_match(bounced, OWNERS) == expected
