"""A whole process read the way a careful candidate would: rounds, signals in degrees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.conversation import (
    is_employer_address,
    is_from_agency,
    recipient_for,
)
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    MessageKind,
    Process,
    TimelineEntry,
)
from silence_watch.core.policy import Assessment, assess
from silence_watch.core.reply_threads import thread_to_answer
from silence_watch.core.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=NY))
DANA = Contact("Dana Ruiz", "dana.ruiz@acme.example")
SAM = Contact("Sam Cole", "sam@talentbridge.example")


def ny(month: int, day: int, hour: int = 12) -> datetime:
    """A literal moment in New York in 2026."""
    return datetime(2026, month, day, hour, tzinfo=NY)


def a_round(number: int, when: datetime, **changes: object) -> Interview:
    """Round ``number`` of the Acme application."""
    entry = Interview(id=number, company="Acme Corp", role="Data Engineer", date=when,
                      contacts=(DANA,), domains=("acme.example",), process_id=7,
                      round=number)  # fmt: skip
    return replace(entry, **changes)  # type: ignore[arg-type]


def acme(*rounds: Interview, **changes: object) -> Process:
    """The Acme application with these rounds."""
    process = Process(id=7, company="Acme Corp", role="Data Engineer", rounds=rounds)
    return replace(process, **changes)  # type: ignore[arg-type]


SCREEN = a_round(1, ny(11, 4, 15))
ONSITE = a_round(2, ny(11, 18, 15))


def sent(at: datetime, to: str = "dana.ruiz@acme.example", mid: str = "") -> TimelineEntry:
    """A message the candidate wrote."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=(to,), message_id=mid or None)  # fmt: skip


def said(at: datetime, intent: Intent | None, **changes: object) -> TimelineEntry:
    """A message from Dana (change ``sender``, ``kind`` ... to vary it)."""
    entry = TimelineEntry(at=at, direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          sender="dana.ruiz@acme.example", intent=intent,
                          confidence=0.9)  # fmt: skip
    return replace(entry, **changes)  # type: ignore[arg-type]


ATS = {"kind": MessageKind.AUTOMATED, "sender": "no-reply@us.greenhouse-mail.example"}


def verdict(process: Process, timeline: list[TimelineEntry], now: datetime) -> Assessment:
    """Where the process stands at ``now``."""
    return assess(process, sorted(timeline, key=lambda e: e.at), now, POLICY)


CASES = [
    # (id, process, timeline, now, state, next action, due)
    ("an ATS rejection ends the process: feedback to a person", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 9), Intent.REJECTION, **ATS)], ny(11, 9, 13),
     InterviewState.REJECTED, Action.FEEDBACK_REQUEST, ny(11, 10, 9)),
    ("an ATS rejection with nobody to ask: nothing to send",
     acme(replace(SCREEN, contacts=())),
     [sent(ny(11, 4, 18)), said(ny(11, 9), Intent.REJECTION, **ATS)], ny(11, 12),
     InterviewState.REJECTED, None, None),
    ("an ATS scheduling request: the next move is the candidate's", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.NEXT_STEP, **ATS)], ny(11, 16),
     InterviewState.REPLIED, None, None),
    ("an ATS receipt is not a reply", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 5), Intent.ACKNOWLEDGEMENT, **ATS)], ny(11, 12),
     InterviewState.OVERDUE, Action.FOLLOW_UP, ny(11, 12, 9)),
    ("an ATS message read unsure pauses and asks: it may be a no", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 9), Intent.ACKNOWLEDGEMENT, confidence=0.56, **ATS)],
     ny(11, 20), InterviewState.REPLIED, None, None),
    ("other machine mail read unsure is no reply: a password reset asks nothing", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 9), Intent.OTHER, confidence=0.52,
                                kind=MessageKind.AUTOMATED, sender="careers@acme.example")],
     ny(11, 12), InterviewState.OVERDUE, Action.FOLLOW_UP, ny(11, 12, 9)),
    ("an ATS notice read sure, with nothing decided, is not a reply", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 9), Intent.OTHER, confidence=0.95, **ATS)], ny(11, 12),
     InterviewState.OVERDUE, Action.FOLLOW_UP, ny(11, 12, 9)),
    ("a curt reply before a round still booked closes nothing: the thank-you stands",
     acme(a_round(1, ny(11, 19, 15))), [said(ny(11, 17), Intent.ACKNOWLEDGEMENT, cold=True)],
     ny(11, 18), InterviewState.UPCOMING, Action.THANK_YOU, ny(11, 19, 17)),
    ("a curt reply after the last round closes the door", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.ACKNOWLEDGEMENT, cold=True)], ny(11, 20),
     InterviewState.REPLIED, None, None),
    ("an ATS promise with a date sets the window", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 5), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 20),
                                **ATS)], ny(11, 12),
     InterviewState.WAITING, Action.FOLLOW_UP, ny(11, 23, 9)),
    ("a pleasantry keeps the same window", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 5), Intent.PLEASANTRY)], ny(11, 10),
     InterviewState.WAITING, Action.FOLLOW_UP, ny(11, 12, 9)),
    ("an unsure reply pauses and asks", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.OTHER, confidence=0.3)], ny(11, 20),
     InterviewState.REPLIED, None, None),
    ("a low-confidence rejection is a question, not a decision", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.REJECTION, confidence=0.4)], ny(11, 20),
     InterviewState.REPLIED, None, None),
    ("an unsure reply the candidate answered: the window runs from the answer", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.OTHER, confidence=0.3), sent(ny(11, 9))],
     ny(11, 12), InterviewState.WAITING, Action.FOLLOW_UP, ny(11, 17, 9)),
    ("a rejection before the round: no thank-you, nothing to ask feedback on",
     acme(a_round(1, ny(11, 19, 15))), [said(ny(11, 17), Intent.REJECTION)], ny(11, 19, 18),
     InterviewState.REJECTED, None, None),
    ("a hiring pause before the round: no thank-you, the pause is waited out",
     acme(a_round(1, ny(11, 19, 15))), [said(ny(11, 17), Intent.ON_HOLD)], ny(11, 19, 18),
     InterviewState.WAITING, Action.FOLLOW_UP, ny(12, 16, 9)),
    ("a pause before round 1, then an invitation to round 2: its thank-you is due",
     acme(SCREEN, ONSITE), [said(ny(11, 3), Intent.ON_HOLD), said(ny(11, 10), Intent.NEXT_STEP),
                            sent(ny(11, 10, 14))], ny(11, 18, 16),
     InterviewState.WAITING, Action.THANK_YOU, ny(11, 18, 17)),
    ("a request answered keeps the date promised beside it", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.REQUEST, promised_by=date(2026, 11, 25)),
      sent(ny(11, 9))], ny(11, 20),
     InterviewState.WAITING, Action.FOLLOW_UP, ny(11, 26, 9)),
    ("a round ahead: upcoming, the thank-you is for it", acme(SCREEN, ONSITE),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.NEXT_STEP), sent(ny(11, 6, 14))], ny(11, 16),
     InterviewState.UPCOMING, Action.THANK_YOU, ny(11, 18, 17)),
    ("after the last round the window counts from it", acme(SCREEN, ONSITE),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.NEXT_STEP), sent(ny(11, 6, 14)),
      sent(ny(11, 18, 18))], ny(11, 20),
     InterviewState.WAITING, Action.FOLLOW_UP, ny(11, 26, 9)),
    ("the only round was cancelled: nothing", acme(replace(SCREEN, cancelled=True)), [],
     ny(11, 6), InterviewState.CLOSED, None, None),
    ("a hiring pause with a date waits for it", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.ON_HOLD, revisit_by=date(2026, 12, 14))],
     ny(11, 20), InterviewState.WAITING, Action.FOLLOW_UP, ny(12, 15, 9)),
    ("a hiring pause without a date waits four weeks", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.ON_HOLD)],
     ny(11, 20), InterviewState.WAITING, Action.FOLLOW_UP, ny(12, 7, 9)),
    ("feedback after a rejection keeps it settled", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.REJECTION), sent(ny(11, 9)),
      said(ny(11, 12), Intent.OTHER, confidence=0.3)], ny(11, 20),
     InterviewState.REJECTED, None, None),
    ("a next step after a rejection reopens it", acme(SCREEN),
     [sent(ny(11, 4, 18)), said(ny(11, 6), Intent.REJECTION),
      said(ny(11, 12), Intent.NEXT_STEP)], ny(11, 20),
     InterviewState.REPLIED, None, None),
    ("a snooze holds the feedback request", acme(SCREEN, snoozed_until=ny(11, 16, 9)),
     [sent(ny(11, 4, 18)), said(ny(11, 9), Intent.REJECTION)], ny(11, 10, 13),
     InterviewState.REJECTED, Action.FEEDBACK_REQUEST, ny(11, 16, 9)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("process", "timeline", "now", "state", "action", "due"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_process_reads_every_signal_in_degrees(
    process: Process,
    timeline: list[TimelineEntry],
    now: datetime,
    state: InterviewState,
    action: Action | None,
    due: datetime | None,
) -> None:
    """Each situation gives its state and next step (or none)."""
    found = verdict(process, timeline, now)
    assert (found.state, found.next_action, found.next_action_at) == (state, action, due), (
        found.reason
    )


def test_an_unsure_reply_names_the_message_to_ask_about() -> None:
    """The question carries the message, so the digest can ask about it by name."""
    unclear = said(ny(11, 6), Intent.OTHER, confidence=0.3, message_id="m6@acme.example",
                   subject="RE: interview")  # fmt: skip
    found = verdict(acme(SCREEN), [sent(ny(11, 4, 18)), unclear], ny(11, 20))
    assert found.question is not None
    assert (found.question.message_id, found.question.subject) == ("m6@acme.example",
                                                                   "RE: interview")


def test_the_next_action_is_about_the_current_round() -> None:
    """With the onsite done, the verdict names the onsite as the round it is about."""
    found = verdict(acme(SCREEN, ONSITE), [sent(ny(11, 18, 18))], ny(11, 20))
    assert (found.interview_id, found.process_id) == (ONSITE.id, 7)


# --- who a draft goes to, and which thread it answers ----------------------------------

WITH_AGENCY = replace(SCREEN, agency=Agency("Talent Bridge", (SAM,)))


def test_the_agency_hears_again_only_when_the_candidate_never_wrote_to_the_company() -> None:
    """Follow-ups go to the employer once the candidate has written to them directly."""
    assert recipient_for(Action.FOLLOW_UP, WITH_AGENCY, []) == SAM
    wrote = [sent(ny(11, 4, 18))]
    assert recipient_for(Action.FOLLOW_UP, WITH_AGENCY, wrote) == DANA
    assert recipient_for(Action.AGENCY_CHECK_IN, WITH_AGENCY, wrote) == SAM


def test_a_feedback_request_never_goes_to_a_no_reply_address() -> None:
    """The ATS that wrote the rejection is never the recipient; a person is, or nobody."""
    rejection = [said(ny(11, 9), Intent.REJECTION, **ATS)]
    assert recipient_for(Action.FEEDBACK_REQUEST, SCREEN, rejection) == DANA
    nobody = replace(SCREEN, contacts=())
    assert recipient_for(Action.FEEDBACK_REQUEST, nobody, rejection) is None


def test_a_titled_sender_is_named_from_their_own_mail() -> None:
    """A person who wrote is addressed with the name their mail carries."""
    weber = said(ny(11, 6), Intent.ACKNOWLEDGEMENT, sender="h.weber@acme.example",
                 sender_name="Dr. Hanna Weber")  # fmt: skip
    found = recipient_for(Action.FOLLOW_UP, replace(SCREEN, contacts=()), [weber])
    assert found == Contact("Dr. Hanna Weber", "h.weber@acme.example")


def test_a_draft_never_answers_an_invitation_a_cancellation_or_a_machine() -> None:
    """The thread is the latest real conversation with that person."""
    talk = said(ny(11, 2), Intent.NEXT_STEP, message_id="talk@acme.example")
    invite = said(ny(11, 3), Intent.NEXT_STEP, message_id="invite@acme.example",
                  calendar="request")  # fmt: skip
    cancel = said(ny(11, 5), Intent.OTHER, message_id="cancel@acme.example", calendar="cancel")
    ats = said(ny(11, 6), Intent.REJECTION, message_id="ats@ats.example", **ATS)
    tip = thread_to_answer([talk, invite, cancel, ats], DANA, SCREEN)
    assert tip is not None
    assert tip.message_id == "talk@acme.example"
    mine = sent(ny(11, 7), mid="mine@example.com")
    tip = thread_to_answer([talk, invite, cancel, ats, mine], DANA, SCREEN)
    assert tip is not None
    assert tip.message_id == "mine@example.com"


def test_a_round_today_gets_its_thank_you_though_the_next_is_booked() -> None:
    """The phone screen happened an hour ago and the onsite is next week: thank-you first."""
    found = verdict(acme(SCREEN, ONSITE), [], ny(11, 4, 16))
    assert (found.interview_id, found.next_action, found.next_action_at) == (
        SCREEN.id, Action.THANK_YOU, ny(11, 4, 17)
    )
    thanked = verdict(acme(SCREEN, ONSITE), [sent(ny(11, 4, 18))], ny(11, 4, 19))
    assert (thanked.interview_id, thanked.state) == (ONSITE.id, InterviewState.UPCOMING)


def test_an_agency_on_free_mail_does_not_make_everyone_there_the_agency() -> None:
    """A recruiter on gmail.com is the agency; a stranger on gmail.com is not."""
    freelance = a_round(1, ny(11, 4, 15), agency=Agency("Solo Search", (
        Contact("Kim Lee", "kim_lee-search@gmail.com"),)))  # fmt: skip
    kim = TimelineEntry(at=ny(11, 6), direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                        sender="kim_lee-search@gmail.com")  # fmt: skip
    stranger = replace(kim, sender="someone_else-x@gmail.com")
    assert is_from_agency(kim, freelance)
    assert not is_from_agency(stranger, freelance)


def test_a_bounce_takes_back_only_the_message_it_answers() -> None:
    """The second follow-up to Dana bounced; the first, a week before, still counts."""
    process = acme(ONSITE)
    thanked, nudged, closing = sent(ny(11, 18, 18)), sent(ny(11, 26, 10)), sent(ny(12, 3, 10))
    bounce = said(ny(12, 3, 11), None, kind=MessageKind.BOUNCE, sender="mailer-daemon@acme.example",
                  bounced_recipients=("dana.ruiz@acme.example",))  # fmt: skip
    found = verdict(process, [thanked, nudged, closing, bounce], ny(12, 3, 12))
    # The same step again (the second follow-up, to someone else), not the first.
    assert (found.next_action, found.attempt) == (Action.FOLLOW_UP, 2)


def test_the_agency_chasing_the_client_is_no_answer_to_the_candidate() -> None:
    """Sam writes to Dana, the candidate copied: the check-in with Sam still comes first.

    Dana's reply-all promises Friday the 13th; once it has passed, the agency is asked.
    Sam's words to the candidate himself would have been the agency's answer.
    """
    agency_round = replace(SCREEN, agency=Agency("Talent Bridge", (SAM,)))
    chase = said(ny(11, 9, 9), Intent.OTHER, sender=SAM.email, recipients=(DANA.email,
                 "jordan@example.com"))  # fmt: skip
    promise = said(ny(11, 9, 15), Intent.ACKNOWLEDGEMENT, promised_by=date(2026, 11, 13),
                   recipients=(SAM.email, "jordan@example.com"))  # fmt: skip
    timeline = [sent(ny(11, 4, 18)), chase, promise]
    found = verdict(acme(agency_round), timeline, ny(11, 16, 10))
    assert (found.next_action, found.next_action_at) == (Action.AGENCY_CHECK_IN, ny(11, 16, 9))
    to_me = replace(chase, recipients=("jordan@example.com", DANA.email))
    found = verdict(acme(agency_round), [sent(ny(11, 4, 18)), to_me, promise], ny(11, 16, 10))
    assert found.next_action is Action.FOLLOW_UP


def test_the_employers_side_is_its_contacts_and_its_own_domains_never_free_mail() -> None:
    """A free-mail domain typed into ``domains:`` makes nobody there the employer."""
    typed = replace(SCREEN, domains=("acme.example", "gmail.com"))
    assert is_employer_address("Dana.Ruiz@acme.example", typed)
    assert is_employer_address("lee@acme.example", typed)
    assert not is_employer_address("someone@gmail.com", typed)
    assert not is_employer_address(SAM.email, typed)


CHECK_IN = f"{SCREEN.date.isoformat()}#0:agency_check_in"


@pytest.mark.parametrize(
    ("skipped", "now", "action", "due", "attempt"),
    [
        ((), ny(11, 13), Action.AGENCY_CHECK_IN, ny(11, 12, 9), 1),
        ((CHECK_IN,), ny(11, 13), Action.FOLLOW_UP, ny(11, 16, 9), 1),
        ((f"{CHECK_IN}>1",), ny(11, 13), Action.FOLLOW_UP, ny(11, 16, 9), 1),
        ((CHECK_IN, f"{SCREEN.date.isoformat()}#1:follow_up"), ny(11, 17), Action.FOLLOW_UP,
         ny(11, 23, 9), 1),
    ],
)
def test_a_skipped_rung_is_taken_on_its_day_and_the_ladder_goes_on(
    skipped: tuple[str, ...], now: datetime, action: Action, due: datetime, attempt: int
) -> None:
    """The candidate's skip keeps that step from coming back, never the rest of the ladder."""
    placed = replace(SCREEN, agency=Agency("Talent Bridge", (SAM,)), skipped=frozenset(skipped))
    found = verdict(acme(placed), [sent(ny(11, 4, 18))], now)
    assert (found.next_action, found.next_action_at, found.attempt) == (action, due, attempt)
    assert found.state is InterviewState.OVERDUE  # a skip is no follow-up sent


@pytest.mark.parametrize(
    ("wrote", "first"),
    [(ny(11, 6, 11), Action.AGENCY_CHECK_IN), (ny(11, 13, 11), Action.FOLLOW_UP)],
)
def test_the_agencys_own_date_brings_the_check_in_only_while_the_window_was_open(
    wrote: datetime, first: Action
) -> None:
    """Sam's date before the check-in was due is his to keep; after it, it answers the check-in.

    Window ends Wed Nov 11, the check-in is due Thu Nov 12: news from Sam on Fri Nov 13
    (the candidate had stopped follow-ups, or never sent it) leaves the check-in out.
    """
    placed = replace(SCREEN, agency=Agency("Talent Bridge", (SAM,)))
    news = said(wrote, Intent.ACKNOWLEDGEMENT, sender=SAM.email, promised_by=date(2026, 11, 20),
                recipients=("jordan@example.com",))  # fmt: skip
    found = verdict(acme(placed), [sent(ny(11, 4, 18)), news], ny(11, 23, 10))
    assert (found.next_action, found.next_action_at) == (first, ny(11, 23, 9))


def test_a_draft_never_answers_a_mail_she_was_only_bccd_on() -> None:
    """Tester round u01cc: the panel's agenda, Jordan in Bcc, is no thread to thank Maya in."""
    maya = Contact("Maya Chen", "maya.chen@acme.example")
    grace = said(ny(11, 2), Intent.NEXT_STEP, message_id="confirm@acme.example",
                 sender="grace@acme.example", recipients=("jordan@example.com",))  # fmt: skip
    agenda = said(ny(11, 3), Intent.OTHER, message_id="agenda@acme.example",
                  sender="grace@acme.example",
                  recipients=("maya.chen@acme.example", "ravi@acme.example"))  # fmt: skip
    tip = thread_to_answer([grace, agenda], maya, SCREEN)
    assert tip is not None
    assert tip.message_id == "confirm@acme.example"


def test_a_shared_inbox_that_promised_the_answer_is_followed_up() -> None:
    """Tester round u01cc: careers@ wrote "an update by Wednesday 2 December", signed Ruth."""
    careers = said(ny(11, 20), Intent.ACKNOWLEDGEMENT, sender="careers@acme.example",
                   promised_by=date(2026, 12, 2))  # fmt: skip
    chosen = recipient_for(Action.FOLLOW_UP, SCREEN, [sent(ny(11, 18)), careers])
    assert chosen is not None
    assert chosen.email == "careers@acme.example"
    undated = replace(careers, promised_by=None)  # "thanks, passed on": the person first
    chosen = recipient_for(Action.FOLLOW_UP, SCREEN, [sent(ny(11, 18)), undated])
    assert chosen is not None
    assert chosen.email == "dana.ruiz@acme.example"
