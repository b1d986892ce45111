"""The threading headers of a sent follow-up, as mail clients read them."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

from silence_watch.delivery.smtp import Outgoing, build_message

#: An Office 365 message ID: ~90 characters and no space to fold at.
OUTLOOK_ID = (
    "BY3PR05MB8026A1B2C3D4E5F60718293A4B5C6D7E8F9@BY3PR05MB8026.namprd05.prod.outlook.example"
)


def test_long_message_ids_are_written_as_ids_not_encoded_words() -> None:
    """In-Reply-To and References keep their IDs as written (tester round t61rv).

    Folded at 78 columns by the email package, a 90-character ID became
    "=?utf-8?q?=3CBY3PR05...": Gmail and Outlook do not thread on that, so the follow-up
    left the conversation it answered.
    """
    earlier = OUTLOOK_ID.replace("BY3", "CY4")
    raw = build_message(Outgoing(
        sender=("Jordan Lee", "jordan@example.com"), to=("Dana Ruiz", "dana@acme.example"),
        subject="Re: Próximos pasos, Analista", text="Hola Dana,\n\n...",
        message_id="a1@example.com",
        date=datetime(2026, 11, 26, 9, 0, tzinfo=UTC), in_reply_to=OUTLOOK_ID,
        references=(earlier, OUTLOOK_ID),
    ))  # fmt: skip
    assert b"=?utf-8?" not in raw.split(b"\r\nSubject:")[0]
    assert b"In-Reply-To: <" + OUTLOOK_ID.encode() + b">\r\n" in raw
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert str(parsed["In-Reply-To"]) == f"<{OUTLOOK_ID}>"
    assert str(parsed["References"]).split() == [f"<{earlier}>", f"<{OUTLOOK_ID}>"]
    assert str(parsed["Subject"]) == "Re: Próximos pasos, Analista"
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
