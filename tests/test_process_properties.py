"""Properties of the process policy under Hypothesis: what must hold for any mail, any time."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.ladder import DEFAULT_LADDER, PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    Process,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
CALENDAR = BusinessCalendar(zone=NY)
POLICY = PolicySettings(calendar=CALENDAR)
BASE = datetime(2026, 10, 5, 15, tzinfo=NY)
DANA = Contact("Dana Ruiz", "dana.ruiz@acme.example")
LADDER_ACTIONS = frozenset({Action.AGENCY_CHECK_IN, Action.FOLLOW_UP, Action.CLOSING_NOTE})
#: A reply after which no follow-up may be drafted until the candidate writes.
STOPPING = frozenset({Intent.REJECTION, Intent.NEXT_STEP, Intent.REQUEST})

hours = st.integers(min_value=0, max_value=24 * 70)
intents = st.sampled_from([*Intent, None])
senders = st.sampled_from(
    [
        ("dana.ruiz@acme.example", MessageKind.HUMAN),
        ("no-reply@us.greenhouse-mail.example", MessageKind.AUTOMATED),
        ("sam@talentbridge.example", MessageKind.HUMAN),
        ("mailer-daemon@acme.example", MessageKind.BOUNCE),
        ("dana.ruiz@acme.example", MessageKind.AUTO_REPLY),
    ]
)


@st.composite
def their_mail(draw: st.DrawFn) -> TimelineEntry:
    """A message from their side at any time, of any kind, read any way."""
    sender, kind = draw(senders)
    return TimelineEntry(
        at=BASE + timedelta(hours=draw(hours)),
        direction=Direction.INBOUND,
        kind=kind,
        sender=sender,
        intent=draw(intents) if kind in (MessageKind.HUMAN, MessageKind.AUTOMATED) else None,
        confidence=draw(st.sampled_from([0.2, 0.55, 0.9, 1.0])),
        cold=draw(st.booleans()) and draw(st.booleans()),
        message_id=f"m{draw(hours)}@acme.example",
    )


@st.composite
def processes(draw: st.DrawFn) -> Process:
    """Acme with one to three rounds, some maybe cancelled."""
    count = draw(st.integers(min_value=1, max_value=3))
    rounds = []
    for number in range(1, count + 1):
        when = BASE + timedelta(hours=draw(hours))
        cancelled = number > 1 and draw(st.booleans())
        rounds.append(
            Interview(id=number, company="Acme Corp", role="Data Engineer", date=when,
                      contacts=(DANA,), process_id=1, round=number, cancelled=cancelled)
        )
    rounds.sort(key=lambda r: r.date)
    return Process(id=1, company="Acme Corp", role="Data Engineer", rounds=tuple(rounds))


def mine(at: datetime) -> TimelineEntry:
    """The candidate sends what was due, to Dana."""
    return TimelineEntry(at=at, direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                         recipients=("dana.ruiz@acme.example",),
                         message_id=f"me-{at.isoformat()}@example.com")  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(process=processes(), mail=st.lists(their_mail(), max_size=6))
def test_a_lived_process_never_sends_a_step_twice_nor_too_many(
    process: Process, mail: list[TimelineEntry]
) -> None:
    """Ten weeks of sending every action when due: each step once, never two on one day.

    The ladder is climbed at most once from each anchor; only a round's thank-you may share
    its day with another message.
    """
    timeline = sorted(mail, key=lambda e: e.at)
    sent_slots: list[str] = []
    sent_days: list[object] = []
    moment = BASE
    for _ in range(24 * 75 // 6):
        moment += timedelta(hours=6)
        verdict = assess(process, timeline, moment, POLICY)
        if verdict.next_action is None or not verdict.is_due(moment):
            continue
        assert verdict.slot is not None
        assert verdict.slot not in sent_slots, f"step {verdict.slot} sent twice"
        day = CALENDAR.local_date(moment)
        if verdict.next_action is not Action.THANK_YOU:  # a thank-you per round is the custom
            assert day not in sent_days, f"two sends on {day}"
        sent_slots.append(verdict.slot)
        sent_days.append(day)
        timeline = sorted([*timeline, mine(moment)], key=lambda e: e.at)
    anchors: dict[str, int] = {}
    for slot in sent_slots:
        anchor, _, step = slot.partition("#")
        if step.split(":")[-1] in {a.value for a in LADDER_ACTIONS}:
            anchors[anchor] = anchors.get(anchor, 0) + 1
    assert all(count <= len(DEFAULT_LADDER) for count in anchors.values())


@settings(max_examples=300, deadline=None)
@given(
    process=processes(),
    mail=st.lists(their_mail(), max_size=6),
    now=hours.map(lambda h: BASE + timedelta(hours=h)),
)
def test_no_follow_up_over_an_unanswered_stop_or_an_open_question(
    process: Process, mail: list[TimelineEntry], now: datetime
) -> None:
    """No follow-up over an unanswered latest word that stops or asks.

    That is a sure rejection, next step or request, a cold reply, or an unsure reading.
    """
    timeline = sorted(mail, key=lambda e: e.at)
    verdict = assess(process, timeline, now, POLICY)
    if verdict.next_action not in LADDER_ACTIONS:
        return
    said = [
        e
        for e in timeline
        if e.at <= now + timedelta(days=1)
        and e.kind in (MessageKind.HUMAN, MessageKind.AUTOMATED)
        and e.intent is not Intent.PLEASANTRY
        # the candidate said it was "other" (a correction is certain): no news, asked once
        and not (e.intent is Intent.OTHER and e.confidence >= 1.0)
    ]
    human = [e for e in said if e.kind is MessageKind.HUMAN]
    if not human:
        return
    last = human[-1]
    # A later round resolves what came before it; a later word from their hiring system
    # may too (it is read on its own terms).
    if any(r.date > last.at for r in process.live_rounds) or said[-1] is not last:
        return
    sure = last.confidence >= POLICY.unsure_below and last.intent not in (None, Intent.OTHER)
    assert not last.cold, verdict.reason
    assert sure, verdict.reason
    assert last.intent not in STOPPING, verdict.reason


@settings(max_examples=200, deadline=None)
@given(process=processes(), now=hours.map(lambda h: BASE + timedelta(hours=h)))
def test_nothing_before_its_window_and_only_on_business_mornings(
    process: Process, now: datetime
) -> None:
    """With no answer at all, a ladder step falls on a business morning after the window."""
    verdict = assess(process, [], now, POLICY)
    if verdict.next_action not in LADDER_ACTIONS or verdict.next_action_at is None:
        return
    local = verdict.next_action_at.astimezone(NY)
    assert CALENDAR.is_business_day(local.date())
    assert (local.hour, local.minute) == (9, 0)
    assert verdict.expected_by is not None
    assert local.date() > verdict.expected_by
    current = next(r for r in process.rounds if r.id == verdict.interview_id)
    assert verdict.next_action_at > current.date


def test_a_snoozed_process_holds_every_kind_of_action() -> None:
    """While snoozed, the thank-you, a follow-up and a feedback request all wait."""
    until = BASE + timedelta(days=30)
    single = Process.of(Interview(id=1, company="Acme Corp", role="", date=BASE,
                                  contacts=(DANA,)))  # fmt: skip
    snoozed = replace(single, snoozed_until=until)
    rejection = TimelineEntry(at=BASE + timedelta(days=3), direction=Direction.INBOUND,
                              kind=MessageKind.HUMAN, sender=DANA.email, intent=Intent.REJECTION,
                              confidence=0.9)  # fmt: skip
    for timeline, now in (([], BASE + timedelta(hours=3)), ([], BASE + timedelta(days=12)),
                          ([rejection], BASE + timedelta(days=4))):  # fmt: skip
        verdict = assess(snoozed, timeline, now, POLICY)
        assert verdict.next_action is not None
        assert verdict.next_action_at is not None
        assert verdict.next_action_at >= until
