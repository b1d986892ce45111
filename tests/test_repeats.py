"""Her mail sent twice under two Message-IDs is one message (tester round u39dup)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.model import Contact, Direction, Interview, MessageKind, TimelineEntry
from silence_watch.core.parse import parse_headers
from silence_watch.core.repeats import REPEAT_WINDOW, without_repeats, words_digest
from silence_watch.store import Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

T0 = datetime(2026, 11, 19, 14, 3, tzinfo=UTC)
KIM = "kim.osei@harbourline.example"
LUIS = "luis.mora@harbourline.example"

NUDGES = {
    "en": "Hi Kim, just checking in on the Ops Analyst role after our chat on the 9th. Still"
          " very keen. Best, Priya",
    "de": "Hallo Herr Brandt, ich wollte mich kurz nach dem Stand meiner Bewerbung als"
          " Werkstudent erkundigen. Viele Grüße, Jonas",
    "fr": "Bonjour Madame Roux, je souhaitais prendre des nouvelles de ma candidature au poste"
          " de juriste. Cordialement, Inès",
    "es": "Hola Marta, te escribo para saber si hay novedades sobre el puesto de analista."
          " Un saludo, Pablo",
    "nl": "Hoi Bram, ik ben benieuwd of er al nieuws is over de vacature van planner. Groetjes,"
          " Lotte",
}  # fmt: skip


def hers(text: str, at: datetime, to: tuple[str, ...] = (KIM,), mid: str = "") -> TimelineEntry:
    """Her mail with these own words, to ``to``, at ``at``."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         message_id=mid or f"{at.timestamp()}@example.com",
                         recipients=to, words=words_digest(text))  # fmt: skip


def theirs(at: datetime, kind: MessageKind = MessageKind.HUMAN) -> TimelineEntry:
    """Mail from Kim's side at ``at``."""
    return TimelineEntry(at=at, direction=Direction.INBOUND, kind=kind, sender=KIM)


@pytest.mark.parametrize("language", sorted(NUDGES))
def test_the_same_words_sent_twice_minutes_apart_are_one_message(language: str) -> None:
    """A phone's outbox that sends one follow-up twice leaves one rung, the first."""
    text = NUDGES[language]
    first, again = hers(text, T0, mid="a@example.com"), hers(text, T0 + timedelta(minutes=6))
    assert without_repeats([first, again]) == [first]


def test_case_and_spacing_do_not_make_another_mail() -> None:
    """A client that rewraps the text, or a resend typed again in another case, is a copy."""
    assert words_digest("Any news on the\n  Ops Analyst role?") == words_digest(
        "any news on the ops analyst role?"
    )
    assert words_digest(" \n\t") == ""


NEAR_MISSES = [
    ("other words", hers(NUDGES["en"], T0),
     [hers(NUDGES["en"] + " PS: I attach my portfolio.", T0 + timedelta(minutes=5))]),
    ("another person", hers(NUDGES["de"], T0), [hers(NUDGES["de"], T0 + timedelta(minutes=5),
                                                     to=(LUIS,))]),
    ("someone copied too", hers(NUDGES["fr"], T0),
     [hers(NUDGES["fr"], T0 + timedelta(minutes=5), to=(KIM, LUIS))]),
    ("past the hour", hers(NUDGES["es"], T0),
     [hers(NUDGES["es"], T0 + REPEAT_WINDOW + timedelta(minutes=1))]),
    ("they wrote in between", hers(NUDGES["nl"], T0),
     [theirs(T0 + timedelta(minutes=2)), hers(NUDGES["nl"], T0 + timedelta(minutes=9))]),
    ("a hiring system wrote in between", hers("Done, it is attached.", T0),
     [theirs(T0 + timedelta(minutes=2), MessageKind.AUTOMATED),
      hers("Done, it is attached.", T0 + timedelta(minutes=9))]),
    ("no words at all", hers("", T0), [hers("", T0 + timedelta(minutes=1))]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "rest"), [row[1:] for row in NEAR_MISSES], ids=[row[0] for row in NEAR_MISSES]
)
def test_mail_that_is_not_the_same_mail_stays(
    first: TimelineEntry, rest: list[TimelineEntry]
) -> None:
    """Other words, other people, the next hour, or an answer between: two messages."""
    timeline = [first, *rest]
    assert without_repeats(timeline) == timeline


def test_an_out_of_office_the_first_copy_drew_does_not_part_them() -> None:
    """Kim's automatic reply to the first copy is no mail the second could answer."""
    first, away = hers(NUDGES["en"], T0), theirs(T0 + timedelta(minutes=1), MessageKind.AUTO_REPLY)
    again = hers(NUDGES["en"], T0 + timedelta(minutes=7))
    assert without_repeats([first, away, again]) == [first, away]


def test_a_chain_of_resends_is_one_and_their_mail_is_never_dropped() -> None:
    """Three tries, ten then fifty minutes apart, are one mail; their identical notes stay."""
    tries = [hers(NUDGES["nl"], T0 + timedelta(minutes=m)) for m in (0, 10, 60)]
    twice = [replace(theirs(T0 + timedelta(minutes=m)), words="x") for m in (70, 71)]
    assert without_repeats([*tries, *twice]) == [tries[0], *twice]


HEADERS = (
    b"From: Priya Nair <priya@example.com>\r\nTo: kim.osei@harbourline.example\r\n"
    b"Subject: Re: Ops Analyst\r\nDate: Thu, 19 Nov 2026 09:03:00 -0500\r\n\r\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh state database."""
    opened = Store.open(tmp_path / "state")
    yield opened
    opened.close()


def test_the_timeline_shows_her_resent_mail_once_and_when_each_arrived(store: Store) -> None:
    """The store keeps a digest of her words; the timeline leaves the copy out (u39dup)."""
    from silence_watch.core.classify import classify_message  # noqa: PLC0415 - one test
    from silence_watch.core.match import Match  # noqa: PLC0415 - one test

    interview = Interview(id=0, company="Harbourline", role="Ops Analyst",
                          date=datetime(2026, 11, 9, 15, tzinfo=UTC),
                          contacts=(Contact("Kim Osei", KIM),))  # fmt: skip
    interview_id = store.upsert_interview(interview, source="config", now=T0)
    indexed = [T0 + timedelta(hours=h) for h in (1, 2, 3)]
    another = "Sorry, one more thing: I am free all of next week."
    for key, (minutes, text) in enumerate(((0, NUDGES["en"]), (6, NUDGES["en"]), (30, another))):
        headers = HEADERS.replace(b"09:03", f"09:{3 + minutes:02d}".encode())
        message = replace(parse_headers(headers), message_id=f"n{key}@example.com")
        pk, _ = store.add_message(message, headers, source="imap", folder="Sent", key=str(key),
                                  direction=Direction.OUTBOUND, now=indexed[key])  # fmt: skip
        store.save_classification(pk, classify_message(message), body_read=True)
        store.save_match(pk, Match(interview_id, 0.95, "kim is a contact"))
        store.save_words(pk, words_digest(text))
    timeline = store.timeline(interview_id)
    assert [e.message_id for e in timeline] == ["n0@example.com", "n2@example.com"]
    assert [e.seen_at for e in timeline] == [indexed[0], indexed[2]]
