"""The threader: Message-ID/References, Gmail thread ids, and the subject fallback."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silence_watch.core.model import Address, Message
from silence_watch.core.threads import ThreadLink, thread_messages

if TYPE_CHECKING:
    import random

ME = "jordan@example.com"
DANA = "dana.ruiz@acme.example"
SAM = "sam@talentbridge.example"
UTC = dt.UTC
NOV_1 = dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def mail(
    mid: str | None,
    day: int | None,
    *,
    sender: str = DANA,
    to: str = ME,
    subject: str = "Interview",
    irt: str | None = None,
    refs: tuple[str, ...] = (),
    thrid: str | None = None,
) -> Message:
    """A message dated ``day`` of November 2026 (None for undated)."""
    date = None if day is None else NOV_1 + dt.timedelta(days=day - 1)
    return Message(
        message_id=mid,
        date=date,
        sender=Address("", sender),
        to=(Address("", to),),
        subject=subject,
        in_reply_to=irt,
        references=refs,
        headers={"x-gm-thrid": thrid} if thrid else {},
    )


@dataclass(frozen=True)
class Case:
    """Messages in, expected threads (as sets of keys) and links out."""

    name: str
    messages: tuple[tuple[int, Message], ...]
    threads: tuple[frozenset[int], ...]
    links: dict[int, ThreadLink]


CASES = (
    Case(
        "a reply chain is one thread rooted at the first message",
        (
            (1, mail("a@acme.example", 1)),
            (2, mail("b@example.com", 2, sender=ME, to=DANA, irt="a@acme.example")),
            (3, mail("c@acme.example", 3, refs=("a@acme.example", "b@example.com"))),
        ),
        (frozenset({1, 2, 3}),),
        {1: ThreadLink.ROOT, 2: ThreadLink.REFERENCES, 3: ThreadLink.REFERENCES},
    ),
    Case(
        "replies to a parent we never saw share a thread",
        (
            (5, mail("b@example.com", 2, irt="gone@acme.example")),
            (6, mail("c@example.com", 3, refs=("gone@acme.example",))),
        ),
        (frozenset({5, 6}),),
        {5: ThreadLink.ROOT, 6: ThreadLink.REFERENCES},
    ),
    Case(
        "reordered References still thread",
        (
            (1, mail("a@acme.example", 1)),
            (2, mail("b@acme.example", 2, refs=("a@acme.example",))),
            (3, mail("c@acme.example", 3, refs=("b@acme.example", "a@acme.example"))),
        ),
        (frozenset({1, 2, 3}),),
        {3: ThreadLink.REFERENCES},
    ),
    Case(
        "a broken id in References does not stop the good ones from threading",
        (
            (1, mail("a@acme.example", 1)),
            (2, mail("b@acme.example", 2, refs=("not an id", "a@acme.example"))),
        ),
        (frozenset({1, 2}),),
        {2: ThreadLink.REFERENCES},
    ),
    Case(
        "the same message filed twice (Inbox and Sent) is one thread",
        (
            (7, mail("a@example.com", 1, sender=ME, to=DANA)),
            (8, mail("a@example.com", 1, sender=ME, to=DANA)),
        ),
        (frozenset({7, 8}),),
        {7: ThreadLink.ROOT, 8: ThreadLink.REFERENCES},
    ),
    Case(
        "a reused Message-ID belongs to the earliest message; the other stands apart",
        (
            (1, mail("dup@localhost", 1, subject="Interview")),
            (2, mail("dup@localhost", 5, sender=SAM, subject="Newsletter")),
            (3, mail("r@example.com", 6, sender=ME, to=DANA, irt="dup@localhost")),
        ),
        (frozenset({1, 3}), frozenset({2})),
        {2: ThreadLink.ROOT, 3: ThreadLink.REFERENCES},
    ),
    Case(
        "a message reusing an id and replying to it joins the id's first owner",
        (
            (1, mail("dup@localhost", 1)),
            (2, mail("dup@localhost", 2, sender=ME, to=DANA, irt="dup@localhost")),
        ),
        (frozenset({1, 2}),),
        {2: ThreadLink.REFERENCES},
    ),
    Case(
        "a References cycle is one thread and terminates",
        (
            (1, mail("a@acme.example", 1, refs=("b@acme.example",))),
            (2, mail("b@acme.example", 2, refs=("a@acme.example",))),
        ),
        (frozenset({1, 2}),),
        {1: ThreadLink.ROOT},
    ),
    Case(
        "a message that names itself stays alone",
        ((1, mail("a@acme.example", 1, irt="a@acme.example")),),
        (frozenset({1}),),
        {1: ThreadLink.ROOT},
    ),
    Case(
        "Gmail's thread id joins messages without references",
        (
            (1, mail("a@acme.example", 1, thrid="1790")),
            (2, mail("b@acme.example", 2, subject="Next steps", thrid="1790")),
            (3, mail("c@acme.example", 3, thrid="1791")),
        ),
        (frozenset({1, 2}), frozenset({3})),
        {2: ThreadLink.GMAIL, 3: ThreadLink.ROOT},
    ),
    Case(
        "an orphan reply joins same-subject mail with the same person",
        (
            (1, mail("a@acme.example", 1, subject="Interview on Tuesday")),
            (2, mail("b@example.com", 3, sender=ME, to=DANA, subject="RE: Interview on Tuesday")),
        ),
        (frozenset({1, 2}),),
        {2: ThreadLink.SUBJECT},
    ),
    Case(
        "a German reply through a gateway tag still joins by subject",
        (
            (1, mail("a@acme.example", 1, subject="Gesprächstermin")),
            (
                2,
                mail(
                    "b@example.com", 2, sender=ME, to=DANA, subject="[EXTERNAL] AW: Gesprächstermin"
                ),
            ),
        ),
        (frozenset({1, 2}),),
        {2: ThreadLink.SUBJECT},
    ),
    Case(
        "the subject fallback stops after the window",
        (
            (1, mail("a@acme.example", 1, subject="Interview")),
            (2, mail("b@example.com", 40, sender=ME, to=DANA, subject="Re: Interview")),
        ),
        (frozenset({1}), frozenset({2})),
        {2: ThreadLink.ROOT},
    ),
    Case(
        "sharing only the candidate is not a shared participant",
        (
            (1, mail("a@acme.example", 1, subject="Interview")),
            (2, mail("b@beta.example", 2, sender="kim@beta.example", subject="Re: Interview")),
        ),
        (frozenset({1}), frozenset({2})),
        {2: ThreadLink.ROOT},
    ),
    Case(
        "two same-subject mails that are not replies stay apart",
        (
            (1, mail("a@ats.example", 1, subject="Thank you for applying")),
            (2, mail("b@ats.example", 8, subject="Thank you for applying")),
        ),
        (frozenset({1}), frozenset({2})),
        {2: ThreadLink.ROOT},
    ),
    Case(
        "a reply whose parent we hold follows References, not its subject",
        (
            (1, mail("a@acme.example", 1, subject="Interview")),
            (2, mail("x@acme.example", 2, subject="Offer")),
            (
                3,
                mail(
                    "b@example.com",
                    3,
                    sender=ME,
                    to=DANA,
                    subject="Re: Interview",
                    irt="x@acme.example",
                ),
            ),
        ),
        (frozenset({1}), frozenset({2, 3})),
        {3: ThreadLink.REFERENCES},
    ),
    Case(
        "an undated message threads by references but never roots a dated thread",
        (
            (1, mail("a@acme.example", None)),
            (2, mail("b@acme.example", 4, refs=("a@acme.example",))),
        ),
        (frozenset({1, 2}),),
        {2: ThreadLink.ROOT, 1: ThreadLink.REFERENCES},
    ),
)


def partition(thread_of: dict[int, int]) -> set[frozenset[int]]:
    """The threads as a set of sets of keys."""
    groups: dict[int, set[int]] = {}
    for key, root in thread_of.items():
        groups.setdefault(root, set()).add(key)
    return {frozenset(group) for group in groups.values()}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_threads(case: Case) -> None:
    """Each case's messages fall into exactly the expected threads."""
    result = thread_messages(case.messages, own_addresses=[ME])
    assert partition(dict(result.thread_of)) == set(case.threads)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_links(case: Case) -> None:
    """Each message is tied to its root by the expected kind of evidence."""
    result = thread_messages(case.messages, own_addresses=[ME])
    assert {key: result.confidence[key] for key in case.links} == case.links


def test_root_is_earliest() -> None:
    """The root of a thread is its earliest message, whatever the keys say."""
    messages = [
        (9, mail("a@acme.example", 1)),
        (2, mail("b@acme.example", 2, irt="a@acme.example")),
    ]
    result = thread_messages(messages)
    assert result.thread_of == {9: 9, 2: 9}
    assert result.members(9) == (2, 9)


def test_duplicate_keys_are_refused() -> None:
    """Keys are row ids: a repeated key is a caller's bug, not a thread."""
    with pytest.raises(ValueError, match="unique"):
        thread_messages([(1, mail("a@x.example", 1)), (1, mail("b@x.example", 2))])


# Hypothesis: small pools so that ids, references and subjects collide often.
IDS = st.sampled_from([f"m{i}@acme.example" for i in range(6)])
PEOPLE = st.sampled_from([ME, DANA, SAM, "kim@beta.example"])
MESSAGES = st.builds(
    mail,
    st.none() | IDS,
    st.none() | st.integers(min_value=1, max_value=60),
    sender=PEOPLE,
    to=PEOPLE,
    subject=st.sampled_from(["Interview", "Re: Interview", "AW: Interview", "Offer", "Re: Offer"]),
    irt=st.none() | IDS,
    refs=st.lists(IDS, max_size=3).map(tuple),
    thrid=st.none() | st.sampled_from(["1", "2"]),
)
MAILBOXES = st.lists(MESSAGES, max_size=12).map(lambda ms: list(enumerate(ms, start=100)))


@given(MAILBOXES, st.randoms(use_true_random=False))
def test_order_does_not_matter(mailbox: list[tuple[int, Message]], rnd: random.Random) -> None:
    """Threading the same messages in any order gives the same threads and links."""
    shuffled = list(mailbox)
    rnd.shuffle(shuffled)
    first = thread_messages(mailbox, own_addresses=[ME])
    second = thread_messages(shuffled, own_addresses=[ME])
    assert dict(first.thread_of) == dict(second.thread_of)
    assert dict(first.confidence) == dict(second.confidence)


@given(MAILBOXES)
def test_roots_are_their_own_roots(mailbox: list[tuple[int, Message]]) -> None:
    """Every message maps to a root that maps to itself and is linked as the root."""
    result = thread_messages(mailbox, own_addresses=[ME])
    assert set(result.thread_of) == {key for key, _ in mailbox}
    for root in result.thread_of.values():
        assert result.thread_of[root] == root
        assert result.confidence[root] is ThreadLink.ROOT


@given(MAILBOXES, st.none() | st.integers(min_value=1, max_value=60))
def test_unrelated_message_changes_nothing(
    mailbox: list[tuple[int, Message]],
    day: int | None,
) -> None:
    """Adding a message that shares nothing with the others never moves their threads."""
    stranger = mail(
        "lone@elsewhere.example",
        day,
        sender="lee@elsewhere.example",
        to="lee@elsewhere.example",
        subject="Re: Garden party",
    )
    before = thread_messages(mailbox, own_addresses=[ME])
    after = thread_messages([*mailbox, (1, stranger)], own_addresses=[ME])
    assert {k: v for k, v in after.thread_of.items() if k != 1} == dict(before.thread_of)
    assert after.thread_of[1] == 1


@given(MAILBOXES)
def test_replies_join_their_parent(mailbox: list[tuple[int, Message]]) -> None:
    """A message whose In-Reply-To names a message it holds shares that message's thread."""
    result = thread_messages(mailbox, own_addresses=[ME])
    owners: dict[str, int] = {}
    for key, message in sorted(
        mailbox,
        key=lambda pair: (
            pair[1].date is None,
            pair[1].date or dt.datetime.max.replace(tzinfo=UTC),
            pair[0],
        ),
    ):
        if message.message_id is not None:
            owners.setdefault(message.message_id, key)
    for key, message in mailbox:
        if message.in_reply_to in owners:
            assert result.thread_of[key] == result.thread_of[owners[message.in_reply_to]]


def test_large_mailbox_is_fast_enough() -> None:
    """Ten thousand messages in long chains thread in well under the test timeout."""
    messages = [
        (
            i,
            mail(
                f"m{i}@acme.example",
                1 + i % 28,
                irt=f"m{i - 1}@acme.example" if i % 50 else None,
                subject=f"Thread {i // 50}",
            ),
        )
        for i in range(10_000)
    ]
    result = thread_messages(messages, own_addresses=[ME])
    assert len(set(result.thread_of.values())) == 200
