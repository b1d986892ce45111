"""Own words whose answer is elsewhere (a forward, another app, a language it cannot read)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.core.answer_elsewhere import answer_below
from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.quotes import own_text

DEBRIEF = (
    "Jordan - I'm sorry. See below, from Ben. I'll call you tomorrow if that's ok.\n\nMaya\n\n"
    "---------- Forwarded message ---------\nFrom: Ben Adeyemi <ben@prairieledger.example>\n"
    "Date: Mon, Nov 16, 2026 at 5:12 PM\nSubject: EM Payments - debrief\n"
    "To: Maya Okafor <maya@prairieledger.example>\n\nMaya,\n\nWe're going with Priyanka for"
    " the EM role. Unfortunately that means we won't be moving forward with Jordan.\n\nBen\n"
)


def forward(body: str, subject: str = "Fwd: EM Payments - debrief") -> Message:
    """Maya's message with ``body``."""
    return Message(message_id="f1@prairieledger.example", subject=subject, body=body,
                   date=datetime(2026, 11, 17, 14, tzinfo=UTC),
                   sender=Address("Maya Okafor", "maya@prairieledger.example"))  # fmt: skip


@pytest.mark.parametrize(
    "note",
    [
        "Jordan - I'm sorry. See below, from Ben. I'll call you tomorrow if that's ok.",
        "Hallo Frau Berger, siehe unten die Rückmeldung von Herrn Haas. Ich rufe Sie morgen an.",
        "Bonjour Léa, voir ci-dessous le retour de Marc. Je t'appelle demain.",
        "Hola Ana, te reenvío abajo lo que me dijo Carlos. Mira más abajo. Te llamo mañana.",
        "Hoi Sanne, zie hieronder de reactie van Mark. Ik bel je morgen.",
    ],
)
def test_a_short_note_pointing_at_a_forward_is_no_answer(note: str) -> None:
    """The note only points down: the forwarded text is someone else's, to someone else."""
    body = DEBRIEF.replace(DEBRIEF.split("\n\n", maxsplit=1)[0], note, 1)
    assert answer_below(forward(body), own_text(body))


def test_a_forward_is_asked_about_not_read_as_a_promise_to_call() -> None:
    """Tester round t40mc: read as "I'll call you tomorrow", a follow-up went after a no."""
    result = classify_message(forward(DEBRIEF))
    assert result.intent is Intent.OTHER
    assert result.confidence < 0.6
    assert result.promised_by is None


def test_a_reply_with_its_answers_inline_or_a_long_note_is_read_as_written() -> None:
    """Not a forward ("Zie hieronder." above inline answers), or a note that says enough."""
    inline = ("Zie hieronder.\n\n> Wanneer hoor ik meer?\nUiterlijk donderdag 3 december.\n"
              "> Zijn referenties nodig?\nNee.\n")  # fmt: skip
    reply = forward(inline, subject="Re: Gesprek")
    assert not answer_below(reply, own_text(inline))
    long_note = " ".join(["We went with another candidate, I'm afraid."] * 9) + " See below."
    assert not answer_below(forward(DEBRIEF), long_note)
    assert not answer_below(forward(DEBRIEF), "Jordan - I'm sorry, we went with Priyanka.")


def test_a_note_above_good_or_no_news_is_read_as_written() -> None:
    """"Great news - see Marcus's feedback below" above praise: the note's promise stands."""
    praise = DEBRIEF.replace(
        "We're going with Priyanka for the EM role. Unfortunately that means we won't be moving"
        " forward with Jordan.", "The team was impressed: very strong SQL and modelling.",
    ).replace("Jordan - I'm sorry. See below, from Ben.", "Great news - see Ben's feedback below.")
    assert not answer_below(forward(praise), own_text(praise))
    said_it = DEBRIEF.replace("Jordan - I'm sorry.", "Sorry, they went with someone else.")
    assert not answer_below(forward(said_it), own_text(said_it))  # the note says the no itself



def test_a_reply_in_a_language_it_does_not_read_is_asked_about() -> None:
    """An Italian no read as a sure Spanish one drafted a Spanish feedback request (t42ol)."""
    italian = ("Gentile Jordan,\n\nla ringraziamo per il colloquio. Ci dispiace comunicarle che"
               " abbiamo deciso di proseguire con un altro profilo.\n\nCordiali saluti\nGiulia")
    result = classify_message(forward(italian, subject="Re: Colloquio"))
    assert result.intent is Intent.OTHER
    assert result.confidence < 0.6
    assert any("Italian" in reason for reason in result.reasons)


def test_a_note_that_the_news_went_to_another_app_is_asked_about() -> None:
    """A note that the answer went to WhatsApp was a sure pleasantry; a follow-up came (t41sc)."""
    for note in ("Hola Lucía, te escribí por WhatsApp, échale un ojo cuando puedas. Marta",
                 "Hi Jordan - I just messaged you on LinkedIn, have a look! Sam",
                 "Hallo Herr Brandt, ich habe Ihnen per SMS geschrieben. Viele Grüße"):
        result = classify_message(forward(note, subject="Re: Entrevista"))
        assert result.intent is Intent.OTHER, note
        assert result.confidence < 0.6
    plain = classify_message(forward("Thanks, I'll call you on Teams tomorrow at 10.",
                                     subject="Re: Interview"))  # fmt: skip
    assert plain.intent is not Intent.OTHER  # no word of news sent there: read as written
    # a question about the candidate's profile: "left" is no message left there
    asked = classify_message(forward(
        "Quick question: your resume lists Kestrel Bank to present, but your LinkedIn says you"
        " left in July. Could you tell me which is correct?", subject="Re: Application",
    ))  # fmt: skip
    assert asked.intent is Intent.REQUEST



@pytest.mark.parametrize(
    ("body", "blanks"),
    [(("Here's ours:\n\nHi [Name],\n\nThank you for your time on the [Role] position. We"
       " have decided not to move forward with your application."), True),
     ("Try this one: Dear {first_name}, unfortunately we will not be moving forward.", True),
     ("Hi Jordan,\n\nWe have decided not to move forward with your application [REQ-4412].",
      False)],
)  # fmt: skip
def test_a_letter_with_blanks_is_no_ones_word(body: str, blanks: bool) -> None:
    """A friend pasting the rejection template he uses: asked about, never a no (t50hn)."""
    result = classify_message(forward(body, subject="RE: rejection letter template"))
    assert (result.intent is Intent.OTHER and result.confidence < 0.6) is blanks
    if not blanks:
        assert result.intent is Intent.REJECTION
