"""The life of a draft, as a table (in the manner of h11's ``_state.py``). Pure.

A draft is queued by the policy, decided by the candidate (approve, skip, snooze), and
sent by the outbox exactly once: ``approved -> sending -> sent``, or ``unknown`` when a
crash leaves it impossible to tell (the candidate is asked; it is never resent blindly).
"""

from __future__ import annotations

from silence_watch.core.errors import TransitionError
from silence_watch.core.model import DraftStatus as S

#: From each status, where a draft may go next.
TRANSITIONS: dict[S, frozenset[S]] = {
    S.QUEUED: frozenset({S.APPROVED, S.SKIPPED, S.SNOOZED, S.CANCELLED}),
    S.SNOOZED: frozenset({S.QUEUED, S.APPROVED, S.SKIPPED, S.CANCELLED}),
    S.APPROVED: frozenset({S.SENDING, S.SKIPPED, S.CANCELLED}),
    # cancelled only while no SMTP transaction has started: the company wrote between the
    # Message-ID being committed and the send (the outbox's last look at the thread).
    S.SENDING: frozenset({S.SENT, S.UNKNOWN, S.CANCELLED}),
    S.UNKNOWN: frozenset({S.SENT, S.SKIPPED}),
    S.SENT: frozenset(),
    S.SKIPPED: frozenset(),
    S.CANCELLED: frozenset(),
}


def allowed_from(target: S) -> frozenset[S]:
    """Every status from which a draft may move to ``target``."""
    return frozenset(source for source, targets in TRANSITIONS.items() if target in targets)


def check_transition(current: S, target: S) -> None:
    """Raise ``TransitionError`` unless ``current -> target`` is in the table."""
    if target not in TRANSITIONS[current]:
        raise TransitionError(f"a draft cannot go from {current.value} to {target.value}")
