"""The header fields the index reads: what an IMAP header fetch asks for. Pure data.

The index stores a message from these alone; its whole text is read only when it can
matter (``engine.understanding``).
"""

from __future__ import annotations

#: Headers the index keeps besides the addressing ones; the IMAP fetch asks for these.
SIGNAL_HEADERS: tuple[str, ...] = (
    "Auto-Submitted",
    "X-Autoreply",
    "X-Autorespond",
    "X-Autoresponder",
    "Precedence",
    "X-Auto-Response-Suppress",
    "X-MS-Exchange-Inbox-Rules-Loop",
    "X-MS-Exchange-Generated-Message-Source",
    "List-Id",
    "List-Unsubscribe",
    "Content-Type",
    "Return-Path",
    "X-Failed-Recipients",
    "X-Loop",
    "X-GM-THRID",
    "Authentication-Results",
    "X-Silence-Watch",
    "Feedback-Type",
    "Organization",  # who the sender writes for (discovery names the company with it)
    "Content-Class",  # Outlook's meeting requests say so here, not in the subject
    "Content-Language",  # "en-GB": a British writer's 04/12 is 4 December (core.date_order)
)

#: Every header field the index needs, in the order the IMAP fetch asks for them.
INDEX_HEADERS: tuple[str, ...] = (
    "Message-ID",
    "In-Reply-To",
    "References",
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    *SIGNAL_HEADERS,
)
