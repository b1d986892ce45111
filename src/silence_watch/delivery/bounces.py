"""Bounces of what we or the candidate sent: that contact is never written to again (shell)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.lifecycle import WENT_OUT
from silence_watch.core.model import EventKind, OutboxState

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.store import Store


def note_bounces(store: Store, now: datetime) -> None:
    """A bounce of an address we wrote to, or of anyone's contact, marks it bounced, once.

    The candidate's own mail bounces too (a debrief sent by hand to an agency recruiter
    who left): that address is dead for every process that knows it, not only for the
    one whose timeline holds the report.
    """
    sent = [
        store.draft(item.draft_id)
        for item in store.outbox([*WENT_OUT, OutboxState.SENDING, OutboxState.UNKNOWN])
    ]
    written = {draft.to_addr.lower(): draft.interview_id for draft in sent}
    for interview in store.interviews():
        people = (*interview.contacts, *(interview.agency.contacts if interview.agency else ()))
        for contact in people:
            written.setdefault(contact.email.lower(), interview.id)
    for address, report_id in store.bounce_reports():
        if address in written and store.mark_bounced(
            address, now=now, detail=f"bounce report {report_id}"
        ):
            store.add_event(
                EventKind.BOUNCED,
                f"mail to {address} bounced; silence-watch will not write there again",
                at=now, interview_id=written[address], dedupe=f"bounced:{address}",
            )  # fmt: skip
