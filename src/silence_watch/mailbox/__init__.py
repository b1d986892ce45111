"""Mailbox adapters (shell): IMAP and Maildir behind one small interface."""
