"""A promise on a colleague's behalf is hers; one made to someone else is not (known gaps)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.dates import promised_date
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.promise_addressees import to_someone_else

#: Tuesday 24 November 2026, mid-morning in Europe.
SENT = datetime(2026, 11, 24, 9, 40, tzinfo=UTC)

#: A colleague promises, through the writer: the day is hers to wait for.
ON_A_COLLEAGUES_BEHALF = [
    ("Frau Albers meldet sich bis spätestens Freitag, 27.11. bei Ihnen.", date(2026, 11, 27)),
    ("Herr Yilmaz wird sich bis Freitag bei Ihnen melden.", date(2026, 11, 27)),
    ("Unser CTO meldet sich bis Donnerstag.", date(2026, 11, 26)),
    ("Marcus will be in touch by Friday.", date(2026, 11, 27)),
    ("Keiko will get back to you by Thursday with the panel's view.", date(2026, 11, 26)),
    ("M. Lefèvre reviendra vers vous d'ici jeudi.", date(2026, 11, 26)),
    ("Joaquín te escribirá antes del viernes.", date(2026, 11, 27)),
    ("Femke laat uiterlijk vrijdag van zich horen.", date(2026, 11, 27)),
]
#: Near misses: the promise is to the team, the referees, a client; no day of hers.
TO_SOMEONE_ELSE = [
    "Frau Albers meldet sich morgen bei den Referenzen.",
    "Herr Yilmaz meldet sich bis Freitag bei Ihren Referenzgebern.",
    "Marcus will be in touch with the team by Friday.",
    "Keiko will reach out to your referees by Thursday.",
    "Keiko will get back to the hiring manager by Thursday.",
    "M. Lefèvre contactera vos références d'ici jeudi.",
    "Joaquín escribirá a tus referencias antes del viernes.",
    "Femke neemt vrijdag contact op met je referenties.",
]


@pytest.mark.parametrize(("text", "day"), ON_A_COLLEAGUES_BEHALF)
def test_a_colleagues_promise_is_hers_to_wait_for(text: str, day: date) -> None:
    """Said of a colleague, the promise and its day are hers, in five languages."""
    found = promised_date(text, SENT)
    assert found == day


@pytest.mark.parametrize("text", TO_SOMEONE_ELSE)
def test_a_promise_to_someone_else_promises_her_nothing(text: str) -> None:
    """To the team, the referees, the hiring manager: no day she waits for."""
    assert promised_date(text, SENT) is None


@pytest.mark.parametrize(
    "text",
    [
        "Marcus will be in touch with an update by Friday.",
        "Marcus will be in touch with you and the team by Friday.",
        "I'll speak with the team and get back to you by Friday.",
        "Femke neemt vrijdag contact met je op.",
    ],
)
def test_what_they_bring_or_her_beside_others_is_still_hers(text: str) -> None:
    """"With an update", "with you and the team": still a promise to her."""
    assert promised_date(text, SENT) == date(2026, 11, 27)


def test_the_addressee_is_read_from_the_promises_words() -> None:
    """The words right after the promise decide, not a team named elsewhere."""
    sentence = fold("After I talk to the team, I will get back to you by Friday")
    assert not to_someone_else(sentence, sentence.index("get back"))
    sentence = fold("Marcus will be in touch with the team by Friday")
    assert to_someone_else(sentence, sentence.index("be in touch"))


def reply(body: str) -> Message:
    """A recruiter's reply after the interview."""
    return Message(message_id="p1@kestrel.example", date=SENT,
                   sender=Address("Ines Vogt", "ines.vogt@kestrel.example"),
                   to=(Address("Ana Ruiz", "ana.ruiz@example.org"),), subject="Re: Danke",
                   headers={}, body=body)  # fmt: skip


def test_the_reader_takes_a_colleagues_german_promise_for_a_dated_promise() -> None:
    """The gap itself: "X meldet sich bis spätestens Freitag bei Ihnen" promises her Friday."""
    found = classify_message(reply("Guten Tag Frau Ruiz,\n\nvielen Dank für das angenehme"
                                   " Gespräch. Frau Albers meldet sich bis spätestens Freitag,"
                                   " 27.11. bei Ihnen.\n\nBeste Grüße\nInes Vogt"),
                             load_intent_reader())  # fmt: skip
    assert found.intent is Intent.ACKNOWLEDGEMENT
    assert found.confidence >= UNSURE_BELOW
    assert found.promised_by == date(2026, 11, 27)
