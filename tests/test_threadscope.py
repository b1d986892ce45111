"""Only mail that can reach an interview's mail is threaded, and it is threaded the same."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from silence_watch.core.model import Address, Message
from silence_watch.core.threads import thread_messages
from silence_watch.engine.threadscope import LinkKeys, reachable

ME = "casey@example.org"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SUBJECTS = ("Interview at Acme", "Your application", "Next steps", "Hello", "Offer", "Update")
PEOPLE = ("dana@acme.example", "lee@globex.example", "sam@agency.example", "kim@initech.example")


def _mailbox(seed: int, count: int = 60) -> list[tuple[int, Message]]:
    """Messages linked every way the threader links: ids, phantom ids, Gmail ids, subjects."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    made: list[tuple[int, Message]] = []
    for key in range(1, count + 1):
        earlier = [m for _, m in made if m.message_id]
        parent = rng.choice(earlier) if earlier and rng.random() < 0.4 else None
        references: tuple[str, ...] = ()
        if parent is not None and parent.message_id:
            references = (*parent.references, parent.message_id)
        if rng.random() < 0.15:
            references += (f"phantom-{rng.randrange(20)}@example.net",)
        subject = parent.subject if parent is not None else f"{rng.choice(SUBJECTS)} {key % 9}"
        if rng.random() < 0.5 and not subject.startswith("Re: "):
            subject = f"Re: {subject}"
        person = rng.choice(PEOPLE)
        outbound = rng.random() < 0.4
        message_id = None if rng.random() < 0.05 else f"m{key}-{rng.randrange(3)}@example.com"
        if rng.random() < 0.05 and earlier:
            message_id = rng.choice(earlier).message_id  # the same message filed twice
        headers = {"x-gm-thrid": str(rng.randrange(20))} if rng.random() < 0.1 else {}
        made.append((
            key,
            Message(
                message_id=message_id,
                date=None if rng.random() < 0.05 else START + timedelta(hours=rng.randrange(400)),
                sender=Address("", ME if outbound else person),
                to=(Address("", person if outbound else ME),),
                subject=subject,
                in_reply_to=references[-1] if references and rng.random() < 0.8 else None,
                references=references,
                headers=headers,
            ),
        ))  # fmt: skip
    return made


@pytest.mark.parametrize("seed", range(60))
def test_pruned_threading_places_reachable_mail_exactly_as_full_threading(seed: int) -> None:
    """Known mail and the mail reachable from it thread the same with or without the rest."""
    mailbox = _mailbox(seed)
    rng = random.Random(seed + 1000)  # noqa: S311 - test data, not secrets
    known_keys = set(rng.sample([key for key, _ in mailbox], 3))
    known = [(key, m) for key, m in mailbox if key in known_keys]
    others = {key: LinkKeys.of(m) for key, m in mailbox if key not in known_keys}
    kept = set(reachable((LinkKeys.of(m) for _, m in known), others))
    full = thread_messages(mailbox, own_addresses=[ME])
    pruned = thread_messages(
        [(key, m) for key, m in mailbox if key in known_keys or key in kept], own_addresses=[ME]
    )
    for key in known_keys | kept:
        assert pruned.thread_of[key] == full.thread_of[key], key
        assert pruned.confidence[key] == full.confidence[key], key
    known_threads = {full.thread_of[key] for key in known_keys}
    left_out = [key for key in others if key not in kept]
    assert [key for key in left_out if full.thread_of[key] in known_threads] == []


def test_a_reply_to_a_reply_is_reached_through_its_parent() -> None:
    """Links are followed through other unmatched mail, whatever order it comes in."""
    root = Message("a@example.com", START, Address("", "dana@acme.example"), subject="Hi")
    child = Message("b@example.com", START, None, in_reply_to="a@example.com")
    grandchild = Message("c@example.com", START, None, references=("b@example.com",))
    stranger = Message("d@example.com", START, None, subject="Other")
    found = reachable(
        [LinkKeys.of(root)],
        {3: LinkKeys.of(grandchild), 4: LinkKeys.of(stranger), 2: LinkKeys.of(child)},
    )
    assert sorted(found) == [2, 3]
