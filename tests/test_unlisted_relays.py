"""Mail from a hiring system or job board no list knows is read whole and matched by its text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core import intent_blend, ladder, unlisted_relays
from silence_watch.core.application_words import about_her_application
from silence_watch.core.classify import Classification, classify_message
from silence_watch.core.kinds import kind_signals
from silence_watch.core.match import Match, MatchRule, match_message
from silence_watch.core.model import Address, Contact, Intent, Interview, MessageKind
from silence_watch.core.model import Message as Mail
from silence_watch.core.unlisted_relays import (
    decision_only,
    system_sender,
    unlisted_relay,
    worth_reading,
)

ME = "noor.haddad@example.com"
SENT = datetime(2026, 11, 19, 9, 30, tzinfo=UTC)
LISTED = {"list-unsubscribe": "<https://www.example.net/u/1>"}

HARLOW = Interview(id=1, company="Harlow Biotech GmbH", role="Laboringenieur",
                   date=datetime(2026, 11, 10, 9, tzinfo=UTC),
                   contacts=(Contact("Petra Voss", "petra.voss@harlowbio.example"),),
                   domains=("harlowbio.example",))  # fmt: skip
#: Two roles at one company: the text's role words choose.
OLIVARES_ANALISTA = Interview(id=2, company="Bodegas Olivares", role="Analista de Ventas",
                              date=datetime(2026, 11, 9, 10, tzinfo=UTC),
                              contacts=(Contact("Irene Soto", "irene.soto@olivares.example"),),
                              domains=("olivares.example",))  # fmt: skip
OLIVARES_CONTROLLER = Interview(id=3, company="Bodegas Olivares", role="Controller Financiero",
                                date=datetime(2026, 11, 12, 10, tzinfo=UTC),
                                contacts=(Contact("Luis Prat", "luis.prat@olivares.example"),),
                                domains=("olivares.example",))  # fmt: skip
EVERYONE = [HARLOW, OLIVARES_ANALISTA, OLIVARES_CONTROLLER]

HARLOW_NO = (
    "Guten Tag Frau Haddad,\n\nvielen Dank für Ihre Bewerbung als Laboringenieur bei Harlow"
    " Biotech. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin"
    " entschieden haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\nDiese Nachricht"
    " wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."
)
OLIVARES_NO = (
    "Hola Noor:\n\nTe escribimos sobre la oferta a la que te inscribiste: Analista de Ventas"
    " en Bodegas Olivares.\n\nLamentablemente la empresa ha decidido seguir con otros"
    " candidatos.\n\nMucho ánimo con tu búsqueda.\nEl equipo de Empleaya"
)


def mail(sender: str, subject: str, body: str | None, *, name: str = "",
         headers: dict[str, str] | None = None) -> Mail:
    """A message to the candidate; ``body`` None is what the index holds (headers only)."""
    return Mail(message_id="m1@relay.example", date=SENT, sender=Address(name, sender),
                to=(Address("Noor Haddad", ME),), subject=subject, body=body,
                headers=headers or {})  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Quick news about the position you applied for at Harlow Biotech.",
        "There's been a change to a job you've applied to.",
        "Es gibt Neuigkeiten zu der Stelle, auf die Sie sich beworben haben.",
        "Du hast Post zur Stelle, um die du dich kürzlich beworben hast.",
        "Du nouveau sur le poste auquel vous avez postulé.",
        "L'offre pour laquelle tu as postulé a été mise à jour.",
        "Novedades del puesto al que te postulaste.",
        "La vacante a la que aplicaste ha cambiado de estado.",
        "Nieuws over de vacature waarop je hebt gesolliciteerd.",
        "De functie waarvoor u recent hebt gereageerd is vervuld.",
    ],
)
def test_the_job_she_applied_to_is_her_application(text: str) -> None:
    """A board speaks of the job she applied to as often as of "your application" (u46nw)."""
    assert about_her_application(text)


@pytest.mark.parametrize(
    "text",
    [
        "12 new roles similar to the job you applied to at Harlow Biotech",
        "Based on the position you applied for, you might like these openings.",
        "Manage all the jobs you applied to in one place.",
        "Ähnliche Angebote wie die Stelle, auf die Sie sich beworben haben.",
        "Des offres similaires au poste auquel vous avez postulé.",
        "Ofertas parecidas a la que te inscribiste la semana pasada.",
        "Vacatures zoals de vacature waarop je hebt gereageerd.",
        "Five ways to stand out in any interview this winter",
    ],
)
def test_a_job_alerts_likeness_is_not_her_application(text: str) -> None:
    """"Similar to the job you applied to", "wie die Stelle": a job alert's, never hers."""
    assert not about_her_application(text)


def test_a_boards_notice_of_the_job_she_applied_to_is_no_newsletter() -> None:
    """With List-Unsubscribe, "the position you applied for ... has been filled" is read."""
    filled = mail("updates-noreply@jobsnest.example", "Harlow Biotech: status change",
                  "Hi Noor,\n\nWe have news about the position you applied for. Harlow Biotech"
                  " has filled the vacancy and is no longer accepting applications.",
                  headers=LISTED)  # fmt: skip
    result = classify_message(filled, load_intent_reader())
    assert result.kind is MessageKind.AUTOMATED
    assert result.intent is Intent.REJECTION
    alert = mail("updates-noreply@jobsnest.example", "Harlow Biotech is hiring",
                 "Hi Noor,\n\nNew roles similar to the position you applied for: Lab"
                 " Technician at Harlow Biotech, QA Engineer at Fenwick Pharma.",
                 headers=LISTED)  # fmt: skip
    assert kind_signals(alert)[0][0] is MessageKind.BULK


@pytest.mark.parametrize(
    ("sender", "system"),
    [
        ("noreply@mail.bewerbungsportal.example", True),
        ("ne-pas-repondre@talentis.example", True),
        ("no-responder@empleaya.example", True),
        ("notifications@karriere-cloud.example", True),
        ("jobalerts-noreply@empleaya.example", False),  # a job alert's mailbox
        ("newsletter@harlowbio.example", False),
        ("noreply@gmail.example", False),  # a free mail provider names nobody's system
        ("noreply@greenhouse.example", False),  # a listed vendor: ``core.companies``'
        ("petra.voss@talentis.example", False),  # a person writing through it
    ],
)
def test_a_system_sender_is_a_no_reply_address_no_list_knows(sender: str, system: bool) -> None:
    """Only a machine's mailbox at a domain no list, and no free mail provider, holds."""
    assert system_sender(mail(sender, "Ihre Bewerbung", None)) is system


def test_a_person_on_an_unknown_domain_stays_a_person_unless_the_headers_say_generated() -> None:
    """Auto-Submitted: auto-generated makes any mailbox a system's."""
    generated = {"auto-submitted": "auto-generated"}
    assert system_sender(mail("karriere@portal.example", "Ihre Bewerbung", None, headers=generated))
    assert not system_sender(mail("karriere@portal.example", "Ihre Bewerbung", None))


def test_an_unlisted_systems_no_finds_its_process_by_the_company_it_names() -> None:
    """Read whole, its subject names Harlow Biotech: tied like a listed vendor's mail."""
    no = mail("noreply@mail.bewerbungsportal.example", "Ihre Bewerbung bei Harlow Biotech",
              HARLOW_NO)  # fmt: skip
    found = match_message(no, EVERYONE, own_addresses=[ME])
    assert found is not None
    assert (found.interview_id, found.rule) == (1, MatchRule.ATS_SUBJECT)
    assert "no list knows" in found.reason


def test_its_sender_name_or_text_may_name_the_company() -> None:
    """"Harlow Biotech - Recruiting" as the sender's name; or only its text names it."""
    by_name = mail("ne-pas-repondre@talentis.example", "Ihre Bewerbung", HARLOW_NO,
                   name="Harlow Biotech - Recruiting")  # fmt: skip
    found = match_message(by_name, EVERYONE, own_addresses=[ME])
    assert found is not None
    assert (found.interview_id, found.rule) == (1, MatchRule.ATS_SENDER)
    by_text = mail("noreply@mail.bewerbungsportal.example", "Ihre Bewerbung", HARLOW_NO)
    found = match_message(by_text, EVERYONE, own_addresses=[ME])
    assert found is not None
    assert (found.interview_id, found.rule) == (1, MatchRule.ATS_BODY)


def test_of_two_roles_at_one_company_its_role_words_choose() -> None:
    """The Analista's no from a board no list knows never settles the Controller's process."""
    no = mail("no-responder@empleaya.example", "Novedades sobre tu candidatura", OLIVARES_NO)
    found = match_message(no, EVERYONE, own_addresses=[ME])
    assert found is not None
    assert found.interview_id == OLIVARES_ANALISTA.id
    assert classify_message(no).intent is Intent.REJECTION


@pytest.mark.parametrize(
    "near_miss",
    [
        # only its headers: matched once it is read whole
        mail("noreply@mail.bewerbungsportal.example", "Ihre Bewerbung bei Harlow Biotech", None),
        # a mailing list's: a newsletter names the company, not her application
        mail("noreply@mail.bewerbungsportal.example", "Ihre Bewerbung bei Harlow Biotech",
             HARLOW_NO, headers={"list-id": "<news.bewerbungsportal.example>"}),
        # a job alert's subject
        mail("noreply@jobsnest.example", "New jobs for you at Harlow Biotech",
             "Hi Noor, we found roles matching your profile at Harlow Biotech."),
        # a shop's receipt that names the company: nothing about an application
        mail("noreply@shop.example", "Your order from Harlow Biotech has shipped",
             "Thanks for your order. Harlow Biotech lab notebook (2x) is on its way."),
        # a marketing mailbox, whatever it says
        mail("newsletter@harlow-events.example", "Ihre Bewerbung bei Harlow Biotech", HARLOW_NO),
        # a person at an unknown domain: as before, no relay
        mail("petra.privat@webmail-anbieter.example", "Ihre Bewerbung bei Harlow Biotech",
             "Hallo Noor, ich habe gehört, dass Harlow Biotech sich anders entschieden hat."),
    ],
    ids=["headers-only", "list-id", "job-alert", "shop-receipt", "newsletter-mailbox", "person"],
)
def test_what_is_no_unlisted_systems_word_about_her_application_stays_unmatched(
    near_miss: Mail,
) -> None:
    """A newsletter, a job alert, a receipt, a marketing mailbox, a stranger: tied to nothing."""
    assert unlisted_relay(near_miss) is None
    assert match_message(near_miss, EVERYONE, own_addresses=[ME]) is None


@pytest.mark.parametrize(
    ("subject", "name", "kind", "worth"),
    [
        ("Votre candidature", "", MessageKind.AUTOMATED, True),  # her application, any company
        ("Update: Lab Engineer at Harlow Biotech", "", MessageKind.BULK, True),  # names it
        ("Nouvelles offres", "Harlow Biotech - Recrutement", MessageKind.BULK, True),
        ("Your weekly picks", "Jobsnest", MessageKind.BULK, False),  # names no interview's
        ("Votre candidature", "", MessageKind.HUMAN, False),  # a person's: matched by address
        ("Votre candidature", "", MessageKind.CUSTOMER, False),
    ],
)
def test_the_engine_fetches_only_candidates_whole(
    subject: str, name: str, kind: MessageKind, worth: bool
) -> None:
    """A first sync's cheap look: a system's address, and an application or a company named."""
    headers_only = mail("noreply@jobsnest.example", subject, None, name=name)
    assert worth_reading(headers_only, kind, EVERYONE) is worth


def test_nothing_is_fetched_when_there_is_no_interview_or_the_sender_is_a_person() -> None:
    """No interview to tie it to, or a person's address: no body is fetched for it."""
    subject = "Ihre Bewerbung bei Harlow Biotech"
    assert not worth_reading(mail("noreply@portal.example", subject, None),
                             MessageKind.AUTOMATED, [])  # fmt: skip
    assert not worth_reading(mail("petra@portal.example", subject, None),
                             MessageKind.AUTOMATED, EVERYONE)  # fmt: skip


@pytest.mark.parametrize(
    "viewed",
    [
        ("Good news! Harlow Biotech viewed your application. Employers usually respond within"
         " 2 weeks."),
        ("Harlow Biotech hat Ihre Bewerbung angesehen. Arbeitgeber melden sich meist innerhalb"
         " von zwei Wochen."),
        ("Bodegas Olivares ha visto tu candidatura. Las empresas suelen responder en un plazo de"
         " dos semanas."),
    ],
)
def test_a_viewed_notice_promises_no_day(viewed: str) -> None:
    """"Employers usually respond within 2 weeks" is the board's figure, no one's promise."""
    notice = mail("notifications@jobsnest.example", "Your application was viewed", viewed,
                  headers=LISTED)  # fmt: skip
    result = classify_message(notice)
    assert result.kind is MessageKind.AUTOMATED
    assert result.promised_by is None


def test_a_boards_relayed_promise_still_promises_its_day() -> None:
    """Not a "viewed" notice: the employer's day, relayed, stands."""
    relayed = mail("notifications@jobsnest.example", "An update on your application",
                   "Hi Noor, Harlow Biotech has received your application and will get back"
                   " to you by Friday, November 27.", headers=LISTED)  # fmt: skip
    assert classify_message(relayed).promised_by == datetime(2026, 11, 27, tzinfo=UTC).date()


def _read(message: Mail) -> tuple[Classification, Match | None]:
    """The reading and the match, as the engine has them once the mail is read whole."""
    reading = classify_message(message, load_intent_reader())
    return reading, match_message(message, EVERYONE, own_addresses=[ME])


def test_an_unlisted_systems_sure_no_is_tied() -> None:
    """A decision stands: the no settles the process whose company it names."""
    no = mail("noreply@mail.bewerbungsportal.example", "Ihre Bewerbung bei Harlow Biotech",
              HARLOW_NO)  # fmt: skip
    reading, found = _read(no)
    assert found is not None
    assert decision_only(no, reading, found) == found


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("noreply@reviews-site.example", "How was your interview at Harlow Biotech?",
         ("Hi Noor, tell others about your interview at Harlow Biotech. It takes two minutes:"
         " please rate the interview process.")),
        ("notifications@refcheck.example", "Harlow Biotech has contacted your referees",
         ("Hi Noor, Harlow Biotech has asked your referees to complete a reference for your"
         " application. We'll let you know once they respond.")),
        ("noreply@checks.example", "Action required: Harlow Biotech requested your check",
         ("Hi Noor, to continue your application with Harlow Biotech please complete your"
         " background check form within 3 days.")),
    ],
    ids=["survey", "reference-check", "background-check"],
)
def test_an_unlisted_systems_notice_that_decides_nothing_stays_unmatched(
    sender: str, subject: str, body: str
) -> None:
    """A survey, a reference or background check: tied, its request would stop the ladder."""
    notice = mail(sender, subject, body, headers={"auto-submitted": "auto-generated"})
    reading, found = _read(notice)
    assert found is not None  # it names the company ...
    assert decision_only(notice, reading, found) is None  # ... but says no decision


def test_other_matches_are_never_dropped() -> None:
    """A listed vendor's notice, or the company's own address: as before, whatever it says."""
    listed = mail("noreply@harlow.greenhouse-mail.example", "Your interview at Harlow Biotech",
                  "Hi Noor, please pick a time for your interview with Harlow Biotech.")
    reading, found = _read(listed)
    assert found is not None
    assert decision_only(listed, reading, found) == found
    own = mail("noreply@harlowbio.example", "Your interview at Harlow Biotech",
               "Hi Noor, please pick a time for your interview with Harlow Biotech.")
    reading, found = _read(own)
    assert found is not None
    assert decision_only(own, reading, found) == found


def test_a_relayed_decision_is_sure_on_the_readers_own_line() -> None:
    """The line it reads a decision as sure at is the reader's (``core.intent_blend``).

    It takes the same 0.6 from ``core.ladder``, which a steady run loads anyway: the
    reader's module would load every intent table at each start.
    """
    assert vars(unlisted_relays)["UNSURE_BELOW"] == intent_blend.UNSURE_BELOW == ladder.UNSURE_BELOW
