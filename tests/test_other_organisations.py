"""Mail that names the employer but speaks for another organisation (tester round u30ic).

A friend's Calendly coffee whose confirmation carries the candidate's own note naming
Brightline is not Brightline's mail; the agency's Teams invitation for another client,
with that client's person invited, is not Halden's round though Tom is Halden's agency.
"""

from __future__ import annotations

import datetime as dt

from silence_watch.core.match import MatchRule, match_message
from silence_watch.core.model import Address, Agency, Contact, Interview, Message
from silence_watch.core.other_organisations import (
    another_client_copied,
    outsider,
    relayed_for_another,
)

ME = "jordan@example.com"
UTC = dt.UTC

BRIGHTLINE = Interview(
    id=1, company="Brightline Robotics", role="Senior Data Engineer",
    date=dt.datetime(2026, 12, 3, 18, 0, tzinfo=UTC),
    contacts=(Contact("Keisha Monroe", "keisha.monroe@brightlinerobotics.example"),),
    domains=("brightlinerobotics.example",),
)  # fmt: skip
HALDEN = Interview(
    id=2, company="Halden Foods", role="Data Analyst",
    date=dt.datetime(2026, 11, 26, 14, 0, tzinfo=UTC),
    contacts=(Contact("Rachel Osei", "rachel.osei@haldenfoods.example"),),
    domains=("haldenfoods.example",),
    agency=Agency("Kestrel Talent Partners",
                  (Contact("Tom Fairweather", "tom.fairweather@kestreltalent.example"),)),
)  # fmt: skip

MAYA = Address("Maya Chen", "maya.chen@fernwayhealth.example")
CALENDLY = Address("Calendly", "notifications@calendly.example")
TOM = Address("Tom Fairweather", "tom.fairweather@kestreltalent.example")
SIOBHAN = Address("Siobhán Daly", "siobhan.daly@corribinsurance.example")
NOTE = ("Your 30 Minute Coffee Chat with Maya Chen is scheduled.\n\nPrepping for my Brightline"
        " Robotics virtual onsite that afternoon - would love to pick your brain.")  # fmt: skip


def test_another_organisations_domain_is_an_outsider() -> None:
    """Fernway Health and Corrib are others; the employer's, its agency's and free mail are not."""
    assert outsider(MAYA, BRIGHTLINE)
    assert outsider(SIOBHAN, HALDEN)
    assert not outsider(Address("", "marcus.hale@brightlinerobotics.example"), BRIGHTLINE)
    assert not outsider(Address("", "dev@eu.haldenfoods.example"), HALDEN)  # a subdomain
    assert not outsider(TOM, HALDEN)
    assert not outsider(Address("", "maya.chen@gmail.com"), BRIGHTLINE)
    assert not outsider(CALENDLY, BRIGHTLINE)


def test_a_domain_that_carries_the_companys_name_is_its_own() -> None:
    """"brightline.ai", "halden-foods.example": unconfigured, but plainly the employer's."""
    assert not outsider(Address("", "hm@brightline.ai"), BRIGHTLINE)
    assert not outsider(Address("", "hr@halden-foods.example"), HALDEN)


def test_a_relay_speaking_for_someone_elsewhere_is_not_the_employers() -> None:
    """Calendly with Reply-To Maya at Fernway: another organisation's booking."""
    assert relayed_for_another((CALENDLY, MAYA), BRIGHTLINE)
    assert not relayed_for_another(
        (CALENDLY, Address("Keisha", "keisha.monroe@brightlinerobotics.example")), BRIGHTLINE
    )
    assert not relayed_for_another((CALENDLY,), BRIGHTLINE)


def test_a_subject_that_spells_a_copied_guests_company_is_another_clients() -> None:
    """"Corrib Insurance - ..." with Siobhán at corribinsurance copied; not Halden's."""
    subject = "Corrib Insurance - Data Analyst - 1st interview (Olivia Bennett)"
    assert another_client_copied((SIOBHAN,), subject, HALDEN)
    short = Address("Siobhán Daly", "siobhan.daly@corrib-insurance.example")
    assert another_client_copied((short,), "Teams: Corrib Insurance / Olivia Bennett", HALDEN)
    one_word = Address("Siobhán Daly", "siobhan.daly@corrib.example")
    assert another_client_copied((one_word,), "Corrib - Data Analyst - 1st interview", HALDEN)


def test_a_guest_elsewhere_under_the_employers_subject_is_no_other_client() -> None:
    """An outside interviewer on Halden's own invitation, or a subject naming nobody's firm."""
    assert not another_client_copied((SIOBHAN,), "Halden Foods - Second interview", HALDEN)
    assert not another_client_copied((SIOBHAN,), "Data Analyst - 2nd interview", HALDEN)
    dev = Address("Dev Malhotra", "dev.malhotra@haldenfoods.example")
    assert not another_client_copied((dev,), "Halden Foods - Second interview", HALDEN)
    parent = Address("Ann Kerry", "ann@kerrygroup.example")
    assert not another_client_copied((parent,), "Kerry Group / Halden Foods interview", HALDEN)
    assert another_client_copied((parent,), "Kerry Group - Data Analyst interview", HALDEN)


def message(sender: Address, *, to: tuple[Address, ...], subject: str, body: str,
            reply_to: tuple[Address, ...] = ()) -> Message:  # fmt: skip
    """One message of 18 November 2026."""
    return Message(message_id="m@mail.example", date=dt.datetime(2026, 11, 18, 15, tzinfo=UTC),
                   sender=sender, to=to, reply_to=reply_to, subject=subject,
                   body=body)  # fmt: skip


def test_a_friends_calendly_that_her_note_names_the_company_by_is_matched_to_nothing() -> None:
    """It used to match by the company named in its text (ats_body), and move the onsite."""
    coffee = message(CALENDLY, to=(Address("", ME),), reply_to=(MAYA,), body=NOTE,
                     subject="Confirmed: 30 Minute Coffee Chat with Maya Chen")  # fmt: skip
    assert match_message(coffee, (BRIGHTLINE,), own_addresses={ME}) is None
    keisha = Address("Keisha Monroe", "keisha.monroe@brightlinerobotics.example")
    hers = message(CALENDLY, to=(Address("", ME),), reply_to=(keisha,), body=NOTE,
                   subject="Confirmed: Brightline onsite prep call")  # fmt: skip
    found = match_message(hers, (BRIGHTLINE,), own_addresses={ME})
    assert found is not None
    assert found.interview_id == BRIGHTLINE.id


def test_the_agencys_invitation_for_another_client_is_not_this_process() -> None:
    """Tom, Halden's agency, inviting Olivia and Siobhán at Corrib: no match to Halden."""
    corrib = message(TOM, to=(Address("", ME), SIOBHAN), body="Here's the Teams slot.",
                     subject="Corrib Insurance - Data Analyst - 1st interview (Olivia Bennett)")
    assert match_message(corrib, (HALDEN,), own_addresses={ME}) is None
    halden = message(TOM, to=(Address("", ME),), body="They'd like you in for a second stage.",
                     subject="Halden Foods - second stage")  # fmt: skip
    found = match_message(halden, (HALDEN,), own_addresses={ME})
    assert found is not None
    assert found.rule == MatchRule.AGENCY
