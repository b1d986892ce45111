"""Generated mailboxes for the benchmarks: threads between recruiters and the candidate.

The same shape as ``sync_bench.generate`` (threads of 1-6 alternating between a company
and the candidate, bodies of 0.5-12 KB, 4 % with a 20-120 KB attachment) but written
as bytes from a template, so 100,000 messages take seconds instead of minutes.
"""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ME = "candidate@example.org"
COMPANIES = 400
_WORDS = (
    "thank", "you", "for", "your", "time", "today", "we", "will", "be", "in", "touch",
    "interview", "schedule", "next", "steps", "team", "role", "position", "feedback",
    "candidate", "offer", "update", "availability", "call", "tuesday", "friday",
)  # fmt: skip


def company(number: int) -> str:
    """The domain of generated company ``number``."""
    return f"company{number}.example"


def _message(
    *,
    sender: str,
    to: str,
    subject: str,
    date: datetime,
    message_id: str,
    previous: list[str],
    body: str,
) -> bytes:
    lines = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {message_id}",
    ]
    if previous:
        lines += [f"In-Reply-To: {previous[-1]}", f"References: {' '.join(previous)}"]
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 7bit",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()


def _with_attachment(raw: bytes, blob: bytes) -> bytes:
    head, _, body = raw.partition(b"\r\n\r\n")
    head = b"\r\n".join(
        line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-")
    )
    encoded = base64.encodebytes(blob).replace(b"\n", b"\r\n")
    return (
        head
        + b'\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body
        + b"\r\n--b1\r\nContent-Type: application/pdf\r\n"
        + b'Content-Disposition: attachment; filename="cv.pdf"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + encoded
        + b"--b1--\r\n"
    )


def generate(count: int, seed: int = 3) -> list[bytes]:
    """``count`` messages: threads of 1-6, bodies of 0.5-12 KB, 4 % with a 20-120 KB file."""
    rng = random.Random(seed)
    out: list[bytes] = []
    n = 0
    while len(out) < count:
        domain = company(rng.randrange(COMPANIES))
        sender = f"Recruiter {n} <talent{rng.randrange(9)}@{domain}>"
        subject = f"Interview for role {n} at {domain}"
        previous: list[str] = []
        for step in range(rng.randint(1, 6)):
            if len(out) >= count:
                break
            message_id = f"<bench-{n}-{step}@{domain}>"
            ours = step % 2 == 1
            words = rng.choices(_WORDS, k=rng.randint(80, 2000))
            raw = _message(
                sender=ME if ours else sender,
                to=sender if ours else ME,
                subject=subject if step == 0 else f"Re: {subject}",
                date=NOW - timedelta(days=(count - len(out)) / 40, minutes=step),
                message_id=message_id,
                previous=previous,
                body="\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12)),
            )
            if rng.random() < 0.04:
                raw = _with_attachment(raw, rng.randbytes(rng.randint(15_000, 90_000)))
            out.append(raw)
            previous.append(message_id)
        n += 1
    return out


def config_text(
    *,
    host: str,
    port: int,
    user: str,
    password: str,
    state_dir: str,
    interviews: int,
) -> str:
    """A configuration for the generated account with ``interviews`` of its companies."""
    lines = [
        f"me: {{name: Casey Bench, email: {ME}, timezone: UTC}}",
        (f"mailbox: {{kind: imap, host: {host}, port: {port}, security: plain,"
        f" username: {user}, password: {password}, timeout: 120}}"),
        f"state_dir: {state_dir}",
        "interviews:" if interviews else "interviews: []",
    ]
    step = max(1, COMPANIES // max(interviews, 1))
    for index in range(interviews):
        domain = company((index * step) % COMPANIES)
        lines.append(
            f"  - {{company: Company {index}, role: Engineer, date: 2026-02-10T15:00:00+00:00,"
            f" domains: [{domain}], contacts: [{{name: Talent, email: talent1@{domain}}}]}}"
        )
    return "\n".join(lines) + "\n"
