"""The state database under ``state_dir`` (shell: touches the disk). All SQL lives here.

One module per aggregate: ``schema`` (the file, migrations, transactions), ``index`` (the
header index), ``processes`` (applications and their rounds), ``proposals`` (invitations
waiting for a decision, the event log), ``network`` (imported connections, what
bodies said), ``drafts`` (drafts and the
outbox, with the one writer of their states), ``digests`` (digests, replies, bounced
contacts), ``caches`` (the timelines a reading command keeps) and ``threadkeys`` (the
fields mail is threaded by); ``rows`` turns rows
into plain data. ``Store`` is all of them over one
connection.
"""

from __future__ import annotations

from silence_watch.store.access import DB_NAME
from silence_watch.store.caches import CacheQueries
from silence_watch.store.digests import DigestQueries
from silence_watch.store.drafts import Change, QueueQueries
from silence_watch.store.index import IndexQueries
from silence_watch.store.migrations import MIGRATIONS
from silence_watch.store.network import MessageNote, NetworkQueries
from silence_watch.store.processes import ProcessQueries
from silence_watch.store.proposalrows import StoredProposal
from silence_watch.store.proposals import ProposalQueries
from silence_watch.store.rows import (
    DigestRow,
    NewMessage,
    StoredMessage,
    from_text,
    message_identity,
    natural_key,
    to_text,
)
from silence_watch.store.threadkeys import ThreadKeyQueries


class Store(
    IndexQueries,
    ProcessQueries,
    ProposalQueries,
    QueueQueries,
    DigestQueries,
    NetworkQueries,
    CacheQueries,
    ThreadKeyQueries,
):
    """The state database. Use ``Store.open(state_dir)``; close it when done."""


__all__ = [
    "DB_NAME",
    "MIGRATIONS",
    "Change",
    "DigestRow",
    "MessageNote",
    "NewMessage",
    "Store",
    "StoredMessage",
    "StoredProposal",
    "from_text",
    "message_identity",
    "natural_key",
    "to_text",
]
