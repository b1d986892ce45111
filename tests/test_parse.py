"""Parsing header blocks and whole messages: fast paths agree with the stdlib."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.utils import getaddresses

from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.model import Address
from silence_watch.core.parse import _simple_addresses, dated, parse_headers, parse_message

HEADERS = (
    b"Message-ID: <m1@acme.example>\r\n"
    b"In-Reply-To: <root@acme.example>\r\n"
    b"References: <root@acme.example>\r\n <mid@acme.example>\r\n"
    b'From: "Ruiz, Dana" <Dana.Ruiz@ACME.example>\r\n'
    b"To: Jordan Lee <jordan@example.com>, lee.park@acme.example\r\n"
    b"Subject: =?utf-8?q?Re=3A_Entrevista_para_el_puesto?=\r\n"
    b"Date: Thu, 19 Nov 2026 10:00:00 -0500\r\n"
    b"Auto-Submitted: auto-replied\r\n"
    b"\r\n"
    b"Body text that the header parser never reads.\r\n"
)


def test_a_header_block_becomes_a_message() -> None:
    """Ids, addresses, decoded subject, folded references and signal headers are all read."""
    message = parse_headers(HEADERS)
    assert message.message_id == "m1@acme.example"
    assert message.in_reply_to == "root@acme.example"
    assert message.references == ("root@acme.example", "mid@acme.example")
    assert message.sender == Address("Ruiz, Dana", "dana.ruiz@acme.example")
    assert message.to == (
        Address("Jordan Lee", "jordan@example.com"),
        Address("", "lee.park@acme.example"),
    )
    assert message.subject == "Re: Entrevista para el puesto"
    assert message.date == datetime(2026, 11, 19, 10, tzinfo=timezone(timedelta(hours=-5)))
    assert message.headers == {"auto-submitted": "auto-replied"}
    assert message.body is None


def test_broken_encoded_words_never_raise() -> None:
    """A malformed encoded word stays as written instead of stopping the index."""
    message = parse_headers(
        b"From: =?utf-8?b?\xff?= <x@acme.example>\r\nSubject: =?utf-8?b?\xff?=\r\n\r\n"
    )
    assert message.sender is not None
    assert message.sender.email == "x@acme.example"
    assert message.subject.startswith("=?utf-8?b?")


def test_eight_bit_headers_are_read_as_utf8() -> None:
    """Raw UTF-8 in a header (common in real mail) is decoded, not mangled."""
    assert parse_headers("Subject: Entrevista técnica\r\n\r\n".encode()).subject == (
        "Entrevista técnica"
    )


def test_garbage_is_a_defect_not_an_exception() -> None:
    """Lines without a colon are recorded as defects; the rest is still read."""
    message = parse_headers(b"this is not a header\r\nSubject: Hi\r\n\r\n")
    assert message.subject == "Hi"
    assert message.defects == ("MissingHeaderBodySeparatorDefect",)
    assert parse_message(b"\xff\xfe\x00garbage").defects is not None


def test_a_missing_date_offset_is_utc() -> None:
    """A Date without a zone is taken as UTC."""
    message = parse_headers(b"Date: Thu, 19 Nov 2026 10:00:00\r\n\r\n")
    assert message.date == datetime(2026, 11, 19, 10, tzinfo=UTC)


LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._-+", min_size=1, max_size=12)
NAMES = st.text(
    alphabet=st.characters(blacklist_characters='"<>,()\\:;@\r\n\t', codec="utf-8"),
    max_size=20,
)
ADDRESS = st.builds(lambda local, domain: f"{local}@{domain}.example", LOCAL, LOCAL)
ENTRY = st.one_of(
    ADDRESS,
    st.builds(lambda name, address: f"{name} <{address}>", NAMES, ADDRESS),
    st.builds(lambda name, address: f'"{name}, {name}" <{address}>', NAMES, ADDRESS),
)


@settings(max_examples=300, deadline=None)
@given(entries=st.lists(ENTRY, min_size=1, max_size=4))
def test_the_fast_address_path_agrees_with_the_stdlib(entries: list[str]) -> None:
    """Whenever the fast path reads an address list, it reads what getaddresses reads."""
    value = ", ".join(entries)
    fast = _simple_addresses(value)
    if fast is None:
        return
    assert [(n.strip(), a) for n, a in fast] == [(n.strip(), a) for n, a in getaddresses([value])]


OUTLOOK_HTML_ONLY = (
    b'From: "Whitcombe, Eleanor" <eleanor.whitcombe@stonebridge.example>\r\n'
    b"To: Jordan Lee <jordan@example.com>\r\n"
    b"Subject: RE: Financial Analyst - interview\r\n"
    b"Date: Fri, 6 Nov 2026 21:31:12 +0000\r\n"
    b'Content-Type: text/html; charset="us-ascii"\r\n'
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"<html><head><style><!-- p.MsoNormal {margin:0cm;} --></style></head><body>"
    b'<p class=3D"MsoNormal">Thank you Jordan, a pleasure&nbsp;meeting you. Enjoy your we=\r\n'
    b'ekend!</p><p>Eleanor</p><div style=3D"border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> '
    b"Jordan Lee &lt;jordan@example.com&gt;<br><b>Sent:</b> 06 November 2026 18:15</p></div>"
    b"<p>I'm excited about the next steps and what I could offer.</p></body></html>\r\n"
)


def test_an_html_only_reply_becomes_text_with_its_lines() -> None:
    """HTML-only mail reads as text: no tags, CSS or entities, the quoted header on its own line."""
    from silence_watch.core.quotes import own_text  # noqa: PLC0415 - the one test that needs it

    message = parse_message(OUTLOOK_HTML_ONLY)
    assert message.body is not None
    assert "MsoNormal" not in message.body
    assert "&nbsp;" not in message.body
    assert "&lt;" not in message.body
    assert any(line.strip().startswith("From: Jordan Lee <jordan@example.com>")
               for line in message.body.splitlines())
    mine = own_text(message.body)
    assert "Enjoy your weekend!" in mine
    assert "next steps" not in mine


def test_plain_text_is_preferred_to_html() -> None:
    """A multipart/alternative message is read from its text/plain part."""
    raw = (
        b"From: dana@acme.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/alternative; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain words.\r\n"
        b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML words.</p>\r\n--b--\r\n"
    )
    body = parse_message(raw).body
    assert body is not None
    assert "Plain words." in body
    assert "HTML words." not in body


def test_a_one_part_message_reads_the_same_without_the_mime_parser() -> None:
    """The shortcut for one text part gives the body the full parser gives, on real replies."""
    from email import message_from_bytes  # noqa: PLC0415 - the reference this test compares to
    from email.policy import compat32  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from silence_watch.core import parse  # noqa: PLC0415 - the private helpers under test
    from silence_watch.core.mime_text import html_text, single_part_body  # noqa: PLC0415

    corpus = Path(__file__).parent / "corpus" / "replies"
    compared = 0
    for path in sorted(corpus.glob("*.eml")):
        raw = path.read_bytes()
        headers = parse.HeaderBlock(raw)
        simple = single_part_body(
            raw, headers.get("Content-Type"), headers.get("Content-Transfer-Encoding"),
        )
        if simple is None:
            continue
        compared += 1
        full = parse._body_text(message_from_bytes(raw, policy=compat32), [])
        text = html_text(simple[1]) if simple[0] == "html" else simple[1]
        assert text == (full or ""), path.name
    assert compared > 500


def test_a_date_from_a_wrong_clock_is_read_from_its_arrival() -> None:
    """A Date a year after its Received stamp is a sender's clock: it came when received."""
    raw = (
        b"Received: from mail.x.example by mx.example.com; Thu, 12 Nov 2026 15:21:07 -0500\r\n"
        b"Received: from PC by mail.x.example; Fri, 12 Nov 2027 15:20:58 -0500\r\n"
        b"From: b@x.example\r\nDate: Fri, 12 Nov 2027 15:20:41 -0500\r\n\r\nHi\r\n"
    )
    assert parse_message(raw).date == datetime(2026, 11, 12, 20, 21, 7, tzinfo=UTC)
    # A sender whose zone is off by some hours is still believed.
    close = raw.replace(b"Date: Fri, 12 Nov 2027 15:20:41", b"Date: Thu, 12 Nov 2026 23:20:41")
    assert parse_message(close).date == datetime(2026, 11, 13, 4, 20, 41, tzinfo=UTC)
    # A clock reset to the epoch is no message from 1970; a week's delay in a queue is real.
    reset = raw.replace(b"Date: Fri, 12 Nov 2027 15:20:41", b"Date: Thu, 1 Jan 1970 00:04:12")
    assert parse_message(reset).date == datetime(2026, 11, 12, 20, 21, 7, tzinfo=UTC)
    late = raw.replace(b"Date: Fri, 12 Nov 2027 15:20:41", b"Date: Thu, 5 Nov 2026 15:20:41")
    assert parse_message(late).date == datetime(2026, 11, 5, 20, 20, 41, tzinfo=UTC)
    # Without a Date, and in a header fetch without Received, it is dated when found.
    found = datetime(2026, 11, 12, 21, tzinfo=UTC)
    undated = parse_headers(b"From: b@x.example\r\n\r\n")
    assert dated(undated, found).date == found
    assert "no date" in dated(undated, found).defects


def test_one_damaged_base64_line_costs_only_that_line() -> None:
    """A quoted line that lost two characters in transit: the reply's own words still read."""
    import base64  # noqa: PLC0415 - only this test encodes

    text = ("Hi Jordan, you'll hear back from me by Friday, December 4 at the latest.\n\n"
            "On Mon, Nov 16, 2026 Jordan Lee wrote:\n> Thank you for the conversation"
            " this morning, it was a pleasure.\n")  # fmt: skip
    lines = base64.encodebytes(text.encode()).decode().splitlines()
    lines[2] = lines[2][:30] + lines[2][32:]  # two characters lost in the quoted part
    raw = ("From: Tomasz <t@brightwater.example>\nTo: jordan@example.com\nSubject: Re: hi\n"
           "Date: Wed, 18 Nov 2026 10:00:00 -0500\nMIME-Version: 1.0\n"
           'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
           + "\n".join(lines) + "\n--b--\n").encode()  # fmt: skip
    body = parse_message(raw).body or ""
    assert body.startswith("Hi Jordan, you'll hear back from me by Friday, December 4")


def test_history_attached_as_a_message_is_read_as_a_forward() -> None:
    """The reply's words first; the attached .eml's after a forward line, not as theirs."""
    raw = (b"From: Priya <priya@oakridge.example>\nTo: jordan@example.com\nSubject: Re: hi\n"
           b"Date: Tue, 01 Dec 2026 10:00:00 -0500\nMIME-Version: 1.0\n"
           b'Content-Type: multipart/mixed; boundary="m"\n\n--m\n'
           b"Content-Type: text/plain; charset=utf-8\n\nWe will decide by December 11.\n--m\n"
           b"Content-Type: message/rfc822\n\nFrom: Priya <priya@oakridge.example>\n"
           b"Subject: Interview\n\nCould you send me your availability for next week?\n"
           b"--m--\n")  # fmt: skip
    body = parse_message(raw).body or ""
    own, _, attached = body.partition("---------- Forwarded message ----------")
    assert own.strip() == "We will decide by December 11."
    assert "availability" in attached
