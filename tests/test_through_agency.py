"""A search firm's "please don't contact the client directly" binds every draft (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from silence_watch.core.conversation import recipient_for, through_agency
from silence_watch.core.model import (
    Action,
    Agency,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.reply_threads import thread_to_answer
from silence_watch.core.through_agency import ASKS, LIFTS, agency_request

AT = datetime(2026, 11, 17, 19, 0, tzinfo=UTC)
DANIEL = Contact("Daniel Okafor", "daniel.okafor@whitcombekessler.example")
GRACE = Contact("Grace Liu", "grace.liu@whitcombekessler.example")
CHAIR = "margaret.aldine@callowaymutual.example"
HERON = Interview(
    id=1, company="Calloway Mutual", role="COO", date=AT,
    domains=("callowaymutual.example",),
    agency=Agency(name="Whitcombe Kessler", contacts=(DANIEL, GRACE)),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reading"),
    [(("One request, and it matters: please don't reach out to the company, or to anyone you"
      " may know there, directly - not even informally."), ASKS),
     (("Beyond confirming the slot with her, please keep every conversation about the role,"
      " the package or the process with me."), ASKS),
     (("Please don't get in touch with anyone at Stourbridge directly, including through"
      " LinkedIn."), ASKS),
     ("All fine, but do keep anything substantive coming through me.", ASKS),
     ("Everything goes through me, or through Grace on my team for scheduling.", ASKS),
     ("Book the slot with Sophie directly; everything else goes through me, please.", ASKS),
     (("Bitte nehmen Sie keinen direkten Kontakt mit dem Unternehmen auf; die gesamte"
      " Kommunikation läuft über uns."), ASKS),
     ("Wenden Sie sich bitte nicht direkt an die Geschäftsführung.", ASKS),
     (("Nous vous remercions de ne pas chercher à entrer en contact avec la société ou ses"
      " collaborateurs : tous les échanges passent par le cabinet."), ASKS),
     ("Le pedimos que no contacte directamente con la empresa mientras dure el proceso.", ASKS),
     ("Toda la comunicación pasa por nosotros, ¿de acuerdo?", ASKS),
     ("Wil je alsjeblieft geen rechtstreeks contact opnemen met de opdrachtgever?", ASKS),
     ("Alle communicatie verloopt via ons.", ASKS),
     # it is lifted
     (("Ya puedes tratar con ella directamente; lo de no contactar con la compañía queda"
      " superado."), LIFTS),
     ("From here on you can deal with Elena directly - no need to go through me.", LIFTS),
     ("Vous pouvez désormais échanger directement avec Mme Roussel.", LIFTS),
     ("Ab jetzt können Sie sich gerne direkt an Frau Brandt wenden.", LIFTS),
     ("Je kunt nu rechtstreeks contact opnemen met Sanne.", LIFTS),
     # near-misses: nothing asked, nothing lifted
     ("Don't hesitate to contact me directly if anything comes up.", ""),
     ("Please do not reply to this email; it was sent from an unmonitored mailbox.", ""),
     ("N'hésitez pas à me contacter directement.", ""),
     ("No dudes en contactarme directamente.", ""),
     ("Aarzel niet om direct contact met mij op te nemen.", ""),
     ("Let me know directly if the time does not work.", ""),
     # tester round u22ag: one topic kept with the agency, one errand allowed
     (("Please don't talk to Priya or their HR directly about salary, bonus or equity. All"
       " questions about compensation go through me."), ""),
     (("Le pedimos que no contacte con nadie de la compañía directamente. Para cerrar la hora"
       " exacta puede escribir directamente a Sofía Lara."), ASKS),
     ("Para cerrar la hora exacta puede escribir directamente a Sofía Lara.", "")],
)  # fmt: skip
def test_the_agencys_ask_and_its_lifting_in_five_languages(text: str, reading: str) -> None:
    """Tester round u09ex: the ask, the lift, and the friendly lines that are neither."""
    assert agency_request(text) == reading


def _entry(at: datetime, sender: str, *, asks: str = "", **more: object) -> TimelineEntry:
    direction = Direction.OUTBOUND if sender == "jordan@example.com" else Direction.INBOUND
    return TimelineEntry(at=at, direction=direction, kind=MessageKind.HUMAN, sender=sender,
                         message_id=f"{at.timestamp():.0f}@x.example", through_agency=asks,
                         **more)  # type: ignore[arg-type]  # fmt: skip


def test_once_asked_every_draft_goes_to_the_agency_even_after_the_chair_wrote() -> None:
    """The chair's direct note and her polite answer make nobody at the client the one to chase."""
    asked = _entry(AT - timedelta(days=20), DANIEL.email, asks=ASKS,
                   intent=Intent.NEXT_STEP)  # fmt: skip
    chair = _entry(AT + timedelta(hours=14), CHAIR, intent=Intent.PLEASANTRY,
                   sender_name="Margaret Aldine")  # fmt: skip
    answer = _entry(AT + timedelta(hours=15), "jordan@example.com", recipients=(CHAIR,))
    timeline = [asked, chair, answer]
    assert through_agency(HERON, timeline)
    for action in (Action.FOLLOW_UP, Action.CLOSING_NOTE, Action.FEEDBACK_REQUEST,
                   Action.STATUS_UPDATE, Action.AGENCY_CHECK_IN):  # fmt: skip
        chosen = recipient_for(action, HERON, timeline)
        assert chosen is not None
        assert chosen.email == DANIEL.email, action
    met = (Contact("Margaret Aldine", CHAIR),)
    assert recipient_for(Action.THANK_YOU, HERON, timeline, met=met) is None
    # without the ask, her answer to the chair makes the chair the one to follow up with
    free = [*timeline[1:], _entry(AT - timedelta(days=20), DANIEL.email, intent=Intent.NEXT_STEP)]
    chosen = recipient_for(Action.FOLLOW_UP, HERON, free)
    assert chosen is not None
    assert chosen.email == CHAIR


def test_the_agencys_lift_frees_her_to_write_to_the_client() -> None:
    """"Ya puedes tratar con ella directamente": the later word wins."""
    asked = _entry(AT - timedelta(days=20), DANIEL.email, asks=ASKS)
    lifted = _entry(AT + timedelta(days=2), DANIEL.email, asks=LIFTS)
    assert through_agency(HERON, [asked])
    assert not through_agency(HERON, [asked, lifted])
    # the client's own words ask nothing of the candidate's agency
    assert not through_agency(HERON, [_entry(AT, CHAIR, asks=ASKS)])
    # and an agency with nobody to write to binds nothing
    bare = Interview(id=2, company="Calloway Mutual", role="COO", date=AT,
                     agency=Agency(name="Whitcombe Kessler"))  # fmt: skip
    assert not through_agency(bare, [asked])


def test_the_check_in_goes_to_the_first_agency_contact_configured() -> None:
    """The configured order decides, not a set's: Daniel, never Grace at random."""
    for _ in range(20):
        chosen = recipient_for(Action.AGENCY_CHECK_IN, HERON, [])
        assert chosen is not None
        assert chosen.email == DANIEL.email


def test_the_partner_who_promised_is_asked_before_the_researcher_who_asked() -> None:
    """Helena promised the end of November; Oliver then asked for a CV: Helena is asked."""
    helena = "helena.marsh@whitcombekessler.example"
    oliver = "oliver.grant@whitcombekessler.example"
    promise = _entry(AT + timedelta(days=3), helena, intent=Intent.ACKNOWLEDGEMENT,
                     promised_by=(AT + timedelta(days=13)).date())  # fmt: skip
    paperwork = _entry(AT + timedelta(days=6), oliver, intent=Intent.REQUEST)
    chosen = recipient_for(Action.FOLLOW_UP, HERON, [promise, paperwork])
    assert chosen is not None
    assert chosen.email == helena


def test_a_thread_she_was_only_copied_on_comes_after_her_own() -> None:
    """Sian's CV to Oliver, Helena in Cc: the follow-up to Helena answers Helena's thread."""
    helena = Contact("Helena Marsh", "helena.marsh@whitcombekessler.example")
    own = _entry(AT, helena.email, intent=Intent.ACKNOWLEDGEMENT)
    copied = _entry(AT + timedelta(days=5), "jordan@example.com",
                    recipients=("oliver.grant@whitcombekessler.example", helena.email))  # fmt: skip
    tip = thread_to_answer([own, copied], helena, HERON)
    assert tip is not None
    assert tip.message_id == own.message_id


def test_in_one_thread_the_latest_message_is_answered() -> None:
    """Dev wrote, Jordan's thank-you went to Lucia with Dev copied: one thread, its latest."""
    dev = Contact("Dev Patel", "dev.patel@oakhollow.example")
    schedule = _entry(AT, dev.email, intent=Intent.NEXT_STEP)
    thanks = replace(_entry(AT + timedelta(days=6), "jordan@example.com",
                            recipients=("lucia@oakhollow.example", dev.email)),
                     in_reply_to=schedule.message_id,
                     references=(schedule.message_id or "",))  # fmt: skip
    # and a stranger's reply-all in that thread is never the one answered
    stranger = replace(_entry(AT + timedelta(days=7), "amara@example.net",
                              recipients=(dev.email,)),
                       references=(schedule.message_id or "",))  # fmt: skip
    tip = thread_to_answer([schedule, thanks, stranger], dev, HERON)
    assert tip is not None
    assert tip.message_id == thanks.message_id


def test_her_own_out_of_office_is_no_thread_to_answer() -> None:
    """Tester round u17sf: the nudge replied to "Absente jusqu'au 25 novembre"."""
    sophie = Contact("Sophie Lambert", "sophie@callowaymutual.example")
    promise = _entry(AT, sophie.email, intent=Intent.ACKNOWLEDGEMENT)
    away = replace(_entry(AT + timedelta(minutes=1), "jordan@example.com",
                          recipients=(sophie.email,)), kind=MessageKind.AUTO_REPLY)  # fmt: skip
    tip = thread_to_answer([promise, away], sophie, HERON)
    assert tip is not None
    assert tip.message_id == promise.message_id


def test_a_leavers_copied_colleague_at_the_agency_is_its_heir() -> None:
    """Tester round u22ag: Pauline left, Julien copied; the check-in goes to Julien."""
    pauline = Contact("Pauline", "pauline@whitcombekessler.example")
    julien = "j.roche@whitcombekessler.example"
    agency = Interview(id=3, company="Maison Berthelot", role="DAF", date=AT,
                       agency=Agency(name="Arvel", contacts=(pauline,)))  # fmt: skip
    # her "vendredi sera mon dernier jour ... Julien, en copie, reprend votre dossier"
    handover = _entry(AT + timedelta(days=3), pauline.email, intent=Intent.ACKNOWLEDGEMENT,
                      recipients=("jordan@example.com", julien),
                      bounced_recipients=(pauline.email,))  # fmt: skip
    chosen = recipient_for(Action.AGENCY_CHECK_IN, agency, [handover],
                           bounced={pauline.email})  # fmt: skip
    assert chosen is not None
    assert chosen.email == julien
    # without the handover, nobody is left at the agency
    assert recipient_for(Action.AGENCY_CHECK_IN, agency, [], bounced={pauline.email}) is None
