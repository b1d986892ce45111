"""The call plan: numbers from signatures, the best time in their zone, what to say."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.callplan import (
    Caller,
    CallFacts,
    best_time,
    call_plan,
    dialled,
    region_of,
    signature_numbers,
)

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")

GERMAN_REPLY = """Hallo Jordan,

vielen Dank, wir melden uns bis Freitag.

Viele Grüße
Dana Ruiz
Talent Partner | Acme GmbH
Tel.: 030 1234567
Mobil: +49 (0)170 1234567
--\x20
Acme GmbH · Friedrichstraße 1 · 10117 Berlin · Fax 030 1234568

Am 24.11.2026 um 10:00 schrieb Jordan Lee <jordan@example.com>:
> Meine Nummer: +1 212 555 0100
"""

OUTLOOK_REPLY = """Thanks Jordan, we will be in touch next week.

Lee Park | Engineering Manager
Office: (415) 555-0132 | lee.park@acme.example

From: Jordan Lee <jordan@example.com>
Sent: Tuesday, November 24, 2026 10:00 AM
Subject: Thank you
Call me any time on 212-555-0100.
"""


def test_numbers_come_from_their_signature_never_from_quoted_text() -> None:
    """Signature numbers are kept (national ones read in the sender's country); quotes never."""
    numbers = signature_numbers(GERMAN_REPLY, "DE")
    assert numbers[:2] == ("+49301234567", "+491701234567")
    assert "+12125550100" not in numbers


def test_an_outlook_reply_keeps_the_signature_above_the_original() -> None:
    """Outlook's header block ends the sender's text; the number above it is theirs."""
    assert signature_numbers(OUTLOOK_REPLY, "US") == ("+14155550132",)


def test_without_a_country_only_international_numbers_are_kept() -> None:
    """A national number cannot be read without knowing the country."""
    assert signature_numbers(GERMAN_REPLY, None) == ("+491701234567",)


def test_a_number_is_written_as_the_candidate_dials_it() -> None:
    """National format at home, international abroad, international when unknown."""
    assert dialled("+49301234567", "DE") == "030 1234567"
    assert dialled("+49301234567", "US") == "+49 30 1234567"
    assert dialled("+14155550132", "US") == "(415) 555-0132"
    assert dialled("+14155550132", None) == "+1 415-555-0132"


@pytest.mark.parametrize(
    ("domain", "region"),
    [("acme.de", "DE"), ("mail.acme.fr", "FR"), ("acme.co.uk", "GB"), ("acme.example", None),
     ("acme.com", None)],
)  # fmt: skip
def test_a_domain_names_a_country_only_by_a_country_ending(domain: str, region: str | None) -> None:
    """A country-code ending reads national numbers; .com and .example do not."""
    assert region_of(domain) == region


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 12, 7, 8, 0, tzinfo=BERLIN), datetime(2026, 12, 7, 14, 30, tzinfo=BERLIN)),
        (datetime(2026, 12, 4, 9, 0, tzinfo=BERLIN), datetime(2026, 12, 4, 10, 0, tzinfo=BERLIN)),
        (datetime(2026, 12, 4, 9, 30, tzinfo=BERLIN), datetime(2026, 12, 7, 14, 30, tzinfo=BERLIN)),
        (datetime(2026, 12, 5, 12, 0, tzinfo=BERLIN), datetime(2026, 12, 7, 14, 30, tzinfo=BERLIN)),
    ],
    ids=["monday-morning", "friday-morning", "friday-too-late", "saturday"],
)
def test_the_best_time_skips_monday_mornings_friday_afternoons_and_weekends(
    now: datetime, expected: datetime
) -> None:
    """Mid-morning or mid-afternoon of a business day, at least an hour ahead."""
    assert best_time(now, BERLIN, frozenset(range(5))) == expected


def facts(**changes: object) -> CallFacts:
    """The Acme process, overdue, with Dana's numbers."""
    values: dict[str, object] = {
        "company": "Acme GmbH", "role": "Data Engineer",
        "interview_at": datetime(2026, 11, 18, 15, 0, tzinfo=BERLIN), "round": 2,
        "promised_by": date(2026, 11, 27), "promiser": "Dana Ruiz",
        "callers": (Caller("Dana Ruiz", "dana@acme.example", ("+49301234567",)),),
        "employer_zone": BERLIN, "my_zone": NY, "my_country": "US",
    }  # fmt: skip
    values.update(changes)
    return CallFacts(**values)  # type: ignore[arg-type]


def test_a_directory_name_is_said_the_way_a_person_says_it() -> None:
    """"Kowalczyk, Beth" from an Outlook directory is Beth Kowalczyk in the plan (t57dg)."""
    lines = call_plan(
        facts(callers=(Caller("Kowalczyk, Beth", "beth.k@acme.example", ("+49301234567",)),),
              promiser="Kowalczyk, Beth"),
        datetime(2026, 12, 1, 3, 0, tzinfo=NY),
    )  # fmt: skip
    assert "  Whom to call: Beth Kowalczyk (beth.k@acme.example), +49 30 1234567" in lines
    assert any(line.endswith("Beth Kowalczyk hoped to decide by Fri 27 Nov: ask where things"
                             " stand now.") for line in lines)  # fmt: skip


def test_the_plan_says_whom_when_what_and_what_if_no() -> None:
    """Whom and which number, their time and ours, three points, and the plan for a no."""
    lines = call_plan(facts(), datetime(2026, 12, 1, 3, 0, tzinfo=NY))
    assert lines == [
        "Call plan for Acme GmbH — Data Engineer",
        "  Whom to call: Dana Ruiz (dana@acme.example), +49 30 1234567",
        "  Best time: Tue 1 Dec 10:00 their time (Tue 1 Dec 04:00 yours)",
        "  Talking points:",
        "    1. You are calling about the Data Engineer role, and you are still very interested.",
        "    2. Your second round was on Wed 18 Nov; thank them again for the time.",
        "    3. Dana Ruiz hoped to decide by Fri 27 Nov: ask where things stand now.",
        "  If the answer is no: thank them for telling you; ask what would have made the",
        "    difference, so you can use it next time; ask to stay in touch for future roles.",
    ]


def test_without_a_number_or_a_promise_the_plan_says_so() -> None:
    """No number: say so and suggest asking; no promise: ask when they expect to decide."""
    lines = call_plan(facts(callers=(), promised_by=None, employer_zone=NY),
                      datetime(2026, 12, 1, 12, 0, tzinfo=NY))  # fmt: skip
    assert "no phone number was found in their signatures" in lines[1]
    assert lines[2] == "  Best time: Tue 1 Dec 14:30"
    assert lines[6] == "    3. Ask where things stand and when they expect to decide."


def test_the_digest_shows_the_whole_plan_only_with_a_number_to_call() -> None:
    """With a number: the plan; without: one line that says where the talking points are."""
    from silence_watch.core.callplan import digest_lines  # noqa: PLC0415 - one test

    now = datetime(2026, 12, 1, 3, 0, tzinfo=NY)
    assert digest_lines(facts(), now, 7) == call_plan(facts(), now)[1:]
    (line,) = digest_lines(facts(callers=()), now, 7)
    assert line == (
        "  No phone number in their signatures yet; the talking points are in:"
        " silence-watch plan --call 7"
    )


def test_the_digest_offers_the_call_beside_the_overdue_process() -> None:
    """The plan's lines appear under the overdue process, after the known people."""
    from silence_watch.core.digest import DigestNews, render_digest  # noqa: PLC0415 - one test
    from silence_watch.core.ladder import PolicySettings  # noqa: PLC0415 - one test
    from silence_watch.core.model import Interview  # noqa: PLC0415 - one test
    from silence_watch.core.policy import assess  # noqa: PLC0415 - one test
    from silence_watch.core.workdays import BusinessCalendar  # noqa: PLC0415 - one test

    acme = Interview(1, "Acme GmbH", "Data Engineer", datetime(2026, 11, 2, 15, tzinfo=NY))
    now = datetime(2026, 11, 20, 9, tzinfo=NY)
    verdict = assess(acme, [], now, PolicySettings(calendar=BusinessCalendar(NY)))
    plan = call_plan(facts(), now)
    news = DigestNews(known_people={1: "Priya Shah (Staff Engineer)"}, call_plans={1: plan[1:]})
    text = render_digest([(acme, verdict)], [], now=now, zone=NY, news=news)
    overdue = text.split("OVERDUE", 1)[1]
    expected = (
        "      you know: Priya Shah (Staff Engineer)\n      or call instead of writing:\n"
        "      Whom to call: Dana Ruiz (dana@acme.example), +49 30 1234567\n"
    )
    assert expected in overdue
