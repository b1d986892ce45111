"""Acceptance fixtures for the digest reply reader: real clients' replies and what they say.

``tests/fixtures/digest_replies/NAME.eml`` is a complete reply to a digest written the way one
mail client writes it (top-posted, bottom-posted, inline under each quoted draft, HTML only,
localized attributions, quoted-printable and base64 bodies, traps). ``NAME.json`` holds what a
correct reader must find: ``commands`` exactly and in reply order, and ``not_understood``,
lines that must be reported as not understood (a subset: greetings, sign-offs, the candidate's
name and mobile footers may be ignored or reported, as the reader likes).

The reader, ``silence_watch.core.commands.read_reply_message(raw: bytes) -> Reply``, does not
exist yet. ``test_reader_finds_what_the_label_says`` skips until it does and runs by itself as
soon as the function appears: nothing else needs switching on.
"""

from __future__ import annotations

import json
import re
from datetime import date
from email import message_from_bytes, policy
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pytest

from silence_watch.core import commands

if TYPE_CHECKING:
    from email.message import EmailMessage

FIXTURES = Path(__file__).parent / "fixtures" / "digest_replies"
LABELS = sorted(FIXTURES.glob("*.json"))
MINIMUM = 60

#: The function the new reader will provide; its test runs once this attribute exists.
READER = "read_reply_message"

KEYS = ("verb", "numbers", "every", "days", "until", "text")
VERBS = frozenset(
    {"approve", "skip", "snooze", "stop", "edit", "read", "not_about", "add", "not_interview"}
)
#: Verbs that name exactly one digest item.
ONE_NUMBER = frozenset({"snooze", "stop", "edit", "read", "not_about", "add", "not_interview"})
INTENTS = frozenset(
    {"rejection", "offer", "next_step", "request", "acknowledgement", "pleasantry", "on_hold",
     "other"}
)  # fmt: skip
CLIENTS = frozenset(
    {"gmail", "android_gmail", "outlook", "outlook_com", "apple_mail", "ios_mail", "samsung",
     "yahoo", "proton", "fastmail", "thunderbird", "mutt", "claws"}
)  # fmt: skip
#: How a reply's subject starts, in the clients' languages (Re:, AW:, RE :, R:, Fwd:, FW:).
REPLY_SUBJECT = re.compile(r"^(re|aw|r|fwd?)\s?:\s.*\bdigest\b", re.IGNORECASE)
ADDRESS = re.compile(r"[\w.+%-]+@((?:[\w-]+\.)+[\w-]+)")
EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[\w-]+\.example)$", re.IGNORECASE)
TOKEN = re.compile(r"\bsw-[A-Za-z0-9_-]{20,64}")


def _ids(path: Path) -> str:
    return path.stem


def _label(path: Path) -> dict[str, Any]:
    return cast("dict[str, Any]", json.loads(path.read_text(encoding="utf-8")))


def _message(label: Path) -> EmailMessage:
    raw = label.with_suffix(".eml").read_bytes()
    return message_from_bytes(raw, policy=policy.default)


def _texts(message: EmailMessage) -> list[str]:
    """Every decoded text/plain and text/html part."""
    return [
        cast("str", part.get_content())
        for part in message.walk()
        if part.get_content_type() in {"text/plain", "text/html"}
    ]


def _spaces(line: str) -> str:
    return " ".join(line.split())


def test_there_are_enough_fixtures_and_each_eml_has_a_label() -> None:
    """At least sixty fixtures, and no .eml without its .json (or the other way round)."""
    emls = {path.stem for path in FIXTURES.glob("*.eml")}
    labels = {path.stem for path in LABELS}
    assert len(labels) >= MINIMUM
    assert emls == labels


def _check_numbers(command: dict[str, Any], where: str) -> None:
    numbers = command["numbers"]
    assert isinstance(numbers, list), where
    assert all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in numbers), where
    assert len(set(numbers)) == len(numbers), where
    assert isinstance(command["every"], bool), where
    if command["every"]:
        assert command["verb"] in {"approve", "skip"}, where
        assert numbers == [], where
    else:
        assert numbers, where
    if command["verb"] in ONE_NUMBER:
        assert len(numbers) == 1, where


def _check_when(command: dict[str, Any], where: str) -> None:
    days, until = command["days"], command["until"]
    if command["verb"] != "snooze":
        assert (days, until) == (None, None), where
        return
    assert (days is None) != (until is None), f"{where}: a snooze has days or until"
    if days is not None:
        assert isinstance(days, int), where
        assert days > 0, where
    if until is not None:
        assert date.fromisoformat(until).isoformat() == until, where


def _check_text(command: dict[str, Any], where: str) -> None:
    verb, text = command["verb"], command["text"]
    if verb == "edit":
        assert isinstance(text, str), where
        assert text.endswith("\n"), where
        assert not text.endswith("\n\n"), where
        assert text.strip(), where
    elif verb == "read":
        assert text in INTENTS, where
    elif verb == "not_about":
        assert isinstance(text, str), where
        assert text.strip() == text, where
        assert text, where
    elif verb == "add":
        assert text is None or (isinstance(text, str) and text.strip() == text and text), where
    else:
        assert text is None, where


@pytest.mark.parametrize("path", LABELS, ids=_ids)
def test_label_is_well_formed(path: Path) -> None:
    """Each label names a known client and holds complete, consistent commands."""
    label = _label(path)
    assert set(label) == {"client", "note", "commands", "not_understood"}
    assert label["client"] in CLIENTS
    assert isinstance(label["note"], str)
    assert label["note"].strip()
    assert isinstance(label["commands"], list)
    for index, command in enumerate(label["commands"]):
        where = f"{path.name} command {index}"
        assert isinstance(command, dict), where
        # "except" ("approve all but 3") stands only in an "every" command that has one
        assert tuple(k for k in command if k != "except") == KEYS, where
        assert "except" not in command or (command["every"] and command["except"]), where
        assert command["verb"] in VERBS, where
        _check_numbers(command, where)
        _check_when(command, where)
        _check_text(command, where)
    unknown = label["not_understood"]
    assert isinstance(unknown, list)
    assert all(isinstance(line, str) and line.strip() == line and line for line in unknown)


@pytest.mark.parametrize("path", LABELS, ids=_ids)
def test_eml_is_a_reply_to_a_digest(path: Path) -> None:
    """Each .eml is the candidate's reply to a digest, threaded to it, carrying its token."""
    assert path.with_suffix(".eml").is_file()
    message = _message(path)
    for header in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References"):
        assert message[header], f"{path.stem}: no {header}"
    assert REPLY_SUBJECT.match(str(message["Subject"])), str(message["Subject"])
    assert parsedate_to_datetime(str(message["Date"])).tzinfo is not None
    digest_id = str(message["In-Reply-To"]).strip()
    assert digest_id in str(message["References"]).split()
    (sender,) = (address for _, address in getaddresses([str(message["From"])]))
    (to,) = (address for _, address in getaddresses([str(message["To"])]))
    assert sender == to, "the digest comes from the candidate's own address"
    texts = _texts(message)
    assert texts, f"{path.stem}: no text/plain or text/html part"
    assert any(TOKEN.search(text) for text in texts), f"{path.stem}: the digest token is missing"


@pytest.mark.parametrize("path", LABELS, ids=_ids)
def test_only_example_domains(path: Path) -> None:
    """No real person or company: every address and Message-ID is on an example domain."""
    message = _message(path)
    headers = "\n".join(f"{name}: {value}" for name, value in message.items())
    found = ADDRESS.findall("\n".join([headers, *_texts(message)]))
    assert found
    assert [domain for domain in found if not EXAMPLE_DOMAIN.search(domain)] == []


def _as_label(command: Any) -> dict[str, object]:
    """A command of the reader, in the shape of the labels."""
    verb = getattr(command, "verb", None)
    until = getattr(command, "until", None)
    return {
        "verb": getattr(verb, "value", verb),
        "numbers": list(getattr(command, "numbers", ())),
        "every": bool(getattr(command, "every", False)),
        **({"except": list(but)} if (but := getattr(command, "but", ())) else {}),
        "days": getattr(command, "days", None),
        "until": until.isoformat() if isinstance(until, date) else until,
        "text": getattr(command, "text", None),
    }


@pytest.mark.parametrize("path", LABELS, ids=_ids)
def test_reader_finds_what_the_label_says(path: Path) -> None:
    """The reader finds exactly the labelled commands and reports every labelled line."""
    reader = getattr(commands, READER, None)
    if reader is None:
        pytest.skip(
            f"silence_watch.core.commands.{READER}(raw: bytes) -> Reply does not exist yet; "
            "this test runs as soon as it does"
        )
    label = _label(path)
    reply = reader(path.with_suffix(".eml").read_bytes())
    assert [_as_label(command) for command in reply.commands] == label["commands"]
    reported = {_spaces(str(line)) for line in reply.not_understood}
    missing = [line for line in label["not_understood"] if _spaces(line) not in reported]
    assert missing == [], f"not reported as not understood: {missing}"
