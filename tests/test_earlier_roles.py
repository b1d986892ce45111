"""Mail from before a process began, about another role, is not its mail (u28re)."""

from __future__ import annotations

import datetime as dt

import pytest

from silence_watch.core.earlier_roles import earlier_role_invited, earlier_role_named, first_round
from silence_watch.core.invites import ProposedInterview
from silence_watch.core.model import Address, Intent, Interview, Message

BRAND = Interview(id=1, company="Brackenridge Foods", role="Brand Manager",
                  date=dt.datetime(2026, 12, 8, 16, tzinfo=dt.UTC), process_id=1)  # fmt: skip
BEGAN = dt.datetime(2026, 12, 8, 16, tzinfo=dt.UTC)
OCTOBER = dt.datetime(2026, 10, 15, 15, 26, tzinfo=dt.UTC)


def _mail(body: str, *, subject: str = "Re: Thank you", at: dt.datetime = OCTOBER) -> Message:
    return Message(
        message_id="m@brackenridgefoods.example", date=at,
        sender=Address("Maya Okafor", "maya.okafor@brackenridgefoods.example"),
        subject=subject, body=body,
    )  # fmt: skip


def test_the_first_round_is_the_earliest_of_its_process() -> None:
    """Rounds of other processes do not count."""
    screen = Interview(id=2, company="Brackenridge Foods", role="Brand Manager",
                       date=dt.datetime(2026, 12, 1, 15, tzinfo=dt.UTC), process_id=1)  # fmt: skip
    other = Interview(id=3, company="Brackenridge Foods", role="Marketing Coordinator",
                      date=dt.datetime(2026, 10, 6, 18, tzinfo=dt.UTC), process_id=2)  # fmt: skip
    assert first_round(BRAND, (BRAND, screen, other)) == screen.date


NO = Intent.REJECTION


@pytest.mark.parametrize(
    ("body", "subject", "at", "other"),
    [
        # October's no for another application
        (("After a lot of discussion we've decided to move forward with another candidate for"
          " the Marketing Coordinator role."), "Re: Thank you", OCTOBER, "Marketing Coordinator"),
        (("Nous ne donnerons pas suite à votre candidature pour le poste de Chargée de"
          " communication interne."), "RE : Convocation", OCTOBER, "Chargée"),
        ("Leider haben wir uns anders entschieden.",
         "Ihre Bewerbung als Vertriebsingenieur (m/w/d)", OCTOBER, "Vertriebsingenieur"),
        # near misses: its own role named, no role, a reply's subject, after it began
        (("Marketing Coordinator went to someone else, but Derek would love to meet you for"
          " the Brand Manager role."), "Re: Thank you", OCTOBER, None),
        ("Could you send me an updated resume before Tuesday?", "Re: Thank you", OCTOBER, None),
        ("Hätten Sie am 25.11. Zeit für ein Gespräch?",
         "AW: Ihre Bewerbung als Vertriebsingenieur (m/w/d)", OCTOBER, None),
        (("We've decided to move forward with another candidate for the Marketing Coordinator"
          " role."), "Re: Thank you", dt.datetime(2026, 12, 9, 15, tzinfo=dt.UTC), None),
    ],
)
def test_a_no_about_another_role_before_the_process_began(
    body: str, subject: str, at: dt.datetime, other: str | None
) -> None:
    """Only news before the first round whose own words name only another role."""
    assert earlier_role_named(_mail(body, subject=subject, at=at), BRAND, BEGAN, NO) == other


@pytest.mark.parametrize(
    ("role", "body", "intent"),
    [
        # no news: an intro call's scheduling names the job as the recruiter calls it
        ("Brand Manager", ("Thanks for applying for the Marketing Coordinator role - could"
                           " we do a call on Monday?"), Intent.NEXT_STEP),
        # the role's initials, and a "title" that runs over a sentence's end
        ("Staff Site Reliability Engineer", ("We will not move forward with your"
                                             " application for the Staff SRE role."), NO),
        ("Brand Manager", ("Thank you for your application to Brackenridge. We have decided"
                           " to move forward with other candidates."), NO),
    ],
)
def test_what_stays_the_process_s_own(role: str, body: str, intent: Intent) -> None:
    """Mail that is no news, or names the role by its initials, or no title: its own."""
    process = Interview(id=1, company="Bluestem Analytics", role=role, date=BEGAN)
    assert earlier_role_named(_mail(body), process, BEGAN, intent) is None


def _invite(start: dt.datetime, role: str | None, description: str = "") -> ProposedInterview:
    return ProposedInterview(
        uid="u@google.example", sequence=0, method="REQUEST", start=start,
        summary=f"Interview: Jordan Lee / {role or 'Maya'}", role=role, description=description,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("invite", "other"),
    [
        (_invite(dt.datetime(2026, 10, 6, 18, tzinfo=dt.UTC), "Marketing Coordinator"),
         "Marketing Coordinator"),
        (_invite(dt.datetime(2026, 10, 6, 18, tzinfo=dt.UTC), None,
                 "Video interview for the Marketing Coordinator role with Maya."),
         "Marketing Coordinator"),
        # near misses: its own role, no role (an early screen), near its round, after it
        (_invite(dt.datetime(2026, 12, 1, 15, tzinfo=dt.UTC), "Brand Manager"), None),
        (_invite(dt.datetime(2026, 12, 1, 15, tzinfo=dt.UTC), None), None),
        (_invite(dt.datetime(2026, 12, 8, 19, tzinfo=dt.UTC), "Senior Brand Lead"), None),
        (_invite(dt.datetime(2026, 12, 15, 15, tzinfo=dt.UTC), "Marketing Coordinator"), None),
    ],
)
def test_an_invitation_for_another_role_before_its_rounds_is_not_its_round(
    invite: ProposedInterview, other: str | None
) -> None:
    """Before every round, not near one, naming only another role: not its round."""
    assert earlier_role_invited(invite, BRAND.role, BRAND.company, (BRAND,)) == other
