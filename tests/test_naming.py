"""Naming the employer: company, role and agency as the mail writes them, never a mangled domain."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.employers import (
    display_company,
    phrase_company,
    role_in,
    spelled_out,
    title_guess,
)
from silence_watch.core.model import Address, Message
from silence_watch.core.naming import naming, signature_company

NY = ZoneInfo("America/New_York")
ME = Address("Jordan Lee", "jordan@example.com")


def writer(sender: Address, subject: str, body: str, **headers: str) -> Message:
    """A message from the employer's side to the candidate."""
    return Message(
        message_id="m1@example.com",
        date=datetime(2026, 10, 26, 10, tzinfo=NY),
        sender=sender,
        to=(ME,),
        subject=subject,
        body=body,
        headers={k.replace("_", "-"): v for k, v in headers.items()},
    )


def name_of(message: Message) -> tuple[str | None, str | None, str | None, str]:
    """naming() of a message whose people are its sender (unless a machine) and copies."""
    people = [a for a in (message.sender, *message.cc) if a is not None and "no" not in a.email]
    found = naming(message, people, f"{message.subject}\n{message.body}")
    return found.company, found.role, found.agency, found.how


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Globex Recruiting", "Globex"),
        ("Acme Corp via GoodTime", "Acme Corp"),
        ("Vantage Orbital Talent Acquisition", "Vantage Orbital"),
        ("Recruiting at Hooli", "Hooli"),
        ("Stark Analytics (via Workday)", "Stark Analytics"),
        ("Oscorp Karriere", "Oscorp"),
    ],
)
def test_a_hiring_systems_sender_name_gives_the_company(display: str, company: str) -> None:
    """An ATS or scheduler sender name loses its department and tool words."""
    assert display_company(display) == company


@pytest.mark.parametrize(
    ("text", "company", "kind"),
    [
        ("my client Initech would like to meet you", "Initech", "client"),
        ("the Product Analyst position at Globex has been scheduled", "Globex", "safe"),
        ("Thank you for your interest in Stark Analytics.", "Stark Analytics", "safe"),
        ("vielen Dank für Ihre Bewerbung bei Umbrella Health.", "Umbrella Health", "safe"),
        ("Merci pour votre candidature chez Hooli. Nous aimerions", "Hooli", "safe"),
        ("your interview with Vantage Orbital is confirmed", "Vantage Orbital", "risky"),
    ],
)
def test_telling_phrases_name_the_company(text: str, company: str, kind: str) -> None:
    """Each phrase gives the name as written, up to the end of its line or sentence."""
    assert phrase_company(text) == (company, kind)


def test_a_name_never_runs_into_the_next_line_or_sentence() -> None:
    """A name stops at a line break or a sentence's end ("Initech", not "Initech Hi Jordan")."""
    assert phrase_company("role with my client Initech\nHi Jordan,")[0] == "Initech"
    assert phrase_company("candidature chez Hooli. Nous aimerions")[0] == "Hooli"


def test_a_person_in_an_interview_phrase_is_not_the_company() -> None:
    """"Interview with Lee Park" from a hiring system names a person: the sender's name wins."""
    mail = writer(
        Address("Globex Recruiting", "no-reply@us.greenhouse-mail.example"),
        "Interview confirmed",
        "You will have an interview with Lee Park on Friday, September 18 at 11:00 AM EDT.",
    )
    assert name_of(mail)[0] == "Globex"


@pytest.mark.parametrize(
    ("texts", "role"),
    [
        (["Interview for the Data Engineer role"], "Data Engineer"),
        (["your application for the Senior Backend Developer position"],
         "Senior Backend Developer"),
        (["Role: Staff Site Reliability Engineer"], "Staff Site Reliability Engineer"),
        (["Bewerbung als Data Scientist bei uns"], "Data Scientist"),
        (["Dana Ruiz, Hiring Manager"], None),
        (["a great engineer joined us"], None),
    ],
)
def test_the_role_is_a_capitalised_job_title(texts: list[str], role: str | None) -> None:
    """A job title in a telling place is the role; a writer's own title or prose is not."""
    assert role_in(texts) == role


def test_a_title_names_company_and_role() -> None:
    """An event's or subject's title gives both ("Acme Corp - Data Engineer - Interview")."""
    assert title_guess("Acme Corp - Data Engineer - Technical Interview", ["acme.example"], ()) == (
        "Acme Corp",
        "Data Engineer",
    )


def test_a_domain_is_spelled_as_the_text_spells_it() -> None:
    """Domains vantageorbital and umbrella-health read "Vantage Orbital", "Umbrella Health"."""
    assert spelled_out("vantageorbital", ["Vantage Orbital HQ, Launch Way"]) == "Vantage Orbital"
    assert spelled_out("umbrella-health", ["Umbrella Health GmbH"]) == "Umbrella Health"
    assert spelled_out("acme", ["____________\nAcme"]) == "Acme"


def test_a_signature_names_the_company_with_its_legal_form() -> None:
    """"Dana Ruiz | Talent Acquisition | Acme Corp" gives "Acme Corp", not "Acme"."""
    lines = ["Best,", "Dana", "", "Dana Ruiz | Talent Acquisition | Acme Corp"]
    assert signature_company(lines, "acme") == "Acme Corp"
    assert signature_company(["Plaats: ScheldeSoft, Gent"], "scheldesoft") == "ScheldeSoft"


@pytest.mark.parametrize(
    ("lines", "label", "company"),
    [
        (["Keisha Abernathy", "Senior Talent Acquisition Partner", "Ravenport Insurance Group",
          "Hartford, CT | (860) 555-0142"], "ravenport", "Ravenport Insurance Group"),
        (["Élodie Marchand", "Chargée de recrutement", "Groupe Valmonde",
          "12 quai Saint-Antoine, 69002 Lyon"], "valmonde", "Groupe Valmonde"),
        (["Thijs Bakker", "Corporate Recruiter", "Van Dijk Havenlogistiek B.V.",
          "Waalhaven Zuidzijde 19 | 3089 JH Rotterdam"], "vandijkhaven",
         "Van Dijk Havenlogistiek B.V."),
        (["Sofia Marchetti", "People & Talent, Quillfeather Studio"], "quillfeather",
         "Quillfeather Studio"),
        (["Dana Ruiz", "Acme Tower, 5th floor"], "acme", "Acme"),
        (["Dana Ruiz | Acme Talent Team"], "acme", "Acme"),
        (["Dana Ruiz", "Acme Data Engineer"], "acme", "Acme"),
    ],
)
def test_a_signature_names_the_company_in_full(lines: list[str], label: str, company: str) -> None:
    """The words after the domain's name on a signature line, but no team, place or job."""
    assert signature_company(lines, label) == company


def test_a_recruiter_writing_for_a_client_is_the_agency() -> None:
    """The client is the company; the firm the recruiter signs for is the agency."""
    mail = writer(
        Address("Sam Cole", "sam@talentbridge.example"),
        "Initech - Backend Developer",
        "Hi Jordan,\n\nmy client Initech would like to meet you for the Backend Developer role."
        "\n\nBest,\nSam Cole\nSenior Recruiter | Talent Bridge",
    )
    assert name_of(mail)[:3] == ("Initech", "Backend Developer", "Talent Bridge")


def test_an_agency_signature_makes_its_final_round_a_clients() -> None:
    """A firm with a recruiter's words in its name writes for the company it names."""
    mail = writer(
        Address("Victor Huang", "victor.huang@goldengate-eng-talent.example"),
        "Final round with Ardent Motion - please confirm",
        "They'd like you on site on Tuesday, October 20 at 10:00.\n\nVictor Huang\n"
        "Engineering Talent Partner | Golden Gate Engineering Talent",
    )
    assert name_of(mail)[0] == "Ardent Motion"
    assert name_of(mail)[2] == "Golden Gate Engineering Talent"


def test_the_organization_header_names_the_company() -> None:
    """Outlook's Organization header is the company when nothing better spells the domain."""
    mail = writer(
        Address("Lena Vogt", "l.vogt@nwh-gruppe.example"),
        "Gespräch",
        "Hallo Jordan, passt Ihnen Dienstag um 14 Uhr?",
        organization="Nordwest Holding",
    )
    assert name_of(mail)[0] == "Nordwest Holding"


def test_only_a_domain_gives_a_capitalised_label_marked_as_weak() -> None:
    """With nothing but an address, the company is the domain's name, and says so."""
    mail = writer(Address("Kim", "kim@zentrix.example"), "Chat", "Tuesday at 3pm?")
    assert name_of(mail)[0] == "Zentrix"
    assert name_of(mail)[3] == "domain"
