"""What the candidate's own mail to them says of the process. Pure.

Three readers of her words (``core.withdrawal``, ``core.acceptance``, ``core.told_no``):
she withdrew ("I have accepted another offer"), she accepted their offer ("I accept your
offer"), or she was told no by phone ("I understand the decision to go with someone").

Pure: no IO, no clock.
"""

from __future__ import annotations

from silence_watch.core.acceptance import accepted_offer
from silence_watch.core.told_no import told_no
from silence_watch.core.withdrawal import withdrawal


def own_moves(words: str) -> tuple[str | None, str | None, str | None]:
    """The words that withdraw, accept their offer, and report their no (each or None)."""
    return withdrawal(words), accepted_offer(words), told_no(words)
