"""``status`` and ``plan``: where every interview stands, and what comes next."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import click

from silence_watch.cli.tables import Rows, show
from silence_watch.core.words import day_words, moment_words, plural
from silence_watch.engine.timing import first_send, next_step

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
    open_overview,
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
    with open_overview(settings) as service:
        service.sync_interviews(now)
        records = {r.company.lower(): r for r in service.records(now)}
        pairs = [
            (standing.process.view(entry) if entry.id != standing.interview.id
             else standing.interview, standing)
            for standing in service.standings(now)
            for entry in standing.process.rounds
        ]
        rows = [
            status_row(i, s.verdict, records.get(s.process.company.lower())) for i, s in pairs
        ]
        nexts = [
            next_step(
                service.store, settings, i, action=row["next_action"],
                slot=s.verdict.slot if row["next_action"] else None,
                at=s.verdict.next_action_at if row["next_action"] else None, now=now,
            )
            for (i, s), row in zip(pairs, rows, strict=True)
        ]
        assessed = [(i, s.verdict) for i, s in pairs]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No interviews yet. Add one with: silence-watch interviews add --help")
        return
    table = Rows(["id", "company", "state", "quiet", "expected", "next"])
    for row, nxt, (interview, _) in zip(rows, nexts, assessed, strict=True):
        expected = row["expected_by"]
        notes = [row["reason"]]
        if row["company_record"]:
            notes.append(f"record: {row['company_record']}")
        table.add(
            [
                str(row["id"]),
                interview.company + (f" (round {interview.round})" if interview.round > 1 else ""),
                row["state"],
                plural(row["days_silent"], "day"),
                day_words(date.fromisoformat(expected), today=now.date()) if expected else "-",
                nxt,
            ],
            notes,
        )
    show(table)


@cli.command("plan")
@config_option
@click.option("--until", "until_text", help="Plan up to this date (default: six weeks ahead).")
@click.option(
    "--call", "call", metavar="PROCESS", help="A plan for a follow-up phone call instead (id or"
    " company)."
)
@now_option
@json_option
def plan_command(
    *, until_text: str | None, call: str | None, now_text: str | None, as_json: bool
) -> None:
    """What will happen, day by day, if nobody answers (or, with --call, a call plan)."""
    settings = load_config()
    now = moment(settings, now_text)
    if call is not None:
        with open_service(settings) as service:
            service.sync_interviews(now)
            standing = service.find_standing(call, now)
            lines = service.call_plan(standing, now)
        if as_json:
            print_json({"process_id": standing.process.id, "lines": lines})
        else:
            click.echo("\n".join(lines))
        return
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
    with open_overview(settings) as service:
        service.sync_interviews(now)
        items = [
            (step.at, interview, step) for interview, step in service.plans(now, until)
        ]
        # When each planned follow-up would leave, by the one rule (engine.timing).
        leaving = {
            id(step): first_send(service.store, settings, interview, step.action.value, at)
            for at, interview, step in items
            if step.action is not None
        }
    tail = "unless you skip it" if settings.sending.mode == "auto" else "once you approve it"
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
        return
    from silence_watch.core.digest import describe_action  # noqa: PLC0415 - plan only

    table = Rows(["when", "company", "what"])
    for at, interview, step in items:
        when = moment_words(at, settings.zone, now=now)
        if step.action is None:
            table.add([when, interview.company, f"marked {step.state.value}"])
            continue
        leaves = moment_words(leaving[id(step)], settings.zone, now=now)
        what = f"{describe_action(step.action.value)} drafted; goes out {leaves} {tail}"
        table.add([when, interview.company, what])
    show(table)
