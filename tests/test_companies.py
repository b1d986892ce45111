"""How mail names a company: relays, free-mail domains and the short forms of its name."""

from __future__ import annotations

import pytest

from silence_watch.core.companies import (
    ATS_DOMAINS,
    ATS_LABELS,
    company_key,
    company_names,
    is_consumer_domain,
    relay_of,
    vendor_named,
)
from silence_watch.core.kinds import ATS_DOMAIN
from silence_watch.core.model import Address

REQUIRED_RELAYS = (
    ("no-reply@us.greenhouse-mail.io", "Greenhouse"),
    ("no-reply@greenhouse.io", "Greenhouse"),
    ("no-reply@hire.lever.co", "Lever"),
    ("globex@myworkday.com", "Workday"),
    ("no-reply@ashbyhq.com", "Ashby"),
    ("mail@smartrecruiters.com", "SmartRecruiters"),
    ("careers-globex@icims.com", "iCIMS"),
    ("notification@jobvite.com", "Jobvite"),
    ("noreply@candidates.workablemail.com", "Workable"),
    ("notifications@app.bamboohr.com", "BambooHR"),
    ("no-reply@teamtailor.com", "Teamtailor"),
    ("no-reply@teamtailor-mail.com", "Teamtailor"),
    # Test mail and national variants keep the relay's name under another TLD.
    ("no-reply@us.greenhouse-mail.example", "Greenhouse"),
    ("no-reply@hire.lever.example", "Lever"),
)


def test_relay_names_are_not_substrings() -> None:
    """A company subdomain or a bare name that only resembles a relay is no relay."""
    assert relay_of("greenhouse.acme.example") is None
    assert relay_of("lever.example") is None
    assert relay_of("acme.example") is None


@pytest.mark.parametrize(
    ("address", "product"),
    [("donotreply@match.indeed.example", "Indeed"),
     ("reply-7c2e91ab@indeedemail.example", "Indeed"),
     ("noreply@mail.stepstone.example", "StepStone"), ("hello@otta.example", "Otta"),
     ("notificaciones@infojobs.example", "InfoJobs")],
)  # fmt: skip
def test_job_boards_relay_an_employer_s_word(address: str, product: str) -> None:
    """A board's status mail or relayed message is a relay's, matched by the company it names."""
    assert relay_of(Address("", address).domain) == product
    assert relay_of("indeed-careers.acme.example") is None  # a company's own subdomain


@pytest.mark.parametrize(("address", "product"), REQUIRED_RELAYS)
def test_relays(address: str, product: str) -> None:
    """Every applicant-tracking system the issue names is recognised by its sending domain."""
    assert relay_of(Address("", address).domain) == product
    assert product in ATS_DOMAINS.values()


CONSUMER = (
    ("gmail.com", True),
    ("outlook.com", True),
    ("yahoo.co.uk", True),
    ("hotmail.fr", True),
    ("GMX.de", True),
    ("acme.example", False),
    ("outlook.acme.example", False),
    ("liveperson.example", False),
)


@pytest.mark.parametrize(("domain", "consumer"), CONSUMER)
def test_consumer_domains(domain: str, consumer: object) -> None:
    """Free-mail domains are recognised, country variants included; company domains are not."""
    assert is_consumer_domain(domain) is consumer


NAMES = (
    ("Acme Corp", ("acme corp", "acme")),
    ("Beta Analytics GmbH", ("beta analytics gmbh", "beta analytics")),
    ("Initech", ("initech",)),
    ("Corp", ("corp",)),
    ("Cyberdyne Systems Inc.", ("cyberdyne systems inc", "cyberdyne systems", "cyberdyne")),
    # A legal form written with stops is that form.
    ("Zeilmaker Fintech B.V.", ("zeilmaker fintech bv", "zeilmaker fintech")),
    ("Grupo Tezontle, S.A. de C.V.", ("grupo tezontle sa de cv", "grupo tezontle sa de",
                                      "grupo tezontle sa", "grupo tezontle")),
    ("J.P. Morgan", ("jp morgan",)),
)


@pytest.mark.parametrize(("company", "names"), NAMES)
def test_company_names(company: str, names: tuple[str, ...]) -> None:
    """A company is named in full or without its suffixes, never by a suffix alone."""
    assert company_names(company) == names
    assert company_key(company) == names[-1]


@pytest.mark.parametrize(
    ("domain", "product"),
    [
        ("softgarden.example", "Softgarden"),
        ("mail.softgarden.io", "Softgarden"),
        ("noreply.dvinci.example", "d.vinci"),
        ("eu.greenhouse-mail.io", "Greenhouse"),
        ("codingame-assess.com", "CodinGame"),
        ("havelwerk.example", None),
        ("softgardening.example", None),  # a label, not a substring
        ("welcometothejungle.example", "Welcome to the Jungle"),
        ("mail.welcometothejungle.co", "Welcome to the Jungle"),
        ("jobs.umantis.example", "Abacus Umantis"),
        ("rexx-recruitment.example", "rexx"),
        ("join.example", "JOIN"),
        ("join.havelwerk.example", None),  # an employer's careers site, not the vendor
        ("thejungle.example", None),
    ],
)
def test_a_vendor_is_known_by_the_label_of_its_domain(domain: str, product: str | None) -> None:
    """Any domain holding a known vendor's label is that vendor's relay."""
    assert relay_of(domain) == product


def test_join_is_a_hiring_system_only_as_its_own_domain() -> None:
    """JOIN's mail is machine mail; an employer's "join." careers subdomain is not JOIN."""
    assert ATS_DOMAIN.search("noreply.join.example.")
    assert ATS_DOMAIN.search("join.example.")
    assert not ATS_DOMAIN.search("join.havelwerk.example.")
    assert not ATS_DOMAIN.search("jointventures.example.")


def test_homeruns_mail_is_a_hiring_systems_and_its_newsletter_the_vendors() -> None:
    """Homerun's mail is a relay's; a platform's newsletter in its own name is no employer's.

    Tester round t56av: an invitation sent by Homerun under the company's name, and Welcome
    to the Jungle's weekly newsletter.
    """
    assert relay_of("messages.homerun.example") == "Homerun"
    assert relay_of("homerun-studio.example") is None
    assert vendor_named("Welcome to the Jungle", "news.welcometothejungle.example")
    assert not vendor_named("Maison Verdane", "news.welcometothejungle.example")
    assert not vendor_named("Welcome to the Jungle", "verdane.example")


def test_every_relay_label_is_machine_mail_to_the_kind_rules() -> None:
    """The relay labels and the kind rules' vendor list do not drift apart."""
    for label in ATS_LABELS:
        assert ATS_DOMAIN.search(f"mail.{label}.example."), label
