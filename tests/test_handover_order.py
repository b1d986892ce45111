"""Whom a follow-up goes to after a handover: the one who ran it names who takes over."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from silence_watch.core.conversation import people_at_company, recipient_for
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)

TOM = "tom.hale@fernmoor.example"
SAM = "sam.whitaker@fernmoor.example"
LAURA = "laura.mensah@fernmoor.example"
BEN = "ben.ortiz@fernmoor.example"
ME = "priya.shah@example.com"

FERNMOOR = Interview(
    id=2, company="Fernmoor Health", role="Senior Data Engineer",
    date=datetime(2026, 11, 3, 14, 0, tzinfo=UTC),
    contacts=(Contact("Laura Mensah", LAURA), Contact("Ben Ortiz", BEN), Contact("Tom Hale", TOM)),
    domains=("fernmoor.example",),
)  # fmt: skip


def _from(
    sender: str, at: datetime, intent: Intent, cc: tuple[str, ...] = (), **more: object
) -> TimelineEntry:
    return TimelineEntry(
        at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender=sender,
        message_id=f"{at:%m%d%H}@fernmoor.example", intent=intent,
        recipients=(ME, *cc), **more,  # type: ignore[arg-type]
    )  # fmt: skip


#: Tom set the technical round, so he ran the process.
INVITE = _from(TOM, datetime(2026, 10, 22, 17, 0, tzinfo=UTC), Intent.NEXT_STEP)
#: "today is my last day ... Sam Whitaker (cc'd) is picking this up from here"
TOM_LEAVES = _from(TOM, datetime(2026, 10, 30, 9, 0, tzinfo=UTC), Intent.OTHER,
                   cc=(SAM,), bounced_recipients=(TOM,), confidence=0.3)
#: Laura's "lovely to meet you too ... All the best!"
LAURA_WARMTH = _from(LAURA, datetime(2026, 11, 4, 8, 0, tzinfo=UTC), Intent.PLEASANTRY)


def test_the_colleague_the_one_who_ran_it_handed_over_to_comes_before_warmth() -> None:
    """Sam takes Tom's place: before Laura, whose only word was a kind one, and Ben."""
    timeline = [INVITE, TOM_LEAVES, LAURA_WARMTH]
    people = people_at_company(FERNMOOR, timeline)
    assert people.index(SAM) < people.index(LAURA) < people.index(BEN)
    chosen = recipient_for(Action.FOLLOW_UP, FERNMOOR, timeline, bounced={TOM})
    assert chosen is not None
    assert chosen.email == SAM


def test_someone_who_wrote_news_since_still_comes_first() -> None:
    """Laura's own promise after the handover is the word now owed: she comes first."""
    promise = _from(LAURA, datetime(2026, 11, 5, 9, 0, tzinfo=UTC),
                    Intent.ACKNOWLEDGEMENT)
    people = people_at_company(FERNMOOR, [INVITE, TOM_LEAVES, promise])
    assert people[:3] == [LAURA, TOM, SAM]


def test_a_leaver_who_never_ran_it_leaves_the_contacts_first() -> None:
    """An interviewer who only says goodbye: her colleague comes after the contacts."""
    interviewer = "nadia.ross@fernmoor.example"
    goodbye = _from(interviewer, datetime(2026, 11, 4, 9, 0, tzinfo=UTC),
                    Intent.ACKNOWLEDGEMENT, cc=("mark.lee@fernmoor.example",),
                    bounced_recipients=(interviewer,))
    people = people_at_company(FERNMOOR, [goodbye, LAURA_WARMTH])
    assert people.index(LAURA) < people.index("mark.lee@fernmoor.example")
    assert people.index(TOM) < people.index("mark.lee@fernmoor.example")


def test_a_handover_said_only_in_the_goodbye_is_no_proof_of_running_it() -> None:
    """Tom's goodbye alone (no news of his before it) keeps the configured contacts first."""
    people = people_at_company(FERNMOOR, [TOM_LEAVES, LAURA_WARMTH])
    assert people.index(LAURA) < people.index(SAM)


#: "Ben (cc'd) will take it from here ... we aim to decide by Friday 20th": Tom's hand-over
#: carries his own dated promise (u44pp: Marta's "te diremos algo antes del viernes 27").
TOM_HANDS_ON_WITH_A_DAY = _from(
    TOM, datetime(2026, 11, 4, 9, 0, tzinfo=UTC), Intent.ACKNOWLEDGEMENT, cc=(SAM,),
    bounced_recipients=(TOM,), promised_by=date(2026, 11, 20),
)


def test_a_hand_over_that_carries_its_own_promise_shows_who_ran_it() -> None:
    """Tom's first mail hands on and promises: Sam comes before Laura and Ben, configured."""
    timeline = [TOM_HANDS_ON_WITH_A_DAY, LAURA_WARMTH]
    people = people_at_company(FERNMOOR, timeline)
    assert people.index(SAM) < people.index(LAURA) < people.index(BEN)
    chosen = recipient_for(Action.FOLLOW_UP, FERNMOOR, timeline, bounced={TOM})
    assert chosen is not None
    assert chosen.email == SAM


def test_a_goodbye_with_no_day_of_its_own_still_proves_nothing() -> None:
    """The same hand-over with an undated "we'll be in touch": the configured come first."""
    undated = replace(TOM_HANDS_ON_WITH_A_DAY, promised_by=None)
    people = people_at_company(FERNMOOR, [undated, LAURA_WARMTH])
    assert people.index(LAURA) < people.index(SAM)


def test_a_reading_unsure_of_itself_is_no_news_to_write_to() -> None:
    """The CTO's "Looking forward to meeting you", leaning to a next step at 0.53 (t80pn).

    Only a sure reading makes its writer the one the follow-up goes to; a leaning is asked
    about and waits behind the configured contacts, as an "other" does. Sure, it is news.
    """
    cto = "ibrahim.saleh@fernmoor.example"
    leaning = _from(cto, datetime(2026, 11, 4, 8, 0, tzinfo=UTC), Intent.NEXT_STEP,
                    confidence=0.53)
    people = people_at_company(FERNMOOR, [INVITE, leaning])
    assert people.index(TOM) < people.index(cto)
    assert people.index(LAURA) < people.index(cto)
    sure = replace(leaning, confidence=0.9)
    assert people_at_company(FERNMOOR, [INVITE, sure])[0] == cto
