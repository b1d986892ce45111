"""One line of a reply to the digest as commands: the grammar. Pure.

- ``approve 1``, ``approve 1 3``, ``approve 2-4``, ``approve all``, ``approve all but 4``
  (or ``except``; tester round t81dg); ``send`` means approve;
- ``skip 2``, ``skip all``, ``stop 4``, ``snooze 3 4d``, ``snooze 3 for 2 weeks``,
  ``snooze 3 until 2026-12-08``, ``snooze 3 until Dec 8`` (the next Dec 8 on or after
  the day the reply was written; ``12/8`` and ``Friday`` are not read: they are ambiguous);
- ``edit 2`` (the new text follows on the lines below: ``core.commands``) or
  ``edit 2: the new text`` on one line;
- corrections of how new mail was read: ``read 3 as rejection``, ``4 is not about
  Acme``, ``add 5`` or ``add 5 as Company / Role``, ``not an interview 6``.

Several commands may share a line, joined by ``,``, ``;``, ``and`` or ``, and``
(``approve 1 and skip 2``, ``approve 1, 3, and 4``, ``stop 3 and 4``); a bullet,
``please``/``pls`` and a final ``.`` or ``!`` are allowed; case does not matter. The free
text of ``N is not about X`` and ``add N as X`` runs to the end of the line, so a line
whose free text goes on with a comma, a semicolon or "and" and a command is not read.
A line is read whole or not at all: if any part of it is not a command (``approve all
except maybe 3``, ``don't send 3``, ``approve 2?``, ``skip 1. approve 2``), nothing on it is
carried out. A misread is worse than a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Final, TypeAlias

from silence_watch.core.calendardays import safe_date
from silence_watch.core.datewords import MONTHS
from silence_watch.core.durations import parse_duration
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.replylines import is_footer, plain

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date


class Verb(StrEnum):
    """What a command asks for."""

    APPROVE = "approve"
    SKIP = "skip"
    SNOOZE = "snooze"
    STOP = "stop"
    EDIT = "edit"
    READ = "read"
    NOT_ABOUT = "not_about"
    ADD = "add"
    NOT_INTERVIEW = "not_interview"


#: Commands about a draft; the others correct how a news item of the digest was read.
DRAFT_VERBS: Final = frozenset({Verb.APPROVE, Verb.SKIP, Verb.SNOOZE, Verb.STOP, Verb.EDIT})
#: What ``read N as ...`` may name (the classifier's intents), with other spellings.
READ_AS: Final = {
    "rejection": "rejection",
    "offer": "offer",
    "next_step": "next_step",
    "request": "request",
    "acknowledgement": "acknowledgement",
    "acknowledgment": "acknowledgement",
    "pleasantry": "pleasantry",
    "on_hold": "on_hold",
    "other": "other",
}


@dataclass(frozen=True, slots=True)
class Command:
    """One understood command. ``numbers`` are digest numbers; ``every`` means ``all``.

    ``text`` is an edit's new body (ending in one newline), the intent of ``read``, the
    company of ``not_about`` or the process of ``add``; ``line`` is what was written.
    """

    verb: Verb
    numbers: tuple[int, ...] = ()
    every: bool = False
    but: tuple[int, ...] = ()  # with ``every``: "all but 4"
    days: int | None = None
    until: date | None = None
    text: str | None = None
    line: str = ""


# --- One line -----------------------------------------------------------------------------

_BULLET = lazy_pattern("^(?:[\u2022\u00b7\u25aa\u25e6\u2023*+-]|[\u2013\u2014])\\s+")
_POLITE = lazy_pattern(r"^(?:please|pls|plz|kindly)\s+|\s+please$", re.IGNORECASE)
_END = lazy_pattern(r"[.!]+$")
#: "," ";" "and", and the serial comma's ", and" (``approve 1, 3, and 4``).
_SEPARATORS = lazy_pattern(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
#: What may not stand in the free text of ``N is not about X`` or ``add N as X``: a comma
#: or semicolon (a reason or a second clause follows: "Umbrella, that was the role I
#: withdrew from"), or "and" followed by a command ("... / Import Analyst and skip 2").
_MORE_AFTER = lazy_pattern(
    r"[;,]|\band\s+(?:approve|send|skip|snooze|stop|edit|read|add|not\b|\[?#?\d)",
    re.IGNORECASE,
)
#: The one comma a company's name holds: before its legal form ("Harbor & Finch, Inc").
_LEGAL_FORM = lazy_pattern(
    r",\s*(?:inc|llc|ltd|plc|llp|corp|co|gmbh|ag|kg|sa|sas|sarl|bv|nv|ab|oy|as|aps|spa|srl"
    r"|pty(?: ltd)?)\.?(?=\s*(?:/|$))",
    re.IGNORECASE,
)
_N = r"\[?#?(\d{1,3})\]?"
_NUMBERS = lazy_pattern("^\\[?#?\\d{1,3}\\]?(?:\\s*[-\u2013]\\s*\\[?#?\\d{1,3}\\]?)?$")
_LIST = lazy_pattern(r"^(approve|send|skip|stop)\s+(all|.+)$", re.IGNORECASE)
_ALL_BUT = lazy_pattern(r"^all\s+(?:but|except|except for|apart from|other than)\s+(.+)$",
                        re.IGNORECASE)  # fmt: skip
_SNOOZE = lazy_pattern(rf"^snooze\s+{_N}\s+(.+)$", re.IGNORECASE)
_UNTIL = lazy_pattern(r"^until\s+(.+)$", re.IGNORECASE)
_EDIT = lazy_pattern(rf"^edit\s+{_N}\s*(?::\s*(.*))?$", re.IGNORECASE)
_READ = lazy_pattern(rf"^read\s+{_N}\s+as\s+(?:an?\s+)?([a-z_ -]+)$", re.IGNORECASE)
#: The same said plainly: "2 is a rejection", "3 was an offer".
_READ_IS = lazy_pattern(rf"^{_N}\s+(?:is|was)\s+(?:an?\s+)?([a-z_ -]+)$", re.IGNORECASE)
_NOT_INTERVIEW = lazy_pattern(
    rf"^(?:not\s+an\s+interview\s+{_N}|{_N}\s+(?:is\s+not|isn't|isnt)\s+an\s+interview)$",
    re.IGNORECASE,
)
_NOT_ABOUT = lazy_pattern(rf"^{_N}\s+(?:is\s+not|isn't|isnt)\s+about\s+(.+)$", re.IGNORECASE)
_ADD = lazy_pattern(rf"^add\s+{_N}(?:\s+as\s+(.+))?$", re.IGNORECASE)
_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_ISO = lazy_pattern(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY = lazy_pattern(
    rf"^(?P<month>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?$",
    re.IGNORECASE,
)
_DAY_MONTH = lazy_pattern(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<month>{_MONTH_ALT})\.?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?$",
    re.IGNORECASE,
)
#: "Dec 8, 2027": the comma belongs to the date, it does not separate two commands.
_YEAR_COMMA = lazy_pattern(
    rf"\b((?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})),"
    r"\s*(\d{4})\b",
    re.IGNORECASE,
)
#: The most numbers one range may name (``approve 1-20``).
_RANGE_LIMIT = 50
_ONE_EACH = frozenset({Verb.STOP})
#: Verbs whose numbers may go on after a separator ("approve 1, 3", "stop 3 and 4").
_LISTS = frozenset({Verb.APPROVE, Verb.SKIP, Verb.STOP})


def parse_line(line: str, *, today: date | None = None) -> list[Command] | None:
    """The commands on one line, in order, or None when the line is not (all) commands."""
    written = " ".join(plain(line).split())
    text = _tidy(_BULLET.sub("", written.replace("’", "'")))  # noqa: RUF001 - iOS's apostrophe
    if not text or is_footer(text):
        return None
    for pattern, build in _WHOLE_LINE:
        if matched := pattern.match(text):  # the line is this command, or it is not understood
            whole = build(matched, written)
            return None if whole is None else [whole]
    commands: list[Command] = []
    for part in _SEPARATORS.split(_YEAR_COMMA.sub(r"\1 \2", text)):
        segment = _tidy(part)
        if _NUMBERS.match(segment) and commands and commands[-1].verb in _LISTS:
            more = _more_numbers(commands, segment)
            if more is None:
                return None
            commands = more
            continue
        found = _segment(segment, written, today)
        if found is None:
            return None
        commands += found
    return commands or None


def _more_numbers(commands: list[Command], segment: str) -> list[Command] | None:
    """``commands`` with the numbers of ``segment`` added to the last command.

    "approve 1, 3" is one approve; "stop 3 and 4" one stop a number. None when
    ``segment`` is not numbers.
    """
    last, extra = commands[-1], _numbers(segment)
    if extra is None or last.every:
        return None
    if last.verb in _ONE_EACH:
        done = {n for command in commands if command.verb is last.verb for n in command.numbers}
        return [*commands, *(replace(last, numbers=(n,)) for n in extra if n not in done)]
    return [*commands[:-1], replace(last, numbers=tuple(dict.fromkeys((*last.numbers, *extra))))]


def _tidy(text: str) -> str:
    text = _END.sub("", text.strip()).strip()
    return _END.sub("", _POLITE.sub("", text)).strip()


def _edit(found: re.Match[str], written: str) -> Command:
    if found[2] is not None and found[2].strip():
        # The new text is the rest of the line as written (a final "!" is part of it).
        return Command(Verb.EDIT, (int(found[1]),), text=written.split(":", 1)[1].strip() + "\n",
                       line=written)  # fmt: skip
    return Command(Verb.EDIT, (int(found[1]),), line=written)


def _read(found: re.Match[str], written: str) -> Command | None:
    intent = READ_AS.get("_".join(found[2].lower().replace("-", " ").split()))
    return None if intent is None else Command(Verb.READ, (int(found[1]),), text=intent,
                                               line=written)  # fmt: skip


def _not_interview(found: re.Match[str], written: str) -> Command:
    return Command(Verb.NOT_INTERVIEW, (int(found[1] or found[2]),), line=written)


def _not_about(found: re.Match[str], written: str) -> Command | None:
    company = found[2].strip()
    if _goes_on(company):
        return None
    return Command(Verb.NOT_ABOUT, (int(found[1]),), text=company, line=written)


def _goes_on(free: str) -> bool:
    """True when a command's free text goes on past the name: a reason, another command."""
    return _MORE_AFTER.search(_LEGAL_FORM.sub("", free)) is not None


def _add(found: re.Match[str], written: str) -> Command | None:
    what = " ".join(found[2].split()) if found[2] else None
    if what is not None and _goes_on(what):
        return None
    return Command(Verb.ADD, (int(found[1]),), text=what, line=written)


#: The commands that take a whole line, tried in order.
_Build: TypeAlias = "Callable[[re.Match[str], str], Command | None]"
_WHOLE_LINE: Final[tuple[tuple[re.Pattern[str], _Build], ...]] = (
    (_EDIT, _edit),
    (_READ, _read),
    (_NOT_INTERVIEW, _not_interview),
    (_NOT_ABOUT, _not_about),
    (_ADD, _add),
    (_READ_IS, _read),  # last: "2 is not an interview", "4 is not about Initech" first
)


def _segment(segment: str, written: str, today: date | None) -> list[Command] | None:
    """One part of a line: a list command or a snooze."""
    if found := _LIST.match(segment):
        return _list(found, written)
    if found := _SNOOZE.match(segment):
        number, rest = int(found[1]), found[2]
        if until := _UNTIL.match(rest):
            day = _day(until[1], today)
            return None if day is None else [Command(Verb.SNOOZE, (number,), until=day,
                                                     line=written)]  # fmt: skip
        length = parse_duration(rest)  # "0d" is read: carrying it out says why it cannot be
        if length is None:
            return None
        return [Command(Verb.SNOOZE, (number,), days=length.days, line=written)]
    return None


def _list(found: re.Match[str], written: str) -> list[Command] | None:
    word = found[1].lower()
    verb = Verb.APPROVE if word == "send" else Verb(word)
    if found[2].lower() == "all":
        return None if verb is Verb.STOP else [Command(verb, every=True, line=written)]
    if (but := _ALL_BUT.match(found[2])) is not None:
        left_out = _numbers(but[1])
        if left_out is None or verb is Verb.STOP:
            return None
        return [Command(verb, every=True, but=left_out, line=written)]
    numbers = _numbers(found[2])
    if numbers is None:
        return None
    if verb in _ONE_EACH:
        return [Command(verb, (n,), line=written) for n in numbers]
    return [Command(verb, numbers, line=written)]


def _numbers(text: str) -> tuple[int, ...] | None:
    """``1 3``, ``2-4``, ``[1]``: the numbers named, in order, each once; None if not that."""
    numbers: list[int] = []
    for piece in re.sub("\\s*[-\u2013]\\s*", "-", text.strip()).split():
        if not _NUMBERS.match(piece):
            return None
        ends = [int(n) for n in re.findall(r"\d+", piece)]
        first, last = ends[0], ends[-1]
        if first < 1 or last < first or last - first >= _RANGE_LIMIT:
            return None
        numbers += range(first, last + 1)
    return tuple(dict.fromkeys(numbers)) or None


def _day(text: str, today: date | None) -> date | None:
    """``2026-12-08``; ``Dec 8``, ``8 December``, ``Dec 8, 2026``; None otherwise."""
    if found := _ISO.match(text):
        return safe_date(int(found[1]), int(found[2]), int(found[3]))
    found = _MONTH_DAY.match(text) or _DAY_MONTH.match(text)
    if found is None:
        return None
    month, day = MONTHS[found["month"].lower()], int(found["day"])
    if found["year"]:
        return safe_date(int(found["year"]), month, day)
    if today is None:
        return None
    for year in (today.year, today.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate >= today:
            return candidate
    return None
