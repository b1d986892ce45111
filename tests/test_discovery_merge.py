"""Discovery's bookkeeping: one proposal per round, the better time, the evidence together."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.discovery import (
    absorb,
    combined,
    describe,
    fill_roles,
    merge,
    merge_all,
    process_of,
    round_of,
    same_company,
    same_round,
    split_as,
    unify_names,
    worth_reading,
)
from silence_watch.core.invites import ProposalKind, ProposedInterview
from silence_watch.core.model import Address, Agency, Contact, Interview, Message, Process

NY = ZoneInfo("America/New_York")
AT = datetime(2026, 11, 3, 15, tzinfo=NY)
DANA = Address("Dana Ruiz", "dana.ruiz@acme.example")


def seen(kind: ProposalKind, start: datetime = AT, **fields: object) -> ProposedInterview:
    """A proposal of ``kind`` at ``start``, from Acme unless said otherwise."""
    values: dict[str, object] = {
        "uid": f"{kind.value}-{start.isoformat()}",
        "sequence": 0,
        "method": "",
        "start": start,
        "company": "Acme Corp",
        "organizer": DANA,
        "domains": ("acme.example",),
        "kind": kind,
        "evidence": (f"{kind.value}@example.com",),
        "sources": (kind.value,),
        "confidence": 0.75,
    }
    values.update(fields)
    return ProposedInterview(**values)  # type: ignore[arg-type]


def test_one_employer_one_time_is_one_round() -> None:
    """Same company within 90 minutes, or a note's whole day, is one round; else two."""
    assert same_round(seen(ProposalKind.ACCEPTED), seen(ProposalKind.CONFIRMATION,
                                                           AT + timedelta(minutes=30)))
    assert not same_round(seen(ProposalKind.ACCEPTED), seen(ProposalKind.CONFIRMATION,
                                                               AT + timedelta(hours=3)))
    note = seen(ProposalKind.THANK_YOU, datetime(2026, 11, 3, tzinfo=NY), all_day=True)
    assert same_round(note, seen(ProposalKind.CONFIRMATION, AT + timedelta(hours=5)))
    assert not same_round(note, seen(ProposalKind.CONFIRMATION, AT + timedelta(days=1)))
    other = seen(ProposalKind.CONFIRMATION, company="Globex", domains=(), organizer=None)
    assert not same_round(seen(ProposalKind.ACCEPTED), other)


def test_an_unnamed_employer_is_the_same_by_its_people_or_domains() -> None:
    """Without a company name, a shared domain or person ties two sightings."""
    unnamed = seen(ProposalKind.ACCEPTED, company=None)
    assert same_round(unnamed, seen(ProposalKind.CONFIRMATION))
    stranger = seen(ProposalKind.ACCEPTED, company=None, domains=(), organizer=None)
    assert not same_round(stranger, seen(ProposalKind.CONFIRMATION))


def test_names_of_one_company_match_and_others_do_not() -> None:
    """"Acme" is "Acme Corp", "Vantageorbital" is "Vantage Orbital"; "Acme" is not "Acmex"."""
    assert same_company("Acme", "Acme Corp")
    assert same_company("Vantageorbital", "Vantage Orbital")
    assert not same_company("Acme", "Acmex")
    assert not same_company(None, "Acme")


def test_the_merge_keeps_the_most_exact_time_and_all_the_evidence() -> None:
    """An accepted time and a confirmation: the confirmation's time, both pieces of evidence."""
    accepted = seen(ProposalKind.ACCEPTED, role="Data Engineer")
    confirmed = seen(ProposalKind.CONFIRMATION, AT + timedelta(minutes=30), confidence=0.85)
    both = merge(accepted, confirmed)
    assert both.start == confirmed.start
    assert both.kind is ProposalKind.CONFIRMATION
    assert both.role == "Data Engineer"
    assert set(both.evidence) == {"accepted@example.com", "confirmation@example.com"}
    assert both.confidence == combined(0.75, 0.85) > 0.85


def test_the_same_evidence_twice_is_not_more_confidence() -> None:
    """Seeing one message again adds nothing to the confidence."""
    once = seen(ProposalKind.CONFIRMATION)
    assert merge(once, once).confidence == once.confidence


def test_combined_confidence_grows_but_never_reaches_certainty() -> None:
    """Independent pieces add up (1 - product of doubts), capped at 0.99."""
    assert combined(0.6) == 0.6
    assert combined(0.6, 0.5) == 0.8
    assert combined(0.95, 0.95, 0.95) == 0.99
    assert combined(1.5, -1) == 0.99


def test_merging_a_batch_gives_one_proposal_per_round_in_order() -> None:
    """Five sightings of two rounds give two proposals, earliest first."""
    later = AT + timedelta(days=9)
    found = merge_all([
        seen(ProposalKind.THANK_YOU, datetime(2026, 11, 12, tzinfo=NY), all_day=True),
        seen(ProposalKind.CONFIRMATION, later),
        seen(ProposalKind.ACCEPTED),
        seen(ProposalKind.VIDEO_LINK, AT + timedelta(minutes=15)),
        seen(ProposalKind.INVITATION, later, confidence=0.9),
    ])
    assert [(p.start, p.kind) for p in found] == [
        (AT + timedelta(minutes=15), ProposalKind.VIDEO_LINK),
        (later, ProposalKind.INVITATION),
    ]


def test_a_stored_proposal_absorbs_a_sighting_and_keeps_its_id() -> None:
    """The stored id stays (a digest number points to it); a better time still wins."""
    stored = seen(ProposalKind.ACCEPTED, uid="mail-abc")
    better = seen(ProposalKind.CONFIRMATION, AT + timedelta(minutes=30), uid="mail-xyz")
    kept = absorb(stored, better)
    assert kept.uid == "mail-abc"
    assert kept.start == better.start
    invitation = seen(ProposalKind.INVITATION, uid="ical-1", sequence=2, method="REQUEST")
    assert absorb(invitation, better).kind is ProposalKind.INVITATION
    assert absorb(invitation, better).sequence == 2


def test_rounds_of_one_company_share_its_fullest_name_role_and_agency() -> None:
    """"Acme" joins "Acme Corp"; a round without a role or agency takes the company's."""
    agency = Agency("Talent Bridge", (Contact("Sam Cole", "sam@talentbridge.example"),))
    rounds = [
        seen(ProposalKind.ACCEPTED, company="Acme", role="Data Engineer", agency=agency),
        seen(ProposalKind.CONFIRMATION, AT + timedelta(days=7), company="Acme Corp"),
        seen(ProposalKind.CONFIRMATION, AT + timedelta(days=9), company="Globex", domains=()),
    ]
    filled = fill_roles(unify_names(rounds))
    assert [(p.company, p.role, p.agency) for p in filled] == [
        ("Acme Corp", "Data Engineer", agency),
        ("Acme Corp", "Data Engineer", agency),
        ("Globex", None, None),
    ]


def _process(company: str, role: str, *dates: datetime, closed: bool = False) -> Process:
    rounds = tuple(
        Interview(id=i + 1, company=company, role=role, date=d, process_id=7)
        for i, d in enumerate(dates)
    )
    return Process(id=7, company=company, role=role, rounds=rounds, closed=closed)


def test_a_proposal_of_a_known_process_finds_it_and_its_round() -> None:
    """By company; the round it sees again within 12 hours, or on a note's day."""
    acme = _process("Acme Corp", "Data Engineer", AT - timedelta(days=7), AT + timedelta(hours=2))
    assert process_of(seen(ProposalKind.ACCEPTED, company="Acme"), [acme]) is acme
    assert process_of(seen(ProposalKind.ACCEPTED, company="Globex"), [acme]) is None
    closed = _process("Acme Corp", "Data Engineer", AT, closed=True)
    assert process_of(seen(ProposalKind.ACCEPTED), [closed]) is None
    assert round_of(seen(ProposalKind.ACCEPTED), acme) == acme.rounds[1]
    assert round_of(seen(ProposalKind.ACCEPTED, AT + timedelta(days=2)), acme) is None
    note = seen(ProposalKind.THANK_YOU, datetime(2026, 10, 27, tzinfo=NY), all_day=True)
    assert round_of(note, acme) == acme.rounds[0]


def test_a_proposal_naming_the_company_shorter_finds_it_by_its_domain() -> None:
    """"Saltmarsh" at saltmarsh.example is the "Saltmarsh Analytics" process: no duplicate."""
    first = Interview(id=1, company="Saltmarsh Analytics", role="Data Platform Engineer",
                      date=AT, domains=("saltmarsh.example",), process_id=7)  # fmt: skip
    analytics = Process(id=7, company=first.company, role=first.role, rounds=(first,))
    short = seen(ProposalKind.ACCEPTED, company="Saltmarsh", domains=("saltmarsh.example",))
    assert process_of(short, [analytics]) is analytics
    assert round_of(short, analytics) == analytics.rounds[0]
    elsewhere = seen(ProposalKind.ACCEPTED, company="Globex", domains=("globex.example",))
    assert process_of(elsewhere, [analytics]) is None


def test_two_open_processes_of_one_company_are_told_apart_by_role() -> None:
    """With two Acme applications, the role decides; without one, neither is chosen."""
    engineer = _process("Acme Corp", "Data Engineer", AT)
    analyst = replace(_process("Acme Corp", "Data Analyst", AT), id=8)
    both = [engineer, analyst]
    assert process_of(seen(ProposalKind.ACCEPTED, role="Data Analyst"), both) is analyst
    assert process_of(seen(ProposalKind.ACCEPTED), both) is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Acme / Data Engineer", ("Acme", "Data Engineer")),
        ("Lumen and Vale / Engineering Manager", ("Lumen and Vale", "Engineering Manager")),
        ("Acme", ("Acme", None)),
        ("/ Data Engineer", (None, "Data Engineer")),
        (None, (None, None)),
    ],
)
def test_add_as_names_company_and_role(text: str | None, parts: tuple[str | None, ...]) -> None:
    """``add 5 as Company / Role``: either side may be left out."""
    assert split_as(text) == parts


def test_a_proposal_in_words_names_who_when_with_whom_and_how_sure() -> None:
    """One line for the digest and the CLI, the time in the candidate's zone."""
    proposal = seen(ProposalKind.CONFIRMATION, role="Data Engineer", confidence=0.93,
                    sources=("a Calendly confirmation", "your thank-you note"))
    line = describe(proposal, NY, AT - timedelta(days=3))
    assert line == (
        "Acme Corp, Data Engineer: Tue 3 Nov 15:00 with Dana Ruiz; seen in a Calendly "
        "confirmation, your thank-you note (very likely an interview)"
    )
    unnamed = describe(seen(ProposalKind.THANK_YOU, company=None, all_day=True), NY, AT)
    assert unnamed.startswith("an employer not named in the mail: Tue 3 Nov with")


def _headers(subject: str, sender: str = "dana.ruiz@acme.example", **headers: str) -> Message:
    return Message(message_id="x@example.com", date=AT, sender=Address("", sender),
                   subject=subject, headers=headers)


def test_only_mail_that_may_show_an_interview_is_read_whole() -> None:
    """Headers decide: meeting subjects, hiring systems, invitations, the candidate's replies."""
    assert worth_reading(_headers("Interview for the Data Engineer role"), outbound=False)
    assert worth_reading(_headers("Update", "no-reply@hire.lever.example"), outbound=False)
    assert worth_reading(_headers("Update", **{"content-type": "text/calendar"}), outbound=False)
    outlook = {"content-class": "urn:content-classes:calendarmessage"}
    assert worth_reading(_headers("Acme | Panel", **outlook), outbound=False)
    assert not worth_reading(_headers("Your receipt"), outbound=False)
    newsletter = _headers("The interview issue", "news@weekly.example",
                          **{"list-unsubscribe": "<mailto:u@weekly.example>"})
    assert not worth_reading(newsletter, outbound=False)
    ats = _headers("Interview confirmed", "no-reply@greenhouse-mail.example",
                   **{"list-unsubscribe": "<mailto:u@greenhouse-mail.example>"})
    assert worth_reading(ats, outbound=False)
    reply = replace(_headers("Re: hello"), in_reply_to="p@acme.example")
    assert worth_reading(reply, outbound=True)
    assert worth_reading(_headers("Thank you"), outbound=True)
    assert not worth_reading(_headers("Photos from Sunday"), outbound=True)
