"""The reply reader's parts: HTML laid out as lines, format=flowed, real quoting samples."""

from __future__ import annotations

import email
import json
import re
from email import policy
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.commands import parse_reply, read_reply_message
from silence_watch.core.flowed import unflow
from silence_watch.core.htmltext import html_to_text
from silence_watch.core.replybody import reply_body
from silence_watch.core.replylines import BREAK, reply_lines

if TYPE_CHECKING:
    from email.message import EmailMessage

FIXTURES = Path(__file__).parent / "fixtures" / "digest_replies"
CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared/corpora/replies/crisp-email-reply-parser"
)


def _html_parts() -> list[Path]:
    """Fixtures that have an HTML part (with or without a text part)."""
    found = []
    for path in sorted(FIXTURES.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        if message.get_body(("html",)) is not None:
            found.append(path)
    return found


def _shape(reply_commands: object) -> list[tuple[str, list[int], bool, object, object, object]]:
    return [
        (c.verb.value, list(c.numbers), c.every, c.days,
         c.until.isoformat() if c.until else None, c.text)
        for c in reply_commands  # type: ignore[attr-defined]
    ]  # fmt: skip


@pytest.mark.parametrize("path", _html_parts(), ids=lambda p: p.stem)
def test_every_html_part_reads_as_its_label(path: Path) -> None:
    """Read from its HTML part alone, each reply gives exactly the labelled commands."""
    message: EmailMessage = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    html = message.get_body(("html",))
    assert html is not None
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    reply = parse_reply(
        html_to_text(str(html.get_content())), today=reply_body(path.read_bytes()).sent_on
    )
    expected = [
        (c["verb"], c["numbers"], c["every"], c["days"], c["until"], c["text"])
        for c in label["commands"]
    ]
    assert _shape(reply.commands) == expected
    assert set(label["not_understood"]) <= set(reply.not_understood)


def test_html_keeps_lines_and_drops_quotes_and_signatures() -> None:
    """Blocks and <br> make lines; blockquotes, Gmail's quote and signature never show."""
    html = (
        '<div dir="ltr">approve 1<div>skip 2<br>stop 3</div><div><br></div>'
        '<div class="gmail_signature">approve all</div></div>'
        '<div class="gmail_quote"><div class="gmail_attr">On Tue wrote:</div>'
        "<blockquote>approve 4</blockquote></div>"
        "<blockquote type=cite>skip all</blockquote>after the quote &amp; more"
    )
    assert html_to_text(html).split("\n") == [
        "approve 1",
        "skip 2",
        "stop 3",
        "",
        "after the quote & more",
    ]


def test_html_drops_outlooks_original_after_its_header() -> None:
    """Outlook's reply header and everything after it are not the candidate's."""
    html = (
        "<div>approve 1</div><hr><div id='divRplyFwdMsg'><b>From:</b> silence-watch</div>"
        "<div>approve all</div><p class=MsoNormal>skip 2</p>"
    )
    assert html_to_text(html).strip() == "approve 1"


def test_broken_html_is_empty_text_not_an_error() -> None:
    """Whatever arrives as HTML, the converter returns text and never raises."""
    for html in ("", "   ", "<", "<html><body>", "\x00\x01"):
        assert isinstance(html_to_text(html), str)


def test_flowed_lines_are_joined_and_quotes_kept() -> None:
    """Soft breaks (a trailing space) join; quote depth and the signature line stay."""
    text = "Hi Lee, \nthanks again.\n> quoted and \n> joined\n>> deeper\n-- \nJordan"
    assert unflow(text) == "Hi Lee, thanks again.\n> quoted and joined\n>> deeper\n--\nJordan"
    assert unflow("one \ntwo", delsp=True) == "onetwo"
    assert unflow(" >not a quote") == ">not a quote"


def test_a_reply_with_nothing_understood_says_so() -> None:
    """Thanks and a question are no command: the reply is not understood as an answer."""
    raw = (FIXTURES / "gmail_thanks_only.eml").read_bytes()
    reply = read_reply_message(raw)
    assert not reply.understood
    assert read_reply_message(b"not a mail at all").commands == ()


def test_reply_lines_mark_where_quoted_text_stood() -> None:
    """Each quoted stretch is one break; a footer ends the candidate's lines."""
    lines = reply_lines("approve 1\n> [1] x\n> y\nskip 2\n> z\nstop 3\n")
    assert lines == ["approve 1", BREAK, "skip 2", BREAK, "stop 3"]
    footer = reply_lines("approve 1\nSent from my iPhone\n\nOn Tue wrote:\nskip 2\n")
    assert footer == ["approve 1", BREAK]


# --- real quoting samples (../shared/corpora/replies) -------------------------------------

#: Samples the reply parser's own tests say start with a common first fragment, whose
#: quote is in a language or form outside ours (Norwegian, Finnish, Danish; a French
#: webmail's "Message du :"; a sample quoting only parts of a line).
OUTSIDE = frozenset(
    {"email_norwegian_gmail", "email_finnish", "email_danish_dash_separator", "email_9", "email_7"}
)


def _corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the reply corpus is not here ({CORPUS}); it lives in ../shared/corpora")
    return CORPUS


def _common_first_fragment() -> tuple[str, list[str]]:
    """The fragment test.js compares with, and the samples it says start with it alone."""
    script = (_corpus_dir() / "test.js").read_text(encoding="utf-8")
    found = re.search(r"const COMMON_FIRST_FRAGMENT = '(.*?)';", script, re.DOTALL)
    assert found is not None
    fragment = " ".join(found[1].replace("\\n\\", " ").split())
    names = [
        m[1]
        for m in re.finditer(r'get_email\("([^"]+)"\);(.*?)test\.done', script, re.DOTALL)
        if "COMMON_FIRST_FRAGMENT, fragments[0]" in m[2]
    ]
    return fragment, names


def test_the_corpus_own_text_is_found_exactly() -> None:
    """In each sample the person's text is kept whole, and no quoted word is taken as theirs."""
    fragment, names = _common_first_fragment()
    assert len(names) > 30
    wrong = []
    for name in names:
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        own = " ".join(" ".join(line for line in reply_lines(text) if line is not BREAK).split())
        if own != fragment and name not in OUTSIDE:
            wrong.append(name)
    assert wrong == []


def test_corpus_commands_never_come_from_quotes() -> None:
    """A command put into any sample's quoted part is never read: a quote is never obeyed."""
    samples = sorted(_corpus_dir().glob("*.txt"))
    assert len(samples) > 50
    for path in samples:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        first = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">")), None)
        if first is None:
            continue
        lines.insert(first + 1, "> approve all")
        reply = parse_reply("\n".join(lines))
        assert all(not c.every for c in reply.commands), path.name


def test_real_mail_that_is_no_reply_never_yields_a_command() -> None:
    """629 real bounces (many formats, charsets, HTML): read without error, no command found."""
    bounces = CORPUS.parents[1] / "sisimai" / "eml"
    if not bounces.is_dir():
        pytest.skip(f"the bounce corpus is not here ({bounces}); it lives in ../shared/corpora")
    paths = sorted(bounces.rglob("*.eml"))
    assert len(paths) > 500
    found = []
    for path in paths:
        reply = read_reply_message(path.read_bytes())
        if reply.commands or reply.refused:
            found.append(path.name)
    assert found == []


def test_footers_are_known_by_shape_and_only_where_they_end_the_text() -> None:
    """A short line naming a phone or mail app ends the text; a sentence naming one does not."""
    for footer in ("Skickat från min iPhone", "Sent via Superhuman", "Sent with Airmail"):
        lines = reply_lines(f"approve 1\n\n{footer}\n\nOn Tue, Dec 1, 2026 wrote:\napprove 2\n")
        assert lines == ["approve 1", "", BREAK], footer
    sentence = "Sent the signed forms from my iPhone this morning."
    assert reply_lines(f"{sentence}\napprove 1\n") == [sentence, "approve 1"]
    shaped = "Typed on my iPhone"  # the shape alone: a footer only with nothing of theirs below
    assert reply_lines(f"{shaped}\napprove 1\n") == [shaped, "approve 1"]
    assert reply_lines(f"approve 1\n{shaped}\n> quoted\n") == ["approve 1", BREAK]
    for own in ("Senior Engineer at Samsung", "Experienced in Python and Spark"):
        assert reply_lines(f"Jordan\n{own}\n\n> quoted\n") == ["Jordan", own, "", BREAK], own


def test_a_numbered_line_alone_is_no_pasted_digest() -> None:
    """'[2] ...' starts the digest only with its To:/Subject: lines under it."""
    reply = parse_reply("[2] skip this one, I thanked Lee in person\napprove 1\n")
    assert [c.numbers for c in reply.commands] == [(1,)]
    assert reply.not_understood == ("[2] skip this one, I thanked Lee in person",)
    pasted = parse_reply(
        "[1] Follow-up to Acme Corp\n  To: Dana <dana@acme.example>\n  Subject: Hi\n"
        "approve all\nApproval token: sw-Q7mK2pXv9LtR4nYc8bWd1A\nskip 2\n"
    )
    assert [(c.verb.value, c.numbers) for c in pasted.commands] == [("skip", (2,))]
