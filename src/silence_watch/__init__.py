"""silence-watch: notices when an employer has gone quiet and drafts a gracious follow-up.

The package is split in two. ``silence_watch.core`` is pure: it takes plain data and
the current moment as parameters and returns decisions; it never touches the network,
the disk or the clock. Everything else is the shell that feeds it.
"""

__version__ = "0.1.0"
