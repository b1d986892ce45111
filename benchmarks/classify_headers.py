"""Header-only classification speed: parse_headers + classify_message on generated mail.

Usage: ``python benchmarks/classify_headers.py [COUNT]`` (default 20,000). Prints the
rate; the number is recorded by hand in docs/classification.md with machine and date.
The target is 5,000 messages per second or more.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter

from silence_watch.core.classify import classify_message
from silence_watch.core.parse import parse_headers

TARGET_PER_SECOND = 5_000

#: (extra headers, from, subject): a mix like a job seeker's inbox.
SHAPES: tuple[tuple[str, str, str], ...] = (
    ("", "Dana Ruiz <dana.ruiz@acme.example>", "Re: Data Engineer interview"),
    ("", "Sam Cole <sam@talentbridge.example>", "Northwind final round"),
    ("Auto-Submitted: auto-replied\n", "Grace Liu <grace.liu@hooli.example>",
     "Out of Office: Re: Staff Engineer loop"),
    ("X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: m@initech.example\n",
     "Marcus Webb <mwebb@initech.example>", "Automatic reply: Platform Engineer"),
    ("", "MAILER-DAEMON@mail.example.com", "Undelivered Mail Returned to Sender"),
    ("List-Unsubscribe: <https://www.linkedin.example/unsub>\n",
     "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>", "12 new jobs for you"),
    ("List-Id: <news.acme.example>\nPrecedence: bulk\n", "Acme <news@acme.example>",
     "Acme Monthly"),
    ("", "Acme Corp <no-reply@us.greenhouse-mail.example>", "Thank you for applying to Acme"),
    ("", "Katrin Vogel <k.vogel@umbrella.example>", "=?utf-8?q?Abwesenheitsnotiz=3A_Bewerbung?="),
)


def generate(count: int, seed: int = 4) -> list[bytes]:
    """``count`` header blocks, shapes drawn at random with a fixed seed."""
    rng = random.Random(seed)
    messages: list[bytes] = []
    for number in range(count):
        extra, sender, subject = rng.choice(SHAPES)
        messages.append((
            f"Message-ID: <m{number}@mail.example.net>\n"
            f"Date: Wed, 25 Nov 2026 10:{number % 60:02d}:00 -0500\n"
            f"From: {sender}\nTo: Jordan Lee <jordan@example.com>\n"
            f"Subject: {subject}\nIn-Reply-To: <t{number // 3}@example.com>\n"
            f"References: <t{number // 3}@example.com>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n{extra}\n"
        ).encode())
    return messages


def main(argv: list[str]) -> int:
    """Classify the generated messages and print the rate and the kinds found."""
    count = int(argv[1]) if len(argv) > 1 else 20_000
    messages = generate(count)
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    for raw in messages:
        kinds[classify_message(parse_headers(raw)).kind] += 1
    elapsed = time.perf_counter() - started
    rate = count / elapsed
    verdict = "met" if rate >= TARGET_PER_SECOND else "MISSED"
    print(f"{count} messages in {elapsed:.2f} s: {rate:,.0f} msg/s "
          f"(target {TARGET_PER_SECOND:,} msg/s: {verdict})")
    print("kinds:", dict(sorted(kinds.items())))
    return 0 if rate >= TARGET_PER_SECOND else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
