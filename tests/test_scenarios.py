"""Data-driven scenarios: a mailbox, a timeline of moments, and what must hold at each.

Each folder under ``tests/scenarios/`` holds a ``scenario.yaml`` and the ``.eml`` files it
delivers (the format is in ``tests/scenarios/README.md``). The runner drives the real
command line in-process with a frozen clock, reads a Maildir, and sends through a real
aiosmtpd server on loopback; every expectation is checked against ``status --json`` and
``drafts list --all --json`` and the mail the SMTP server received.
"""

from __future__ import annotations

import json
import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from freezegun import freeze_time

from support.cli import Outcome, run_cli
from support.smtp import SmtpSink

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from support.smtp import ReceivedMessage

SCENARIOS = Path(__file__).parent / "scenarios"
ME_NAME = "Jordan Lee"
ME_EMAIL = "jordan@example.com"
ME_ZONE = "America/New_York"

#: The send window wide open, as the delivery tests configure it: approved mail goes at once.
OPEN_WINDOW: dict[str, Any] = {
    "window_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "window_start": "00:00",
    "window_end": "23:59",
    "max_offset_minutes": 0,
}

TOP_KEYS = frozenset(
    {"description", "me", "sending", "policy", "digest", "interviews", "mail", "steps"}
)
STEP_KEYS = frozenset({"at", "deliver", "cli", "editor_appends", "run", "approve", "expect"})
#: The $EDITOR of a step's commands when it has ``editor_appends``: it appends that text.
APPEND_EDITOR = f'"{sys.executable}" "{Path(__file__).parent / "support" / "append_editor.py"}"'
EXPECT_KEYS = frozenset(
    {
        "status",
        "drafts",
        "no_drafts",
        "draft_count",
        "live_draft_count",
        "sent",
        "no_sent",
        "sent_count",
    }
)
MAIL_KEYS = frozenset({"file", "folder"})
FOLDERS = {"INBOX": "", "Sent": ".Sent"}
CONTAINS = "_contains"
NOT_CONTAINS = "_not_contains"
#: In a delivered .eml: the Message-ID or Subject of the Nth message the product sent.
PLACEHOLDER = re.compile(rb"\{\{(sent|digest)-(id|subject|token):(\d+)\}\}")
#: The approval token a digest carries ("sw-" and 20 or more letters, digits, - or _).
DIGEST_TOKEN = re.compile(r"\bsw-[A-Za-z0-9_-]{20,64}")


def scenario_folders() -> list[Path]:
    """Every folder under tests/scenarios that holds a scenario.yaml, by name."""
    return sorted(p.parent for p in SCENARIOS.glob("*/scenario.yaml"))


# --- matching -------------------------------------------------------------------------


def _as_moment(value: object, zone: ZoneInfo) -> datetime | None:
    """``value`` as an aware datetime when it is one (or ISO text for one), else None."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, str) and "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return None


def _addresses(value: object) -> set[str]:
    """A ``to`` value (one address, a list, or "Name <addr>" text) as a set of addresses."""
    items = value if isinstance(value, list) else [value]
    return {addr.lower() for _, addr in getaddresses([str(i) for i in items]) if addr}


def _message_id(value: object) -> str:
    return str(value).strip().strip("<>").strip()


def _same_time(expected: object, actual: object, zone: ZoneInfo) -> bool | None:
    """Compare moments and days; None when ``expected`` is neither."""
    wanted = _as_moment(expected, zone)
    if wanted is not None:
        got = _as_moment(actual, zone)
        return got is not None and got == wanted
    if isinstance(expected, date) and not isinstance(expected, datetime):
        got = _as_moment(actual, zone)
        if got is not None:  # a day against a moment: the day it is for the candidate
            return got.astimezone(zone).date() == expected
        return str(actual) == expected.isoformat()
    return None


def _same(key: str, expected: object, actual: object, zone: ZoneInfo) -> bool:
    """True when ``actual`` (from JSON) is what the scenario ``expected`` for ``key``."""
    if expected is None or actual is None:
        return expected is actual
    if key in {"to", "recipients"}:
        return _addresses(expected) == _addresses(actual)
    if key in {"in_reply_to", "message_id"}:  # a list: any one of these messages
        choices = expected if isinstance(expected, list) else [expected]
        return _message_id(actual) in {_message_id(c) for c in choices}
    timely = _same_time(expected, actual, zone)
    if timely is not None:
        return timely
    if isinstance(expected, list) and isinstance(actual, list):
        return [str(e) for e in expected] == [str(a) for a in actual]
    return str(expected) == str(actual)


def _contains(actual: object, needles: object, *, negate: bool) -> bool:
    """The ``*_contains``/``*_not_contains`` helpers: every needle is (not) in the text."""
    wanted = needles if isinstance(needles, list) else [needles]
    if actual is None:
        return negate
    text = "\n".join(str(a) for a in actual) if isinstance(actual, list) else str(actual)
    return all((str(n) in text) != negate for n in wanted)


def matches(item: Mapping[str, Any], record: Mapping[str, Any], zone: ZoneInfo) -> bool:
    """True when every key of the expectation ``item`` holds for ``record``."""
    for key, expected in item.items():
        if key.endswith(NOT_CONTAINS):
            if not _contains(record.get(key.removesuffix(NOT_CONTAINS)), expected, negate=True):
                return False
        elif key.endswith(CONTAINS):
            if not _contains(record.get(key.removesuffix(CONTAINS)), expected, negate=False):
                return False
        elif not _same(key, expected, record.get(key), zone):
            return False
    return True


def _latest(entries: list[dict[str, Any]], zone: ZoneInfo) -> dict[str, Any]:
    """The entry of the highest round, or (without rounds) of the latest interview date."""
    if any(e.get("round") is not None for e in entries):
        return max(entries, key=lambda e: int(e.get("round") or 0))
    floor = datetime.min.replace(tzinfo=zone)
    return max(entries, key=lambda e: _as_moment(e.get("date"), zone) or floor)


def status_entry(
    item: Mapping[str, Any], rows: list[dict[str, Any]], zone: ZoneInfo
) -> dict[str, Any] | None:
    """The ``status --json`` entry an expectation is about (see the README's rules)."""
    found = [r for r in rows if str(r.get("company")) == str(item["company"])]
    if "role" in item:
        found = [r for r in found if str(r.get("role")) == str(item["role"])]
    if "round" in item:
        found = [r for r in found if str(r.get("round")) == str(item["round"])]
    return _latest(found, zone) if found else None


# --- the world around the product --------------------------------------------------------


@dataclass
class World:
    """One scenario's mailbox, config, SMTP server and clock, driven through the CLI."""

    name: str
    folder: Path
    spec: dict[str, Any]
    root: Path
    capsys: pytest.CaptureFixture[str]
    sink: SmtpSink
    delivered: set[str] = field(default_factory=set)
    filed: int = 0
    counter: int = 0
    log: list[str] = field(default_factory=list)

    @property
    def me(self) -> dict[str, Any]:
        """The candidate, as the config says it."""
        me: dict[str, Any] = {"name": ME_NAME, "email": ME_EMAIL, "timezone": ME_ZONE}
        me.update(self.spec.get("me") or {})
        return me

    @property
    def zone(self) -> ZoneInfo:
        """The candidate's time zone."""
        return ZoneInfo(str(self.me["timezone"]))

    @property
    def maildir(self) -> Path:
        """The root of the candidate's Maildir (the INBOX)."""
        return self.root / "Maildir"

    @property
    def config(self) -> Path:
        """The config file the CLI reads."""
        return self.root / "config.yaml"

    def write_config(self) -> None:
        """The Maildir (with a Maildir++ Sent) and a config pointing at it and the sink."""
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
            (self.maildir / ".Sent" / sub).mkdir(parents=True, exist_ok=True)
        sending = {"mode": "approve", **OPEN_WINDOW, **(self.spec.get("sending") or {})}
        config: dict[str, Any] = {
            "me": self.me,
            "mailbox": {"kind": "maildir", "path": str(self.maildir)},
            "smtp": {"host": self.sink.host, "port": self.sink.port, "security": "plain"},
            "sending": sending,
            "state_dir": str(self.root / "state"),
            "digest": {"at": "08:00", **(self.spec.get("digest") or {})},
            "policy": self.spec.get("policy") or {},
            "interviews": self.spec.get("interviews") or [],
        }
        self.config.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")

    def moment(self, value: object) -> datetime:
        """A step's ``at`` as an aware datetime (naive means the candidate's zone)."""
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=self.zone)
        if isinstance(value, date):
            return datetime.combine(value, time(9), tzinfo=self.zone)
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=self.zone)

    def _folder_of(self, file: str) -> str:
        for item in self.spec.get("mail") or []:
            if item["file"] == file:
                return str(item.get("folder", "INBOX"))
        pytest.fail(f"scenario {self.name}: {file} is delivered but not listed under mail:")

    def deliver(self, file: str) -> None:
        """Put one .eml into its folder of the Maildir, as the mail sync would."""
        if file in self.delivered:
            return
        source = self.folder / file
        if not source.is_file():
            pytest.fail(f"scenario {self.name}: {file} does not exist")
        folder = self._folder_of(file)
        self.counter += 1
        base = self.maildir / FOLDERS[folder]
        if folder == "INBOX":
            target = base / "new" / f"{self.counter:04d}.{source.stem}.scenario"
        else:
            target = base / "cur" / f"{self.counter:04d}.{source.stem}.scenario:2,S"
        target.write_bytes(self.fill_in(file, source.read_bytes()))
        self.delivered.add(file)

    def fill_in(self, file: str, raw: bytes) -> bytes:
        """Replace ``{{sent-id:N}}``/``{{sent-subject:N}}`` by the Nth sent message's values.

        A reply to mail the product sent must quote a Message-ID only known at run time;
        ``{{digest-id:N}}``, ``{{digest-subject:N}}`` and ``{{digest-token:N}}`` quote the
        Nth digest sent to the candidate, its approval token too, so a reply is obeyed.
        """

        def value(found: re.Match[bytes]) -> bytes:
            source, what = found.group(1).decode(), found.group(2).decode()
            number = int(found.group(3))
            sent = self.outgoing() if source == "sent" else self.digests()
            if number > len(sent) or (what == "token" and source == "sent"):
                pytest.fail(
                    f"scenario {self.name}: {file} answers {source} message {number}, but "
                    f"there are only {len(sent)} so far (a token only in a digest)",
                    pytrace=False,
                )
            record = _sent_record(sent[number - 1])
            if what == "token":
                token = DIGEST_TOKEN.search(record["body"])
                return token.group().encode() if token else b""
            key = "message_id" if what == "id" else "subject"
            return str(record[key]).strip("<>").encode()

        return PLACEHOLDER.sub(value, raw)

    def digests(self) -> list[ReceivedMessage]:
        """The digests the SMTP server received (to the candidate or ``digest.to``), in order."""
        return [
            m for m in self.sink.messages
            if _sent_record(m)["subject"].startswith("silence-watch digest")
        ]  # fmt: skip

    def outgoing(self) -> list[ReceivedMessage]:
        """What the SMTP server received for anyone but the candidate (digests left out)."""
        me = str(self.me["email"]).lower()
        return [m for m in self.sink.messages if any(r.lower() != me for r in m.recipients)]

    def file_sent_copies(self) -> None:
        """The provider files a copy of each sent message in Sent (as Gmail does)."""
        for message in self.outgoing()[self.filed :]:
            self.counter += 1
            target = self.maildir / ".Sent" / "cur" / f"{self.counter:04d}.smtp-sent:2,S"
            target.write_bytes(message.raw)
            self.filed += 1

    def cli(self, *args: str) -> Outcome:
        """Run one command with this scenario's config; remember what it said."""
        outcome = run_cli(self.capsys, *args, "--config", self.config)
        if outcome.err.strip():
            self.log.append(f"$ silence-watch {' '.join(args)}\n{outcome.err.strip()}")
        return outcome

    def json_of(self, *args: str) -> list[dict[str, Any]]:
        """The JSON a command prints (it must succeed)."""
        outcome = self.cli(*args, "--json")
        if outcome.code != 0:
            pytest.fail(f"scenario {self.name}: `{' '.join(args)}` exited {outcome.code}:"
                        f" {outcome.err}")  # fmt: skip
        rows = outcome.json()
        assert isinstance(rows, list)
        return rows


# --- steps -------------------------------------------------------------------------------


def _sent_record(message: ReceivedMessage) -> dict[str, Any]:
    parsed = BytesParser(policy=policy.default).parsebytes(message.raw)
    body = parsed.get_body(preferencelist=("plain",))
    return {
        "to": list(message.recipients),
        "from": str(parsed.get("From", "")),
        "subject": str(parsed.get("Subject", "")),
        "body": body.get_content() if body is not None else "",
        "in_reply_to": str(parsed.get("In-Reply-To", "")).strip() or None,
        "references": str(parsed.get("References", "")).split(),
        "message_id": str(parsed.get("Message-ID", "")).strip() or None,
    }


def _show(value: object) -> str:
    return json.dumps(value, indent=2, default=str, ensure_ascii=False)


def _check_status(
    items: Sequence[Mapping[str, Any]], rows: list[dict[str, Any]], zone: ZoneInfo
) -> list[str]:
    return [
        f"status {_show(item)} does not hold; status --json said:\n{_show(rows)}"
        for item in items
        if not ((entry := status_entry(item, rows, zone)) and matches(item, entry, zone))
    ]


def _check_present(
    what: str, items: Sequence[Mapping[str, Any]], records: list[dict[str, Any]], zone: ZoneInfo
) -> list[str]:
    """Each item must match at least one record."""
    return [
        f"no {what} matches {_show(item)}; there is:\n{_show(records)}"
        for item in items
        if not any(matches(item, r, zone) for r in records)
    ]


def _check_absent(
    what: str, items: Sequence[Mapping[str, Any]], records: list[dict[str, Any]], zone: ZoneInfo
) -> list[str]:
    """No record may match any item."""
    failures = []
    for item in items:
        found = [r for r in records if matches(item, r, zone)]
        if found:
            failures.append(f"a {what} matches {_show(item)}, and none may:\n{_show(found)}")
    return failures


def _check_counts(expect: Mapping[str, Any], drafts: list[dict[str, Any]]) -> list[str]:
    failures = []
    for name, live in (("draft_count", False), ("live_draft_count", True)):
        for kind, count in (expect.get(name) or {}).items():
            mine = [d for d in drafts if d["kind"] == kind]
            if live:
                mine = [d for d in mine if d["status"] != "cancelled"]
            if len(mine) != int(count):
                failures.append(
                    f"{name} {kind}: expected {count}, found {len(mine)}:\n{_show(mine)}"
                )
    return failures


def check(world: World, at: datetime, expect: Mapping[str, Any]) -> list[str]:
    """Every expectation of one step that does not hold, each with what was there."""
    zone = world.zone
    status = world.json_of("status", "--now", at.isoformat()) if "status" in expect else []
    drafts = world.json_of("drafts", "list", "--all")
    sent = [_sent_record(m) for m in world.outgoing()]
    failures = _check_status(expect.get("status") or [], status, zone)
    failures += _check_present("draft", expect.get("drafts") or [], drafts, zone)
    failures += _check_absent("draft", expect.get("no_drafts") or [], drafts, zone)
    failures += _check_counts(expect, drafts)
    failures += _check_present("sent mail", expect.get("sent") or [], sent, zone)
    failures += _check_absent("sent mail", expect.get("no_sent") or [], sent, zone)
    if "sent_count" in expect and len(sent) != int(expect["sent_count"]):
        failures.append(
            f"sent_count: expected {expect['sent_count']}, the SMTP server got {len(sent)}"
            f" (mail to the candidate left out):\n{_show(sent)}"
        )
    return failures


def approve(world: World, kinds: Sequence[str]) -> list[str]:
    """Approve every queued draft of ``kinds`` through the CLI; complain if there is none."""
    problems = []
    queued = [d for d in world.json_of("drafts", "list") if d["status"] == "queued"]
    for kind in kinds:
        mine = [d for d in queued if d["kind"] == kind]
        if not mine:
            problems.append(f"approve {kind}: no queued {kind} draft to approve; drafts:\n"
                            f"{_show(queued)}")  # fmt: skip
        for draft in mine:
            outcome = world.cli("drafts", "approve", str(draft["id"]))
            if outcome.code != 0:
                problems.append(f"approve {kind}: draft {draft['id']}: {outcome.err.strip()}")
    return problems


def commands_of(step: Mapping[str, Any]) -> list[list[str]]:
    """A step's ``cli``: one command (a list of words) or a list of them."""
    given = step.get("cli") or []
    if given and all(isinstance(word, str | int) for word in given):
        return [[str(word) for word in given]]
    return [[str(word) for word in command] for command in given]


@contextmanager
def editing(appends: object) -> Iterator[None]:
    """With ``appends`` (a step's ``editor_appends``), $EDITOR appends it to what it edits."""
    if appends is None:
        yield
        return
    saved = {key: os.environ.get(key) for key in ("EDITOR", "VISUAL", "SW_EDITOR_APPENDS")}
    os.environ.update(EDITOR=APPEND_EDITOR, VISUAL=APPEND_EDITOR, SW_EDITOR_APPENDS=str(appends))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def play(world: World, index: int, step: Mapping[str, Any]) -> None:
    """One step: deliver, commands, one cycle, approvals, then every expectation."""
    unknown = set(step) - STEP_KEYS
    assert not unknown, f"scenario {world.name}: step {index} has unknown keys {unknown}"
    at = world.moment(step["at"])
    problems: list[str] = []
    with freeze_time(at):
        for file in step.get("deliver") or []:
            world.deliver(str(file))
        with editing(step.get("editor_appends")):
            for words in commands_of(step):
                # a word naming a file of the scenario ("digest read 10-reply.eml") is that file
                command = [str(world.folder / w) if (world.folder / w).is_file() else w
                           for w in words]  # fmt: skip
                outcome = world.cli(*command)
                if outcome.code != 0:
                    problems.append(f"`{' '.join(command)}` exited {outcome.code}: {outcome.err}")
        if step.get("run", True):
            ran = world.cli("run", "--once")
            if ran.code != 0:
                problems.append(f"`run --once` exited {ran.code}: {ran.err}")
            world.file_sent_copies()
        problems += approve(world, [str(k) for k in step.get("approve") or []])
        unknown = set(step.get("expect") or {}) - EXPECT_KEYS
        assert not unknown, f"scenario {world.name}: step {index} expects unknown {unknown}"
        problems += check(world, at, step.get("expect") or {})
    if problems:
        said = "\n".join(world.log[-6:]) or "(nothing on stderr)"
        pytest.fail(
            f"scenario {world.name}, step {index} at {at.isoformat()}:\n"
            f"  {world.spec.get('description', '').strip()}\n\n"
            + "\n\n".join(problems)
            + f"\n\nrecent stderr:\n{said}",
            pytrace=False,
        )


def load(folder: Path) -> dict[str, Any]:
    """A scenario.yaml, with its keys checked (a typo must not pass silently)."""
    spec = yaml.safe_load((folder / "scenario.yaml").read_text(encoding="utf-8"))
    assert isinstance(spec, dict), f"{folder.name}: scenario.yaml is not a mapping"
    unknown = set(spec) - TOP_KEYS
    assert not unknown, f"{folder.name}: unknown keys {unknown}"
    for item in spec.get("mail") or []:
        assert not set(item) - MAIL_KEYS, f"{folder.name}: mail item {item} has unknown keys"
        assert item.get("folder", "INBOX") in FOLDERS, f"{folder.name}: folder of {item}"
    return spec


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    """A real SMTP server on loopback that records what the product sends."""
    with SmtpSink() as server:
        yield server


@pytest.mark.parametrize("folder", scenario_folders(), ids=lambda p: p.name)
def test_scenario(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], sink: SmtpSink
) -> None:
    """Every expectation of the scenario holds at each of its moments."""
    spec = load(folder)
    world = World(folder.name, folder, spec, tmp_path, capsys, sink)
    world.write_config()
    steps = spec.get("steps") or []
    assert steps, f"{folder.name}: no steps"
    named = {str(f) for step in steps for f in step.get("deliver") or []}
    with freeze_time(world.moment(steps[0]["at"])):
        for item in spec.get("mail") or []:
            if item["file"] not in named:
                world.deliver(str(item["file"]))
    for index, step in enumerate(steps, start=1):
        play(world, index, step)


def test_every_scenario_file_is_used() -> None:
    """Each .eml of a scenario is delivered (mail:) or read by a step (``digest read``)."""
    for folder in scenario_folders():
        spec = load(folder)
        listed = {str(item["file"]) for item in spec.get("mail") or []}
        named = {
            str(word) for step in spec.get("steps") or [] for command in commands_of(step)
            for word in command if str(word).endswith(".eml")
        }  # fmt: skip
        present = {p.name for p in folder.glob("*.eml")}
        assert listed <= present, f"{folder.name}: lists {sorted(listed - present)}, not there"
        assert present <= listed | named, (
            f"{folder.name}: {sorted(present - listed - named)} is neither delivered nor read"
        )
