"""The sender's signature tells who wrote a message (tester round u35rl)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.callplan import signature_numbers
from silence_watch.core.classify import classify_message
from silence_watch.core.date_order import writes_day_first
from silence_watch.core.model import Address, Message
from silence_watch.core.signed_text import signed_text

FRI_DEC_18 = datetime(2026, 12, 18, 12, 41, tzinfo=UTC)

#: A London agency writing from Gmail: its own words say nothing British.
WORDS = (
    "Hi Thiago,\n\nThey're seeing one more candidate on Monday, so they've promised to come"
    " back to us with a decision by 4/1. I'll be in touch the moment I hear.\n\nBest,\nOliver\n"
)
SIGNATURE = (
    "\n--\nOliver Hastings\nSenior Consultant\nThamesbridge Talent Ltd\n"
    "+44 20 7946 0958 | 30 Eastcheap, London\n"
)
FOOTER = "\nThamesbridge Talent Ltd is registered in England and Wales, company no. 08123456.\n"
QUOTE = (
    "\nOn Wed, 9 Dec 2026 at 16:02, Thiago Moreira <thiago@example.com> wrote:\n"
    "> Thanks, Oliver\n> Thiago\n> +44 7700 900123\n"
)


def _mail(body: str, sender: str = "oliver.hastings@thamesbridge.example") -> Message:
    return Message(
        message_id="m1@example.com",
        date=FRI_DEC_18,
        sender=Address(name="Oliver Hastings", email=sender),
        to=(Address(name="Thiago Moreira", email="thiago@example.com"),),
        subject="Re: Zeevonk Energy - interview confirmed",
        body=body,
    )


def test_the_signature_and_its_footer_are_the_senders() -> None:
    """The lines under "-- " and a company register are kept; the quote below never is."""
    text = signed_text(WORDS + SIGNATURE + FOOTER + QUOTE)
    assert "decision by 4/1" in text
    assert "+44 20 7946 0958" in text
    assert "registered in England" in text
    assert "Thanks, Oliver" not in text
    assert "7700" not in text


def test_without_footers_a_legal_footer_ends_the_text() -> None:
    """``footers=False`` stops at a legal footer, as a call plan reads numbers."""
    body = WORDS + SIGNATURE + FOOTER
    assert "registered in England" in signed_text(body)
    plain = signed_text(body, footers=False)
    assert "+44 20 7946 0958" in plain
    assert "registered in England" not in plain


def test_a_reply_below_the_quote_is_its_own_words() -> None:
    """Nothing above the quote: the words written below it are the sender's."""
    body = (
        "On Wed, 9 Dec 2026 at 16:02, Thiago Moreira <thiago@example.com> wrote:\n"
        "> Any news?\n\nNot yet - decision by 4/1, I'm told.\n"
    )
    assert "decision by 4/1" in signed_text(body)
    assert "Any news" not in signed_text(body)


def test_a_pasted_job_ad_is_not_the_senders() -> None:
    """A rule of stars under a sign-off: what follows was pasted, not signed."""
    body = "Hi,\n\nsee the ad below.\n\nBest,\nDana\n\n*****\nAcme Ltd, registered in England\n"
    assert "registered" not in signed_text(body)


WRITERS = [
    pytest.param(WORDS + SIGNATURE + QUOTE, True, id="en-plus-44-under-the-dashes"),
    pytest.param(WORDS + "\n--\nOliver Hastings\n" + FOOTER + QUOTE, True,
                 id="en-registered-in-england-footer"),
    pytest.param(WORDS + "\n--\nOliver Hastings\nThamesbridge Talent Ltd\n", True,
                 id="en-ltd-under-the-dashes"),
    pytest.param(WORDS + "\n--\nOliver Hastings\nThamesbridge Talent Inc.\n+1 212 555 0147\n",
                 False, id="en-american-signature"),
    pytest.param(WORDS + QUOTE, False, id="en-a-quoted-british-number-is-not-the-writers"),
    pytest.param(WORDS + "\n-----Original Message-----\nFrom: Acme Ltd\n+44 20 7946 0958\n",
                 False, id="en-a-forwarded-british-signature-is-not-the-writers"),
]


@pytest.mark.parametrize(("body", "expected"), WRITERS)
def test_a_signature_shows_a_british_writer(body: str, expected: bool) -> None:
    """"+44", "Ltd", "registered in England" count in the signature, never in a quote."""
    assert writes_day_first(_mail(body)) is expected


def test_a_british_agencys_signature_reads_4_1_as_4_january() -> None:
    """"a decision by 4/1" from a London agency on Gmail is 4 January, not 1 April."""
    signed = classify_message(_mail(WORDS + SIGNATURE + FOOTER + QUOTE))
    assert signed.promised_by == date(2027, 1, 4)
    american = WORDS + "\n--\nOliver Hastings\nThamesbridge Talent Inc.\n"
    assert classify_message(_mail(american)).promised_by == date(2027, 4, 1)


def test_a_call_plan_still_reads_the_signatures_number() -> None:
    """The call plan's numbers come from the same signed text, legal footer left out."""
    assert signature_numbers(WORDS + SIGNATURE + FOOTER + QUOTE, "GB") == ("+442079460958",)
