"""An agency that hands the process to the client steps out of it (tester round u41ag)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.agency_handover import handed_to_client
from silence_watch.core.classify import classify_message
from silence_watch.core.conversation import recipient_for
from silence_watch.core.departures import hands_over
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.language import fold
from silence_watch.core.lifecycle import bounced_addresses
from silence_watch.core.model import (
    Action,
    Address,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    Message,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.sending import copied_name
from silence_watch.core.workdays import BusinessCalendar

LISBON = ZoneInfo("Europe/Lisbon")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=LISBON))
ME = "ana.reis@example.com"
PIETER = Contact("Pieter Claes", "pieter@vantage-talent.example")
COLLEAGUE = "greet.wouters@vantage-talent.example"
HEIR = "joana.matos@marebrava.example"
# Tuesday 10 November 2026, 11:00 in Lisbon: Mare Brava Seguros, placed by Vantage Talent.
ROUND = Interview(
    id=1, company="Mare Brava Seguros", role="Actuarial Analyst",
    date=datetime(2026, 11, 10, 11, 0, tzinfo=LISBON),
    contacts=(Contact("Rui Fonseca", "rui.fonseca@marebrava.example"),),
    domains=("marebrava.example",), agency=Agency("Vantage Talent", (PIETER,)),
)  # fmt: skip


def at(day: int, hour: int = 10) -> datetime:
    """A literal moment in Lisbon, November 2026."""
    return datetime(2026, 11, day, hour, 0, tzinfo=LISBON)


def agency_mail(
    when: datetime, *copied: str, hands: bool = True, **fields: object
) -> TimelineEntry:
    """Pieter's mail to Ana, ``copied`` in Cc; ``hands``: his words hand the process on."""
    entry = TimelineEntry(
        at=when, direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender=PIETER.email,
        sender_name=PIETER.name, recipients=(ME, *copied), intent=Intent.NEXT_STEP,
        bounced_recipients=(PIETER.email,) if hands else (), message_id=f"p{when.day}@x.example",
    )  # fmt: skip
    return replace(entry, **fields)  # type: ignore[arg-type]


def client_mail(when: datetime, **fields: object) -> TimelineEntry:
    """Joana's own mail: a promise by the 20th unless told otherwise."""
    entry = TimelineEntry(
        at=when, direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender=HEIR,
        sender_name="Joana Matos", recipients=(ME,), intent=Intent.ACKNOWLEDGEMENT,
        promised_by=datetime(2026, 11, 20).date(), message_id=f"j{when.day}@x.example",
    )  # fmt: skip
    return replace(entry, **fields)  # type: ignore[arg-type]


THANKS = TimelineEntry(at=at(10, 15), direction=Direction.OUTBOUND, kind=MessageKind.HUMAN,
                       recipients=("rui.fonseca@marebrava.example",), message_id="t@example.com")


@pytest.mark.parametrize(
    ("text", "handed"),
    [("Vanaf nu neemt Joana Matos (HR bij Mare Brava, in cc) het traject van mij over.", True),
     ("From here Joana Matos (copied) takes over the process from me.", True),
     ("Mijn rol zit er nu op; Joana plant alles verder met je in.", True),
     ("That's my part done - Joana will look after you from here.", True),
     ("Damit ist meine Rolle im Prozess beendet, Frau Matos meldet sich direkt.", True),
     ("Mon rôle s'arrête ici : Joana vous recontactera directement.", True),
     ("Mi papel termina aquí, Joana te escribirá directamente.", True),
     # near-misses: one step handed on, a task done, someone else's part
     ("Joana neemt de planning van het tweede gesprek van me over.", False),
     ("Joana takes over the scheduling from me; I'll still chase feedback.", False),
     ("My part of the paperwork is done, the rest is yours.", False),
     ("Damit ist meine Frage an Frau Matos erledigt.", False),
     ("Rui's role in the process ends after this round.", False),
     ("Mijn rol in het gesprek was klein, Joana stelde de vragen.", False)],
)  # fmt: skip
def test_handing_the_whole_process_on_or_saying_ones_part_is_done(text: str, handed: bool) -> None:
    """A colleague named before the process, and "my part is done", hand it on."""
    assert (hands_over(fold(text)) is not None) is handed
    found = classify_message(Message(
        message_id="h@x.example", date=at(12), sender=Address(PIETER.name, PIETER.email),
        to=(Address("Ana Reis", ME),), cc=(Address("Joana Matos", HEIR),),
        subject="RE: Mare Brava", body=text,
    ))  # fmt: skip
    assert found.bounced_recipients == ((PIETER.email,) if handed else ())


@pytest.mark.parametrize(
    ("timeline", "heirs"),
    [([agency_mail(at(12), HEIR)], (HEIR,)),
     # a pleasantry from the agency afterwards does not bring it back
     ([agency_mail(at(12), HEIR), agency_mail(at(13), hands=False, intent=Intent.PLEASANTRY)],
      (HEIR,)),
     # a colleague at the agency copied carries on for it: it is still in
     ([agency_mail(at(12), HEIR, COLLEAGUE)], ()),
     ([agency_mail(at(12), COLLEAGUE)], ()),
     # nobody at the client copied: a hand-over inside the agency, or to nobody known
     ([agency_mail(at(12), "someone@elsewhere.example")], ()),
     # news from the agency after it brings it back
     ([agency_mail(at(12), HEIR), agency_mail(at(16), hands=False, intent=Intent.ACKNOWLEDGEMENT)],
      ()),
     # the words hand nothing on
     ([agency_mail(at(12), HEIR, hands=False)], ()),
     # the client's own recruiter handing on is a colleague's hand-over, not the agency's
     ([client_mail(at(12), bounced_recipients=(HEIR,),
                   recipients=(ME, "rui.fonseca@marebrava.example"))], ())],
)  # fmt: skip
def test_the_agency_steps_out_only_to_the_client(
    timeline: list[TimelineEntry], heirs: tuple[str, ...]
) -> None:
    """Copied at the client, no colleague of its own, no news after: stepped out."""
    assert handed_to_client(ROUND, timeline) == heirs
    assert handed_to_client(replace(ROUND, agency=None), timeline) == ()


def test_no_check_in_goes_to_an_agency_that_stepped_out() -> None:
    """After the client's promised day, the first rung is the follow-up to the client."""
    # warm words beside the hand-over: no news that would leave the check-in out anyway
    timeline = [THANKS, agency_mail(at(12), HEIR, intent=Intent.PLEASANTRY), client_mail(at(13))]
    verdict = assess(ROUND, timeline, at(23), POLICY)
    assert verdict.next_action is Action.FOLLOW_UP
    assert verdict.next_action_at == datetime(2026, 11, 23, 9, 0, tzinfo=LISBON)
    # near-miss: handed to a colleague at the agency, the check-in comes first as before
    kept = [THANKS, agency_mail(at(12), COLLEAGUE, intent=Intent.PLEASANTRY), client_mail(at(13))]
    assert assess(ROUND, kept, at(23), POLICY).next_action is Action.AGENCY_CHECK_IN


def test_the_follow_up_goes_to_the_one_the_agency_handed_it_to() -> None:
    """Joana, copied by the agency, before the interviewer; never round the client to it."""
    timeline = [agency_mail(at(12), HEIR)]  # she never wrote to anyone at Mare Brava
    bounced = bounced_addresses([timeline], ())
    found = recipient_for(Action.FOLLOW_UP, ROUND, timeline, bounced=bounced)
    assert found == Contact("Joana Matos", HEIR)  # no display name known: her address's
    # near-miss: handed to an agency colleague, she never wrote to the company: the agency
    inside = [agency_mail(at(12), COLLEAGUE)]
    again = recipient_for(Action.FOLLOW_UP, ROUND, inside, bounced=bounced_addresses([inside], ()))
    assert again is not None
    assert again.email == COLLEAGUE


def test_a_copied_heir_is_named_as_the_headers_spell_them() -> None:
    """"Andrés Quiroga" in the Cc is Andrés, never the address's "Andres"."""
    andres = "andres.quiroga@talentia.example"
    theirs = TimelineEntry(at=at(13), direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                           sender="marta@talentia.example", recipients=(ME, andres),
                           recipient_names=("Irene Solís", "Andrés Quiroga"))  # fmt: skip
    hers = replace(theirs, direction=Direction.OUTBOUND, sender=ME,
                   recipient_names=("Irene Solís", "andres.quiroga@talentia.example"))
    assert copied_name(andres, [hers, theirs]) == "Andrés Quiroga"
    # an address as its display name is none; then the address spells it, as before
    assert copied_name(andres, [hers]) == "Andres Quiroga"
    assert copied_name("hr-team@talentia.example", [hers]) == ""
    # the client's heir named by the agency's Cc is greeted by that name
    named = agency_mail(at(12), HEIR, recipient_names=("Ana Reis", "Joana Matos Ferreira"))
    found = recipient_for(Action.FOLLOW_UP, ROUND, [named], bounced={PIETER.email})
    assert found == Contact("Joana Matos Ferreira", HEIR)
