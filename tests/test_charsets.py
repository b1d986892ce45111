"""Text whose charset label lies, decoded as mail clients decode it (tester round t62ml)."""

from __future__ import annotations

import pytest

from silence_watch.core.charsets import decode_bytes
from silence_watch.core.parse import decode_text, parse_message


@pytest.mark.parametrize(
    ("data", "charset", "text"),
    [
        # windows-1252 quotes and dash under a latin-1 label: never C1 control characters
        (b"\x84Senior Data Analyst\x93 \x96 Einladung", "iso-8859-1",
         "\u201eSenior Data Analyst\u201c \u2013 Einladung"),
        (b"Preis: 80 \x80", "us-ascii", "Preis: 80 €"),
        # UTF-8 bytes under a legacy label: the name as written, not "JosÃ©"
        ("José Ángel Muñoz".encode(), "iso-8859-1", "José Ángel Muñoz"),
        ("Ça me va, merci".encode(), "windows-1252", "Ça me va, merci"),
        # honest labels stay as they were
        ("Grüße aus Köln".encode("latin-1"), "iso-8859-1", "Grüße aus Köln"),
        ("Željko, 80 €".encode("iso-8859-15"), "iso-8859-15", "Željko, 80 €"),
        (b"Dank je wel", None, "Dank je wel"),
        # an unknown label is read as UTF-8, never an error
        ("Olá".encode(), "x-unknown-charset", "Olá"),
    ],
)
def test_bytes_read_as_clients_read_them(data: bytes, charset: str | None, text: str) -> None:
    """Latin-1 labels mean windows-1252; valid UTF-8 under a one-byte label is UTF-8."""
    assert decode_bytes(data, charset) == text


def test_an_encoded_subject_with_windows_quotes_has_no_control_characters() -> None:
    """The draft's "Re:" subject is taken from this header: it must read as written."""
    subject = "=?iso-8859-1?q?Ihre_Bewerbung_als_=84Senior_Data_Analyst=93_=96_Einladung?="
    expected = "Ihre Bewerbung als \u201eSenior Data Analyst\u201c \u2013 Einladung"
    assert decode_text(subject) == expected


def test_a_mislabelled_utf8_body_and_name_read_right() -> None:
    """A body and a display name in UTF-8 bytes under an iso-8859-1 label."""
    raw = (
        "From: =?iso-8859-1?q?Jos=C3=A9_=C3=81ngel?= <jose@sierra.example>\r\n"
        "To: jordan@example.com\r\nSubject: Re: Entrevista\r\n"
        "Date: Fri, 13 Nov 2026 10:00:00 -0600\r\nMessage-ID: <m1@sierra.example>\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "En cuanto tengamos una decisión se la haré saber.\r\n"
    ).encode()
    message = parse_message(raw)
    assert message.sender is not None
    assert message.sender.name == "José Ángel"
    assert message.body is not None
    assert "decisión se la haré saber" in message.body
