"""Which zone a sender wrote "14 Uhr" in: their Date offset, unless it says nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.calloffs import round_change
from silence_watch.core.compose import reader_zone
from silence_watch.core.model import Interview
from silence_watch.core.parse import parse_message
from silence_watch.core.quotes import own_text
from silence_watch.core.sightings import confirmation
from silence_watch.core.writer_zones import round_zone, writer_zone
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


# --- The interview's own zone when the Date says nothing (tester round u35rl) ----------

PARIS = ZoneInfo("Europe/Paris")
TORONTO = ZoneInfo("America/Toronto")
LONDON = ZoneInfo("Europe/London")
MOVED = {
    "fr": "Bonjour Émilie,\n\nje me suis permis de décaler notre entretien au mardi 24 novembre"
          " à 16h.\n\nBien cordialement,\nClaire",
    "de": "Guten Tag Frau Gagnon,\n\nich habe unser Gespräch auf Dienstag, den 24. November um"
          " 16 Uhr verschoben.\n\nViele Grüße\nClaire",
    "es": "Hola Émilie:\n\nhemos cambiado la entrevista al martes 24 de noviembre a las 16:00."
          "\n\nUn saludo,\nClaire",
    "nl": "Beste Émilie,\n\nik heb ons gesprek verzet naar dinsdag 24 november om 16:00 uur."
          "\n\nMet vriendelijke groet,\nClaire",
}
TUE_NOV_17_UTC = datetime(2026, 11, 17, 12, 4, tzinfo=UTC)


@pytest.mark.parametrize("language", sorted(MOVED))
def test_a_utc_stamp_falls_back_to_the_interviews_zone(language: str) -> None:
    """Exchange's +0000 on French, German, Spanish, Dutch: the interview's zone, not hers."""
    message = mail("Claire Dufresne <claire@verane.example>", MOVED[language], TUE_NOV_17_UTC)
    assert writer_zone(message, TORONTO, theirs=PARIS) is PARIS
    assert writer_zone(message, TORONTO) is TORONTO  # no zone of theirs: the candidate's
    assert writer_zone(message, LONDON, theirs=PARIS) is PARIS  # her +0000 is no tie-break


def test_an_english_utc_stamp_is_kept_unless_it_says_nothing() -> None:
    """English at +0000 may be London; for a round moved in words +0000 tells nothing."""
    message = mail("Oliver <oliver@agency.example>", ENGLISH, TUE_NOV_17_UTC)
    assert writer_zone(message, TORONTO, theirs=PARIS).utcoffset(None) == timedelta(0)
    assert writer_zone(message, TORONTO, theirs=PARIS, utc_says_nothing=True) is PARIS
    assert writer_zone(message, TORONTO, utc_says_nothing=True) is TORONTO


def test_a_date_that_shows_the_writer_wins_over_the_interviews_zone() -> None:
    """"Thursday at 3pm" from Los Angeles is 3 PM there, whatever the interview's zone."""
    los_angeles = datetime(2026, 11, 17, 9, 4, tzinfo=timezone(timedelta(hours=-8)))
    message = mail("Dev Rao <dev@copperline.example>", ENGLISH, los_angeles)
    assert writer_zone(message, TORONTO, theirs=PARIS).utcoffset(None) == timedelta(hours=-8)
    paris = datetime(2026, 11, 17, 13, 4, tzinfo=timezone(timedelta(hours=1)))
    french = mail("Claire <claire@verane.example>", MOVED["fr"], paris)
    assert writer_zone(french, TORONTO, theirs=PARIS) is PARIS  # with its summer time


def test_a_tools_times_stay_in_the_candidates_zone() -> None:
    """A scheduler's or no-reply sender's times are shown in her zone, not the interview's."""
    machine = mail("No Reply <no-reply@greenhouse-mail.example>", MOVED["fr"], TUE_NOV_17_UTC)
    assert writer_zone(machine, TORONTO, theirs=PARIS) is TORONTO


def _round(number: int, when: datetime, zone: str | None) -> Interview:
    return Interview(id=number, company="Maison Vérane", role="Responsable marketing digital",
                     date=when, timezone=zone)


def test_the_zone_of_the_round_ahead_is_the_interviews() -> None:
    """The first round still ahead that names a zone, else the latest; a bad name is none."""
    first = _round(1, datetime(2026, 11, 10, 14, tzinfo=UTC), "Europe/Berlin")
    second = _round(2, datetime(2026, 11, 19, 14, tzinfo=UTC), "Europe/Paris")
    assert round_zone([first, second], TUE_NOV_17_UTC) == PARIS
    assert round_zone([first], TUE_NOV_17_UTC) == BERLIN
    assert round_zone([_round(3, second.date, "Mars/Olympus")], TUE_NOV_17_UTC) is None
    assert round_zone([_round(4, second.date, None)], TUE_NOV_17_UTC) is None


def test_a_draft_reads_dates_in_the_interviews_zone_or_the_default() -> None:
    """One reading of an interview's zone for drafts: a bad or missing name is the default."""
    when = datetime(2026, 11, 19, 14, tzinfo=UTC)
    assert reader_zone(_round(1, when, "Europe/Paris"), TORONTO) == PARIS
    assert reader_zone(_round(2, when, "Mars/Olympus"), TORONTO) is TORONTO
    assert reader_zone(_round(3, when, None), TORONTO) is TORONTO


def test_a_move_to_16h_from_paris_lands_at_16h_in_paris() -> None:
    """End to end: "décaler ... au mardi 24 novembre à 16h" stamped +0000 is 16:00 Paris."""
    known = _round(1, datetime(2026, 11, 19, 15, tzinfo=PARIS), "Europe/Paris")
    message = mail("Claire Dufresne <claire@verane.example>", MOVED["fr"], TUE_NOV_17_UTC)
    zone = writer_zone(message, TORONTO, theirs=round_zone([known], TUE_NOV_17_UTC),
                       utc_says_nothing=True)
    change = round_change(own_text(message.body or ""), TUE_NOV_17_UTC, [known], zone)
    assert change is not None
    assert change.start == datetime(2026, 11, 24, 16, tzinfo=PARIS)
