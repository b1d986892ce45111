"""The digest's HTML part: one card per draft, with one-tap commands. Pure.

Written for the clients people read it in: Gmail (web and apps), Outlook (Windows, web,
phones) and Apple Mail, from a 400-pixel phone to a desktop. One column at most 600
pixels wide (a fixed-width table for Outlook for Windows, which ignores ``max-width``);
long addresses and subjects wrap instead of widening the page; the CSS is written once
in a ``<style>`` block and inlined into every element by css-inline (Gmail and Outlook
drop or ignore much of a ``<style>`` block; premailer, the other candidate, has not been
released since 2021 and pulls in cssutils and requests). No remote stylesheet is ever
loaded.

Each card has Approve, Skip and Edit links. ``link`` (given by the shell, which knows
the digest's address, subject and token) turns a command into a ``mailto:`` URL that
opens a reply with the command and the token already written: approving from a phone is
two taps. Every value from mail or from the candidate's data is escaped.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Final

import css_inline

from silence_watch.core.digest import HOW_TO_ANSWER, WHERE_TO_WRITE, token_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from silence_watch.core.digest import Card, Digest, Status

#: The page's style, inlined into each element; the media query stays in the head.
STYLE: Final = """
body { margin: 0; padding: 0; background: #f1f3f5; }
.page { max-width: 600px; margin: 0 auto; padding: 16px 12px 24px;
  font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: #1f2933; }
h1 { font-size: 20px; line-height: 1.3; margin: 0 0 4px; }
h2 { font-size: 13px; letter-spacing: 0.05em; color: #52606d; margin: 24px 0 8px; }
.lead { margin: 0 0 12px; color: #52606d; font-size: 14px; }
.card { background: #ffffff; border: 1px solid #d3d9de; border-radius: 8px;
  padding: 12px 14px; margin: 0 0 12px; }
.title { font-weight: bold; font-size: 16px; margin: 0 0 6px; overflow-wrap: break-word; }
.number { color: #52606d; }
.meta { margin: 0 0 2px; font-size: 14px; color: #3e4c59; overflow-wrap: break-word;
  word-break: break-word; }
.label { color: #7b8794; }
.text { margin: 10px 0; padding: 10px 12px; background: #f8fafc;
  border-left: 3px solid #9aa5b1; font-size: 14px; overflow-wrap: break-word;
  word-break: break-word; }
.actions { margin: 10px 0 0; }
.button { display: inline-block; padding: 9px 16px; margin: 0 6px 6px 0; border-radius: 6px;
  font-weight: bold; font-size: 14px; text-decoration: none; }
.approve { background: #1f7a4d; color: #ffffff; border: 1px solid #1f7a4d; }
.skip { background: #ffffff; color: #1f2933; border: 1px solid #9aa5b1; }
.edit { background: #ffffff; color: #1f4e8c; border: 1px solid #1f4e8c; }
.help { background: #ffffff; border: 1px solid #d3d9de; border-radius: 8px;
  padding: 10px 14px; font-size: 14px; }
.help p { margin: 0 0 6px; }
.commands { border-collapse: collapse; font-size: 14px; }
.commands td { padding: 2px 12px 2px 0; vertical-align: top; }
code { font-family: Menlo, Consolas, monospace; font-size: 13px; white-space: nowrap; }
.attention { background: #fff8e1; border: 1px solid #e9c46a; border-radius: 8px;
  padding: 10px 14px; }
.attention p { margin: 0 0 6px; overflow-wrap: break-word; }
.status { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px;
  padding: 10px 14px; margin: 0 0 8px; }
.state { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  background: #e4e7eb; color: #3e4c59; }
.item { margin: 0 0 6px; overflow-wrap: break-word; }
.token { margin: 24px 0 0; font-size: 12px; color: #7b8794; overflow-wrap: break-word;
  word-break: break-all; }
@media (max-width: 480px) { .page { padding: 12px 8px 20px; } .button { padding: 9px 12px; } }
"""

def page(
    digest: Digest, *, token: str | None = None, link: Callable[[str], str] | None = None
) -> str:
    """The digest (``core.digest.build_digest``) as an HTML document, its CSS inlined.

    With ``link``, each card has its Approve, Skip and Edit one-tap links.
    """
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(digest.heading)}</title><style>{STYLE}</style></head>",
        "<body>",
        '<!--[if mso]><table role="presentation" width="600" align="center"><tr><td><![endif]-->',
        '<div class="page">',
        f"<h1>{escape(digest.heading)}</h1>",
        "<h2>NEEDS YOUR APPROVAL</h2>",
    ]
    if not digest.cards:
        out.append('<p class="lead">Nothing to approve today.</p>')
    out += [_card(card, link) for card in digest.cards]
    if digest.cards:
        out.append(_help(tap=link is not None))
    if digest.attention:
        out.append("<h2>NEEDS YOUR ATTENTION</h2>")
        items = "".join(f"<p>{escape(item)}</p>" for item in digest.attention)
        out.append(f'<div class="attention">{items}</div>')
    for title, group in digest.statuses:
        out.append(f"<h2>{escape(title)}</h2>")
        out += [_status(status) for status in group]
    for title, entries in digest.sections:
        out.append(f"<h2>{escape(title)}</h2>")
        out += [f'<p class="item">{escape(entry)}</p>' for entry in entries]
    if token is not None:
        out.append(f'<p class="token">{escape(token_line(token))}</p>')
    out += ["</div>", "<!--[if mso]></td></tr></table><![endif]-->", "</body></html>"]
    html = "\n".join(out) + "\n"
    return str(css_inline.inline(html, keep_at_rules=True, load_remote_stylesheets=False))


def _card(card: Card, link: Callable[[str], str] | None) -> str:
    body = "<br>".join(escape(line) for line in card.body.rstrip("\n").split("\n"))
    parts = [
        '<div class="card">',
        f'<p class="title"><span class="number">[{card.number}]</span> {escape(card.title)}</p>',
        _meta("To", card.to),
        _meta("Subject", card.subject),
        _meta("Goes out", card.goes_out),
        f'<div class="text">{body}</div>',
    ]
    if link is not None:
        buttons = (
            ("approve", "Approve", f"approve {card.number}"),
            ("skip", "Skip", f"skip {card.number}"),
            ("edit", "Edit", f"edit {card.number}\n{card.body}"),
        )
        parts.append(
            '<p class="actions">'
            + "".join(
                f'<a class="button {kind}" href="{escape(link(command))}">{word} {card.number}</a>'
                for kind, word, command in buttons
            )
            + "</p>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def _meta(label: str, value: str) -> str:
    return f'<p class="meta"><span class="label">{label}:</span> {escape(value)}</p>'


def _help(*, tap: bool) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(command)}</code></td><td>{escape(meaning)}</td></tr>"
        for command, meaning in HOW_TO_ANSWER
    )
    tapping = (
        "<p>Tap <b>Approve</b>, <b>Skip</b> or <b>Edit</b> under a draft: your mail app opens "
        "a reply with everything filled in (for Edit, change the text under the first line), "
        "then press Send.</p>"
        if tap
        else ""
    )
    return (
        f'<h2>HOW TO ANSWER</h2><div class="help">{tapping}<p>{escape(WHERE_TO_WRITE)}</p>'
        f'<table class="commands" role="presentation">{rows}</table>'
        "<p>Keep the token line at the end of this mail in your reply.</p></div>"
    )


def _status(status: Status) -> str:
    details = "".join(f'<p class="meta">{escape(detail)}</p>' for detail in status.details)
    return (
        f'<div class="status"><p class="title">{escape(status.label)} '
        f'<span class="state">{escape(status.state)}</span></p>'
        f'<p class="meta">{escape(", ".join(status.facts))}</p>{details}</div>'
    )
