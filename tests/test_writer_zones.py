"""Which zone a sender wrote "14 Uhr" in: their Date offset, unless it says nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.parse import parse_message
from silence_watch.core.sightings import confirmation
from silence_watch.core.writer_zones import writer_zone
from support.mailfactory import make_message

if TYPE_CHECKING:
    from silence_watch.core.model import Message

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
ME = "Jordan Lee <jordan@example.com>"


def mail(sender: str, body: str, when: datetime, subject: str = "Interview") -> Message:
    """A parsed message to the candidate."""
    return parse_message(make_message(sender=sender, to=ME, subject=subject, body=body,
                                      date=when))


GERMAN = ("Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem "
          "Gespräch per Teams einladen, und zwar am Donnerstag, 12. November um 14:00 Uhr.\n\n"
          "Viele Grüße\nLukas Brandt")
ENGLISH = ("Hi Jordan,\n\nThanks for your application. We would like to invite you to an "
           "interview on Teams on Thursday 12 November at 2pm.\n\nBest,\nOliver")


def test_a_person_writes_times_in_their_own_zone() -> None:
    """A recruiter's Date offset is their zone; a hiring system's UTC servers are not."""
    person = mail("Anna <anna@firma.example>", "x", datetime(2026, 10, 26, 15, tzinfo=BERLIN))
    machine = mail("No Reply <no-reply@greenhouse-mail.example>", "x",
                   datetime(2026, 10, 26, 15, tzinfo=ZoneInfo("UTC")))
    local = mail("Dana <dana@acme.example>", "x", datetime(2026, 10, 26, 15, tzinfo=NY))
    assert writer_zone(person, NY).utcoffset(None) == timedelta(hours=1)
    assert writer_zone(machine, NY) is NY
    assert writer_zone(local, NY) is NY


@pytest.mark.parametrize(
    ("body", "candidate", "expected"),
    [
        # Exchange Online stamps +0000 for a recruiter in Munich: "14:00 Uhr" is Berlin's.
        (GERMAN, BERLIN, "candidate"),
        (GERMAN.replace("Hallo Jordan", "Guten Tag"), NY, "candidate"),
        (("Bonjour Jordan,\n\nNous aimerions vous proposer un entretien avec l'équipe, le "
         "jeudi 12 novembre à 14h00, sur Teams.\n\nBien cordialement,\nClaire"), BERLIN,
         "candidate"),
        # A London recruiter in November is at +0000: her "2pm" is UTC.
        (ENGLISH, BERLIN, "utc"),
        # Too few words to tell a language by: the header is all there is.
        ("14 Uhr?", BERLIN, "utc"),
    ],
)
def test_a_utc_stamp_on_mail_not_written_from_utc_is_no_zone(
    body: str, candidate: ZoneInfo, expected: str
) -> None:
    """+0000 on German, French, Spanish or Dutch prose is a server's, not the writer's."""
    message = mail("Lukas Brandt <lukas.brandt@firma.example>", body,
                   datetime(2026, 11, 5, 9, 12, tzinfo=UTC), subject="Ihre Bewerbung")
    zone = writer_zone(message, candidate)
    if expected == "candidate":
        assert zone is candidate
    else:
        assert zone.utcoffset(None) == timedelta(0)


def test_the_german_interview_lands_at_two_in_berlin() -> None:
    """End to end: the Teams invitation written from Munich, stamped +0000, read at 14:00."""
    body = GERMAN + "\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_x"
    message = mail("Lukas Brandt <lukas.brandt@firma.example>", body,
                   datetime(2026, 11, 5, 9, 12, tzinfo=UTC), subject="Einladung zum Interview")
    found = confirmation(message, own=frozenset({"jordan@example.com"}), zone=BERLIN,
                         month_first=False)
    assert found is not None
    assert found.start == datetime(2026, 11, 12, 14, 0, tzinfo=BERLIN)
