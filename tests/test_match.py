"""Matching messages to interviews: which rule fires, which interview wins, and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silence_watch.core.companies import company_names
from silence_watch.core.match import (
    Match,
    MatchRule,
    direction_of,
    match_message,
    match_thread,
)
from silence_watch.core.model import Address, Agency, Contact, Direction, Interview, Message
from silence_watch.core.other_clients import (
    another_client,
    company_named,
    first_distinct_word,
    names_in,
)

ME = "jordan@example.com"
# Free-mail addresses below use "_" and "-", which that provider does not allow in a
# mailbox name, so they can never be a real person's address.
EST = dt.timezone(dt.timedelta(hours=-5))

ACME_DATA = Interview(
    id=1,
    company="Acme Corp",
    role="Data Engineer",
    date=dt.datetime(2026, 11, 18, 15, 0, tzinfo=EST),
    contacts=(Contact("Dana Ruiz", "dana.ruiz@acme.example"),),
    domains=("acme.example",),
    agency=Agency("Talent Bridge", (Contact("Sam Cole", "sam@talentbridge.example"),)),
)
ACME_PLATFORM = Interview(
    id=2,
    company="Acme Corp",
    role="Platform Engineer",
    date=dt.datetime(2026, 11, 10, 10, 0, tzinfo=EST),
    contacts=(Contact("Dana Ruiz", "Dana.Ruiz@acme.example"),),
    domains=("acme.example",),
)
BETA = Interview(
    id=3,
    company="Beta Analytics GmbH",
    role="Product Analyst",
    date=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
    contacts=(Contact("Kim Berg", "kim@beta.example"),),
    # A domain typed by mistake: a free-mail domain must never match on its own.
    domains=("beta.example", "gmail.com"),
)
GLOBEX = Interview(
    id=4,
    company="Globex Inc",
    role="Backend Developer",
    date=dt.datetime(2026, 11, 12, 14, 0, tzinfo=dt.UTC),
    # A relay's domain typed by mistake: it would match every Greenhouse mail.
    domains=("greenhouse.io",),
)
INITECH = Interview(
    id=5,
    company="Initech",
    role="QA Lead",
    date=dt.datetime(2026, 11, 13, 11, 0, tzinfo=dt.UTC),
    contacts=(Contact("Pat Lumen", "pat_lumen-recruits@gmail.com"),),
)
INTERVIEWS = (ACME_DATA, ACME_PLATFORM, BETA, GLOBEX, INITECH)


def mail(
    sender: str,
    *,
    name: str = "",
    to: tuple[str, ...] = (ME,),
    cc: tuple[str, ...] = (),
    reply_to: tuple[tuple[str, str], ...] = (),
    subject: str = "Hello",
    body: str | None = None,
    day: int = 16,
    mid: str = "new@mail.example",
    irt: str | None = None,
) -> Message:
    """A message sent on ``day`` of November 2026 at noon UTC."""
    return Message(
        message_id=mid,
        date=dt.datetime(2026, 11, day, 12, 0, tzinfo=dt.UTC),
        sender=Address(name, sender),
        to=tuple(Address("", a) for a in to),
        cc=tuple(Address("", a) for a in cc),
        reply_to=tuple(Address(n, a) for n, a in reply_to),
        subject=subject,
        body=body,
        in_reply_to=irt,
    )


@dataclass(frozen=True)
class Case:
    """A message, and the interview, rule and reason words it must match with."""

    name: str
    message: Message
    interview: int | None
    rule: MatchRule | None = None
    reason: str = ""
    owners: dict[str, int] = field(default_factory=dict)


CASES = (
    Case(
        "a reply in a tied thread wins over everything, even the role words",
        mail("dana.ruiz@acme.example", subject="Re: Data Engineer", irt="old@acme.example"),
        2,
        MatchRule.THREAD,
        "a thread already tied to Acme Corp (Platform Engineer)",
        owners={"old@acme.example": 2},
    ),
    Case(
        "a message already on a timeline stays there",
        mail("kim@beta.example", mid="seen@beta.example"),
        3,
        MatchRule.THREAD,
        "already on the timeline of Beta Analytics GmbH",
        owners={"seen@beta.example": 3},
    ),
    Case(
        "a configured contact matches",
        mail("kim@beta.example"),
        3,
        MatchRule.CONTACT,
        "kim@beta.example is a contact for Beta Analytics GmbH",
    ),
    Case(
        "a contact shared by two roles: the role named in the subject decides",
        mail("dana.ruiz@acme.example", subject="Next steps for the Data Engineer role"),
        1,
        MatchRule.CONTACT,
        "dana.ruiz@acme.example is a contact for Acme Corp; the message mentions the role",
    ),
    Case(
        "a contact shared by two roles: a distinctive role word in the body decides",
        mail("dana.ruiz@acme.example", subject="Update", body="About the platform team: ..."),
        2,
        MatchRule.CONTACT,
        "the role Platform Engineer",
    ),
    Case(
        "no role words: the interview nearest before the message wins",
        mail("dana.ruiz@acme.example", subject="Quick question", day=15),
        2,
        MatchRule.CONTACT,
        "nearest before this message",
    ),
    Case(
        "no role words, after both interviews: the later interview wins",
        mail("dana.ruiz@acme.example", subject="Quick question", day=25),
        1,
        MatchRule.CONTACT,
        "on 18 Nov 2026 is the nearest before",
    ),
    Case(
        "no role words, before both interviews: the next one wins",
        mail("dana.ruiz@acme.example", subject="Looking forward", day=2),
        2,
        MatchRule.CONTACT,
        "the next after this message",
    ),
    Case(
        "the agency's recruiter matches, flagged as the agency",
        mail("sam@talentbridge.example", subject="Any news?"),
        1,
        MatchRule.AGENCY,
        "sam@talentbridge.example is at Talent Bridge, the agency for Acme Corp",
    ),
    Case(
        "a subdomain of the company's domain matches",
        mail("no-reply@careers.acme.example", subject="Your Platform Engineer interview"),
        2,
        MatchRule.DOMAIN,
        "careers.acme.example is a domain of Acme Corp",
    ),
    Case(
        "a lookalike domain does not match",
        mail("hr@notacme.example", subject="Data Engineer"),
        None,
    ),
    Case(
        "a free-mail domain never matches by domain alone",
        mail("someone_else@gmail.com", subject="Product Analyst"),
        None,
    ),
    Case(
        "a recruiter writing from free mail still matches as a configured contact",
        mail("pat_lumen-recruits@gmail.com"),
        5,
        MatchRule.CONTACT,
    ),
    Case(
        "mail the candidate sent matches by its recipient",
        mail(ME, to=("dana.ruiz@acme.example",), subject="Thank you - Data Engineer interview"),
        1,
        MatchRule.CONTACT,
        "you wrote to dana.ruiz@acme.example, a contact for Acme Corp",
    ),
    Case(
        "mail the candidate sent to a company address matches by domain",
        mail(ME, to=("hr@beta.example",), subject="Following up"),
        3,
        MatchRule.DOMAIN,
        "you wrote to beta.example",
    ),
    Case(
        "an ATS relay whose sender name names the company",
        mail("no-reply@us.greenhouse-mail.io", name="Globex Inc via Greenhouse"),
        4,
        MatchRule.ATS_SENDER,
        "sent through Greenhouse for Globex Inc",
    ),
    Case(
        "a relay domain configured as a company domain does not match every relay mail",
        mail("no-reply@greenhouse.io", name="Hooli Recruiting", subject="Your application"),
        None,
    ),
    Case(
        "Workday names the company in the local part",
        mail("globex@myworkday.com", name="Workday"),
        4,
        MatchRule.ATS_SENDER,
    ),
    Case(
        "an ATS relay whose Reply-To names the company",
        mail("no-reply@ashbyhq.com", reply_to=(("Globex Recruiting", "r+x1@ashbyhq.com"),)),
        4,
        MatchRule.ATS_SENDER,
        "sent through Ashby",
    ),
    Case(
        "an ATS relay that names the company in the subject",
        mail("no-reply@hire.lever.co", name="Lever", subject="Your application to Globex"),
        4,
        MatchRule.ATS_SUBJECT,
        "the subject names Globex Inc",
    ),
    Case(
        "an ATS relay that names the company only in the body",
        mail(
            "notifications@smartrecruiters.com",
            subject="Application update",
            body="Thank you for your interest in Globex. We will be in touch.",
        ),
        4,
        MatchRule.ATS_BODY,
        "the message names Globex Inc",
    ),
    Case(
        "a Teamtailor relay naming one of two Acme roles picks by role words",
        mail(
            "jobs@teamtailor-mail.com",
            subject="Acme Corp: Platform Engineer - interview booked",
        ),
        2,
        MatchRule.ATS_SUBJECT,
        "the role Platform Engineer",
    ),
    Case(
        "an ATS relay that names no known company matches nothing",
        mail("no-reply@workablemail.com", subject="Application received", body="Thanks!"),
        None,
    ),
    Case(
        "a company named by a sender that is not a relay is not enough",
        mail("alerts@jobboard.example", subject="Globex is hiring", body="Globex jobs"),
        None,
    ),
    Case(
        "a company contact copied on mail from elsewhere is weak evidence",
        mail("assistant@bookings.example", cc=("kim@beta.example",), subject="Room booking"),
        3,
        MatchRule.COPIED,
        "kim@beta.example, a contact for Beta Analytics GmbH, is copied",
    ),
)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_match(case: Case) -> None:
    """Each message matches the expected interview by the expected rule, for a stated reason."""
    found = match_message(case.message, INTERVIEWS, own_addresses={ME}, thread_owner=case.owners)
    if case.interview is None:
        assert found is None
        return
    assert found is not None
    assert (found.interview_id, found.rule) == (case.interview, case.rule)
    assert case.reason in found.reason
    assert found.via_agency is (case.rule is MatchRule.AGENCY)


def test_confidence_follows_rule_order() -> None:
    """A stronger rule always carries a higher confidence than a weaker one."""
    by_rule = {
        case.rule: match_message(
            case.message, INTERVIEWS, own_addresses={ME}, thread_owner=case.owners
        )
        for case in CASES
        if case.rule is not None
    }
    confidences = [m.confidence for m in by_rule.values() if m is not None]
    assert confidences == sorted(confidences, reverse=True)
    assert len(by_rule) == len(MatchRule)


def test_old_call_still_works() -> None:
    """The service's call without thread_owner keeps working and Match keeps its fields."""
    found = match_message(mail("kim@beta.example"), INTERVIEWS, own_addresses=[ME])
    assert found == Match(
        3, 0.95, "kim@beta.example is a contact for Beta Analytics GmbH", rule=MatchRule.CONTACT
    )


def test_a_reused_thread_about_another_role_is_that_roles() -> None:
    """Dana reuses the Platform Engineer thread to set up Data Engineer: it is Data's."""
    owners = {"platform@acme.example": ACME_PLATFORM.id}
    body = (
        "Hi Jordan,\n\nThe real reason I'm writing: we've opened a Data Engineer role and"
        " would love to talk.\n\n> On Nov 10 you wrote:\n> about the Platform Engineer role"
    )
    reused = mail("dana.ruiz@acme.example", subject="RE: Platform Engineer interview",
                  body=body, irt="platform@acme.example", day=20)  # fmt: skip
    found = match_message(reused, INTERVIEWS, own_addresses=[ME], thread_owner=owners)
    assert found is not None
    assert (found.interview_id, found.rule) == (ACME_DATA.id, MatchRule.THREAD)
    # Naming its own role too, or no role at all, it stays in its thread's process.
    both = body.replace("Data Engineer role", "Data Engineer role like the Platform Engineer one")
    for text in (both, "Hi Jordan, any news on your side?"):
        message = mail("dana.ruiz@acme.example", body=text, irt="platform@acme.example")
        kept = match_message(message, INTERVIEWS, own_addresses=[ME], thread_owner=owners)
        assert kept is not None
        assert kept.interview_id == ACME_PLATFORM.id


def test_thread_takes_its_strongest_message() -> None:
    """A thread matches by its most confident message, here the contact's reply."""
    thread = [
        mail("no-reply@smartrecruiters.com", subject="Interview", body="Acme Corp team"),
        mail("dana.ruiz@acme.example", subject="Re: Interview Data Engineer", day=19),
    ]
    found = match_thread(thread, INTERVIEWS, own_addresses={ME})
    assert found is not None
    assert (found.interview_id, found.rule) == (1, MatchRule.CONTACT)


def test_direction() -> None:
    """Mail from one of the candidate's addresses is outbound, all else inbound."""
    assert direction_of(mail(ME), {ME}) is Direction.OUTBOUND
    assert direction_of(mail("kim@beta.example"), {ME}) is Direction.INBOUND


ADDRESS_POOL = (
    "dana.ruiz@acme.example", "Dana.Ruiz@ACME.example", "ops@eu.acme.example",
    "sam@talentbridge.example", "kim.colleague@talentbridge.example",
    "priya@initech.example", "lee@globex.example",
    "stranger@elsewhere.example", "acme_fan-1@gmail.com", "no-reply@greenhouse.io",
    "acme@myworkday.com", "x@acme.example.", "someone@notacme.example", ME,
)


@given(
    sender=st.sampled_from(ADDRESS_POOL),
    to=st.lists(st.sampled_from(ADDRESS_POOL), max_size=3),
    cc=st.lists(st.sampled_from(ADDRESS_POOL), max_size=3),
    subject=st.sampled_from(("Hello", "Your application to Acme Corp", "Data Engineer")),
)
def test_the_quick_reach_test_never_loses_a_match(
    sender: str, to: list[str], cc: list[str], subject: str
) -> None:
    """Skipping mail no interview can reach gives what trying every rule gives."""
    message = mail(sender, to=tuple(to) or (ME,), cc=tuple(cc), subject=subject,
                   body="Thanks from Acme Corp")  # fmt: skip
    quick = match_message(message, INTERVIEWS, own_addresses={ME})
    with patch("silence_watch.core.match.within_reach", return_value=True):
        every_rule = match_message(message, INTERVIEWS, own_addresses={ME})
    assert quick == every_rule


def test_an_agency_for_two_clients_is_told_apart_by_the_company_its_subject_names() -> None:
    """"Fenwick Rail interview confirmed": Fenwick's, though Ashgrove's round comes first.

    The recruiter's signature ("Senior Consultant - Supply Chain") holds the other
    client's role words; with no company in the subject, the role and the date decide.
    """
    callum = Agency("Bridgeford", (Contact("Callum Reid", "callum@bridgeford.example"),))
    ashgrove = Interview(id=7, company="Ashgrove Foods", role="Supply Chain Analyst",
                         date=dt.datetime(2026, 11, 10, 10, tzinfo=dt.UTC), agency=callum)
    fenwick = Interview(id=8, company="Fenwick Rail", role="Planning Analyst",
                        date=dt.datetime(2026, 11, 10, 14, 30, tzinfo=dt.UTC), agency=callum)
    body = "Tuesday 10th, 14:30, York.\n\nCallum Reid\nSenior Consultant - Supply Chain"
    confirmed = mail("callum@bridgeford.example", subject="Fenwick Rail interview confirmed",
                     body=body, day=5)  # fmt: skip
    found = match_message(confirmed, (ashgrove, fenwick), own_addresses={ME})
    assert found is not None
    assert (found.interview_id, found.rule) == (8, MatchRule.AGENCY)
    assert "the subject names Fenwick Rail" in found.reason
    plain = mail("callum@bridgeford.example", subject="Tuesday", body=body, day=5)
    by_role = match_message(plain, (ashgrove, fenwick), own_addresses={ME})
    assert by_role is not None
    assert by_role.interview_id == 7


@pytest.mark.parametrize(
    ("subject", "theirs"),
    [
        ("Nieuwe kans: Senior Backend Developer bij Zeeburg Logistics", False),
        ("Re: Opportunity - Data Lead at Kestrel Analytics (hybrid)", False),
        ("Neue Position: Teamleitung bei Hafenwerk GmbH", False),
        ("Poste de chef de projet chez Lumen Conseil", False),
        ("Feedback na je gesprek bij Havenlicht", True),
        ("Nieuws van Havenlicht Software?", True),
        ("Quick call tomorrow at 10?", True),
        ("Feedback from the client", True),
        ("Quick call at Noon tomorrow?", True),
        ("Call at Monday 10am?", True),
        ("Data Lead at Sunrise Analytics", False),
        ("Meet at The Hub, 3rd floor", True),
        # a role, a dash, a company with its place or legal form (tester round t33ag)
        ("Principal Data Scientist - Arbory Therapeutics (Cambridge)", False),
        ("Senior Backend Developer - Zeeburg Logistics B.V.", False),
        ("Backend Developer - Havenlicht Software (Utrecht)", True),
        ("Backend Developer - Feedback", True),
        ("Backend Developer - Utrecht", True),
        # tester round t64ag: news of another client, an article after "bei", "Head of"
        ("Retour Solvane - Business Controller", False),
        ("Re: Retour Solvane - Business Controller", False),
        ("Retour Havenlicht - Backend Developer", True),
        ("Neue Vakanz: Senior Go Developer (m/w/d) bei der Havelstrand Mobility GmbH", False),
        ("Opportunité Head of CRM - Laboratoires Saint-Aubin (Villeurbanne)", False),
        ("Retour entretien - jeudi", True),
        # tester round u11fl: the candidate's current contract at another client
        ("Corrib Insurance - extension to 31 March", False),
        ("RE: Corrib Insurance - contract extension", False),
        ("Havenlicht Software - contract extension", True),
        ("Backend Developer - extension of the deadline", True),
    ],
)
def test_an_agency_writing_about_another_client_is_not_this_process(
    subject: str, theirs: bool
) -> None:
    """Fleur is Havenlicht's agency; "a role bij Zeeburg Logistics" is another client's."""
    fleur = Agency("Noorderlicht", (Contact("Fleur Hendriks", "fleur@noorderlicht.example"),))
    havenlicht = Interview(id=9, company="Havenlicht Software", role="Backend Developer",
                           date=dt.datetime(2026, 11, 10, 13, tzinfo=dt.UTC), agency=fleur)
    found = match_message(mail("fleur@noorderlicht.example", subject=subject), (havenlicht,),
                          own_addresses={ME})  # fmt: skip
    assert (found is not None) is theirs


LARCHMONT = Interview(
    id=7, company="Larchmont Software", role="Platform Engineering Lead",
    date=dt.datetime(2027, 1, 7, 20, tzinfo=dt.UTC),
    contacts=(Contact("Ruth Abernathy", "ruth.abernathy@larchmont.example"),
              Contact("Ben Adler", "ben.adler@larchmont.example")),
    domains=("larchmont.example",),
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "subject", "body", "tied"),
    [("Ruth Abernathy", "Larchmont - your note", "You were great on Thursday.", True),
     ("ruth  abernathy", "Re: your note", "Thanks from all of us at Larchmont!", True),
     # a namesake who names no company, another Ruth, an empty name
     ("Ruth Abernathy", "Saturday?", "Brunch at ours?", False),
     ("Ruth Okafor", "Larchmont - your note", "You were great.", False),
     ("", "Larchmont - your note", "You were great.", False)],
)  # fmt: skip
def test_a_contact_writing_from_another_address_is_known_by_name(
    name: str, subject: str, body: str, tied: bool
) -> None:
    """The hiring manager from her personal address, naming the company (tester round t44hx)."""
    message = mail("rabernathy77@example.net", name=name, subject=subject, body=body)
    found = match_message(message, [LARCHMONT], own_addresses=[ME])
    assert (found is not None) is tied
    if found is not None:
        assert (found.interview_id, found.rule) == (7, MatchRule.CONTACT)
        assert "writes from rabernathy77@example.net" in found.reason


OAKHURST = Interview(
    id=8, company="Oakhurst Media", role="Senior Product Designer",
    date=dt.datetime(2026, 11, 10, 19, tzinfo=dt.UTC),
    contacts=(Contact("Dana Whitcombe", "dana.whitcombe@oakhurstmedia.example"),),
    domains=("oakhurstmedia.example",),
    agency=Agency("Harper Lane", (Contact("Chloe Bennett", "chloe@harperlane.example"),)),
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "body", "rule"),
    [("Dana Whitcombe", "Friday was my last day at Oakhurst, Priya is the one to ask.",
      MatchRule.CONTACT),
     # the agency's recruiter, moved to another agency (tester round t64ag)
     ("Chloe Bennett", "This is me at Fenmore now. Oakhurst promised me an answer by the 3rd.",
      MatchRule.AGENCY),
     # the company's first word must stand as a word; a namesake naming nothing is not her
     ("Dana Whitcombe", "Lunch at the Oakhurstian on Friday?", None),
     ("Dana Whitcombe", "Friday was my last day, see you around.", None),
     ("Dana Okafor", "Friday was my last day at Oakhurst.", None)],
)  # fmt: skip
def test_a_known_person_at_a_new_company_is_known_by_name_and_the_company_s_first_word(
    name: str, body: str, rule: MatchRule | None
) -> None:
    """A recruiter who left writes from her new employer's address (tester round t61rv)."""
    message = mail("dana.whitcombe@thistlewood.example", name=name, subject="Hello", body=body)
    found = match_message(message, [OAKHURST], own_addresses=[ME])
    assert (found.rule if found is not None else None) == rule
    if found is not None:
        assert found.via_agency is (rule is MatchRule.AGENCY)


@pytest.mark.parametrize(
    ("name", "cc", "direction"),
    [("Jordan Lee", (ME,), Direction.OUTBOUND), ("jordan  lee", (ME,), Direction.OUTBOUND),
     # a namesake who does not copy the candidate, another Jordan, no name at all
     ("Jordan Lee", (), Direction.INBOUND), ("Jordan Leeds", (ME,), Direction.INBOUND),
     ("", (ME,), Direction.INBOUND)],
)  # fmt: skip
def test_the_candidate_writing_from_an_unlisted_address_is_known_by_name(
    name: str, cc: tuple[str, ...], direction: Direction
) -> None:
    """A withdrawal from a personal address, the usual one in Cc (tester round t47cs)."""
    message = mail("jordan.lee.art@example.net", name=name, to=("hannah@studio.example",), cc=cc)
    assert direction_of(message, [ME], "Jordan Lee") is direction
    assert direction_of(message, [ME]) is Direction.INBOUND  # without the name: as before
    # a recruiter who shares the candidate's name writes *to* them: never their own mail
    namesake = mail("jordan.lee@acme.example", name=name, to=(ME,), cc=cc)
    assert direction_of(namesake, [ME], "Jordan Lee") is Direction.INBOUND


@pytest.mark.parametrize(
    ("subject", "other"),
    [
        # the company's own name without its "Groupe" (tester round t64ag: the invitation
        # "chez Ardenval" was taken for another client's, and every draft lost its language)
        ("Entretien chez Ardenval jeudi 12/11 à 10h", False),
        ("Re: Retour Ardenval - Contrôleuse de gestion", False),
        ("Re: Retour Solvane - Business Controller", True),
        ("Poste chez Groupe Solvane", True),
        # any reply prefix a client writes, HCL Notes' whole words and gateway tags included
        ("Antwort: Retour Solvane - Business Controller", True),
        ("RE : [EXTERNAL] Réponse : Retour Ardenval - Contrôleuse", False),
        ("SV: Solvane Conseil - contract extension to 31 March", True),
        ("Respuesta: Ardenval - prórroga del contrato", False),
    ],
)
def test_a_company_is_known_without_its_generic_words(subject: str, other: bool) -> None:
    """"Groupe Ardenval" is "Ardenval"; "Groupe Solvane" is not it."""
    assert another_client("Groupe Ardenval", subject) is other


def test_a_match_the_dates_chose_says_so_so_its_text_is_read_before_it_is_tied() -> None:
    """One shared address writes for two roles; without its text only the dates choose (t67sc)."""
    shared = Contact("Werken bij Koudijs", "werkenbij@koudijs.example")
    planner = Interview(id=1, company="Koudijs Logistiek", role="Planner Transport",
                        date=dt.datetime(2026, 11, 10, 9, tzinfo=dt.UTC), contacts=(shared,))
    analyst = Interview(id=2, company="Koudijs Logistiek", role="Data-analist",
                        date=dt.datetime(2026, 11, 12, 9, tzinfo=dt.UTC), contacts=(shared,))
    headers_only = mail("werkenbij@koudijs.example", subject="Uitnodiging", day=3)
    found = match_message(headers_only, [planner, analyst], own_addresses=[ME])
    assert found is not None
    assert found.by_date
    whole = replace(headers_only, body="Graag nodigen we je uit voor de functie Data-analist.")
    found = match_message(whole, [planner, analyst], own_addresses=[ME])
    assert found is not None
    assert (found.interview_id, found.by_date) == (2, False)


@given(
    st.sampled_from(["Acme Systems Corp", "The Oakhurst Group", "A.B. Foods S.A.", "Blue",
                     "Müller & Söhne GmbH", "C++ Labs", "Groupe Ardenval"]),
    st.text(alphabet="acmeoakhurstsystemsb. &+-groupfdnvlüö", max_size=60),
)
def test_a_company_is_named_as_each_of_its_names_would_find_it(company: str, text: str) -> None:
    """The one pattern of a company's names finds it exactly where one of its names does."""
    names = (*company_names(company), *first_distinct_word(company))
    assert company_named(company, text) == names_in(names, text)
