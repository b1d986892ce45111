"""Someone new who took a contact's place, writing from an address no process knows (u53rv)."""

from __future__ import annotations

import datetime as dt

import pytest

from silence_watch.core.match import MatchRule, match_message
from silence_watch.core.model import Contact, Interview, Message, MessageKind
from silence_watch.core.parse import parse_message
from silence_watch.core.successors import is_heir, may_be_theirs, successor_of
from support.mailfactory import make_message

ME = "Noor Haddad <noor.haddad@example.com>"
PT = dt.timezone(dt.timedelta(hours=-8))
BRIGHTWATER = Interview(
    id=1,
    company="Brightwater Analytics",
    role="Senior BI Developer",
    date=dt.datetime(2026, 11, 30, 10, tzinfo=PT),
    contacts=(Contact("Anna Lindqvist", "anna.lindqvist@brightwater.example"),),
    domains=("brightwater.example",),
)
OTHER = Interview(
    id=2,
    company="Kestrel Foods",
    role="Data Analyst",
    date=dt.datetime(2026, 12, 2, 10, tzinfo=PT),
    contacts=(Contact("Bea Novak", "bea.novak@kestrel.example"),),
    domains=("kestrel.example",),
)


def _mail(body: str, subject: str = "Brightwater Analytics - your application") -> Message:
    raw = make_message(sender="Theo Marsh <theo.marsh@cobalt-talent.example>", to=ME,
                       subject=subject, body=body, date=dt.datetime(2026, 12, 10, 10, tzinfo=PT))
    return parse_message(raw)


@pytest.mark.parametrize(
    "body",
    [
        ("Hi Noor, I've taken over from Anna Lindqvist, who has left Brightwater. A decision "
         "comes by Friday, December 18."),
        "Hi Noor, I'm picking up Anna's candidates while the team hires her replacement.",
        ("Hallo Frau Haddad, ich habe Ihre Bewerbung von Frau Lindqvist übernommen, die "
         "Brightwater verlassen hat."),
        "Bonjour Noor, j'ai repris le recrutement d'Anna Lindqvist, qui a quitté Brightwater.",
        "Hola Noor: he tomado el relevo de Anna, que ya no está en Brightwater.",
        "Hoi Noor, ik heb jouw sollicitatie van Anna overgenomen; zij werkt niet meer bij ons.",
        "Beste Noor, als opvolger van Anna Lindqvist ben ik je nieuwe contactpersoon.",
    ],
)
def test_a_successor_naming_the_contact_and_company_is_matched(body: str) -> None:
    """Five languages: "taken over from Anna", "von Frau Lindqvist übernommen", "repris"."""
    message = _mail(body)
    found = successor_of(message, [BRIGHTWATER, OTHER])
    assert [iv.id for iv, _ in found] == [1]
    match = match_message(message, [BRIGHTWATER, OTHER], own_addresses={"noor.haddad@example.com"})
    assert match is not None
    assert match.interview_id == 1
    assert match.rule is MatchRule.CONTACT
    assert is_heir(match)


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # no contact named: a vendor's news
        ("We've taken over from your old careers site: update your Brightwater profile.",
         "Brightwater Analytics - your application"),
        # the contact named, but nobody takes over: a recruiter's gossip
        ("Hi Noor, I met Anna Lindqvist at a meetup, she says Brightwater is hiring.",
         "Brightwater Analytics - your application"),
        # taking over from someone of no process
        ("Hi Noor, I've taken over from Marta, who has left. Tidewater is with me now.",
         "Tidewater - your application"),
        # the company never named
        ("Hi Noor, I've taken over from Anna, who has left.", "Quick intro"),
    ],
)
def test_mail_that_only_looks_like_a_successor_is_nobodys(body: str, subject: str) -> None:
    """No contact, no taking over, another person, no company: no match by succession."""
    message = _mail(body, subject)
    assert successor_of(message, [BRIGHTWATER, OTHER]) == []
    assert match_message(message, [BRIGHTWATER, OTHER],
                         own_addresses={"noor.haddad@example.com"}) is None


def test_only_a_persons_mail_naming_a_company_is_read_whole() -> None:
    """The header gate: a person whose subject names a process's company; not a newsletter."""
    message = _mail("", "Brightwater Analytics - Senior BI Developer - where things stand")
    assert may_be_theirs(message, MessageKind.HUMAN, [BRIGHTWATER])
    assert not may_be_theirs(message, MessageKind.BULK, [BRIGHTWATER])
    assert not may_be_theirs(_mail("", "Quick intro"), MessageKind.HUMAN, [BRIGHTWATER])
