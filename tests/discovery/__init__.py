"""The season mailbox of discovery and how well discovery reads it."""
