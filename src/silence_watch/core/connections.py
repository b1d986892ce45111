"""The candidate's own network: reading their exports, and finding who works where. Pure.

Two exports are read, given as bytes (the shell reads the file):

- LinkedIn's ``Connections.csv`` (First Name, Last Name, URL, Email Address, Company,
  Position, Connected On), whatever notes LinkedIn writes above its header line;
- a vCard file (``.vcf``) as phones and address books export it (versions 2.1, 3.0 and
  4.0), read with ``vobject``.

A file that is neither, or empty, or too big to be an export, is refused whole with one
line (``ImportProblem``): nothing is half imported. Matching a person to a company goes by
the company's name normalised ("Acme Corp" is "ACME Corporation"), its configured aliases,
and its mail domains. Never touches the disk or the clock.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import (
    company_key,
    domain_matches,
    is_consumer_domain,
)
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence
    from datetime import tzinfo

    import vobject  # type: ignore[import-untyped]

    from silence_watch.core.record import Connection

#: An export bigger than this is not a network export: refused whole, before anything is
#: read. LinkedIn's largest (30,000 connections) is about 5 MB; a phone's vCards with
#: photos may be tens of MB (the photos are dropped before parsing).
MAX_EXPORT_BYTES: Final = 100 * 1024 * 1024
#: vCard properties that carry media, not who someone is: skipped before parsing.
_MEDIA: Final = lazy_pattern(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)

LINKEDIN: Final = "linkedin"
VCARD: Final = "vcard"

#: The columns of LinkedIn's export that we read; the first two must be there.
_LINKEDIN_COLUMNS: Final = (
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
)  # fmt: skip
_EMAIL: Final = lazy_pattern(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class ImportProblem(ValueError):  # noqa: N818 - a problem with the file, said in one line
    """The file cannot be imported; the message is one line for the candidate."""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the candidate knows, as their export lists them."""

    name: str
    email: str
    company: str
    position: str
    source: str  # LINKEDIN or VCARD
    connected_on: date | None = None
    url: str = ""

    @property
    def key(self) -> str:
        """What makes this person one row: their address, else their profile, else name."""
        if self.email:
            return f"email:{self.email}"
        if self.url:
            return f"url:{self.url.lower()}"
        return f"name:{self.name.casefold()}|{company_key(self.company)}"


@dataclass(frozen=True, slots=True)
class Imported:
    """What one file held: the people, and how many entries had no name to keep."""

    kind: str
    people: tuple[Person, ...]
    skipped: int


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """Someone the candidate knows at a company: who, their position, and how they know them."""

    name: str
    email: str
    position: str
    how: str

    def line(self) -> str:
        """``Priya Shah (Staff Engineer; LinkedIn connection since Mar 2021)``."""
        who = self.name or self.email
        about = "; ".join(part for part in (self.position, self.how) if part)
        return f"{who} ({about})" if about else who


def read_export(data: bytes, name: str) -> Imported:
    """The people in an export file; ``ImportProblem`` (one line) when it is not one.

    ``name`` is only used in messages. The kind is told by the content, not the name.
    """
    problem = size_problem(len(data), name)
    if problem is not None:
        raise ImportProblem(problem)
    text = _decoded(data, name)
    if not text.strip():
        raise ImportProblem(f"{name} is empty; nothing was imported")
    if text.lstrip().upper().startswith("BEGIN:VCARD"):
        return _vcards(text, name)
    return _linkedin(text, name)


def size_problem(size: int, name: str) -> str | None:
    """The line that refuses a file of ``size`` bytes, or None when the size is fine."""
    if size <= MAX_EXPORT_BYTES:
        return None
    return (
        f"{name} is {size / 1_048_576:.1f} MB, too big for a connections export"
        f" (at most {MAX_EXPORT_BYTES // 1_048_576} MB): is it the right file? nothing was"
        " imported"
    )


def _decoded(data: bytes, name: str) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark), else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportProblem(f"{name} is not a text file; nothing was imported")


def _linkedin(text: str, name: str) -> Imported:
    lines = text.splitlines()
    header_at = next(
        (i for i, line in enumerate(lines[:50]) if _is_linkedin_header(line)),
        None,
    )
    if header_at is None:
        raise ImportProblem(
            f"{name} is neither LinkedIn's Connections.csv (no line with the columns"
            f" {', '.join(_LINKEDIN_COLUMNS)}) nor a vCard file; nothing was imported"
        )
    import csv  # noqa: PLC0415 - only an import reads CSV; the store imports this module

    rows = csv.reader(io.StringIO("\n".join(lines[header_at:])))
    people, skipped = [], 0
    try:
        header = [cell.strip().casefold() for cell in next(rows)]
        where = {c: header.index(c.casefold()) for c in _LINKEDIN_COLUMNS if c.casefold() in header}
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue  # a blank line, as spreadsheets leave at the end
            person = _linkedin_person(row, where)
            if person is None:
                skipped += 1
            else:
                people.append(person)
    except csv.Error as error:
        raise ImportProblem(
            f"{name}: line {header_at + rows.line_num} cannot be read as CSV ({error});"
            " nothing was imported"
        ) from error
    return Imported(LINKEDIN, tuple(people), skipped)


def _is_linkedin_header(line: str) -> bool:
    cells = {cell.strip().strip('"').casefold() for cell in line.split(",")}
    return {"first name", "last name"} <= cells and len(cells & _COLUMNS_FOLDED) >= 4


_COLUMNS_FOLDED: Final = frozenset(c.casefold() for c in _LINKEDIN_COLUMNS)


def _linkedin_person(row: list[str], where: dict[str, int]) -> Person | None:
    def cell(column: str) -> str:
        at = where.get(column)
        return " ".join(row[at].split()) if at is not None and at < len(row) else ""

    name = " ".join(part for part in (cell("First Name"), cell("Last Name")) if part)
    if not name:
        return None
    return Person(
        name=name,
        email=_email(cell("Email Address")),
        company=cell("Company"),
        position=cell("Position"),
        source=LINKEDIN,
        connected_on=_linkedin_date(cell("Connected On")),
        url=cell("URL"),
    )


_MONTHS: Final = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_DAY_MONTH_YEAR: Final = lazy_pattern(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$")


def _linkedin_date(text: str) -> date | None:
    """LinkedIn writes ``21 Nov 2023``; older exports ``11/21/23``; else no date.

    The usual form is read by hand: ``strptime`` takes half the time of a large import
    and reads month names in the machine's locale.
    """
    found = _DAY_MONTH_YEAR.match(text)
    if found and found[2].lower() in _MONTHS:
        try:
            return date(int(found[3]), _MONTHS[found[2].lower()], int(found[1]))
        except ValueError:
            return None
    for pattern in ("%m/%d/%y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a day, no time
        except ValueError:
            continue
    return None


def _email(text: str) -> str:
    address = text.strip().strip("<>").lower()
    return address if _EMAIL.match(address) else ""


def _without_media(text: str) -> str:
    """The vCards without their photos, logos, sounds and keys (and their folded lines).

    A folded line starts with a space or tab; vCard 2.1 writes base64 without the space,
    but base64 never holds a colon, so its lines end where the next property begins.
    """
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        if skipping and line.strip() and (line[:1] in " \t" or ":" not in line):
            continue
        skipping = bool(_MEDIA.match(line))
        if not skipping and (line.strip() or not kept or kept[-1].strip()):
            kept.append(line)
    return "\n".join(kept) + "\n"


def _vcards(text: str, name: str) -> Imported:
    # vobject (with dateutil and pytz) loads only when vCards are read: `status`, which
    # reaches this module through the state, never reads one
    import vobject  # noqa: PLC0415

    people, skipped = [], 0
    try:
        for card in vobject.readComponents(_without_media(text), ignoreUnreadable=True):
            if card.name != "VCARD":
                continue
            person = _vcard_person(card)
            if person is None:
                skipped += 1
            else:
                people.append(person)
    except (vobject.base.VObjectError, UnicodeError, ValueError) as error:
        raise ImportProblem(
            f"{name} cannot be read as vCards ({' '.join(str(error).split())});"
            " nothing was imported"
        ) from error
    return Imported(VCARD, tuple(people), skipped)


def _values(card: vobject.base.Component, key: str) -> list[object]:
    return [line.value for line in card.contents.get(key, [])]


def _vcard_person(card: vobject.base.Component) -> Person | None:
    full = next((str(v).strip() for v in _values(card, "fn") if str(v).strip()), "")
    if not full:
        for value in _values(card, "n"):
            given, family = getattr(value, "given", ""), getattr(value, "family", "")
            full = " ".join(p for p in (_flat(given), _flat(family)) if p)
    emails = [_email(str(v)) for v in _values(card, "email")]
    org = next(iter(_values(card, "org")), "")
    company = _flat(org[0] if isinstance(org, list) and org else org)
    position = next((_flat(v) for v in _values(card, "title")), "")
    if not full and not emails:
        return None
    email = next((e for e in emails if e), "")
    return Person(full or email, email, company, position, VCARD)


def _flat(value: object) -> str:
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value)
    return " ".join(str(value).split())


# --- matching -------------------------------------------------------------------------


def works_at(
    person: Person, company: str, *, aliases: Collection[str] = (), domains: Collection[str] = ()
) -> bool:
    """True when ``person`` works at the company: by its name, an alias, or a mail domain."""
    return _works_at(person, _keys(company, aliases), domains)


def _keys(company: str, aliases: Collection[str]) -> frozenset[str]:
    return frozenset({company_key(n) for n in (company, *aliases)} - {""})


def _works_at(person: Person, keys: frozenset[str], domains: Collection[str]) -> bool:
    if person.company and company_key(person.company) in keys:
        return True
    domain = person.email.rpartition("@")[2]
    return bool(domain) and not is_consumer_domain(domain) and domain_matches(domain, domains)


def how_known(person: Person) -> str:
    """How the candidate knows them, in words: "LinkedIn connection since Mar 2021"."""
    if person.source == LINKEDIN:
        if person.connected_on is None:
            return "LinkedIn connection"
        return f"LinkedIn connection since {person.connected_on:%b %Y}"
    return "in your address book"


def known_people(
    company: str,
    people: Iterable[Person],
    mail: Sequence[Connection],
    *,
    today: date,
    zone: tzinfo,
    aliases: Collection[str] = (),
    domains: Collection[str] = (),
) -> list[KnownPerson]:
    """Everyone the candidate knows at ``company``: imported people, then mail history.

    One line per person: someone in the export who also wrote with the candidate is one
    person, known both ways. Mail history comes in busiest first (``core.record``).
    """
    by_email = {c.email.lower(): c for c in mail}
    found: dict[str, KnownPerson] = {}
    keys = _keys(company, aliases)
    for person in people:
        if not _works_at(person, keys, domains):
            continue
        how = how_known(person)
        written = by_email.pop(person.email, None) if person.email else None
        if written is not None:
            how += f"; {_mail_words(written, today, zone)}"
        key = person.email or person.key
        if key not in found:
            found[key] = KnownPerson(person.name, person.email, person.position, how)
    for address, connection in by_email.items():
        found.setdefault(
            address, KnownPerson(connection.name, address, "", _mail_words(connection, today, zone))
        )
    return list(found.values())


def _mail_words(connection: Connection, today: date, zone: tzinfo) -> str:
    count = connection.messages
    last = day_words(connection.last_at.astimezone(zone).date(), today=today)
    return f"you have written: {count} message{'s' if count != 1 else ''}, last {last}"


def find_person(people: Sequence[KnownPerson], wanted: str) -> list[KnownPerson]:
    """The known people ``wanted`` names: an exact address, else a name (or part of one)."""
    text = " ".join(wanted.split()).casefold()
    exact = [p for p in people if p.email and p.email == text]
    if exact:
        return exact
    whole = [p for p in people if p.name.casefold() == text]
    return whole or [p for p in people if text and text in p.name.casefold()]
