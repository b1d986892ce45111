"""Delivery (shell): SMTP, IMAP copies and drafts, the exactly-once outbox, the digest.

Nothing here decides *whether* to write: the core does (``core.sending``,
``core.approval``, ``core.commands``). This package only makes decided mail leave once.
"""
