"""The candidate's corrections of how a message was read (shell).

``silence-watch mark MESSAGE INTENT`` (and, from the digest, ``read 4 as rejection``) says
what a message really was; ``--not-about PROCESS`` (``4 is not about Acme``) takes it off a
process's timeline. A correction is remembered and re-decides the process at once: the
next cycle, status and plan all read the message the corrected way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.errors import NotFoundError, SilenceWatchError
from silence_watch.core.model import EventKind
from silence_watch.core.readings import CORRECTIONS

if TYPE_CHECKING:
    from datetime import datetime

    from silence_watch.store import Store

#: The readings a message may be corrected to, as the candidate writes them.
READINGS = CORRECTIONS


@dataclass(frozen=True, slots=True)
class Corrected:
    """What a correction did, in one line for the candidate."""

    message_id: str
    text: str


def message_id_of(text: str) -> str:
    """A Message-ID as people paste it: with or without angle brackets or "mid:"."""
    return text.strip().removeprefix("mid:").strip().strip("<>").strip()


class Corrections:
    """Corrections over one state database."""

    def __init__(self, store: Store) -> None:
        """Work on this state."""
        self.store = store

    def read_as(self, message: str, reading: str, *, now: datetime) -> Corrected:
        """Remember that ``message`` says ``reading`` (an intent name)."""
        message_id = self._known(message)
        wanted = reading.strip().lower().replace(" ", "_").replace("-", "_")
        if wanted not in READINGS:
            choices = ", ".join(READINGS)
            raise SilenceWatchError(f"{reading!r} is not a reading; use one of: {choices}")
        self.store.correct(message_id, now=now, intent=wanted)
        text = f"message <{message_id}> is now read as {wanted.replace('_', ' ')}"
        self.store.add_event(EventKind.CORRECTED, text, at=now)
        return Corrected(message_id, text)

    def not_about(self, message: str, process: int, *, now: datetime) -> Corrected:
        """Remember that ``message`` is not about the process of interview ``process``."""
        message_id = self._known(message)
        process_id = self.store.interview(process).process_id
        company = self.store.process(process_id).company
        self.store.correct(message_id, now=now, not_about=process_id)
        text = f"message <{message_id}> is no longer counted for {company}"
        self.store.add_event(EventKind.CORRECTED, text, at=now)
        return Corrected(message_id, text)

    def not_about_named(self, message: str, company: str, *, now: datetime) -> Corrected:
        """``4 is not about Acme``: the process the message is counted for, named by company.

        The name must be the company of the process the message is counted for, so a
        slip of the pen never takes it off another one.
        """
        message_id = self._known(message)
        counted = [
            m.interview_id
            for m in self.store.messages_by_id(message_id)
            if m.interview_id is not None
        ]
        if not counted:
            raise SilenceWatchError(f"message <{message_id}> is not counted for any interview")
        process = self.store.process(self.store.interview(counted[0]).process_id)
        wanted = " ".join(company.split()).casefold()
        if wanted and wanted not in process.company.casefold():
            raise SilenceWatchError(f"that message is counted for {process.company}, not {company}")
        return self.not_about(message_id, counted[0], now=now)

    def _known(self, message: str) -> str:
        message_id = message_id_of(message)
        if not message_id or not self.store.message_id_indexed(message_id):
            raise NotFoundError(
                f"no message with the Message-ID <{message_id}> is indexed; copy it from"
                " `silence-watch interviews show ID --json` (timeline) or the digest"
            )
        return message_id
