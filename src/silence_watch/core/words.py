"""Small helpers for writing numbers the way people do ("1 day", "2 days", "once"). Pure."""

from __future__ import annotations


def plural(count: float, singular: str, plural_form: str | None = None) -> str:
    """``1 day``, ``2 days``, ``1.5 days``; irregular plurals may be given."""
    word = singular if count == 1 else (plural_form or f"{singular}s")
    return f"{count:g} {word}"


def times(count: int) -> str:
    """``once``, ``twice``, ``3 times``."""
    return {1: "once", 2: "twice"}.get(count, f"{count} times")
