"""Bounces of what we sent: the contact is flagged and never written to again (shell)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silence_watch.core.lifecycle import WENT_OUT
from silence_watch.core.model import EventKind, OutboxState

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.store import Store


def note_bounces(store: Store, now: datetime) -> None:
    """A bounce of an address we wrote to marks that contact as bounced, once."""
    written = {
        store.draft(item.draft_id).to_addr.lower(): item
        for item in store.outbox([*WENT_OUT, OutboxState.SENDING, OutboxState.UNKNOWN])
    }
    for address, report_id in store.bounce_reports():
        if address in written and store.mark_bounced(
            address, now=now, detail=f"bounce report {report_id}"
        ):
            draft = store.draft(written[address].draft_id)
            store.add_event(
                EventKind.BOUNCED,
                f"mail to {address} bounced; silence-watch will not write there again",
                at=now, interview_id=draft.interview_id, dedupe=f"bounced:{address}",
            )  # fmt: skip
