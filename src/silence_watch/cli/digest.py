"""``digest``: build the digest now; ``digest read FILE``: how a reply to it would be read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from silence_watch.cli.app import (
    cli,
    config_option,
    json_option,
    load_config,
    moment,
    now_option,
    open_service,
    print_json,
)
from silence_watch.core.commands import Verb, read_reply_message
from silence_watch.core.words import day_words, plural
from silence_watch.delivery.digests import DigestContent

if TYPE_CHECKING:
    from silence_watch.core.commands import Command, Reply


@cli.group(invoke_without_command=True)
@config_option
@click.option(
    "--print", "print_it", is_flag=True, default=True, help="Print the digest (the default)."
)
@click.option("--send", "send_it", is_flag=True, help="Send it to digest.to now.")
@now_option
@click.pass_context
def digest(ctx: click.Context, *, print_it: bool, send_it: bool, now_text: str | None) -> None:
    """Build the digest now and print it (or send it); see also: digest read."""
    if ctx.invoked_subcommand is not None:
        return
    settings = load_config()
    if send_it and now_text:
        raise click.UsageError("--send cannot be combined with --now: a preview never sends")
    now = moment(settings, now_text)
    if send_it:
        from silence_watch.delivery.cycle import delivery_for  # noqa: PLC0415 - SMTP only here

        with open_service(settings) as service, delivery_for(service) as (_, digests):
            service.sync_interviews(now)
            digests.send(now)
        click.echo(f"Digest sent to {settings.digest.to or settings.me.email}.")
        return
    with open_service(settings) as service:
        service.sync_interviews(now)
        text = DigestContent(service).text(now)
    if print_it:
        click.echo(text, nl=False)


@digest.command("read")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@json_option
@config_option  # accepted like every command's (DESIGN.md), though it reads no file
def digest_read(*, file: Path, as_json: bool) -> None:
    """Show how a reply to the digest (an .eml file) would be read; nothing is carried out.

    Reads only the file: a configuration given with --config is not needed, nor a token.
    """
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise click.FileError(str(file), hint=error.strerror or str(error)) from None
    reply = read_reply_message(raw)
    if as_json:
        print_json(reply_dict(reply))
        return
    for line in reply_lines(reply):
        click.echo(line)


def command_dict(command: Command) -> dict[str, Any]:
    """One command as ``digest read --json`` prints it."""
    return {
        "verb": command.verb.value,
        "numbers": list(command.numbers),
        "every": command.every,
        **({"except": list(command.but)} if command.but else {}),  # "approve all but 4"
        "days": command.days,
        "until": command.until.isoformat() if command.until else None,
        "text": command.text,
    }


def reply_dict(reply: Reply) -> dict[str, Any]:
    """A read reply as ``digest read --json`` prints it."""
    return {
        "commands": [command_dict(command) for command in reply.commands],
        "not_understood": list(reply.not_understood),
        "refused": [{"line": r.line, "why": r.why} for r in reply.refused],
    }


def reply_lines(reply: Reply) -> list[str]:
    """A read reply in words, one command a line (nothing is carried out)."""
    lines = ["How this reply would be read (nothing was carried out):"]
    if not reply.understood:
        lines.append("  no command: nothing would be done, and the digest could be answered again")
    for command in reply.commands:
        lines.append(f"  {_describe(command)}")
        if command.verb is Verb.EDIT and command.text:
            lines += [f"      | {text}".rstrip() for text in command.text.rstrip("\n").split("\n")]
    for refusal in reply.refused:
        lines.append(f"  refused: {refusal.line}: {refusal.why}")
    if reply.not_understood:
        lines.append("Not understood:")
        lines += [f"  {line}" for line in reply.not_understood]
    return lines


def _describe(command: Command) -> str:
    but = f" but {' '.join(f'[{n}]' for n in command.but)}" if command.but else ""
    which = f"every draft{but}" if command.every else " ".join(f"[{n}]" for n in command.numbers)
    text = command.text or ""
    if command.verb is Verb.SNOOZE:
        if command.until is not None:
            return f"snooze {which} until {day_words(command.until)}"
        return f"snooze {which} for {plural(command.days or 0, 'day')}"
    words = {
        Verb.EDIT: f"edit {which}, new text:" if text else f"edit {which}, with no new text",
        Verb.READ: f"read {which} as {text}",
        Verb.NOT_ABOUT: f"{which} is not about {text}",
        Verb.ADD: f"add {which}" + (f" as {text}" if text else ""),
        Verb.NOT_INTERVIEW: f"{which} is not an interview",
    }
    return words.get(command.verb, f"{command.verb.value} {which}")
