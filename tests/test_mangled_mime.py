"""Mail as the world mangles it (tester round u25mm): each rule, and the near-misses it spares."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from silence_watch.core.charsets import decode_bytes
from silence_watch.core.classify import classify_message
from silence_watch.core.forwarded_promises import forwarded_text, passed_on
from silence_watch.core.invisible_chars import visible
from silence_watch.core.language import fold
from silence_watch.core.mime_text import lenient_quoted_printable
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.parse import parse_message
from silence_watch.core.plain_stubs import is_placeholder
from silence_watch.core.sent_dates import sent_date

CET = timezone(timedelta(hours=1))


# --- a plain part that only says "read the HTML" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This is an HTML message. Please use an HTML capable mail program to read this message.",
        "View this email in your browser: https://t.example/v/8f2c",
        "Your email client does not support HTML. [Open in browser]",
        "Ihr E-Mail-Programm kann diese Nachricht nicht anzeigen.\n\nBrückner Karriereportal",
        "Diese Nachricht ist im HTML-Format. Bitte öffnen Sie sie im Browser.",
        "Votre client de messagerie ne peut pas afficher ce message.",
        ("Si ce message ne s'affiche pas correctement, voir la version en ligne dans votre "
         "navigateur."),
        "Su cliente de correo no puede mostrar este mensaje. Ver este correo en su navegador.",
        "Uw e-mailprogramma kan dit bericht niet weergeven.\n\nwww.kroonmeer.example",
        "Bekijk deze e-mail in je browser",
    ],
)
def test_a_placeholder_is_a_stub(text: str) -> None:
    """The sentence that sends the reader to the HTML, and little besides, in five languages."""
    assert is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        # a real plain alternative with a browser link above the letter
        ("View this email in your browser\n\nDear Jordan,\n\nThank you for interviewing with "
         "us. After careful consideration we have decided not to move forward with your "
         "candidacy for the Senior Data Analyst role. We wish you every success."),
        # words about HTML that send nobody anywhere
        "Please send your portfolio as a PDF, not as an HTML page.",
        "Ich habe Ihren HTML-Export erhalten, danke.",
        "Thanks - we'll be in touch by Friday.",
    ],
)
def test_a_letter_is_no_stub(text: str) -> None:
    """Text that says something itself is read as written."""
    assert not is_placeholder(text)


def _alternative(plain: str, html: str) -> bytes:
    return (
        "From: HR <jobs@halvorsen.example>\r\nTo: jordan@example.com\r\n"
        "Subject: Your application\r\nDate: Thu, 19 Nov 2026 20:42:11 +0000\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{plain}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def test_the_html_is_read_when_the_plain_part_is_a_stub() -> None:
    """The placeholder iCIMS writes gives way to the HTML that holds the no."""
    html = "<p>Dear Jordan,</p><p>we have decided not to move forward with your candidacy.</p>"
    body = parse_message(_alternative(
        "This is an HTML message. Please use an HTML capable mail program to read it.", html,
    )).body  # fmt: skip
    assert body is not None
    assert "not to move forward" in body
    assert "HTML message" not in body


def test_a_real_plain_part_is_still_preferred() -> None:
    """Near-miss: a plain part with the letter in it stays the text, even beside HTML."""
    body = parse_message(_alternative("Hi Jordan, we'll decide by Friday.", "<p>Other.</p>")).body
    assert body is not None
    assert "decide by Friday" in body
    assert "Other." not in body


def test_a_stub_beside_an_empty_html_part_is_kept() -> None:
    """The HTML has no words: the placeholder is all there is, and nothing is lost."""
    body = parse_message(_alternative("View this email in your browser", "<p> </p>")).body
    assert body is not None
    assert "browser" in body


# --- a Date behind the message's own Received chain -------------------------------------


ARRIVED = datetime(2027, 1, 2, 9, 15, 9, tzinfo=CET)


def test_a_date_a_year_behind_its_arrival_is_a_wrong_clock() -> None:
    """"Sat, 02 Jan 2026" (the week-based year) on mail received 2 January 2027."""
    stated = datetime(2026, 1, 2, 9, 15, 4, tzinfo=CET)
    assert sent_date(stated, [ARRIVED, ARRIVED - timedelta(seconds=3)]) == ARRIVED


def test_a_month_behind_is_a_wrong_clock_and_a_week_is_a_queue() -> None:
    """Near-miss: a week's delay is believed; a month is not."""
    assert sent_date(ARRIVED - timedelta(days=31), [ARRIVED]) == ARRIVED
    week = ARRIVED - timedelta(days=7, hours=3)
    assert sent_date(week, [ARRIVED]) == week


def test_an_old_message_with_its_old_chain_keeps_its_date() -> None:
    """An archived import, or a POP fetch that adds one new Received on top of the old ones."""
    stated = datetime(2025, 3, 4, 10, tzinfo=UTC)
    old_chain = [stated + timedelta(seconds=5), stated + timedelta(seconds=2)]
    assert sent_date(stated, old_chain) == stated
    assert sent_date(stated, [ARRIVED, *old_chain]) == stated


def test_a_redirected_message_keeps_its_date() -> None:
    """Near-miss: Resent-Date says the old words were sent on again."""
    stated = datetime(2026, 10, 1, 10, tzinfo=UTC)
    assert sent_date(stated, [ARRIVED], resent=True) == stated


def test_a_date_without_received_stands() -> None:
    """A header fetch or a Sent copy has no Received: the Date is all there is."""
    stated = datetime(2026, 1, 2, 9, tzinfo=CET)
    assert sent_date(stated, []) == stated
    assert sent_date(None, [ARRIVED]) == ARRIVED


def test_a_portal_rejection_is_dated_when_it_arrived() -> None:
    """The whole path: the Date header a year behind, the Received headers right."""
    raw = (
        b"Received: from mail.x.example by mx.example.com; Sat, 02 Jan 2027 09:15:09 +0100\r\n"
        b"Received: from portal01 by mail.x.example; Sat,  2 Jan 2027 09:15:06 +0100 (CET)\r\n"
        b"From: karriere@x.example\r\nDate: Sat, 02 Jan 2026 09:15:04 +0100\r\n\r\nAbsage\r\n"
    )
    assert parse_message(raw).date == ARRIVED
    resent = raw.replace(b"\r\n\r\n", b"\r\nResent-Date: Sat, 02 Jan 2027 09:15:00 +0100\r\n\r\n")
    assert parse_message(resent).date == datetime(2026, 1, 2, 9, 15, 4, tzinfo=CET)


# --- windows-1252 bytes under a UTF-8 label ----------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"au plus tard le 11 d\xe9cembre, c\x92est tr\xe8s gentil \x96 merci\x85",
         "au plus tard le 11 décembre, c\u2019est très gentil \u2013 merci\u2026"),
        # a UTF-8 quote under a windows-1252 reply: each part read as it was written
        ("Anaïs: ".encode() + b"l\x92\xe9change", "Anaïs: l\u2019échange"),
        # honest UTF-8 stays as it was, a byte windows-1252 lacks is still replaced
        ("décembre \u2013 Grüße".encode(), "décembre \u2013 Grüße"),
        (b"x\x81y", "x\ufffdy"),
    ],
)
def test_bytes_that_are_not_utf8_are_read_as_windows_1252(data: bytes, text: str) -> None:
    """The CRM's labelled-utf-8 windows-1252 body reads as a person reads it."""
    assert decode_bytes(data, "utf-8") == text
    assert decode_bytes(data, None) == text


# --- quoted-printable padded after a soft break -------------------------------------------


def test_padding_after_a_soft_break_is_dropped() -> None:
    """Domino's "Frei= " / "tag": RFC 2045 transport padding, deleted before decoding."""
    padded = b"sp=C3= \r\n=A4testens bis Frei= \r\ntag, den 4. Dezem=\t \r\nber"
    assert lenient_quoted_printable(padded).decode() == "spätestens bis Freitag, den 4. Dezember"


def test_a_hard_line_break_and_an_encoded_equals_sign_stay() -> None:
    """Near-miss: no soft break, no padding to drop ("=3D " is an equals sign and a space)."""
    assert lenient_quoted_printable(b"a =3D b\r\nc=3D=\r\nd") == b"a = b\r\nc=d"
    assert lenient_quoted_printable(b"Montag,   \r\nDienstag") == b"Montag,   \r\nDienstag"


def test_a_padded_part_of_a_multipart_message_reads_whole() -> None:
    """The stdlib's decoder is not used for a quoted-printable part."""
    raw = (
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        b'Content-Type: text/plain; charset="UTF-8"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Wir melden uns sp=C3= \r\n=A4testens bis Frei= \r\ntag.\r\n--b--\r\n"
    )
    assert parse_message(raw).body == "Wir melden uns spätestens bis Freitag."


# --- characters that show nothing --------------------------------------------------------


def test_zero_width_characters_are_taken_out() -> None:
    """Ashby's "Thursday,&zwnj; December&zwnj; 3" reads as a person sees it."""
    text = "Thursday,\u200c December\u200c 3 at 2:00\u200c\xa0PM \u034f\ufeffBewer\xadbung\u200b"
    assert visible(text) == "Thursday, December 3 at 2:00\xa0PM Bewerbung"
    assert fold(text) == "thursday, december 3 at 2:00 pm bewerbung"
    kept = "Grüße \u2013 Müller"  # near-miss: letters and dashes stay
    assert visible(kept) == kept


def test_an_html_body_with_zero_width_joiners_reads_its_day() -> None:
    """The text of HTML mail carries none of them, entities or characters."""
    raw = (
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>moved to <b>Thursday,&zwnj; "
        b"December&zwnj; 3 at 2:00&zwnj;&nbsp;PM ET</b>&#847;</p>\r\n"
    )
    body = parse_message(raw).body
    assert body is not None
    assert "Thursday, December 3 at 2:00" in body
    assert "\u200c" not in body
    assert "\u034f" not in body


# --- a promise the sender passes on in the message it forwards ---------------------------


SENT = datetime(2026, 11, 24, 8, 52, tzinfo=CET)
NOTE = "Hoi Fleur,\n\nGoed nieuws! Zijn planning staat in zijn mail hieronder.\n\nMirjam"


def _forward(note: str, forwarded: str, subject: str = "Fwd: RE: Terugkoppeling") -> Message:
    body = f"{note}\n\n---------- Forwarded message ----------\n{forwarded}"
    return Message(message_id="f@x", date=SENT, sender=Address("Mirjam", "mirjam@bw.example"),
                   subject=subject, body=body)  # fmt: skip


PIETER = (
    "Hoi Mirjam,\n\nWe laten jullie uiterlijk vrijdag 11 december weten of Fleur door is "
    "naar de laatste ronde.\n\nMet vriendelijke groet,\nPieter"
)
READING = (frozenset[date](), "nl", False)


def test_the_day_a_forwarded_mail_promises_is_passed_on() -> None:
    """A note that points down at the forward, and a day named whole in it."""
    reasons: list[str] = []
    found = passed_on(_forward(NOTE, PIETER), NOTE, Intent.OTHER, READING, reasons)
    assert found == date(2026, 12, 11)
    assert any("in the message it forwards" in reason for reason in reasons)


def test_an_inline_forward_with_its_header_block_is_read_the_same() -> None:
    """Gmail's "From: / Date: / Subject: / To:" lines above the forwarded words."""
    forwarded = (
        "From: Pieter Hoekstra <pieter@kroonmeer.example>\nDate: Mon, 23 Nov 2026\n"
        f"Subject: RE: Terugkoppeling\nTo: Mirjam <mirjam@bw.example>\n\n{PIETER}"
    )
    found = passed_on(_forward(NOTE, forwarded), NOTE, Intent.PLEASANTRY, READING, [])
    assert found == date(2026, 12, 11)


@pytest.mark.parametrize(
    ("note", "forwarded"),
    [
        # the note does not point at the forward: it is read as written
        ("Hoi Fleur, ter info.", PIETER),
        # "by Friday": which Friday depends on the day it was written, not the forward's
        (NOTE, "Hoi Mirjam,\n\nWe laten jullie uiterlijk vrijdag weten of Fleur door is."),
        # no promise below at all
        (NOTE, "Hoi Mirjam,\n\nDank voor het gesprek met Fleur, een sterke kandidaat."),
    ],
)
def test_no_day_is_passed_on(note: str, forwarded: str) -> None:
    """Near-misses: no pointer, a day that cannot be placed, nothing promised."""
    assert passed_on(_forward(note, forwarded), note, Intent.OTHER, READING, []) is None


def test_a_note_with_news_of_its_own_passes_nothing_on() -> None:
    """Near-miss: a no, a next step or a pause in the note is its own reading."""
    for intent in (Intent.REJECTION, Intent.NEXT_STEP, Intent.ON_HOLD, None):
        assert passed_on(_forward(NOTE, PIETER), NOTE, intent, READING, []) is None


def test_a_quoted_original_is_no_forward() -> None:
    """Outlook's "Original Message" under a reply quotes her own mail, not a forward."""
    body = f"{NOTE}\n\n-----Original Message-----\n{PIETER}"
    reply = Message(message_id="r@x", date=SENT, sender=None, subject="RE: Gesprek", body=body)
    assert forwarded_text(reply) is None
    forward = Message(message_id="r@x", date=SENT, sender=None, subject="FW: Gesprek", body=body)
    assert forwarded_text(forward) is not None


def test_the_note_s_own_date_comes_first() -> None:
    """Her own words promise a day: that one is read, not the forward's."""
    note = "Hoi Fleur,\n\nZie hieronder. Ik laat je uiterlijk maandag 30 november weten hoe."
    result = classify_message(_forward(note, PIETER))
    assert result.promised_by == date(2026, 11, 30)


def test_a_forwarded_promise_leaves_the_reading_of_the_note_alone() -> None:
    """The date is kept; what the forward is, the reader does not decide from it."""
    result = classify_message(_forward(NOTE, PIETER))
    assert result.promised_by == date(2026, 12, 11)
    assert "in the message it forwards" in " ".join(result.reasons)
