"""Test support: a private Dovecot IMAP server, an SMTP sink and a message factory."""
