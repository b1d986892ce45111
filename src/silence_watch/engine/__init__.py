"""One cycle of work over the state and the mailbox: index, understand, decide (shell).

Reads and writes the store and the mailbox, asks the pure core what everything means and what
to do. Never talks SMTP: that is ``silence_watch.delivery``, which builds on this package.
"""
