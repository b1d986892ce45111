"""``status`` and ``plan``: where every interview stands, and what comes next."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import click

from silence_watch.core.digest import describe_action

if TYPE_CHECKING:
    from silence_watch.core.model import Interview
    from silence_watch.core.policy import Assessment
    from silence_watch.core.record import CompanyRecord

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

# --- status ----------------------------------------------------------------------------


def status_row(
    interview: Interview,
    verdict: Assessment,
    record: CompanyRecord | None = None,
) -> dict[str, Any]:
    """One interview (a round of a process) as ``status --json`` prints it.

    Every round of a process shows the process's state; only the round the next action is
    about carries it, so one process never lists two next actions.
    """
    current = interview.id == verdict.interview_id
    question = verdict.question
    return {
        "id": interview.id,
        "process_id": interview.process_id or verdict.process_id,
        "round": interview.round,
        "company": interview.company,
        "role": interview.role,
        "date": iso(interview.date),
        "cancelled": interview.cancelled,
        "state": verdict.state.value,
        "last_contact_at": iso(verdict.last_contact_at),
        "days_silent": verdict.days_silent,
        "expected_by": iso(verdict.expected_by),
        "next_action": verdict.next_action.value if verdict.next_action and current else None,
        "next_action_at": iso(verdict.next_action_at) if current else None,
        "reason": verdict.reason,
        "question": None
        if question is None
        else {"message_id": question.message_id, "from": question.sender,
              "subject": question.subject, "at": iso(question.at)},
        "company_record": record.line() if record is not None else None,
    }  # fmt: skip


@cli.command()
@config_option
@json_option
@now_option
def status(*, as_json: bool, now_text: str | None) -> None:
    """Every interview: state, days silent, expected date, next action."""
    settings = load_config()
    now = moment(settings, now_text)
    with open_service(settings) as service:
        service.sync_interviews(now)
        records = {r.company.lower(): r for r in service.records(now)}
        rows = [
            status_row(
                standing.process.view(entry) if entry.id != standing.interview.id
                else standing.interview,
                standing.verdict,
                records.get(standing.process.company.lower()),
            )
            for standing in service.standings(now)
            for entry in standing.process.rounds
        ]  # fmt: skip
    if as_json:
        print_json(rows)
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
            nxt = f"{describe_action(row['next_action'])} {at:%a %b %d %H:%M}"
        click.echo(
            f"{row['id']:>3}  {row['company'][:22]:<22} {row['state']:<12} "
            f"{row['days_silent']:>4}d  {expected:<10}  {nxt}",
        )
        click.echo(f"     {row['reason']}")
        if row["company_record"]:
            click.echo(f"     record: {row['company_record']}")


@cli.command("plan")
@config_option
@click.option("--until", "until_text", help="Plan up to this date (default: six weeks ahead).")
@now_option
@json_option
def plan_command(*, until_text: str | None, now_text: str | None, as_json: bool) -> None:
    """What will happen, day by day, if nobody answers."""
    settings = load_config()
    now = moment(settings, now_text)
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
    with open_service(settings) as service:
        service.sync_interviews(now)
        items = [
            (step.at, interview, step) for interview, step in service.plans(now, until)
        ]
    items.sort(key=lambda item: item[0])
    if as_json:
        print_json(
            [
                {
                    "at": iso(at),
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
        what = describe_action(step.action.value) if step.action else f"marked {step.state.value}"
        click.echo(f"{at.astimezone(settings.zone):%a %Y-%m-%d %H:%M}  {interview.company}: {what}")
