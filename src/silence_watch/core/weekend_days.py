"""After the weekend: the Monday that follows it, in five languages.

"We'll get back to you after the weekend", "wir melden uns nach dem Wochenende", "je
reviens vers vous après le week-end", "te escribo después del fin de semana", "ik bel je
na het weekend": the first working day after the coming Saturday and Sunday, the next
Monday (written on a Saturday or Sunday, the day after that weekend). A public holiday on
that Monday is not skipped: people who say it mean the day, as they do "Monday".

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import re
    from datetime import date

    from silence_watch.core.calendardays import Context

#: The words, folded.
AFTER_WEEKEND: Final = (
    r"\b(?:after(?: the)?|nach dem|apres le|despues del|tras el|na het)"
    r" (?:weekend|wochenende|week-?end|fin de semana)\b"
)


def after_weekend(_match: re.Match[str], context: Context) -> date | None:
    """The Monday after the coming (or the present) weekend."""
    return context.sent + timedelta(days=7 - context.sent.weekday())
