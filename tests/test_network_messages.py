"""A network's notice that a person sent the candidate a message carries their words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from silence_watch.core.kinds import kind_signals
from silence_watch.core.match import MatchRule, match_message
from silence_watch.core.model import Address, Contact, Interview, MessageKind
from silence_watch.core.model import Message as Mail
from silence_watch.core.network_messages import relayed_message
from silence_watch.core.quotes import own_text

ME = "jordan@example.com"
SNIPPET = (
    'Sam Okonkwo\nTalent Partner at Brightwater Freight\n\n"Hi Jordan, the team decided to go'
    ' with a candidate who has more freight-forwarding experience."\n\nReply: https://'
    "www.linkedin.example/messaging/\n\nUnsubscribe: https://www.linkedin.example/unsub\n"
)


def notice(subject: str, sender: str = "messaging-digest-noreply@linkedin.example") -> Mail:
    """A LinkedIn notice with ``subject``, under List-Unsubscribe like a newsletter."""
    return Mail(message_id="n1@linkedin.example", date=datetime(2026, 11, 5, 23, tzinfo=UTC),
                sender=Address("Sam Okonkwo via LinkedIn", sender), subject=subject,
                to=(Address("Jordan Lee", ME),), body=SNIPPET,
                headers={"list-unsubscribe": "<https://www.linkedin.example/unsub>"})  # fmt: skip


@pytest.mark.parametrize(
    "subject",
    [
        "Sam sent you a new message", "New message from Sam Okonkwo",
        "Sam Okonkwo hat Ihnen eine Nachricht gesendet", "Sam vous a envoyé un message",
        "Sam te ha enviado un mensaje", "Sam heeft je een bericht gestuurd",
    ],
)
def test_a_message_notice_is_a_relayed_message(subject: str) -> None:
    """In five languages; automated mail, never bulk (tester round t41sc)."""
    assert relayed_message(notice(subject)) == "LinkedIn"
    assert kind_signals(notice(subject))[0][0] is MessageKind.AUTOMATED


@pytest.mark.parametrize(
    "subject",
    ["Sam Okonkwo viewed your profile", "10 new jobs for Operations Analyst",
     "You appeared in 12 searches this week", "Jordan, add Sam Okonkwo to your network"],
)  # fmt: skip
def test_everything_else_a_network_sends_stays_bulk(subject: str) -> None:
    """Profile views, job alerts, searches, invitations to connect: no answer from anyone."""
    assert relayed_message(notice(subject)) is None
    assert kind_signals(notice(subject))[0][0] is MessageKind.BULK


def test_a_relayed_message_finds_its_process_by_the_company_it_names() -> None:
    """"Talent Partner at Brightwater Freight" ties it, as a hiring system's mail is tied."""
    interview = Interview(id=1, company="Brightwater Freight", role="Operations Analyst",
                          date=datetime(2026, 11, 3, 15, tzinfo=UTC),
                          contacts=(Contact("Sam Okonkwo", "sam@brightwater.example"),),
                          domains=("brightwater.example",))  # fmt: skip
    found = match_message(notice("Sam sent you a new message"), [interview], own_addresses=[ME])
    assert found is not None
    assert (found.interview_id, found.rule) == (1, MatchRule.ATS_BODY)
    assert match_message(notice("Sam Okonkwo viewed your profile"), [interview],
                         own_addresses=[ME]) is None  # fmt: skip


TRANSCRIPT = (
    "Voicemail from: Dana Ruiz (617) 555-0143\nTime: 3:12 PM\n\nTranscript:\nHey Jordan, it's"
    " Dana from Harborline, we'd like to bring you back for a final round next week. Give me a"
    " call back.\n\nPLAY MESSAGE\nhttps://voice.example/u/0/voicemail/\n"
)
HARBORLINE = Interview(id=2, company="Harborline Analytics", role="Pricing Analyst",
                       date=datetime(2026, 11, 3, 16, tzinfo=UTC),
                       contacts=(Contact("Dana Ruiz", "dana.ruiz@harborline.example"),),
                       domains=("harborline.example",))  # fmt: skip


def voicemail(subject: str, sender: str = "voice-noreply@voice.example") -> Mail:
    """A phone service's voicemail notice with its transcript."""
    return Mail(message_id="v1@voice.example", date=datetime(2026, 11, 6, 20, tzinfo=UTC),
                sender=Address("Voice", sender), subject=subject, to=(Address("Jordan Lee", ME),),
                body=TRANSCRIPT)  # fmt: skip


@pytest.mark.parametrize(
    "subject",
    ["New voicemail from Dana Ruiz at (617) 555-0143 at 3:12 PM", "Voicemail from Dana Ruiz",
     "Neue Sprachnachricht von Dana Ruiz", "Nouveau message vocal de Dana Ruiz",
     "Nuevo mensaje de voz de Dana Ruiz", "Nieuwe voicemail van Dana Ruiz"],
)  # fmt: skip
def test_a_voicemail_notice_relays_the_callers_words(subject: str) -> None:
    """Tied by the contact its subject names; automated, so its transcript is read (t41sc)."""
    assert relayed_message(voicemail(subject)) == "a voicemail notice"
    assert kind_signals(voicemail(subject))[0][0] is MessageKind.AUTOMATED
    found = match_message(voicemail(subject), [HARBORLINE], own_addresses=[ME])
    assert found is not None
    assert (found.interview_id, found.rule) == (2, MatchRule.ATS_SUBJECT)
    assert "Dana Ruiz of Harborline Analytics" in found.reason


def test_a_persons_mail_about_a_voicemail_is_their_own_words() -> None:
    """Dana's "Voicemail from this morning" from her own address is a person writing."""
    own = voicemail("Voicemail from this morning", sender="dana.ruiz@harborline.example")
    assert relayed_message(own) is None
    assert relayed_message(voicemail("Your voicemail greeting was updated")) is None


def test_a_phone_services_service_mailbox_and_its_call_labels_relay_the_transcript() -> None:
    """Tester round u08ph: RingCentral's service@ and its "From: / To: / Received:" block."""
    notice = replace(voicemail("New Voice Message from TANYA WHITCOMBE (978) 555-0142",
                               sender="service@ringcentral.example"),
                     body="You have a new voice message.\n\nFrom:      TANYA WHITCOMBE (978)"
                          " 555-0142\nTo:        Jordan Lee (617) 555-0187\nReceived:  Thursday,"
                          " November 12, 2026 at 3:24 PM\nDuration:  00:58\n\nVoicemail"
                          " Transcription:\nHi Jordan it's Tanya, they've decided to move"
                          " forward with another candidate.\n")  # fmt: skip
    assert relayed_message(notice) == "a voicemail notice"
    assert "move forward with another candidate" in own_text(notice.body or "")


def test_a_freelance_platforms_message_notice_relays_the_clients_words() -> None:
    """Tester round u11fl: "Hannah Cole via Gigwell" from messages@ carried the client's no."""
    notice = voicemail("New message from Hannah Cole (Bramble & Oak Furniture)",
                       sender="messages@gigwell.example")  # fmt: skip
    assert relayed_message(notice) == "a platform's message notice"
    assert relayed_message(replace(notice, subject="Re: New message from Hannah")) is None
