"""Every command of ``silence-watch`` (shell). No logic lives here.

Each command builds the library objects, calls them, and prints. Library errors become
exit codes at this edge: 0 ok, 1 runtime failure, 2 usage error, 78 configuration error
(each problem on its own line, naming the YAML path). ``--json`` prints one JSON document
and nothing else on stdout; logs go to stderr.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from pydantic import ValidationError

from silence_watch import __version__
from silence_watch.clock import Clock, FixedClock, SystemClock
from silence_watch.config import (
    InterviewConfig,
    Settings,
    default_config_path,
    format_validation_error,
    interview_from_config,
    load_settings,
    state_dir_of,
)
from silence_watch.core.classify import classify_message
from silence_watch.core.digest import DraftLine, render_digest
from silence_watch.core.match import match_message
from silence_watch.core.model import DraftStatus
from silence_watch.core.parse import parse_message
from silence_watch.core.policy import plan
from silence_watch.errors import ConfigError, NotFoundError, SilenceWatchError
from silence_watch.service import Service, open_mailbox
from silence_watch.store import Store, to_text
from silence_watch.templates import load_templates

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from silence_watch.core.model import Interview
    from silence_watch.core.policy import Assessment
    from silence_watch.store import Draft

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_CONFIG = 78

log = logging.getLogger("silence_watch")


@dataclass
class App:
    """What the group options decided, shared with every command."""

    config_path: Path | None = None


def _config_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--config PATH`` on a command (it also works before the command name)."""

    def remember(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
        if value is not None:
            ctx.ensure_object(App).config_path = value

    return click.option(
        "--config",
        type=click.Path(path_type=Path, dir_okay=False),
        expose_value=False,
        callback=remember,
        help="Configuration file (default: $SILENCE_WATCH_CONFIG, then "
        "~/.config/silence-watch/config.yaml).",
    )(function)


def _now_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--now",
        "now_text",
        metavar="ISO-8601",
        help="Evaluate as if it were this moment (a preview: nothing is sent).",
    )(function)


def _json_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")(
        function
    )


def _app() -> App:
    return click.get_current_context().ensure_object(App)


def _settings() -> Settings:
    return load_settings(_app().config_path)


def _config_dir() -> Path:
    path = _app().config_path or default_config_path()
    return path.parent


def _clock(now_text: str | None, settings: Settings) -> Clock:
    if not now_text:
        return SystemClock()
    try:
        moment = datetime.fromisoformat(now_text)
    except ValueError:
        raise click.BadParameter(
            f"{now_text!r} is not an ISO-8601 date or time", param_hint="--now"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=settings.zone)
    return FixedClock(moment)


@contextlib.contextmanager
def _service(settings: Settings) -> Iterator[Service]:
    store = Store.open(state_dir_of(settings))
    try:
        yield Service(settings, store, load_templates(_config_dir()))
    finally:
        store.close()


def _print_json(document: object) -> None:
    click.echo(json.dumps(document, indent=2, ensure_ascii=False, default=str))


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_text(value)
    return value.isoformat()


# --- the group -------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: $SILENCE_WATCH_CONFIG, then "
    "~/.config/silence-watch/config.yaml).",
)
@click.option("-v", "--verbose", count=True, help="More log detail on stderr (-vv for debug).")
@click.version_option(__version__, prog_name="silence-watch")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, verbose: int) -> None:
    """Notice when an employer has gone quiet, and draft a gracious follow-up."""
    ctx.ensure_object(App).config_path = config
    _setup_logging(verbose)


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    # Under systemd the journal stamps each line itself.
    fmt = "%(levelname)s %(name)s: %(message)s"
    if not os.environ.get("JOURNAL_STREAM"):
        fmt = "%(asctime)s " + fmt
    logging.basicConfig(level=level, format=fmt, stream=sys.stderr, force=True)


# --- init ------------------------------------------------------------------------------


@cli.command()
@_config_option
@click.option("--force", is_flag=True, help="Replace an existing file.")
def init(*, force: bool) -> None:
    """Write a commented configuration file to start from."""
    path = _app().config_path or default_config_path()
    if path.exists() and not force:
        raise click.ClickException(f"{path} already exists; edit it, or pass --force to replace it")
    text = (resources.files("silence_watch") / "data" / "silence-watch.example.yaml").read_text(
        encoding="utf-8"
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise SilenceWatchError(f"cannot write {path}: {error.strerror}") from error
    click.echo(f"Wrote {path}. Edit it, then check it with: silence-watch doctor")


# --- run -------------------------------------------------------------------------------


@cli.command()
@_config_option
@click.option("--once", is_flag=True, help="Run one cycle and exit.")
@_now_option
def run(*, once: bool, now_text: str | None) -> None:
    """Watch the mailbox and prepare follow-ups (the daemon)."""
    settings = _settings()
    clock = _clock(now_text, settings)
    if not once:
        from silence_watch.daemon import run_forever  # noqa: PLC0415 - only the daemon needs it

        sys.exit(run_forever(_app().config_path, settings))
    with _service(settings) as service:
        mailbox = open_mailbox(settings)
        try:
            report = service.run_once(mailbox, clock.now())
        finally:
            mailbox.close()
    click.echo(
        f"indexed {report.indexed} new message(s), {report.matched} tied to interviews; "
        f"drafted {len(report.drafted)}, cancelled {len(report.cancelled)}",
    )
    for problem in report.problems:
        click.echo(f"problem: {problem}", err=True)


# --- status ----------------------------------------------------------------------------


def status_row(interview: Interview, verdict: Assessment) -> dict[str, Any]:
    """One interview as ``status --json`` prints it."""
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "date": _iso(interview.date),
        "state": verdict.state.value,
        "last_contact_at": _iso(verdict.last_contact_at),
        "days_silent": verdict.days_silent,
        "expected_by": _iso(verdict.expected_by),
        "next_action": verdict.next_action.value if verdict.next_action else None,
        "next_action_at": _iso(verdict.next_action_at),
        "reason": verdict.reason,
    }


@cli.command()
@_config_option
@_json_option
@_now_option
def status(*, as_json: bool, now_text: str | None) -> None:
    """Every interview: state, days silent, expected date, next action."""
    settings = _settings()
    now = _clock(now_text, settings).now()
    with _service(settings) as service:
        service.sync_interviews(now)
        rows = [status_row(i, a) for i, a in service.assessments(now)]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        click.echo("No interviews yet. Add one with: silence-watch interviews add --help")
        return
    zone = settings.zone
    header = f"{'id':>3}  {'company':<22} {'state':<12} {'quiet':>5}  {'expected':<10}  next"
    click.echo(header)
    for row in rows:
        expected = row["expected_by"] or "-"
        nxt = "-"
        if row["next_action"]:
            at = datetime.fromisoformat(row["next_action_at"]).astimezone(zone)
            nxt = f"{row['next_action']} {at:%a %b %d %H:%M}"
        click.echo(
            f"{row['id']:>3}  {row['company'][:22]:<22} {row['state']:<12} "
            f"{row['days_silent']:>4}d  {expected:<10}  {nxt}",
        )


# --- interviews ------------------------------------------------------------------------


@cli.group()
def interviews() -> None:
    """Add, list, show and close interviews."""


_CONTACT_RE = re.compile(r"^\s*(?:(?P<name>[^<]*?)\s*<(?P<email>[^>]+)>|(?P<bare>\S+@\S+))\s*$")


def _contact(text: str) -> dict[str, str]:
    found = _CONTACT_RE.match(text)
    if not found:
        raise click.BadParameter(f"{text!r}: write it as 'Name <email>' or just the address")
    if found["bare"]:
        return {"email": found["bare"]}
    return {"name": found["name"].strip().strip('"'), "email": found["email"].strip()}


@interviews.command("add")
@_config_option
@click.option("--company", required=True, help="The employer's name.")
@click.option("--role", default="", help="The position.")
@click.option("--date", "when", required=True, help="When the interview is or was (ISO-8601).")
@click.option(
    "--contact", "contacts", multiple=True, help="'Name <email>' of a person there (repeatable)."
)
@click.option(
    "--domain", "domains", multiple=True, help="A mail domain of the company (repeatable)."
)
@click.option("--expect-reply-by", help="The date they promised an answer by (YYYY-MM-DD).")
@click.option("--agency", help="The agency or recruiter who placed you.")
@click.option(
    "--agency-contact", "agency_contacts", multiple=True, help="'Name <email>' at the agency."
)
@_json_option
def interviews_add(  # noqa: PLR0913 - one parameter per option
    *,
    company: str,
    role: str,
    when: str,
    contacts: tuple[str, ...],
    domains: tuple[str, ...],
    expect_reply_by: str | None,
    agency: str | None,
    agency_contacts: tuple[str, ...],
    as_json: bool,
) -> None:
    """Add an interview by hand."""
    settings = _settings()
    data: dict[str, Any] = {
        "company": company,
        "role": role,
        "date": when,
        "contacts": [_contact(c) for c in contacts],
        "domains": list(domains),
        "expect_reply_by": expect_reply_by,
    }
    if agency:
        data["agency"] = {"name": agency, "contacts": [_contact(c) for c in agency_contacts]}
    try:
        item = InterviewConfig(**data)
    except ValidationError as error:
        raise click.UsageError("; ".join(format_validation_error(error))) from None
    interview = interview_from_config(item, settings.zone)
    now = SystemClock().now()
    with _service(settings) as service:
        new_id = service.store.upsert_interview(interview, source="cli", now=now)
    if as_json:
        _print_json({"id": new_id})
    else:
        click.echo(f"Added interview {new_id}: {company}{' — ' + role if role else ''}.")


@interviews.command("list")
@_config_option
@_json_option
def interviews_list(*, as_json: bool) -> None:
    """List every interview."""
    settings = _settings()
    with _service(settings) as service:
        service.sync_interviews(SystemClock().now())
        items = service.store.interviews()
        rows = [_interview_dict(i, service.store.interview_source(i.id)) for i in items]
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        closed = " (closed)" if row["closed"] else ""
        click.echo(f"{row['id']:>3}  {row['date'][:10]}  {row['company']} — {row['role']}{closed}")


def _interview_dict(interview: Interview, source: str) -> dict[str, Any]:
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "date": _iso(interview.date),
        "contacts": [{"name": c.name, "email": c.email} for c in interview.contacts],
        "domains": list(interview.domains),
        "expect_reply_by": _iso(interview.expect_reply_by),
        "agency": None
        if interview.agency is None
        else {
            "name": interview.agency.name,
            "contacts": [{"name": c.name, "email": c.email} for c in interview.agency.contacts],
        },
        "closed": interview.closed,
        "stopped": interview.stopped,
        "source": source,
    }


@interviews.command("show")
@_config_option
@click.argument("interview_id", type=int)
@_json_option
@_now_option
def interviews_show(*, interview_id: int, as_json: bool, now_text: str | None) -> None:
    """One interview, its timeline and where it stands."""
    settings = _settings()
    now = _clock(now_text, settings).now()
    with _service(settings) as service:
        service.sync_interviews(now)
        interview = service.store.interview(interview_id)
        verdict = next(a for i, a in service.assessments(now) if i.id == interview_id)
        timeline = service.store.timeline(interview_id)
        document = _interview_dict(interview, service.store.interview_source(interview_id))
    document["status"] = status_row(interview, verdict)
    document["timeline"] = [
        {
            "at": _iso(e.at),
            "direction": e.direction.value,
            "kind": e.kind.value,
            "intent": e.intent.value if e.intent else None,
            "from": e.sender,
            "subject": e.subject,
        }
        for e in timeline
    ]
    if as_json:
        _print_json(document)
        return
    click.echo(f"{interview.company} — {interview.role} ({_iso(interview.date)})")
    click.echo(f"  state: {verdict.state.value} — {verdict.reason}")
    for entry in document["timeline"]:
        click.echo(
            f"  {entry['at'][:16]}  {entry['direction']:<8} {entry['kind']:<10} "
            f"{entry['from']}: {entry['subject']}"
        )


@interviews.command("close")
@_config_option
@click.argument("interview_id", type=int)
def interviews_close(*, interview_id: int) -> None:
    """Close an interview: no more follow-ups for it."""
    settings = _settings()
    with _service(settings) as service:
        service.store.set_interview_control(interview_id, closed_at=SystemClock().now())
    click.echo(f"Closed interview {interview_id}. Nothing more will be drafted for it.")


# --- drafts ----------------------------------------------------------------------------


def draft_dict(draft: Draft) -> dict[str, Any]:
    """One draft as ``drafts list --json`` prints it."""
    return {
        "id": draft.id,
        "interview_id": draft.interview_id,
        "kind": draft.kind,
        "to": draft.to_addr,
        "to_name": draft.to_name,
        "subject": draft.subject,
        "body": draft.body,
        "in_reply_to": draft.in_reply_to,
        "references": list(draft.references),
        "status": draft.status.value,
        "due_at": _iso(draft.due_at),
        "created_at": _iso(draft.created_at),
    }


@cli.group()
def drafts() -> None:
    """The queue of follow-ups waiting for you."""


@drafts.command("list")
@_config_option
@click.option("--all", "show_all", is_flag=True, help="Include sent, skipped and cancelled drafts.")
@_json_option
def drafts_list(*, show_all: bool, as_json: bool) -> None:
    """Drafts waiting for a decision (or all of them)."""
    settings = _settings()
    wanted = (
        None
        if show_all
        else [DraftStatus.QUEUED, DraftStatus.APPROVED, DraftStatus.SNOOZED, DraftStatus.UNKNOWN]
    )
    with _service(settings) as service:
        rows = [draft_dict(d) for d in service.store.drafts(wanted)]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        click.echo("No drafts waiting.")
    for row in rows:
        click.echo(
            f"{row['id']:>3}  {row['status']:<9} {row['kind']:<16} to {row['to']}: {row['subject']}"
        )


@drafts.command("show")
@_config_option
@click.argument("draft_id", type=int)
@_json_option
def drafts_show(*, draft_id: int, as_json: bool) -> None:
    """The full text of one draft."""
    settings = _settings()
    with _service(settings) as service:
        row = draft_dict(service.store.draft(draft_id))
    if as_json:
        _print_json(row)
        return
    click.echo(f"To: {row['to_name']} <{row['to']}>" if row["to_name"] else f"To: {row['to']}")
    click.echo(f"Subject: {row['subject']}")
    if row["in_reply_to"]:
        click.echo(f"In-Reply-To: <{row['in_reply_to']}>")
    click.echo(f"Status: {row['status']}\n")
    click.echo(row["body"])


def _move_drafts(
    ids: tuple[int, ...],
    target: DraftStatus,
    verb: str,
    snoozed_until: datetime | None = None,
) -> None:
    from silence_watch.core.drafts import allowed_from  # noqa: PLC0415 - keeps start-up light

    settings = _settings()
    now = SystemClock().now()
    failed = False
    with _service(settings) as service:
        for draft_id in ids:
            try:
                draft = service.store.draft(draft_id)
            except NotFoundError as error:
                click.echo(str(error), err=True)
                failed = True
                continue
            if draft.status not in allowed_from(target):
                click.echo(
                    f"draft {draft_id} is {draft.status.value}; it cannot be {verb} now", err=True
                )
                failed = True
                continue
            service.store.update_draft(
                draft_id, expect=draft.status, status=target, now=now, snoozed_until=snoozed_until
            )
            click.echo(f"Draft {draft_id} {verb}.")
    if failed:
        sys.exit(EXIT_FAILURE)


@drafts.command("approve")
@_config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
def drafts_approve(*, draft_ids: tuple[int, ...]) -> None:
    """Approve drafts: they go out in the next send window."""
    _move_drafts(draft_ids, DraftStatus.APPROVED, "approved")


@drafts.command("skip")
@_config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
def drafts_skip(*, draft_ids: tuple[int, ...]) -> None:
    """Skip drafts: they will not be sent."""
    _move_drafts(draft_ids, DraftStatus.SKIPPED, "skipped")


_DURATION_RE = re.compile(r"^(\d+)\s*([dw])$")


@drafts.command("snooze")
@_config_option
@click.argument("draft_ids", type=int, nargs=-1, required=True)
@click.option("--until", "until_text", help="Wake it on this date (YYYY-MM-DD).")
@click.option("--for", "duration", help="Wake it after this long (4d, 2w).")
def drafts_snooze(
    *, draft_ids: tuple[int, ...], until_text: str | None, duration: str | None
) -> None:
    """Put drafts aside until a date."""
    settings = _settings()
    if until_text:
        try:
            day = date.fromisoformat(until_text)
        except ValueError:
            raise click.BadParameter(
                f"{until_text!r} is not a date like 2026-12-08", param_hint="--until"
            ) from None
        until = datetime.combine(day, time(9), tzinfo=settings.zone)
    elif duration:
        found = _DURATION_RE.match(duration.strip().lower())
        if not found:
            raise click.BadParameter(f"{duration!r}: write it like 4d or 2w", param_hint="--for")
        days = int(found[1]) * (7 if found[2] == "w" else 1)
        until = SystemClock().now() + timedelta(days=days)
    else:
        raise click.UsageError("say how long: --until 2026-12-08 or --for 4d")
    _move_drafts(
        draft_ids,
        DraftStatus.SNOOZED,
        f"snoozed until {until.astimezone(settings.zone):%Y-%m-%d}",
        snoozed_until=until.astimezone(UTC),
    )


@drafts.command("edit")
@_config_option
@click.argument("draft_id", type=int)
def drafts_edit(*, draft_id: int) -> None:
    """Edit a draft's text in $EDITOR."""
    settings = _settings()
    with _service(settings) as service:
        draft = service.store.draft(draft_id)
        if draft.status not in (DraftStatus.QUEUED, DraftStatus.SNOOZED, DraftStatus.APPROVED):
            raise SilenceWatchError(
                f"draft {draft_id} is {draft.status.value}; it can no longer be edited"
            )
        edited = click.edit(draft.body, extension=".txt")
        if edited is None or edited.strip() == draft.body.strip():
            click.echo("No change.")
            return
        service.store.update_draft(
            draft_id,
            expect=draft.status,
            status=draft.status,
            now=SystemClock().now(),
            body=edited.strip() + "\n",
        )
    click.echo(f"Draft {draft_id} updated.")


# --- digest and plan -------------------------------------------------------------------


@cli.command()
@_config_option
@click.option(
    "--print", "print_it", is_flag=True, default=True, help="Print the digest (the default)."
)
@_now_option
def digest(*, print_it: bool, now_text: str | None) -> None:
    """Build the digest now and print it."""
    settings = _settings()
    now = _clock(now_text, settings).now()
    with _service(settings) as service:
        service.sync_interviews(now)
        rows = service.assessments(now)
        companies = {i.id: i.company for i, _ in rows}
        queued = service.store.drafts([DraftStatus.QUEUED])
        lines = [
            DraftLine(
                n,
                d.id,
                companies.get(d.interview_id, "?"),
                d.kind,
                d.to_addr,
                d.subject,
                d.body,
                d.due_at,
            )
            for n, d in enumerate(queued, start=1)
        ]
    if print_it:
        click.echo(render_digest(rows, lines, now=now, zone=settings.zone), nl=False)


@cli.command("plan")
@_config_option
@click.option("--until", "until_text", help="Plan up to this date (default: six weeks ahead).")
@_now_option
@_json_option
def plan_command(*, until_text: str | None, now_text: str | None, as_json: bool) -> None:
    """What will happen, day by day, if nobody answers."""
    settings = _settings()
    now = _clock(now_text, settings).now()
    until = now + timedelta(weeks=6)
    if until_text:
        try:
            until = datetime.combine(
                date.fromisoformat(until_text), time(23, 59), tzinfo=settings.zone
            )
        except ValueError:
            raise click.BadParameter(
                f"{until_text!r} is not a date like 2026-12-31", param_hint="--until"
            ) from None
    with _service(settings) as service:
        service.sync_interviews(now)
        items = []
        for interview in service.store.interviews(include_closed=False):
            steps = plan(
                interview, service.store.timeline(interview.id), now, until, service.policy
            )
            items += [(step.at, interview, step) for step in steps]
    items.sort(key=lambda item: item[0])
    if as_json:
        _print_json(
            [
                {
                    "at": _iso(at),
                    "interview_id": i.id,
                    "company": i.company,
                    "action": s.action.value if s.action else None,
                    "state": s.state.value,
                }
                for at, i, s in items
            ],
        )
        return
    if not items:
        click.echo("Nothing planned in that period.")
    for at, interview, step in items:
        what = step.action.value if step.action else f"marked {step.state.value}"
        click.echo(f"{at.astimezone(settings.zone):%a %Y-%m-%d %H:%M}  {interview.company}: {what}")


# --- classify --------------------------------------------------------------------------


@cli.command()
@_config_option
@click.argument("files", type=click.Path(path_type=Path, dir_okay=False), nargs=-1, required=True)
@_json_option
def classify(*, files: tuple[Path, ...], as_json: bool) -> None:
    """How each message is understood, and why."""
    settings: Settings | None = None
    if (_app().config_path or default_config_path()).exists():
        settings = _settings()  # a broken config is reported, a missing one only skips matching
    rows = [classify_file(path, settings) for path in files]
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            _print_classified(row)
    if any("error" in row for row in rows):
        sys.exit(EXIT_FAILURE)


def classify_file(path: Path, settings: Settings | None) -> dict[str, Any]:
    """One file as ``classify --json`` prints it; unreadable files get an ``error``."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return {"file": str(path), "error": f"cannot read: {error.strerror}"}
    message = parse_message(raw)
    result = classify_message(message)
    match = None
    if settings is not None:
        known = [
            interview_from_config(item, settings.zone, index)
            for index, item in enumerate(settings.interviews)
        ]
        match = match_message(message, known, own_addresses=settings.me.addresses)
    return {
        "file": str(path),
        "kind": result.kind.value,
        "intent": result.intent.value if result.intent else None,
        "cold": result.cold,
        "promised_by": _iso(result.promised_by),
        "return_date": _iso(result.return_date),
        "bounced_recipients": list(result.bounced_recipients),
        "bounced_message_id": result.bounced_message_id,
        "interview": None
        if match is None
        else {
            "config_index": match.interview_id,
            "company": settings.interviews[match.interview_id].company if settings else None,
            "confidence": match.confidence,
            "reason": match.reason,
        },
        "reasons": list(result.reasons),
    }


def _print_classified(row: dict[str, Any]) -> None:
    if "error" in row:
        click.echo(f"{row['file']}: {row['error']}")
        return
    intent = f", {row['intent']}" if row["intent"] else ""
    click.echo(f"{row['file']}: {row['kind']}{intent}")
    for reason in row["reasons"]:
        click.echo(f"    - {reason}")
    for key in ("promised_by", "return_date"):
        if row[key]:
            click.echo(f"    - {key.replace('_', ' ')}: {row[key]}")
    if row["bounced_recipients"]:
        click.echo(f"    - bounced: {', '.join(row['bounced_recipients'])}")
    if row["interview"]:
        click.echo(f"    - belongs to {row['interview']['company']}: {row['interview']['reason']}")


# --- doctor and demo -------------------------------------------------------------------


@cli.command()
@_config_option
def doctor() -> None:
    """Check the configuration, secrets, servers and state directory."""
    from silence_watch.doctor import run_checks  # noqa: PLC0415 - only doctor needs it

    path = _app().config_path or default_config_path()
    ok = run_checks(path, _config_dir(), click.echo)
    sys.exit(EXIT_OK if ok else EXIT_FAILURE)


@cli.command()
@click.option(
    "--keep",
    type=click.Path(path_type=Path, file_okay=False),
    help="Build the sample here and keep it.",
)
def demo(*, keep: Path | None) -> None:
    """A self-contained tour on a sample mailbox and a virtual clock; needs no account."""
    from silence_watch.demo import run_demo  # noqa: PLC0415 - only the demo needs it

    run_demo(click.echo, keep=keep)


# --- entry point -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI and turn errors into exit codes and one-line messages."""
    try:
        result = cli.main(args=argv, prog_name="silence-watch", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("Stopped.", err=True)
        sys.exit(EXIT_FAILURE)
    except ConfigError as error:
        for problem in error.problems:
            click.echo(problem, err=True)
        sys.exit(EXIT_CONFIG)
    except SilenceWatchError as error:
        click.echo(f"silence-watch: {error}", err=True)
        sys.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        sys.exit(130)
    sys.exit(result if isinstance(result, int) else EXIT_OK)
