"""Who is on the employer's side of a process, and who is only near it (``core.their_side``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from silence_watch.core.conversation import (
    is_unsure,
    people_at_company,
    recipient_for,
)
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.reply_threads import thread_to_answer
from silence_watch.core.sending import allowed_recipients
from silence_watch.core.their_side import with_them

CET = timezone(timedelta(hours=1))
HAVEL = Interview(
    id=1, company="Havelstrom Energie GmbH", role="Senior Data Scientist",
    date=datetime(2026, 11, 5, 10, 0, tzinfo=CET),
    contacts=(Contact("Dr. Ulrike Sommer", "ulrike.sommer@havelstrom.example"),),
    domains=("havelstrom.example",),
)  # fmt: skip


def inbound(
    day: int, sender: str, name: str, intent: Intent, **fields: object
) -> TimelineEntry:
    """A person's message to the candidate on ``day`` of November 2026."""
    return TimelineEntry(
        at=datetime(2026, 11, day, 9, 0, tzinfo=CET), direction=Direction.INBOUND,
        kind=MessageKind.HUMAN, message_id=f"{day}.{sender}", sender=sender, sender_name=name,
        intent=intent, confidence=0.9, **fields,  # type: ignore[arg-type]
    )  # fmt: skip


PROMISE = inbound(9, "ulrike.sommer@havelstrom.example", "Sommer, Ulrike Dr.",
                  Intent.ACKNOWLEDGEMENT)  # fmt: skip
FRIEND = inbound(10, "jana.kruse@example.net", "Jana Kruse", Intent.PLEASANTRY)
TO_FRIEND = TimelineEntry(
    at=datetime(2026, 11, 5, 19, 44, tzinfo=CET), direction=Direction.OUTBOUND,
    kind=MessageKind.HUMAN, message_id="thanks-jana", recipients=("jana.kruse@example.net",),
)  # fmt: skip


def test_a_friends_good_wishes_and_the_candidates_thanks_to_her_are_left_out() -> None:
    """"Viel Erfolg!" from the introducer is not the employer's word (tester round t54ir)."""
    assert with_them(HAVEL, [TO_FRIEND, PROMISE, FRIEND]) == [PROMISE]


def test_a_friends_relayed_no_is_a_question_and_never_a_recipient() -> None:
    """"They told me they went with someone else": asked about, and no draft goes to her."""
    relayed = replace(FRIEND, intent=Intent.REJECTION, confidence=0.97, cold=True)
    timeline = with_them(HAVEL, [PROMISE, relayed])
    held = timeline[-1]
    assert (held.bystander, held.intent) == (True, Intent.REJECTION)
    assert is_unsure(held, UNSURE_BELOW)
    assert "jana.kruse@example.net" not in people_at_company(HAVEL, timeline)
    assert "jana.kruse@example.net" not in allowed_recipients(HAVEL, timeline)
    chosen = recipient_for(Action.FEEDBACK_REQUEST, HAVEL, timeline)
    assert chosen is not None
    assert chosen.email == "ulrike.sommer@havelstrom.example"


def test_the_hiring_manager_from_a_personal_address_is_theirs_by_her_name() -> None:
    """Dr. Sommer writing from her own mailbox, and the candidate's answer there, count."""
    personal = inbound(11, "u.sommer@example.org", "Ulrike Sommer", Intent.NEXT_STEP)
    answer = replace(TO_FRIEND, at=datetime(2026, 11, 11, 12, 0, tzinfo=CET),
                     recipients=("u.sommer@example.org",))  # fmt: skip
    assert with_them(HAVEL, [PROMISE, personal, answer]) == [PROMISE, personal, answer]


def test_a_colleague_at_the_company_is_theirs_and_the_recruiter_outranks_a_kind_word() -> None:
    """Anyone at the company's domain is theirs; a kind word does not make them the one.

    "All the best!" from an interviewer: the follow-up goes to the one who promised the
    answer (tester round t53rd).
    """
    promise = inbound(9, "maeve@havelstrom.example", "Maeve O'Connell", Intent.ACKNOWLEDGEMENT)
    warm = inbound(10, "rohit@havelstrom.example", "Rohit Sharma", Intent.PLEASANTRY)
    timeline = with_them(HAVEL, [promise, warm])
    assert timeline == [promise, warm]
    assert people_at_company(HAVEL, timeline) == [
        "maeve@havelstrom.example", "ulrike.sommer@havelstrom.example", "rohit@havelstrom.example",
    ]  # fmt: skip


def test_a_department_desk_is_written_to_last_and_its_ticket_is_no_thread() -> None:
    """"Fahrenkamp IT-Service" sent the loan laptop's ticket after the invitation (t78lg).

    The follow-up goes to the contact, in her thread, never into the desk's ticket.
    """
    invite = inbound(2, "ulrike.sommer@havelstrom.example", "Ulrike Sommer", Intent.NEXT_STEP)
    desk = inbound(4, "it-service@havelstrom.example", "Havelstrom IT-Service", Intent.OTHER)
    timeline = [invite, desk]
    assert people_at_company(HAVEL, timeline) == [
        "ulrike.sommer@havelstrom.example", "it-service@havelstrom.example",
    ]  # fmt: skip
    chosen = recipient_for(Action.FOLLOW_UP, HAVEL, timeline)
    assert chosen is not None
    assert chosen.email == "ulrike.sommer@havelstrom.example"
    assert thread_to_answer(timeline, chosen, HAVEL) == invite
    nobody = replace(HAVEL, contacts=())
    desk_only = recipient_for(Action.FOLLOW_UP, nobody, [desk])
    assert desk_only is not None  # the desk is the last resort, never greeted by its name
    assert desk_only.name == ""


def test_a_process_that_names_no_one_cannot_tell_and_keeps_everyone() -> None:
    """With no contact and no domain there is nothing to tell a bystander by."""
    bare = replace(HAVEL, contacts=(), domains=())
    assert with_them(bare, [PROMISE, FRIEND]) == [PROMISE, FRIEND]


def test_the_parent_companys_hr_copying_the_hiring_manager_is_theirs() -> None:
    """Her HR writes to the candidate first, the hiring manager copied; an introducer not.

    Leonie writes from the parent company's domain (scenario t11id); Jana's introduction
    is addressed to the hiring manager first.
    """
    leonie = inbound(
        9, "leonie.adams@haldengroup.example", "Leonie Adams", Intent.ACKNOWLEDGEMENT,
        recipients=("mira.albrecht@example.com", "ulrike.sommer@havelstrom.example"),
    )  # fmt: skip
    intro = inbound(
        2, "jana.kruse@example.net", "Jana Kruse", Intent.OTHER,
        recipients=("ulrike.sommer@havelstrom.example", "mira.albrecht@example.com"),
    )  # fmt: skip
    assert with_them(HAVEL, [intro, leonie]) == [leonie]
