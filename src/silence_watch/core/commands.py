"""Reading the candidate's reply to a digest: every command, wherever they wrote it. Pure.

A reply is read in three steps: its text (``core.replybody``: the plain part, or the HTML
laid out as lines without its quote), the candidate's own lines in it (``core.replylines``:
above, below or between the quoted parts of the digest), and what each line asks for
(``core.commandlines``, the grammar). ``edit N`` takes the lines below it up to the next
command, quoted text, a footer or the signature; an edit that would carry the digest's
token or one of its lines is refused, never stored. Lines that are not commands are
reported back, except greetings, thanks and a name signed at the end.

This module never decides who may send commands: that is ``core.approval``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final

from silence_watch.core.commandlines import DRAFT_VERBS, READ_AS, Command, Verb, parse_line
from silence_watch.core.companies import COMPANY_SUFFIXES
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.replybody import reply_body
from silence_watch.core.replylines import BREAK, DIGEST_ITEM, TOKEN, reply_lines, starts_digest
from silence_watch.core.words import plural

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

__all__ = [
    "DRAFT_VERBS",
    "READ_AS",
    "Command",
    "Refusal",
    "Reply",
    "Verb",
    "as_body",
    "edit_problem",
    "parse_line",
    "parse_reply",
    "read_reply_message",
    "unread_note",
]


@dataclass(frozen=True, slots=True)
class Refusal:
    """A command that was understood but will not be carried out, and why."""

    line: str
    why: str


@dataclass(frozen=True, slots=True)
class Reply:
    """Every command of a reply, in order, the lines not understood, and refused edits."""

    commands: tuple[Command, ...] = ()
    not_understood: tuple[str, ...] = field(default=())
    refused: tuple[Refusal, ...] = ()

    @property
    def understood(self) -> bool:
        """True when at least one line was read as a command."""
        return bool(self.commands or self.refused)


#: How many lines not understood the digest quotes, and how much of each.
_UNREAD_SHOWN: Final = 5
_UNREAD_CHARS: Final = 80


def unread_note(lines: Sequence[str], *, written: str) -> str:
    """The digest's one line about the lines of a reply that were not understood.

    README: "a line not understood is listed in the next digest, never guessed". The lines
    are quoted inside one sentence, never one to a line, and a token in them is shortened:
    the next digest read back is never a command nor carries a second token.
    """
    shown = [TOKEN.sub("sw-...", " ".join(line.split())) for line in lines[:_UNREAD_SHOWN]]
    quoted = "; ".join(
        f'"{line[: _UNREAD_CHARS - 3]}..."' if len(line) > _UNREAD_CHARS else f'"{line}"'
        for line in shown
    )
    more = len(lines) - len(shown)
    rest = f" and {plural(more, 'more line')}" if more > 0 else ""
    return (
        f"Your reply of {written} held lines that were not understood, so they did nothing:"
        f" {quoted}{rest}. If you meant a command, answer this digest with it on a line of its"
        " own (approve 1, skip 2, snooze 3 4d, snooze 3 until Dec 8, stop 4, edit 1)."
    )


def read_reply_message(raw: bytes) -> Reply:
    """Read a whole reply message: its text part (or its HTML), dates against its Date."""
    body = reply_body(raw)
    return parse_reply(body.text, today=body.sent_on)


def parse_reply(text: str, *, today: date | None = None) -> Reply:
    """Read every command of a reply's text; ``today`` resolves ``until Dec 8``."""
    commands: list[Command] = []
    unknown: list[str] = []
    refused: list[Refusal] = []
    lines = reply_lines(text)
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line is BREAK or not line.strip():
            continue
        found = parse_line(line, today=today)
        if found is None:
            if not _courtesy(lines, index - 1):
                unknown.append(line.strip())
            continue
        edit = found[0] if len(found) == 1 and found[0].verb is Verb.EDIT else None
        if edit is not None and edit.text is None:
            body, index = _edit_body(lines, index, today)
            edit = replace(edit, text=body)
        if edit is None:
            commands += found
            continue
        problem = edit_problem(edit.text or "")
        if problem is None:
            commands.append(edit)
        else:
            refused.append(Refusal(edit.line, problem))
    return Reply(tuple(commands), tuple(unknown), tuple(refused))


def _edit_body(lines: list[str | None], index: int, today: date | None) -> tuple[str, int]:
    """The new text below ``edit N``: up to a break, a command or the end."""
    body: list[str] = []
    while index < len(lines):
        line = lines[index]
        if line is BREAK or parse_line(line, today=today) is not None:
            break
        body.append(line)
        index += 1
    return as_body("\n".join(body)), index


def as_body(text: str) -> str:
    """An edit's text: outer blank lines and trailing spaces gone, one newline at the end."""
    lines = [line.rstrip() for line in text.splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)  # runs of blank lines become one
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept) + "\n" if kept else ""


def edit_problem(
    text: str, *, company: str | None = None, others: tuple[str, ...] = ()
) -> str | None:
    """Why ``text`` must not become a draft's body, or None.

    An edit is only the candidate's new words: never the digest's token, never a line of
    the digest (a pasted item, its heading), never another company's name (``others``,
    ignoring any that is part of the draft's own ``company``).
    """
    if TOKEN.search(text):
        return "the new text holds the digest's approval token"
    for line in text.splitlines():
        if starts_digest(line) or DIGEST_ITEM.match(line):
            return f"the new text holds a line of the digest ({line.strip()[:60]!r})"
    own = (company or "").casefold()
    for name in others:
        for form in _forms(name):
            if form.casefold() not in own and _names(text, form):
                return f"the new text names {name}, another company"
    return None


def _forms(name: str) -> list[str]:
    """How a text may name a company: in full, without its legal form, by its first word.

    "Bramblecote Foods Ltd" is also "Bramblecote Foods" and "Bramblecote" (an edit saying
    "join the team at Bramblecote" went into another company's draft; tester round
    t57dg). A first word shorter than four letters names nothing by itself.
    """
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").casefold() in COMPANY_SUFFIXES:
        words = words[:-1]
    first = words[0].strip(".,&'-") if words else ""
    forms = [name.strip(), " ".join(words), first if len(first) >= _SHORTEST_NAME else ""]
    return [form for form in dict.fromkeys(forms) if form]


#: The fewest letters a company's first word needs to name it alone ("Acme", not "The").
_SHORTEST_NAME: Final = 4


def _names(text: str, name: str) -> bool:
    # As written: a company is a proper noun ("Box" the company, "a box of tea" not).
    return re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text) is not None


#: Greetings in the five languages ("Hallo,", "Bonjour,", "Hola,", "Hoi," were reported as
#: not understood: tester round u34dg). Only a whole line: "Hola, no envíes el 2" is read.
_GREETINGS: Final = (
    r"hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning"
    r"|hallo|moin|servus|guten (?:morgen|tag|abend)"
    r"|bonjour|bonsoir|salut|coucou"
    r"|hola|buenas(?: tardes| noches)?|buenos d[ií]as"
    r"|hoi|hai|goedemorgen|goedemiddag|goedenavond|dag"
)
#: Greetings, thanks and sign-offs in the attribution languages: not commands, not mistakes.
_COURTESY = lazy_pattern(
    rf"^(?:{_GREETINGS}|thanks?(?: you| a lot| so much)?|thx|ty|cheers|best(?: regards| wishes)?"
    r"|(?:kind |warm )?regards|merci(?: beaucoup)?|danke(?: schön| sehr)?|viele grüße|lg|gracias"
    r"|saludos|grazie|obrigad[oa]|bedankt|groeten|dank je(?: wel)?|ciao|bises|cordialement"
    # "Bonne soirée,", "Groetjes," (tester round u19dg)
    r"|bonne (?:soiree|soirée|journee|journée|fin de journee|fin de journée|semaine)|a bientot"
    r"|à bientôt|groetjes|hartelijke groet(?:en)?|liebe grüße|beste grüße|un abrazo|abrazos"
    r"|un saludo|best|cheers|talk soon|thanks again)"
    r"(?:[ ,]+[A-Z][\w'.-]*)?\W*$",
    re.IGNORECASE,
)
_NAME = lazy_pattern(r"^[A-ZÀ-Ý][\w'.-]*(?: [A-ZÀ-Ý][\w'.-]*){0,2}$")


#: Words that may be meant as an answer: a line holding one is always reported back.
_ANSWER_WORDS = frozenset(
    {*(verb.value for verb in Verb), "send", "yes", "no", "ok", "okay", "sure", "fine", "go",
     "done", "agreed", "perfect", "great", "later", "wait", "hold", "all"}
)  # fmt: skip


def _courtesy(lines: list[str | None], index: int) -> bool:
    """True for a greeting or thanks, a name signed at the end, or a signature's line.

    A name signed under a blank line at the end of a part; the lines under a sign-off
    ("Best," then "Jordan Lee", "Data & Analytics | (917) ...").
    """
    line = (lines[index] or "").strip()
    if _ANSWER_WORDS & set(re.findall(r"[a-z]+", line.lower())):
        return False
    if _COURTESY.match(line) or _signed_below(lines, index):
        return True
    if not _NAME.match(line) or any(c.isdigit() for c in line):
        return False
    after = next((line for line in lines[index + 1 :] if line is BREAK or line.strip()), BREAK)
    last = after is BREAK
    before = lines[index - 1] if index > 0 else None
    signed = before is not None and (not before.strip() or _COURTESY.match(before.strip()))
    return last and bool(signed)


#: A signature's line is short: a name, a title, a phone (words, not sentences).
_SIGNATURE_WORDS: Final = 10


def _signed_below(lines: list[str | None], index: int) -> bool:
    """Whether the line at ``index`` is a short line below a sign-off in its part.

    Signatures are never read (docs/security.md): they are not reported as not understood.
    A line with a word that may be an answer is never taken for one (the caller checks).
    """
    line = (lines[index] or "").strip()
    if len(line.split()) > _SIGNATURE_WORDS:
        return False
    start = index
    while start > 0 and lines[start - 1] is not BREAK:
        start -= 1
    return any(
        _COURTESY.match(said) and not _GREETING.match(said)
        for said in ((above or "").strip() for above in lines[start:index])
    )


#: A greeting opens a reply; only a sign-off closes one ("Hi," then a typo is reported).
_GREETING = lazy_pattern(rf"^(?:{_GREETINGS})\b", re.IGNORECASE)
