"""A phone call instead of another email: whom to call, when, and what to say. Pure.

The numbers come from the employer's own signatures (read with ``phonenumbers``: a number
is kept only when the library finds it valid), shown the way the candidate dials them:
national format at home, international abroad. The best time is a mid-morning or
mid-afternoon of the employer's next business day (never a Monday morning or a Friday
afternoon, when inboxes and week plans come first), in their zone with the candidate's
beside it. Three talking points name what this process is about; the last lines say what
to do when the answer is no. Never reads the clock: ``now`` is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Final

from silence_watch.core.personnames import person_name
from silence_watch.core.signed_text import signed_text
from silence_watch.core.words import day_words, moment_words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, tzinfo

#: A signature sits in the last lines of the sender's own text.
_SIGNATURE_LINES: Final = 15
#: Good moments to reach someone at work, in their zone: mid-morning, mid-afternoon.
_CALL_TIMES: Final = (time(10, 0), time(14, 30))


@dataclass(frozen=True, slots=True)
class Caller:
    """Someone on the employer's side with a number in their signature."""

    name: str
    email: str
    numbers: tuple[str, ...]  # E.164, best first


@dataclass(frozen=True, slots=True)
class CallFacts:
    """What a call plan is made of (the shell gathers it from the store and the config)."""

    company: str
    role: str
    interview_at: datetime
    round: int
    promised_by: date | None
    promiser: str
    callers: tuple[Caller, ...]
    employer_zone: tzinfo
    my_zone: tzinfo
    my_country: str | None
    business_days: frozenset[int] = frozenset(range(5))  # Monday = 0


def signature_text(body: str) -> str:
    """The last lines of the sender's own text with its signature (``core.signed_text``)."""
    return "\n".join(signed_text(body, footers=False).splitlines()[-_SIGNATURE_LINES:])


def signature_numbers(body: str, region: str | None) -> tuple[str, ...]:
    """The valid phone numbers in a message's signature, as E.164, in order, once each.

    ``region`` (a country code such as "DE") reads numbers written without their country
    code; without one, only numbers written with "+" are kept.
    """
    import phonenumbers  # noqa: PLC0415 - ~20 ms, loaded when a number is read

    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(
        signature_text(body), (region or "ZZ").upper(), leniency=phonenumbers.Leniency.VALID
    ):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in found:
            found.append(e164)
    return tuple(found)


def region_of(domain: str) -> str | None:
    """The country a mail domain names by its ending (``acme.de`` is DE), if it names one."""
    import phonenumbers  # noqa: PLC0415 - ~20 ms, loaded when a number is read

    ending = domain.rpartition(".")[2].upper()
    if ending == "UK":
        return "GB"
    return ending if len(ending) == 2 and ending in phonenumbers.SUPPORTED_REGIONS else None


def dialled(e164: str, country: str | None) -> str:
    """A number as the candidate dials it: national format at home, international abroad."""
    import phonenumbers  # noqa: PLC0415 - ~20 ms, loaded when a number is read

    number = phonenumbers.parse(e164, None)
    home = country is not None and phonenumbers.region_code_for_number(number) == country.upper()
    style = phonenumbers.PhoneNumberFormat.NATIONAL if home else (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def best_time(now: datetime, zone: tzinfo, business_days: frozenset[int]) -> datetime:
    """The next good moment to call, in ``zone``: at least an hour from ``now``.

    Mid-morning or mid-afternoon of a business day; not Monday morning, not Friday
    afternoon.
    """
    local = now.astimezone(zone)
    day = local.date()
    for _ in range(21):
        if day.weekday() in business_days:
            for slot in _CALL_TIMES:
                monday_morning = day.weekday() == 0 and slot.hour < 12
                friday_afternoon = day.weekday() == 4 and slot.hour >= 12
                moment = datetime.combine(day, slot, tzinfo=zone)
                if moment >= local + timedelta(hours=1) and not (
                    monday_morning or friday_afternoon
                ):
                    return moment
        day += timedelta(days=1)
    return datetime.combine(day, _CALL_TIMES[0], tzinfo=zone)


def _spoken(display: str) -> str:
    """A person as one says their name: "Beth Kowalczyk" for "Kowalczyk, Beth" (t57dg)."""
    named = person_name(display) if display else None
    return named.whole if named is not None and named.whole else display


def call_plan(facts: CallFacts, now: datetime) -> list[str]:
    """The plan as plain lines (``plan --call`` prints them; the digest shows them)."""
    label = f"{facts.company} — {facts.role}" if facts.role else facts.company
    lines = [f"Call plan for {label}"]
    today = now.astimezone(facts.my_zone).date()
    caller = next((c for c in facts.callers if c.numbers), None)
    if caller is None:
        lines.append(
            "  Whom to call: no phone number was found in their signatures; ask for one in"
            " your follow-up, or write instead."
        )
    else:
        numbers = ", ".join(dialled(n, facts.my_country) for n in caller.numbers[:2])
        who = _spoken(caller.name) or caller.email
        lines.append(f"  Whom to call: {who} ({caller.email}), {numbers}")
    at = best_time(now, facts.employer_zone, facts.business_days)
    theirs = f"{day_words(at.date(), today=today)} {at:%H:%M}"
    mine = moment_words(at, facts.my_zone, now=now)
    when = theirs if mine == theirs else f"{theirs} their time ({mine} yours)"
    lines.append(f"  Best time: {when}")
    lines.append("  Talking points:")
    lines += [f"    {n}. {point}" for n, point in enumerate(talking_points(facts, today), 1)]
    lines += [
        "  If the answer is no: thank them for telling you; ask what would have made the",
        "    difference, so you can use it next time; ask to stay in touch for future roles.",
    ]
    return lines


def talking_points(facts: CallFacts, today: date) -> Sequence[str]:
    """Three short points: the role, the interview, and what they said they would do."""
    role = f"the {facts.role} role" if facts.role else f"your application at {facts.company}"
    interview_day = day_words(facts.interview_at.astimezone(facts.employer_zone).date(),
                              today=today)  # fmt: skip
    ordinal = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(facts.round)
    which = "interview" if facts.round <= 1 else f"{ordinal} round" if ordinal else (
        f"round {facts.round}"
    )
    points = [
        f"You are calling about {role}, and you are still very interested.",
        f"Your {which} was on {interview_day}; thank them again for the time.",
    ]
    if facts.promised_by is not None:
        who = _spoken(facts.promiser) or "they"
        by = day_words(facts.promised_by, today=today)
        points.append(f"{who} hoped to decide by {by}: ask where things stand now.")
    else:
        points.append("Ask where things stand and when they expect to decide.")
    return points


def digest_lines(facts: CallFacts, now: datetime, process_id: int) -> list[str]:
    """The plan as the digest shows it beside an overdue process.

    Whole when there is a number to call; else one line that says where the rest is.
    """
    if any(caller.numbers for caller in facts.callers):
        return call_plan(facts, now)[1:]
    line = (
        "  No phone number in their signatures yet; the talking points are in:"
        f" silence-watch plan --call {process_id}"
    )
    return [line]
