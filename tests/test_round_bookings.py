"""When a round stands once one of its invitations is cancelled (core.round_bookings).

Two invitations for one morning ("10:00 Fachgespräch", "11:30 Rahmenbedingungen (HR)",
tester round u30ic) are one round of that day; cancelling the HR part must not cancel
the Fachgespräch. A recruiter's copy for the same hour, cancelled, leaves the booking
(t49ct); the round's only invitation, cancelled, takes the round with it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from silence_watch.core.invites import ProposalKind, ProposedInterview
from silence_watch.core.round_bookings import still_booked

BERLIN = ZoneInfo("Europe/Berlin")
TEN = datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN)
HALF_PAST_ELEVEN = datetime(2026, 11, 24, 11, 30, tzinfo=BERLIN)


def invitation(uid: str, start: datetime, *, cancelled: bool = False) -> ProposedInterview:
    """An invitation as the calendar reader gives it."""
    return ProposedInterview(uid=uid, sequence=1 if cancelled else 0,
                             method="CANCEL" if cancelled else "REQUEST", start=start,
                             cancelled=cancelled)  # fmt: skip


def test_cancelling_one_part_of_a_sitting_leaves_the_other_part() -> None:
    """The HR part at 11:30 is off: the round is the 10:00 Fachgespräch, not cancelled."""
    parts = [invitation("fach", TEN), invitation("hr", HALF_PAST_ELEVEN, cancelled=True)]
    assert still_booked(HALF_PAST_ELEVEN, "hr", parts) == TEN


def test_cancelling_the_first_part_leaves_the_later_one() -> None:
    """The Fachgespräch is off, the HR talk at 11:30 stands: the round is at 11:30."""
    parts = [invitation("fach", TEN, cancelled=True), invitation("hr", HALF_PAST_ELEVEN)]
    assert still_booked(HALF_PAST_ELEVEN, "fach", parts) == HALF_PAST_ELEVEN
    assert still_booked(TEN, "fach", parts) == HALF_PAST_ELEVEN


def test_a_cancelled_copy_leaves_the_round_at_its_time() -> None:
    """A recruiter's duplicate for the same hour, cancelled: the booking stands (t49ct)."""
    copies = [invitation("cronofy", TEN), invitation("copy", TEN, cancelled=True)]
    assert still_booked(TEN, "copy", copies) == TEN


def test_the_only_invitation_cancelled_is_the_round_off() -> None:
    """Nothing else books it: the round is off."""
    assert still_booked(TEN, "fach", [invitation("fach", TEN, cancelled=True)]) is None
    assert still_booked(TEN, "fach", []) is None


def test_every_invitation_cancelled_is_the_round_off() -> None:
    """A part cancelled before is no booking: with the last one gone, so is the round."""
    parts = [invitation("fach", TEN, cancelled=True), invitation("hr", HALF_PAST_ELEVEN,
                                                                 cancelled=True)]  # fmt: skip
    assert still_booked(HALF_PAST_ELEVEN, "hr", parts) is None


def test_an_invitation_with_no_time_books_nothing() -> None:
    """A cancellation that omits its DTSTART, beside the cancelled round: no time to keep."""
    undated = ProposedInterview(uid="x", sequence=0, method="REQUEST", start=None)
    assert still_booked(TEN, "fach", [invitation("fach", TEN), undated]) is None


def test_her_own_acceptance_books_nothing_against_their_cancellation() -> None:
    """"Den Termin ... bestätige ich gerne" is the meeting the organiser calls off (u46nw)."""
    accepted = replace(invitation("her-yes", TEN), kind=ProposalKind.ACCEPTED)
    thanked = replace(invitation("her-thanks", TEN), kind=ProposalKind.THANK_YOU)
    cancel = invitation("outlook", TEN, cancelled=True)
    assert still_booked(TEN, "outlook", [accepted, thanked, cancel]) is None
    # a scheduling tool's confirmation of the same hour still books it
    booked = replace(invitation("calendly", TEN), kind=ProposalKind.CONFIRMATION)
    assert still_booked(TEN, "outlook", [accepted, booked, cancel]) == TEN
