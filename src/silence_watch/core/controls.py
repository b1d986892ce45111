"""Line breaks and control characters where they do not belong. Pure.

A company, a role, a person's name, an address or a subject may end up in a mail header
(a subject, a display name) or on one line of a body. A CR or LF there could fold a
second header into a message, so such values are refused where they enter (the
configuration, ``interviews add``, an edit), with one line saying what was found; they
are never cleaned up silently. A draft's text may hold line breaks and tabs, but no
other control character.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: C0 and C1 controls (CR, LF, NUL, tab, escape...) and the Unicode line separators.
_IN_A_LINE: Final = lazy_pattern("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: The same, except the line break and the tab a text may hold.
_IN_A_TEXT: Final = lazy_pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_NAMES: Final = {
    "\n": "a line break (LF)",
    "\r": "a carriage return (CR)",
    "\t": "a tab",
    "\x00": "a NUL character",
    "\u2028": "a line separator (U+2028)",
    "\u2029": "a paragraph separator (U+2029)",
}


def _named(char: str) -> str:
    return _NAMES.get(char, f"the control character U+{ord(char):04X}")


def line_problem(value: str) -> str | None:
    """Why ``value`` cannot be a one-line value (a name, a subject), or None."""
    found = _IN_A_LINE.search(value)
    if found is None:
        return None
    return f"holds {_named(found[0])}; write it on one line, without control characters"


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be a draft's text (line breaks and tabs are fine), or None."""
    found = _IN_A_TEXT.search(value.replace("\r\n", "\n"))
    if found is None:
        return None
    return f"holds {_named(found[0])}, which cannot go into a mail"
