"""Mail written to someone else and sent to the candidate by mistake. Pure."""

from __future__ import annotations

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.misdirected import meant_for_someone_else
from silence_watch.core.model import Intent
from silence_watch.core.parse import parse_message


def mail(body: str, to: str = "Jordan Lee <jordan@example.com>") -> bytes:
    """A plain message from a hiring manager, dated, to ``to``."""
    return (
        "From: Aaron Feld <aaron@quillon.example>\r\n"
        f"To: {to}\r\n"
        "Subject: Re: DevRel Engineer\r\n"
        "Date: Thu, 12 Nov 2026 16:05:52 -0500\r\n"
        "Message-ID: <m1@quillon.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        "Mark - notes below. Can we talk before I get back to Jordan? I want to close this week.",
        "Hi Priya,\n\nJordan's references are in; I'll let you know by Friday what we decide.",
        "Hallo Sven: kannst du Jordan morgen anrufen? Ich melde mich bis Freitag.",
    ],
)
def test_a_note_to_a_colleague_about_the_candidate_is_asked_about(body: str) -> None:
    """Greets someone else by name and names the candidate: no reading, no promise, a question."""
    message = parse_message(mail(body))
    assert meant_for_someone_else(message, body) is not None
    result = classify_message(message)
    assert result.intent is Intent.OTHER
    assert result.promised_by is None
    assert result.confidence < 0.6


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # greets the candidate
        ("Jordan - thanks for today. Back to you by Friday.", "Jordan Lee <j@example.com>"),
        ("Hi Jordan,\n\nMark will call you on Friday.", "Jordan Lee <j@example.com>"),
        # a word, not a name, and the candidate named in passing
        ("Thanks - Jordan, I'll be in touch by Friday.", "Jordan Lee <j@example.com>"),
        ("Hi team, quick update for Jordan: we decide on Friday.", "Jordan Lee <j@example.com>"),
        # surname first in the display name
        ("Jordan, we will decide by Friday.", '"Lee, Jordan" <j@example.com>'),
        # someone else greeted, but the candidate never named: a forward's own words
        ("Mark - see below, thoughts?", "Jordan Lee <j@example.com>"),
        # shapes that fooled the first version on the labelled corpus: a two-word greeting,
        # a letter's place and day, a protective marking, an interjection and a vocative
        ("Buenas tardes, Lucía:\nLe escribimos para confirmar a Lucía la fecha.",
         "Lucía Pardo <l@example.com>"),
        ("Asunción, 3 de diciembre de 2026\n\nEstimado Tomás:\nLamentamos informarle.",
         "Tomás Ruiz <t@example.com>"),
        ("OFFICIAL - SENSITIVE\n\nDear Callum, thank you for applying.",
         "Callum Reid <c@example.com>"),
        ("Jaja, ¡qué bien! Ya lo vi, Mariana. Te cuento.", "Mariana Sol <m@example.com>"),
        ("Aww - thanks Ava! That made my day.", "Ava Stone <a@example.com>"),
        # two recipients: whom it greets says nothing
        ("Mark - Jordan is copied here.", "Jordan Lee <j@example.com>, Mark <m@example.com>"),
    ],
)
def test_mail_to_the_candidate_is_read_as_usual(body: str, to: str) -> None:
    """Only both signs together: another name greeted and the candidate spoken of."""
    assert meant_for_someone_else(parse_message(mail(body, to)), body) is None
