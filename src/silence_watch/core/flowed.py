"""Text written ``format=flowed`` (RFC 3676) with its soft line breaks joined again. Pure.

A flowed line that ends in a space continues on the next line of the same quote depth:
Thunderbird wraps a long paragraph at 72 characters that way, and the reader must see the
paragraph the person typed. Quote depth is the number of leading ``>``; one space after
them (or at the start of an unquoted line) is space-stuffing and is removed. The
signature separator ``-- `` is never soft. With ``DelSp=yes`` the space before a soft
break was added by the client and is removed too.

The only library for this on PyPI (``formatflowed``) has not been released since 2016;
the decoding below is the RFC's section 4.1-4.2, line by line.
"""

from __future__ import annotations

from silence_watch.core.lazy_patterns import lazy_pattern

_QUOTES = lazy_pattern(r"^(>+)")


def unflow(text: str, *, delsp: bool = False) -> str:
    """``text`` with every soft line break joined; quoted lines keep their ``>`` marks."""
    out: list[str] = []
    pending: tuple[int, str] | None = None
    for raw in text.splitlines():
        depth, line = _split(raw)
        if pending is not None and pending[0] != depth:
            out.append(_render(*pending))  # a soft break into another depth is a hard break
            pending = None
        soft = line.endswith(" ") and line != "-- "
        if soft and delsp:
            line = line[:-1]
        joined = line if pending is None else pending[1] + line
        if soft:
            pending = (depth, joined)
        else:
            out.append(_render(depth, joined))
            pending = None
    if pending is not None:
        out.append(_render(*pending))
    return "\n".join(out)


def _split(raw: str) -> tuple[int, str]:
    found = _QUOTES.match(raw)
    depth = len(found[1]) if found else 0
    line = raw[depth:]
    line = line.removeprefix(" ")  # space-stuffing
    return depth, line


def _render(depth: int, line: str) -> str:
    if depth == 0:
        return line.rstrip()
    return f"{'>' * depth} {line}".rstrip()
