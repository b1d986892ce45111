"""Calendar invitations as discovery reads them: one meeting one proposal, and only jobs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.discovery import Mail, discover
from silence_watch.core.invites import ProposalKind, invites_in
from silence_watch.core.model import Address, Message, MimePart
from silence_watch.core.sightings import broadcast, job_invitation

NY = ZoneInfo("America/New_York")
OWN = frozenset({"jordan@example.com"})
ME = Address("Jordan Lee", "jordan@example.com")
PRIYA = Address("Priya Nandakumar", "priya.nandakumar@brightwater.example")
GOOGLE_TEXT = (
    "You have been invited to the following event.\n\n"
    "Title: Jordan Lee <> Brightwater Robotics - Technical Phone Screen\n"
    "Hi Jordan, this is your 45-minute technical phone screen for the Firmware Engineer role "
    "with Marcus Okonkwo.\n\nWhen: Thu Nov 12, 2026 2pm - 2:45pm Eastern Time - New York\n\n"
    "Invitation from Google Calendar"
)


def event(summary: str, *, method: str = "REQUEST", uid: str = "ev-1@google.example",
          organizer: Address = PRIYA, description: str = "") -> str:
    """One VEVENT at Thu 12 Nov 2026 14:00 New York, from ``organizer`` to the candidate."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        "SEQUENCE:0", "DTSTART;TZID=America/New_York:20261112T140000",
        "DTEND;TZID=America/New_York:20261112T144500", f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}",
        f"ATTENDEE;CN=Jordan Lee:mailto:{ME.email}",
        *([f"DESCRIPTION:{description}"] if description else []),
        *(["STATUS:CANCELLED"] if method == "CANCEL" else []),
        "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines)


def invitation(summary: str, text: str, *, sender: Address = PRIYA, method: str = "REQUEST",
               message_id: str = "inv@google.example", description: str = "",
               **headers: str) -> Message:
    """A calendar message as Google sends it: its words in the body, the event beside them."""
    return Message(
        message_id=message_id,
        date=datetime(2026, 11, 3, 14, 2, tzinfo=NY),
        sender=sender,
        to=(ME,),
        subject=f"Invitation: {summary}",
        body=text,
        headers=headers,
        parts=(MimePart("text/calendar", event(summary, method=method, organizer=sender,
                                               description=description)),),
    )


def found_in(*messages: Message) -> list[tuple[ProposalKind, str | None]]:
    """What discovery proposes from these received messages: kind and company."""
    mails = [Mail(m, outbound=False) for m in messages]
    return [(p.kind, p.company) for p in discover(mails, own=OWN, zone=NY, month_first=True)]


def test_one_invitation_is_one_proposal_not_one_per_part() -> None:
    """The invitation's own text ("You have been invited to ...") is not a second proposal."""
    google = invitation("Jordan Lee <> Brightwater Robotics - Technical Phone Screen",
                        GOOGLE_TEXT)
    (found,) = discover([Mail(google, outbound=False)], own=OWN, zone=NY)
    assert (found.kind, found.company) == (ProposalKind.INVITATION, "Brightwater Robotics")
    assert found.sources == ("a calendar invitation",)  # read once, not merged with itself


def test_a_cancelled_invitations_text_proposes_nothing() -> None:
    """Once the invitation is cancelled, the words of its first mail do not bring it back."""
    request = invitation("Brightwater Robotics - Technical Phone Screen", GOOGLE_TEXT)
    cancel = invitation("Brightwater Robotics - Technical Phone Screen", "Canceled event",
                        method="CANCEL", message_id="cancel@google.example")
    assert found_in(request, cancel) == []


SAM = Address("Sam Okafor", "sam.okafor@mailbox.example")
COFFEE = (
    "You have been invited to the following event.\n\nTitle: Coffee w/ Jordan\nCatching up "
    "before you fly home! How's the job hunt going?\nWhen: Tue Dec 8, 2026 8:30am"
)


@pytest.mark.parametrize(
    ("summary", "text", "sender", "headers", "is_job"),
    [
        ("Coffee w/ Jordan", COFFEE, SAM, {}, False),
        ("Cleaning & Exam", "Your appointment with Dr. Park.", SAM, {}, False),
        ("Career Webinar: Acing the System Design Interview",
         "Thank you for registering.", Address("Northstar", "events@northstar.example"), {},
         False),
        ("Acme Corp - Data Engineer interview", "See you then.",
         Address("Dana Ruiz", "dana.ruiz@acme.example"), {"list-id": "<all.acme.example>"},
         False),
        ("Brightwater Robotics - Technical Phone Screen", GOOGLE_TEXT, PRIYA, {}, True),
        ("Jordan Lee <> Brightwater", "Looking forward to our conversation about the role.",
         PRIYA, {}, True),
        ("Jordan Lee / Acme Corp", "", Address("Acme", "no-reply@greenhouse-mail.example"), {},
         True),
    ],
)
def test_an_invitation_is_proposed_only_when_it_is_about_a_job(
    summary: str, text: str, sender: Address, headers: dict[str, str], is_job: bool
) -> None:
    """Hiring words, or a hiring system's own invitation; never coffee, dentist or webinar."""
    message = invitation(summary, text, sender=sender, **headers)
    (invite,) = invites_in(message, own_addresses=OWN, default_zone="America/New_York")
    assert job_invitation(invite, message) is is_job
    assert bool(found_in(message)) is is_job


def test_a_later_update_keeps_an_invitation_once_about_a_job() -> None:
    """The update's bare words ("Updated invitation") do not drop a round its first mail showed."""
    first = invitation("Brightwater Robotics - Technical Phone Screen", GOOGLE_TEXT)
    update = invitation("Brightwater Robotics - Technical Phone Screen", "Updated invitation",
                        message_id="update@google.example")
    assert found_in(first, update) == [(ProposalKind.INVITATION, "Brightwater Robotics")]


@pytest.mark.parametrize(
    ("summary", "headers", "expected"),
    [
        ("Tech Talks - Inside our Risk Data Platform", {}, True),
        ("Webinar: How we interview", {}, True),
        ("Acme Corp - Data Engineer interview", {"precedence": "bulk"}, True),
        ("Acme Corp - Data Engineer interview", {"list-unsubscribe": "<https://x.example/u>"},
         True),
        # "join us" and "register" are words of a round's title too
        ("Join us onsite: final interview", {}, False),
        ("Acme Corp - Data Engineer interview", {}, False),
    ],
)  # fmt: skip
def test_an_event_or_a_lists_invitation_is_no_round_even_from_the_employer(
    summary: str, headers: dict[str, str], expected: bool
) -> None:
    """The employer's events team writes from the process's own domain: still no round."""
    message = invitation(summary, "See you then.",
                         sender=Address("Acme Events", "events@acme.example"), **headers)
    (invite,) = invites_in(message, own_addresses=OWN, default_zone="America/New_York")
    assert broadcast(invite, message) is expected
