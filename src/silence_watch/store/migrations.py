"""The numbered migrations of the state database, oldest first (data only).

``store.schema`` applies every migration newer than the database's ``user_version``, each
in its own transaction; never edit a released one, add the next.
"""

from __future__ import annotations

#: Migration 23: the timelines kept between runs (``store.caches``), and the triggers by
#: which any change to mail or to a correction drops them and counts one more generation,
#: in the changing statement's own transaction.
_KEPT_TIMELINES = "".join((
    """
    CREATE TABLE timeline_cache (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        generation INTEGER NOT NULL,
        key TEXT NOT NULL DEFAULT '',
        data BLOB
    );
    INSERT INTO timeline_cache (id, generation) VALUES (1, 0);
    """,
    *(
        f"CREATE TRIGGER timeline_cache_{table}_{change.lower()} AFTER {change} ON {table}"  # noqa: S608 - constants
        " BEGIN UPDATE timeline_cache SET generation = generation + 1, data = NULL"
        " WHERE id = 1; END;\n"
        for table in ("messages", "corrections")
        for change in ("INSERT", "UPDATE", "DELETE")
    ),
))

MIGRATIONS: tuple[str, ...] = (
    # 1: the header index, interviews, their timelines, drafts, the outbox and cursors.
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        message_id TEXT,
        date TEXT,
        sender TEXT,
        sender_name TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '[]',
        reply_to TEXT NOT NULL DEFAULT '[]',
        subject TEXT NOT NULL DEFAULT '',
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '[]',
        headers TEXT NOT NULL DEFAULT '{}',
        defects TEXT NOT NULL DEFAULT '[]',
        thread_id INTEGER REFERENCES threads(id),
        direction TEXT,
        kind TEXT,
        intent TEXT,
        cold INTEGER NOT NULL DEFAULT 0,
        promised_by TEXT,
        return_date TEXT,
        bounced TEXT NOT NULL DEFAULT '[]',
        reasons TEXT NOT NULL DEFAULT '[]',
        body_read INTEGER NOT NULL DEFAULT 0,
        interview_id INTEGER REFERENCES interviews(id),
        match_confidence REAL,
        match_reason TEXT,
        indexed_at TEXT NOT NULL
    );
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_interview ON messages(interview_id, date);
    CREATE TABLE message_locations (
        message INTEGER NOT NULL REFERENCES messages(id),
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (source, folder, key)
    );
    CREATE TABLE threads (
        id INTEGER PRIMARY KEY,
        root_message_id TEXT,
        subject TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        natural_key TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        company TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        timezone TEXT,
        contacts TEXT NOT NULL DEFAULT '[]',
        domains TEXT NOT NULL DEFAULT '[]',
        expect_reply_by TEXT,
        agency TEXT,
        closed_at TEXT,
        stopped INTEGER NOT NULL DEFAULT 0,
        snoozed_until TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER REFERENCES interviews(id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        dedupe TEXT UNIQUE
    );
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id),
        kind TEXT NOT NULL,
        slot TEXT NOT NULL,
        to_addr TEXT NOT NULL,
        to_name TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        due_at TEXT,
        snoozed_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (interview_id, slot)
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL UNIQUE REFERENCES drafts(id),
        message_id TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE sync_cursors (
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        validity INTEGER NOT NULL DEFAULT 0,
        last_uid INTEGER NOT NULL DEFAULT 0,
        modseq INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source, folder)
    );
    """,
    # 2: interviews proposed by calendar invitations, awaiting the candidate's confirmation.
    """
    CREATE TABLE proposals (
        uid TEXT PRIMARY KEY,
        sequence INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'proposed',
        interview_id INTEGER REFERENCES interviews(id),
        updated_at TEXT NOT NULL
    );
    """,
    # 3: delivery: approvals with their send time, the outbox's message bytes, digests
    # with their tokens, replies already judged, and contacts whose mail bounced.
    """
    CREATE TABLE approvals (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts(id),
        approved_at TEXT NOT NULL,
        via TEXT NOT NULL,
        send_at TEXT NOT NULL
    );
    ALTER TABLE outbox ADD COLUMN raw BLOB;
    ALTER TABLE outbox ADD COLUMN sent_at TEXT;
    CREATE TABLE digests (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        token TEXT NOT NULL,
        numbers TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        answered_by TEXT
    );
    CREATE TABLE digest_replies (
        message_id TEXT PRIMARY KEY,
        digest_message_id TEXT,
        verdict TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        reported INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE bounced_contacts (
        email TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    """,
    # 4: small facts the service remembers between runs (what unmatched mail was last
    # matched against, so it is not matched again on every cycle).
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 5: whether a message came through the agency, kept as a fact rather than read back
    # from the wording of the match reason.
    """
    ALTER TABLE messages ADD COLUMN via_agency INTEGER NOT NULL DEFAULT 0;
    UPDATE messages SET via_agency = 1 WHERE match_reason LIKE '% is at %, the agency';
    """,
    # 6: the threads table was never used (threads are computed from the index when
    # needed): drop it and messages.thread_id (a table rebuild: SQLite cannot drop a column
    # that references another table). Drafts mode's "in the Drafts folder" note becomes
    # its own outbox state, saved.
    """
    CREATE TABLE messages_new (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        message_id TEXT,
        date TEXT,
        sender TEXT,
        sender_name TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '[]',
        reply_to TEXT NOT NULL DEFAULT '[]',
        subject TEXT NOT NULL DEFAULT '',
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '[]',
        headers TEXT NOT NULL DEFAULT '{}',
        defects TEXT NOT NULL DEFAULT '[]',
        direction TEXT,
        kind TEXT,
        intent TEXT,
        cold INTEGER NOT NULL DEFAULT 0,
        promised_by TEXT,
        return_date TEXT,
        bounced TEXT NOT NULL DEFAULT '[]',
        reasons TEXT NOT NULL DEFAULT '[]',
        body_read INTEGER NOT NULL DEFAULT 0,
        interview_id INTEGER REFERENCES interviews(id),
        match_confidence REAL,
        match_reason TEXT,
        indexed_at TEXT NOT NULL,
        via_agency INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO messages_new (
        id, identity, message_id, date, sender, sender_name, recipients,
        reply_to, subject, in_reply_to, refs, headers, defects, direction, kind,
        intent, cold, promised_by, return_date, bounced, reasons, body_read,
        interview_id, match_confidence, match_reason, indexed_at, via_agency
    )
    SELECT
        id, identity, message_id, date, sender, sender_name, recipients,
        reply_to, subject, in_reply_to, refs, headers, defects, direction, kind,
        intent, cold, promised_by, return_date, bounced, reasons, body_read,
        interview_id, match_confidence, match_reason, indexed_at, via_agency
    FROM messages;
    DROP TABLE messages;
    ALTER TABLE messages_new RENAME TO messages;
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_interview ON messages(interview_id, date);
    DROP TABLE threads;
    UPDATE outbox SET state = 'saved' WHERE state = 'drafted' AND detail = 'in the Drafts folder';
    """,
    # 7: one application is one process (company and role) with rounds. The controls
    # (closed, stopped, snoozed) move to the process; a round may be cancelled or moved by
    # its invitation (its UID); a message keeps its reading's confidence and revisit date;
    # the candidate's corrections of a reading are remembered.
    """
    CREATE TABLE processes (
        id INTEGER PRIMARY KEY,
        natural_key TEXT NOT NULL UNIQUE,
        company TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        stopped INTEGER NOT NULL DEFAULT 0,
        snoozed_until TEXT,
        last_state TEXT,
        created_at TEXT NOT NULL
    );
    INSERT INTO processes (natural_key, company, role, closed_at, stopped, snoozed_until,
                           created_at)
        SELECT lower(trim(company)) || '|' || lower(trim(role)), min(company), min(role),
               CASE WHEN count(closed_at) = count(*) THEN max(closed_at) END,
               max(stopped), max(snoozed_until), min(created_at)
        FROM interviews GROUP BY lower(trim(company)) || '|' || lower(trim(role));
    ALTER TABLE interviews ADD COLUMN process_id INTEGER REFERENCES processes(id);
    ALTER TABLE interviews ADD COLUMN cancelled_at TEXT;
    ALTER TABLE interviews ADD COLUMN invite_uid TEXT;
    ALTER TABLE interviews ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
    UPDATE interviews SET process_id = (
        SELECT id FROM processes
        WHERE natural_key = lower(trim(interviews.company)) || '|' || lower(trim(interviews.role))
    );
    CREATE INDEX interviews_process ON interviews(process_id);
    ALTER TABLE messages ADD COLUMN confidence REAL;
    ALTER TABLE messages ADD COLUMN revisit_by TEXT;
    ALTER TABLE messages ADD COLUMN calendar TEXT NOT NULL DEFAULT '';
    CREATE TABLE corrections (
        message_id TEXT PRIMARY KEY,
        intent TEXT,
        not_about INTEGER REFERENCES processes(id),
        at TEXT NOT NULL
    );
    """,
    # 8: no digest token is kept in the clear: each becomes its SHA-256 (see
    # core.approval.token_hash, registered on the connection as sw_token_hash).
    """
    ALTER TABLE digests RENAME COLUMN token TO token_hash;
    UPDATE digests SET token_hash = sw_token_hash(token_hash);
    """,
    # 9: what the digest's numbered news items were (message ids), so that a reply can
    # correct how one was read ("read 4 as rejection", "4 is not about Acme").
    """
    ALTER TABLE digests ADD COLUMN items TEXT NOT NULL DEFAULT '{}';
    """,
    # 10: proposals are not only calendar invitations: each has a kind (invitation,
    # confirmation, video_link, accepted, thank_you), the Message-IDs it was seen in, a
    # confidence, when it was first proposed, and the proposal it was merged into when a
    # later sighting of the same round arrived under another id (its old id still answers).
    """
    ALTER TABLE proposals ADD COLUMN kind TEXT NOT NULL DEFAULT 'invitation';
    ALTER TABLE proposals ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE proposals ADD COLUMN confidence REAL NOT NULL DEFAULT 0.9;
    ALTER TABLE proposals ADD COLUMN created_at TEXT;
    ALTER TABLE proposals ADD COLUMN merged_into TEXT REFERENCES proposals(uid);
    UPDATE proposals SET created_at = updated_at;
    """,
    # 11: the candidate's own network (LinkedIn and vCard exports), one row per person
    # and source; and what the mail said that the index does not keep: the phone numbers
    # in a message's signature, its language and tone, what the candidate sent with it,
    # the kind of round it set up, the day an offer asks to be answered by.
    """
    CREATE TABLE connections (
        source TEXT NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        connected_on TEXT,
        url TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        PRIMARY KEY (source, key)
    );
    CREATE INDEX connections_email ON connections(email);
    CREATE TABLE message_notes (
        message INTEGER PRIMARY KEY REFERENCES messages(id),
        phones TEXT NOT NULL DEFAULT '[]',
        language TEXT,
        informal INTEGER NOT NULL DEFAULT 0,
        sent_items TEXT NOT NULL DEFAULT '[]',
        round_kind TEXT,
        deadline TEXT,
        read_at TEXT NOT NULL
    );
    """,
    # 12: whether the message's promise to answer named its day ("by Friday") or only said
    # it ("after the holidays"): a draft recalls the day only when they wrote it. Notes
    # read before this say no, so no draft names a day nobody wrote.
    """
    ALTER TABLE message_notes ADD COLUMN promise_named INTEGER NOT NULL DEFAULT 0;
    """,
    # 13: the words with which the candidate withdrew from an application ("I have accepted
    # another offer"), read from their own mail; such a process is closed. Mail read
    # before this holds none.
    """
    ALTER TABLE messages ADD COLUMN withdrew TEXT;
    """,
    # 14: whether an employer's message said no for this role and offered a next step about
    # another ("für eine andere Aufgabe kennenlernen"): a follow-up then asks after that
    # conversation, never after the role they filled. Notes read before this say no.
    """
    ALTER TABLE message_notes ADD COLUMN other_role INTEGER NOT NULL DEFAULT 0;
    """,
    # 15: the words with which the candidate accepted an employer's offer ("I'm delighted to
    # accept your offer"): the other employers' nudges stop. Mail read before holds none.
    """
    ALTER TABLE messages ADD COLUMN accepted TEXT;
    """,
    # 16: the people who declined a round's invitation (JSON list of addresses): they are
    # not met, so no thank-you goes to them, even when the configuration names them again.
    """
    ALTER TABLE interviews ADD COLUMN declined TEXT NOT NULL DEFAULT '[]';
    """,
    # 17: what an employer's own words said of feedback after a no ("refused": "we are
    # unable to provide individual feedback"; "given": why, or what to work on): no feedback
    # request asks for it then. Mail read before this holds none.
    """
    ALTER TABLE messages ADD COLUMN feedback TEXT NOT NULL DEFAULT '';
    """,
    # 18: the message takes back the one before it ("please ignore it, it wasn't meant for
    # you"): that one's no or offer no longer counts; and the candidate's own words that
    # they were told no by phone ("I understand the decision to go with someone ..."). Mail
    # read before this holds none. And the contacts the candidate added to a round with
    # `interviews add`: the configuration, read again at every start, keeps them (u07cr).
    """
    ALTER TABLE messages ADD COLUMN retracts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE messages ADD COLUMN told_no TEXT;
    ALTER TABLE interviews ADD COLUMN hand_contacts TEXT NOT NULL DEFAULT '[]';
    """,
    # 19: the sender's words ask that nobody at the client be contacted directly ("please
    # don't reach out to the company directly; everything goes through me": "asks"), or
    # lift that ("ya puedes tratar con ella directamente": "lifts"): while the agency's
    # ask stands, every draft of the process goes to it (u09ex). Mail read before: none.
    """
    ALTER TABLE messages ADD COLUMN through_agency TEXT NOT NULL DEFAULT '';
    """,
    # 20: the candidate's own words that only ask back ("could I have until Monday the
    # 14th?", "should I use Python or Go?") or promise the work for later, delivering
    # nothing: no answer to their request (u32ta). Mail read before this holds none.
    """
    ALTER TABLE messages ADD COLUMN asked_back TEXT;
    """,
    # 21: a digest of the candidate's own words in her mail (never the words): the same
    # mail her client sent twice under two Message-IDs is one message (u39dup,
    # ``core.repeats``). Mail read before this holds none, and counts as before.
    """
    ALTER TABLE messages ADD COLUMN words TEXT NOT NULL DEFAULT '';
    """,
    # 22: mail by its date: discovery reads the last 90 days' mail it has not read on every
    # cycle, and without this index SQLite walked every indexed message by id to find none
    # (40-85 ms a cycle on a 100,000-message mailbox with no recent mail).
    """
    CREATE INDEX messages_date ON messages(date);
    """,
    # 23: the processes' timelines as the engine last read them (``store.caches``): any
    # change to mail or to the candidate's corrections drops them in its own transaction.
    _KEPT_TIMELINES,
    # 24: the bounce reports, which every delivery step reads: without an index SQLite read
    # every indexed message for them (17 ms a cycle at 100,000 messages, most with none).
    """
    CREATE INDEX messages_bounces ON messages(kind) WHERE kind = 'bounce';
    """,
)
