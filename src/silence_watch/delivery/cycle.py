"""One delivery pass, after the mailbox is synced and drafts decided (shell).

Order: carry out replies to digests (approvals are recorded), settle and send the outbox,
then send the digest when it is due. Only ``run`` without ``--now`` reaches this: a
preview never sends.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from silence_watch.core.errors import DeliveryError, MailboxError
from silence_watch.delivery.digests import Digests
from silence_watch.delivery.folders import MailFolders
from silence_watch.delivery.outbox import DeliveryReport, Outbox
from silence_watch.delivery.smtp import smtp_sender

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from silence_watch.engine.service import CycleReport, Service
    from silence_watch.mailbox.base import Batch, Mailbox

log = logging.getLogger(__name__)


@contextlib.contextmanager
def delivery_for(service: Service) -> Iterator[tuple[Outbox, Digests]]:
    """The outbox and digests of this configuration, their connections closed after."""
    settings = service.settings
    sender = smtp_sender(settings.smtp) if settings.smtp is not None else None
    folders = MailFolders(settings.mailbox) if settings.mailbox.kind == "imap" else None
    outbox = Outbox(settings, service.store, sender=sender, folders=folders)
    try:
        yield outbox, Digests(service, outbox, sender)
    finally:
        if sender is not None:
            sender.close()
        if folders is not None:
            folders.close()


@contextlib.contextmanager
def one_at_a_time(service: Service) -> Iterator[None]:
    """Hold the state directory's delivery lock, waiting for another process to let go.

    Without it a second ``run --once`` would take the first one's send in flight for one a
    crash interrupted, and report it ``unknown``; or carry out the same reply twice.
    """
    fd = os.open(service.store.path.parent / "delivery.lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing lets go of the lock


def _replies(
    service: Service, mailbox: Mailbox, digests: Digests, now: datetime, report: DeliveryReport
) -> None:
    """Carry out the replies to digests; a correction re-decides its process at once."""
    try:
        for line in digests.process_replies(mailbox, now):
            log.info("reply to the digest: %s", line)
    except (DeliveryError, MailboxError) as error:
        report.problems.append(f"replies to the digest: {error}")
    if digests.corrected:
        service.decide(now)


def deliver(service: Service, mailbox: Mailbox | None, now: datetime) -> DeliveryReport:
    """Replies, then the outbox, then the digest; problems are reported, never raised."""
    report = DeliveryReport()
    with one_at_a_time(service), delivery_for(service) as (outbox, digests):
        if mailbox is not None:
            _replies(service, mailbox, digests, now, report)
        try:
            sent = outbox.run(now)
        except (DeliveryError, MailboxError) as error:
            report.problems.append(str(error))
        else:
            report.sent, report.cancelled, report.unknown = sent.sent, sent.cancelled, sent.unknown
            report.drafted, report.problems = sent.drafted, report.problems + sent.problems
        if digests.sender is not None and digests.due(now):
            try:
                digests.send(now)
            except DeliveryError as error:
                report.problems.append(f"the digest was not sent: {error}")
            else:
                report.digests += 1
                log.info("sent the digest to %s", digests.to)
    for problem in report.problems:
        log.warning("%s", problem)
    return report


@dataclass
class RunReport:
    """What one cycle did: the engine's part and, when it sent, the delivery's."""

    cycle: CycleReport
    delivery: DeliveryReport | None = None

    @property
    def problems(self) -> list[str]:
        """Every problem of the cycle and of the delivery step."""
        return self.cycle.problems + (self.delivery.problems if self.delivery else [])


def run_cycle(
    service: Service,
    mailbox: Mailbox | None,
    now: datetime,
    *,
    send: bool,
    progress: Callable[[Batch], None] | None = None,
) -> RunReport:
    """One full cycle: interviews, mail, decisions, and with ``send`` the delivery step.

    Only real time passes ``send=True``: a ``--now`` preview never sends. ``progress`` is
    told about each indexed batch (a bar for a long first sync).
    """
    report = RunReport(service.run_once(mailbox, now, progress))
    if send:
        report.delivery = deliver(service, mailbox, now)
    return report
