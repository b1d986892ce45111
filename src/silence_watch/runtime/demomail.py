"""The demo's sample mail: four applications as the world writes them (data only).

Nobody typed the interviews in: Acme's recruiter proposes a time and Jordan's reply accepts
it (later an invitation brings the onsite), Globex's hiring system confirms a time Jordan
accepted from Lee, an agency places Jordan with Initech, and Northwind sends a Zoom
invitation. Around them: a coffee chat and a job alert, which are no interviews. Northwind's
last note is a gentle no that silence-watch is not sure of: the tour corrects it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from collections.abc import Mapping

ZONE = ZoneInfo("America/New_York")
ME = ("Jordan Lee", "jordan@example.com")


@dataclass(frozen=True)
class Incoming:
    """A message that lands in the sample mailbox (or in Sent, from Jordan) at a moment."""

    at: datetime
    sender: tuple[str, str]
    subject: str
    body: str
    reply_to_subject: str | None = None  # the subject of the thread it answers
    headers: tuple[tuple[str, str], ...] = ()
    invitation: str | None = None  # an iCalendar REQUEST sent along (a new round)
    to: tuple[str, str] = ME
    cc: tuple[tuple[str, str], ...] = ()

    @property
    def sent(self) -> bool:
        """True for Jordan's own mail, filed in Sent."""
        return self.sender == ME


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


DANA = ("Dana Ruiz", "dana.ruiz@acme.example")
LEE = ("Lee Park", "lee.park@globex.example")
SAM = ("Sam Cole", "sam@talentbridge.example")
PRIYA = ("Priya Shah", "priya.shah@initech.example")
ALEX = ("Alex Kim", "alex.kim@northwind.example")

ACME_ONSITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//silence-watch demo//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:acme-onsite-demo@acme.example\r\n"
    "SEQUENCE:0\r\nDTSTAMP:20261103T214500Z\r\nDTSTART:20261112T150000Z\r\n"
    "DTEND:20261112T180000Z\r\nSUMMARY:Acme Corp onsite - Data Engineer\r\n"
    "ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@acme.example\r\n"
    "ATTENDEE;CN=Jordan Lee:mailto:jordan@example.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MAIL = [
    Incoming(
        _at(10, 14, 16, 30),
        ("Sam Patel", "sam.patel@acme.example"),
        "Coffee next week?",
        "Hi Jordan,\n\nGreat to meet you at the meetup. Happy to tell you more about the data "
        "team at Acme over coffee.\n\nSam",
    ),
    Incoming(
        _at(10, 22, 10, 12),
        DANA,
        "Interview for the Data Engineer role",
        "Hi Jordan,\n\nThanks for applying. Could you meet the team on Wednesday, October 28 "
        "at 3 pm? It will be about an hour, on video.\n\nBest,\nDana\n\n"
        "Dana Ruiz | Talent Acquisition | Acme Corp",
    ),
    Incoming(
        _at(10, 22, 11, 40),
        ME,
        "Re: Interview for the Data Engineer role",
        "Hi Dana,\n\nWednesday at 3pm works for me. Looking forward to it!\n\nJordan",
        reply_to_subject="Interview for the Data Engineer role",
        to=DANA,
    ),
    Incoming(
        _at(10, 23, 9, 5),
        LEE,
        "Globex: Product Analyst interview",
        "Hi Jordan,\n\nWe'd love to talk on Thursday, October 29 at 11 am. Does that work?\n\nLee",
    ),
    Incoming(
        _at(10, 23, 9, 50),
        ME,
        "Re: Globex: Product Analyst interview",
        "Hi Lee,\n\nYes, Thursday at 11 am is perfect. Thank you!\n\nJordan",
        reply_to_subject="Globex: Product Analyst interview",
        to=LEE,
    ),
    Incoming(
        _at(10, 23, 10, 2),
        ("Globex Recruiting", "no-reply@us.greenhouse-mail.example"),
        "Interview confirmed: Product Analyst at Globex",
        "Hi Jordan,\n\nYour interview for the Product Analyst position at Globex has been "
        "scheduled for Thursday, October 29, 2026 at 11:00 AM EDT, with Lee Park.\n\n"
        "Globex Recruiting\n(sent through Greenhouse; replies to this address are not read)",
        headers=(("Auto-Submitted", "auto-generated"),),
    ),
    Incoming(
        _at(10, 26, 16, 40),
        ("Job Alerts", "alerts@jobs-digest.example"),
        "12 new jobs matching Data Engineer",
        "New jobs for you this week. Unsubscribe at any time.",
        headers=(("List-Unsubscribe", "<mailto:unsubscribe@jobs-digest.example>"),),
    ),
    Incoming(
        _at(10, 27, 9, 15),
        SAM,
        "Initech - Backend Developer",
        "Hi Jordan,\n\nGreat news: my client Initech would like to meet you for the Backend "
        "Developer role. Priya Shah, who leads their backend team (copied), suggested Monday, "
        "November 2 at 10am. Does that work for you?\n\nBest,\nSam Cole\n"
        "Senior Recruiter | Talent Bridge",
        cc=(PRIYA,),
    ),
    Incoming(
        _at(10, 27, 12, 30),
        ME,
        "Re: Initech - Backend Developer",
        "Hi Sam, hi Priya,\n\nMonday at 10am works for me, thank you!\n\nJordan",
        reply_to_subject="Initech - Backend Developer",
        to=SAM,
        cc=(PRIYA,),
    ),
    Incoming(
        _at(11, 3, 16, 45),
        DANA,
        "Interview for the Data Engineer role",
        "Hi Jordan,\n\nThe team enjoyed meeting you. We'd like you to come in for an onsite "
        "with the data team on Thursday, November 12 at 10 am; I've sent an invitation. "
        "Looking forward to it!\n\nDana\n\nDana Ruiz | Talent Partner, Acme Corp\n"
        "Office: (212) 555-0147",
        reply_to_subject="Interview for the Data Engineer role",
        invitation=ACME_ONSITE,
    ),
    Incoming(
        _at(11, 4, 11, 20),
        ALEX,
        "Northwind - Analytics Engineer interview",
        "Alex Kim is inviting you to a scheduled Zoom meeting.\n\n"
        "Topic: Northwind - Analytics Engineer interview\n"
        "Time: Nov 10, 2026 02:00 PM Eastern Time (US and Canada)\n\n"
        "Join Zoom Meeting\nhttps://northwind.zoom.example/j/84512345678\n\n"
        "Meeting ID: 845 1234 5678",
    ),
    Incoming(
        _at(11, 6, 14, 20),
        ("Globex Recruiting", "no-reply@us.greenhouse-mail.example"),
        "Your application to Globex",
        "Hi Jordan,\n\nThank you for your interest in Globex and for the time you spent "
        "interviewing for the Product Analyst role. After careful consideration, we have "
        "decided not to move forward with your candidacy at this time.\n\nWe wish you the "
        "best in your search.\n\nGlobex Recruiting\n(sent through Greenhouse; replies to "
        "this address are not read)",
        headers=(
            ("Auto-Submitted", "auto-generated"),
            ("List-Unsubscribe", "<mailto:unsubscribe@us.greenhouse-mail.example>"),
        ),
    ),
    Incoming(
        _at(11, 11, 11, 5),
        ALEX,
        "Thank you",
        "Thanks Jordan, it was great to meet you too. We're wrapping up interviews this week "
        "and will get back to you by Friday, November 20.\n\nAlex",
        reply_to_subject="Thank you",
    ),
    Incoming(  # gentle enough that silence-watch is not sure: the digest asks Jordan
        _at(11, 19, 16, 12),
        ALEX,
        "Thank you",
        "Hi Jordan,\n\nIn the end the analytics budget went to the platform team, so there is "
        "nothing I can offer you right now. Really enjoyed meeting you.\n\nAlex",
        reply_to_subject="Thank you",
    ),
]

#: Auto-replies sent in answer to the candidate's follow-ups: (company, after which step).
OUT_OF_OFFICE: Mapping[tuple[str, str], tuple[tuple[str, str], str]] = {
    ("Initech", "follow_up"): (
        PRIYA,
        (
            "I am out of the office until Friday, November 20 with limited access to email. "
            "I will reply when I am back.\n\nPriya"
        ),
    ),
}
