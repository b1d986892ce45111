"""A reply holding two digests' tokens whose numbers differ is refused, never guessed (u34dg)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.approval import Decision, SentDigest, Verdict, judge_reply, token_hash
from silence_watch.core.mixed_digests import pasted_tokens
from silence_watch.core.model import Address, Message

ME = "noor@example.com"
MONDAY_TOKEN = "sw-" + "M" * 22
TUESDAY_TOKEN = "sw-" + "T" * 22
#: Monday: [1] Gail, [2] Sam, [3] Lena. Tuesday, after Gail's promise: [1] Sam, [2] Lena, [3] Omar.
MONDAY = SentDigest("monday@example.com", token_hash(MONDAY_TOKEN), {1: 1, 2: 2, 3: 3},
                    sent_at=datetime(2026, 12, 7, 14, 35, tzinfo=UTC))  # fmt: skip
TUESDAY = SentDigest("tuesday@example.com", token_hash(TUESDAY_TOKEN), {1: 2, 2: 3, 3: 4},
                     sent_at=datetime(2026, 12, 8, 14, 35, tzinfo=UTC))  # fmt: skip
NOW = datetime(2026, 12, 9, 1, 40, tzinfo=UTC)

CARD = (
    "  [3] Follow-up to Meridian Parks Conservancy — Program Analyst\n"
    "      To: Lena Ortiz <lortiz@meridianparks.example>\n"
    "      Subject: Re: Program Analyst interview - Wednesday 11/25\n"
    "      Goes out: Mon 7 Dec 09:35 once you approve it\n"
    "      | Hi Lena,\n"
)


def token_line(token: str) -> str:
    """The digest's token line, as the candidate pastes it."""
    return f"Approval token: {token} (keep this line in your reply)"


def quoted_digest(token: str, mark: str = "> ") -> str:
    """The end of a digest as a client quotes it."""
    return f"{mark}silence-watch digest for Tue 8 Dec\n{mark}\n{mark}{token_line(token)}\n"


def answer(body: str, *, answers: SentDigest | None = TUESDAY, subject: str = "") -> Message:
    """Noor's reply to ``answers`` (by its headers), with ``body``."""
    return Message(
        message_id="reply@proton.example",
        date=NOW,
        sender=Address("Noor Haddad", ME),
        to=(Address("silence-watch", ME),),
        subject=subject or "Re: silence-watch digest for Tue 8 Dec",
        in_reply_to=answers.message_id if answers else None,
        references=(answers.message_id,) if answers else (),
        body=body,
    )


def verdict_of(message: Message, text: str | None = None) -> Verdict:
    """How ``message`` is judged against Monday's and Tuesday's digests."""
    return judge(message, text).verdict


def judge(message: Message, text: str | None = None) -> Decision:
    """The decision on ``message``."""
    return judge_reply(message, me=ME, digests=[MONDAY, TUESDAY], authentication_results=(),
                       processed=False, now=NOW, text=text)  # fmt: skip


PROTON = (
    f"Hi - this one from yesterday's digest too please:\n\n{CARD}\n{token_line(MONDAY_TOKEN)}\n\n"
    "approve 3\n\nNoor\n\nSent with Proton Mail secure email.\n\n"
    "------- Original Message -------\n"
    "On Tuesday, December 8th, 2026 at 9:35 AM, silence-watch <noor@example.com> wrote:\n\n"
    + quoted_digest(TUESDAY_TOKEN)
)


def test_a_pasted_card_with_another_digests_token_refuses_the_reply() -> None:
    """Monday's card and token above Tuesday's quote: refused, told at once, numbers named."""
    decision = judge(answer(PROTON))
    assert decision.verdict is Verdict.REFUSED
    assert decision.tell_now
    assert "more than one digest" in decision.reason
    assert "[3]" in decision.reason
    assert decision.digest == TUESDAY


@pytest.mark.parametrize(
    "attribution",
    [
        "On Tue, Dec 8, 2026 at 9:35 AM silence-watch <noor@example.com> wrote:",
        "Am Di., 8. Dez. 2026 um 09:35 Uhr schrieb silence-watch <noor@example.com>:",
        "Le mar. 8 déc. 2026 à 09:35, silence-watch <noor@example.com> a écrit :",
        "El mar, 8 dic 2026 a las 9:35, silence-watch (<noor@example.com>) escribió:",
        "Op di 8 dec. 2026 om 09:35 schreef silence-watch <noor@example.com>:",
    ],
)
def test_the_pasted_token_counts_above_a_quote_in_every_language(attribution: str) -> None:
    """The second token is hers wherever the quote starts, in the five languages."""
    body = f"{CARD}\n{token_line(MONDAY_TOKEN)}\n\napprove 3\n\n{attribution}\n"
    assert verdict_of(answer(body + quoted_digest(TUESDAY_TOKEN))) is Verdict.REFUSED


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # the answered digest's own token pasted above its quote: one digest, twice
        ("same token twice", f"approve 3\n{token_line(TUESDAY_TOKEN)}\n\n"
         + quoted_digest(TUESDAY_TOKEN)),
        # an older digest's token only in the quote below (a quote within the quote)
        ("old token quoted", "approve 3\n\nOn Tue, Dec 8, 2026 at 9:35 AM silence-watch wrote:\n"
         + quoted_digest(TUESDAY_TOKEN) + quoted_digest(MONDAY_TOKEN, ">> ")),
        ("old token below a separator", "approve 3\n\n-----Original Message-----\n"
         "From: silence-watch\n" + quoted_digest(TUESDAY_TOKEN, "")
         + quoted_digest(MONDAY_TOKEN, "")),
        ("old token below an Outlook header block", "approve 3\n\nFrom: silence-watch"
         " <noor@example.com>\nSent: Tuesday, December 8, 2026 9:35 AM\nTo: noor@example.com\n"
         "Subject: silence-watch digest for Tue 8 Dec\n\n" + quoted_digest(TUESDAY_TOKEN, "")
         + token_line(MONDAY_TOKEN) + "\n"),
        # Monday's card pasted without its token line: only one digest is carried
        ("card without its token", f"{CARD}\napprove 3\n\n" + quoted_digest(TUESDAY_TOKEN)),
    ],
)  # fmt: skip
def test_near_misses_are_read_against_the_digest_answered(name: str, body: str) -> None:
    """One digest's token, or another's only in the quote: accepted as before."""
    assert verdict_of(answer(body)) is Verdict.ACCEPTED, name


def test_a_second_digest_numbered_the_same_is_no_doubt() -> None:
    """Two digests whose numbers mean the same drafts: the reply is read as before."""
    same = SentDigest("monday@example.com", token_hash(MONDAY_TOKEN), dict(TUESDAY.numbers))
    decision = judge_reply(answer(PROTON), me=ME, digests=[same, TUESDAY],
                           authentication_results=(), processed=False, now=NOW)  # fmt: skip
    assert decision.verdict is Verdict.ACCEPTED


def test_news_numbers_that_differ_are_a_doubt_too() -> None:
    """Same drafts, but "read 4 as rejection" would mean another message in each."""
    monday = SentDigest("monday@example.com", token_hash(MONDAY_TOKEN), {1: 2},
                        items={2: "gail@brightwell.example"})  # fmt: skip
    tuesday = SentDigest("tuesday@example.com", token_hash(TUESDAY_TOKEN), {1: 2},
                         items={2: "omar@tidewater.example"})  # fmt: skip
    body = f"read 2 as rejection\n{token_line(MONDAY_TOKEN)}\n\n" + quoted_digest(TUESDAY_TOKEN)
    decision = judge_reply(answer(body), me=ME, digests=[monday, tuesday],
                           authentication_results=(), processed=False, now=NOW)  # fmt: skip
    assert decision.verdict is Verdict.REFUSED
    assert "[2]" in decision.reason


def test_a_one_tap_message_with_two_tokens_is_refused() -> None:
    """No In-Reply-To: tied to a digest by a token only, so every token in it counts."""
    body = f"approve 3\n\n{token_line(MONDAY_TOKEN)}\n{token_line(TUESDAY_TOKEN)}\n"
    assert verdict_of(answer(body, answers=None)) is Verdict.REFUSED
    one = f"approve 3\n\n{token_line(TUESDAY_TOKEN)}\n"
    assert verdict_of(answer(one, answers=None)) is Verdict.ACCEPTED


def test_a_token_in_the_subject_is_hers() -> None:
    """Monday's token in the subject of an answer to Tuesday: two digests."""
    message = answer("approve 3\n\n" + quoted_digest(TUESDAY_TOKEN), subject=f"Re: {MONDAY_TOKEN}")
    assert verdict_of(message) is Verdict.REFUSED


def test_the_text_as_read_is_where_her_tokens_are_looked_for() -> None:
    """An HTML reply's laid-out text (its quote gone) decides, not the raw body."""
    raw_body = f"approve 3\n{token_line(MONDAY_TOKEN)}\n{token_line(TUESDAY_TOKEN)}\n"
    laid_out = "approve 3\n"
    assert verdict_of(answer(raw_body), laid_out) is Verdict.ACCEPTED
    assert verdict_of(answer(raw_body)) is Verdict.REFUSED


def test_pasted_tokens_leave_out_the_quote() -> None:
    """Her part: her lines and what she pasted; never the quote below."""
    assert pasted_tokens(PROTON) == (MONDAY_TOKEN,)
    assert pasted_tokens("approve 1\n> " + token_line(TUESDAY_TOKEN)) == ()
    assert pasted_tokens(token_line(TUESDAY_TOKEN)) == (TUESDAY_TOKEN,)
