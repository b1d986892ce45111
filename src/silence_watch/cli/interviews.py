"""``interviews add/list/show/close/snooze/stop/resume/proposals/dismiss``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click
from pydantic import ValidationError

from silence_watch.cli.tables import Rows, show
from silence_watch.config import (
    InterviewConfig,
    format_validation_error,
    interview_from_config,
)
from silence_watch.core.discovery import describe
from silence_watch.core.senders import is_no_reply
from silence_watch.core.words import day_words, moment_words, plural
from silence_watch.engine.discovery import Discovery
from silence_watch.engine.interviews import InterviewBook

if TYPE_CHECKING:
    from silence_watch.config import Settings
    from silence_watch.core.invites import ProposedInterview
    from silence_watch.core.model import Interview
    from silence_watch.store import StoredProposal

from silence_watch.cli.app import (
    cli,
    config_option,
    iso,
    json_option,
    load_config,
    moment,
    now_option,
    open_service,
    print_json,
)
from silence_watch.cli.watch import status_row
from silence_watch.cli.when import snooze_options, wake_time
from silence_watch.core.lazy_patterns import lazy_pattern

# --- interviews ------------------------------------------------------------------------


@cli.group()
def interviews() -> None:
    """Add, list, show, close, snooze, stop and resume interviews; confirm proposed ones."""


_CONTACT_RE = lazy_pattern(r"^\s*(?:(?P<name>[^<]*?)\s*<(?P<email>[^>]+)>|(?P<bare>\S+@\S+))\s*$")


def _contact(text: str) -> dict[str, str]:
    found = _CONTACT_RE.match(text)
    if not found:
        raise click.BadParameter(f"{text!r}: write it as 'Name <email>' or just the address")
    if found["bare"]:
        return {"email": found["bare"]}
    return {"name": found["name"].strip().strip('"'), "email": found["email"].strip()}


@interviews.command("add")
@config_option
@click.option("--company", help="The employer's name.")
@click.option("--role", default="", help="The position.")
@click.option("--date", "when", help="When the interview is or was (ISO-8601).")
@click.option(
    "--from-invite",
    "invite_uid",
    help="Confirm an interview found in your mail (see: interviews proposals).",
)
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
@json_option
def interviews_add(  # noqa: PLR0913 - one parameter per option
    *,
    company: str | None,
    role: str,
    when: str | None,
    invite_uid: str | None,
    contacts: tuple[str, ...],
    domains: tuple[str, ...],
    expect_reply_by: str | None,
    agency: str | None,
    agency_contacts: tuple[str, ...],
    as_json: bool,
) -> None:
    """Add an interview by hand, or confirm one found in your mail."""
    settings = load_config()
    data: dict[str, Any] = {
        "company": company,
        "role": role,
        "date": when,
        "contacts": [_contact(c) for c in contacts],
        "domains": list(domains),
        "expect_reply_by": expect_reply_by,
    }
    if invite_uid:
        with open_service(settings) as service:
            proposed = InterviewBook(service).proposal(invite_uid).proposal
        data = _merge_invite(data, proposed, settings.me.addresses)
    if not data["company"] or not data["date"]:
        raise click.UsageError("give --company and --date, or --from-invite with a proposal's id")
    if agency_contacts and not agency:
        raise click.UsageError("--agency-contact needs --agency, the agency's name")
    if agency:
        data["agency"] = {"name": agency, "contacts": [_contact(c) for c in agency_contacts]}
    try:
        item = InterviewConfig(**data)
    except ValidationError as error:
        raise click.UsageError("; ".join(format_validation_error(error))) from None
    interview = interview_from_config(item, settings.zone)
    with open_service(settings) as service:
        book = InterviewBook(service)
        known = book.known(interview) is not None
        new_id = book.add(interview, now=moment(settings), invite_uid=invite_uid)
    if as_json:
        print_json({"id": new_id})
    else:
        label = f"{item.company} — {item.role}" if item.role else item.company
        if known:  # what was given before and not now is kept
            click.echo(f"Updated interview {new_id}: {label} (details given before are kept).")
        else:
            click.echo(f"Added interview {new_id}: {label}.")


def _merge_invite(
    data: dict[str, Any],
    proposed: ProposedInterview,
    own: frozenset[str],
) -> dict[str, Any]:
    """Fill what the user did not give from the invitation."""
    people = [a for a in (proposed.organizer, *proposed.attendees) if a is not None]
    found = [
        {"name": a.name, "email": a.email}
        for a in people
        if a.email not in own and not is_no_reply(a.email)
    ]
    unique = list({c["email"]: c for c in found}.values())
    agency = proposed.agency
    return {
        **data,
        "company": data["company"] or proposed.company,
        "role": data["role"] or proposed.role or "",
        "date": data["date"] or (proposed.start.isoformat() if proposed.start else None),
        "contacts": data["contacts"] or unique,
        "domains": data["domains"] or list(proposed.domains),
        **({} if agency is None else {"agency": {
            "name": agency.name,
            "contacts": [{"name": c.name, "email": c.email} for c in agency.contacts],
        }}),
    }  # fmt: skip


@interviews.command("proposals")
@config_option
@json_option
def interviews_proposals(*, as_json: bool) -> None:
    """Interviews found in your mail, waiting for you to confirm them."""
    settings = load_config()
    with open_service(settings) as service:
        found = Discovery(service).pending()
    show_proposals(found, settings, as_json=as_json)


def show_proposals(found: list[StoredProposal], settings: Settings, *, as_json: bool) -> None:
    """Print proposals (``interviews proposals``, ``init --scan``): JSON, or lines to act on."""
    if as_json:
        print_json([_proposal_dict(item.proposal) for item in found])
        return
    if not found:
        click.echo("No proposed interviews waiting for you.")
    zone, now = settings.zone, moment(settings)
    for item in found:
        uid = item.proposal.uid
        click.echo(f"{describe(item.proposal, zone, now)}")
        click.echo(f"    add it:           silence-watch interviews add --from-invite {uid}"
                   " (--company, --role to correct them)")  # fmt: skip
        click.echo(f"    not an interview: silence-watch interviews dismiss {uid}")


def _proposal_dict(proposal: ProposedInterview) -> dict[str, Any]:
    people = [a for a in (proposal.organizer, *proposal.attendees) if a is not None]
    agency = proposal.agency
    return {
        "id": proposal.uid,
        "kind": proposal.kind.value,
        "company": proposal.company,
        "role": proposal.role,
        "start": iso(proposal.start),
        "all_day": proposal.all_day,
        "timezone": proposal.timezone,
        "summary": proposal.summary,
        "organizer": proposal.organizer.email if proposal.organizer else None,
        "people": [{"name": a.name, "email": a.email} for a in people],
        "domains": list(proposal.domains),
        "agency": None if agency is None else {
            "name": agency.name,
            "contacts": [{"name": c.name, "email": c.email} for c in agency.contacts],
        },
        "confidence": proposal.confidence,
        "evidence": list(proposal.evidence),
        "sources": list(proposal.sources),
    }  # fmt: skip


@interviews.command("dismiss")
@config_option
@click.argument("proposal_id")
def interviews_dismiss(*, proposal_id: str) -> None:
    """Not an interview: drop a proposed one for good (see: interviews proposals)."""
    settings = load_config()
    with open_service(settings) as service:
        done = Discovery(service).dismiss(proposal_id, moment(settings))
    click.echo(done.text[:1].upper() + done.text[1:] + ".")


@interviews.command("list")
@config_option
@json_option
def interviews_list(*, as_json: bool) -> None:
    """List every interview."""
    settings = load_config()
    now = moment(settings)
    with open_service(settings) as service:
        listing = InterviewBook(service).listing(now)
    rows = [_interview_dict(i, source) for i, source in listing]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No interviews yet. Add one with: silence-watch interviews add --help")
        return
    table = Rows(["id", "when", "company", "role", "closed"])
    for (interview, _), row in zip(listing, rows, strict=True):
        when = moment_words(interview.date, settings.zone, now=now)
        closed = "closed" if row["closed"] else ""
        table.add([str(row["id"]), when, interview.company, interview.role, closed])
    show(table)


def _interview_dict(interview: Interview, source: str) -> dict[str, Any]:
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "date": iso(interview.date),
        "contacts": [{"name": c.name, "email": c.email} for c in interview.contacts],
        "domains": list(interview.domains),
        "expect_reply_by": iso(interview.expect_reply_by),
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
@config_option
@click.argument("interview_id", type=int)
@json_option
@now_option
def interviews_show(*, interview_id: int, as_json: bool, now_text: str | None) -> None:
    """One interview, its timeline and where it stands."""
    settings = load_config()
    now = moment(settings, now_text)
    with open_service(settings) as service:
        view = InterviewBook(service).view(interview_id, now)
    interview, verdict, timeline, known = (
        view.interview, view.verdict, view.timeline, view.connections
    )
    document = _interview_dict(interview, view.source)
    document["status"] = status_row(interview, verdict)
    document["connections"] = [
        {"email": c.email, "name": c.name, "messages": c.messages, "last_at": iso(c.last_at)}
        for c in known
    ]
    document["timeline"] = [
        {
            "at": iso(e.at),
            "direction": e.direction.value,
            "kind": e.kind.value,
            "intent": e.intent.value if e.intent else None,
            "from": e.sender,
            "subject": e.subject,
        }
        for e in timeline
    ]
    if as_json:
        print_json(document)
        return
    zone = settings.zone
    when = moment_words(interview.date, zone, now=now)
    click.echo(f"{interview.company} — {interview.role} ({when})")
    click.echo(f"  state: {verdict.state.value} — {verdict.reason}")
    for entry in timeline:
        click.echo(
            f"  {moment_words(entry.at, zone, now=now)}  {entry.direction.value:<8} "
            f"{entry.kind.value:<10} {entry.sender}: {entry.subject}"
        )
    for person in known:
        name = f"{person.name} " if person.name else ""
        last = day_words(person.last_at.astimezone(zone).date(), today=now.date())
        click.echo(
            f"  you have written with {name}<{person.email}>: "
            f"{plural(person.messages, 'message')}, last {last}",
        )


@interviews.command("close")
@config_option
@click.argument("interview_id", type=int)
def interviews_close(*, interview_id: int) -> None:
    """Close an interview: no more follow-ups for it."""
    settings = load_config()
    with open_service(settings) as service:
        InterviewBook(service).close(interview_id, moment(settings))
    click.echo(f"Closed interview {interview_id}. Nothing more will be drafted for it.")


@interviews.command("snooze")
@config_option
@click.argument("interview_id", type=int)
@snooze_options
def interviews_snooze(*, interview_id: int, until_text: str | None, duration: str | None) -> None:
    """Hold every follow-up for an interview until a date."""
    settings = load_config()
    until = wake_time(until_text, duration, settings.zone, moment(settings))
    with open_service(settings) as service:
        InterviewBook(service).snooze(interview_id, until)
    day = day_words(until.astimezone(settings.zone).date(), today=moment(settings).date())
    click.echo(f"Interview {interview_id} is snoozed: nothing is drafted before {day}.")


@interviews.command("stop")
@config_option
@click.argument("interview_id", type=int)
def interviews_stop(*, interview_id: int) -> None:
    """Stop follow-ups for an interview; it is still watched for replies."""
    settings = load_config()
    with open_service(settings) as service:
        InterviewBook(service).stop(interview_id)
    click.echo(f"No more follow-ups for interview {interview_id}; replies are still watched.")


@interviews.command("resume")
@config_option
@click.argument("interview_id", type=int)
def interviews_resume(*, interview_id: int) -> None:
    """Undo stop and close: follow-ups may be drafted again."""
    settings = load_config()
    with open_service(settings) as service:
        InterviewBook(service).resume(interview_id)
    click.echo(f"Interview {interview_id} is active again.")
