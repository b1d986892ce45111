"""Discovery's readers on mail as vendors, recruiters and candidates write it; near-misses."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.discovery import Mail, discover
from silence_watch.core.invites import ProposalKind
from silence_watch.core.parse import parse_message
from silence_watch.core.sightings import acceptance, confirmation, thank_you
from support.mailfactory import make_message

if TYPE_CHECKING:
    from silence_watch.core.invites import ProposedInterview
    from silence_watch.core.model import Message

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
OWN = frozenset({"jordan@example.com"})
ME = "Jordan Lee <jordan@example.com>"
SENT = datetime(2026, 10, 26, 10, tzinfo=NY)


def inbound(
    sender: str, subject: str, body: str, when: datetime = SENT, message_id: str | None = None
) -> Message:
    """A parsed message to the candidate."""
    raw = make_message(sender=sender, to=ME, subject=subject, body=body, date=when,
                       message_id=message_id)
    return parse_message(raw)


def html_only(sender: str, subject: str, html: str, when: datetime = SENT) -> Message:
    """A parsed message whose only body is HTML, as many hiring systems send."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, ME, subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = "<html-only@ats.example>"
    message.set_content(html, subtype="html")
    return parse_message(bytes(message))


def read(message: Message) -> ProposedInterview | None:
    """The confirmation reader, for a candidate in New York."""
    return confirmation(message, own=OWN, zone=NY, month_first=True)


#: (sender, subject, body, expected start, expected company): confirmations by vendor.
CONFIRMATIONS = [
    ("Calendly <notifications@calendly.example>",
     "Confirmed: Phone screen with Dana Ruiz on Tuesday, November 3, 2026",
     ("A new event has been scheduled.\n\nEvent Type:\nAcme Corp - Phone screen\n\n"
     "Event Date/Time:\n02:00pm - 02:30pm (Eastern Time - US & Canada) on Tuesday, "
     "November 3, 2026"),
     "2026-11-03T14:00:00-05:00", None),
    ("Acme Corp via GoodTime <scheduling@goodtime.example>",
     "Interview Confirmation: Acme Corp - Data Engineer (Onsite)",
     ("Your onsite interview with Acme Corp has been scheduled.\n\nDate: Thursday, November 12, "
     "2026\nTime: 10:00 AM - 2:00 PM EST\nLocation: 200 Harbor Street"),
     "2026-11-12T10:00:00-05:00", "Acme Corp"),
    ("Stark Analytics <scheduling@modernloop.example>",
     "Your interview with Stark Analytics is confirmed",
     ("You're all set! Your interview for the Data Scientist position.\n\n"
     "Tue, Oct 27 \u00b7 11:00 AM \u2013 12:00 PM EDT"), "2026-10-27T11:00:00-04:00",
     "Stark Analytics"),
    ("Globex Recruiting <no-reply@us.greenhouse-mail.example>",
     "Interview Confirmation: Product Analyst at Globex",
     ("Your interview for the Product Analyst position at Globex has been scheduled for Friday, "
     "November 6, 2026 at 11:00 AM EST."), "2026-11-06T11:00:00-05:00", "Globex"),
    ("Soylent <no-reply@hire.lever.example>", "Interview confirmed with Soylent",
     "Your interview is confirmed: Thursday, October 29, 2026 at 11:00 AM Eastern Time.",
     "2026-10-29T11:00:00-04:00", "Soylent"),
    ("Hooli <no-reply@ashbyhq.example>", "Interview with Hooli confirmed",
     "Your interview with Hooli is confirmed.\n\nTuesday, November 3, 2026\n3:00 PM - 4:00 PM CET",
     "2026-11-03T15:00:00+01:00", "Hooli"),
    ("Stark Analytics <starkanalytics@myworkday.example>",
     "Interview Scheduled - Data Scientist (R-10234)",
     ("An interview has been scheduled for the Data Scientist position.\n\nDate: 11/10/2026\n"
     "Time: 2:00 PM - 3:00 PM EST"), "2026-11-10T14:00:00-05:00", "Stark Analytics"),
    ("Umbrella Health GmbH <noreply@umbrella.jobs.personio.example>",
     "Einladung zum Vorstellungsgespr\u00e4ch \u2013 Backend Engineer (m/w/d)",
     ("vielen Dank f\u00fcr Ihre Bewerbung bei Umbrella Health.\n\nTermin: Donnerstag, 12. "
     "November 2026, 15:00 Uhr (MEZ)"), "2026-11-12T15:00:00+01:00", "Umbrella Health"),
    ("Recrutement <recrutement@garonne.example>", "Confirmation de votre entretien",
     ("Votre entretien est confirm\u00e9 le jeudi 17 d\u00e9cembre 2026 \u00e0 15h00 (heure de "
     "Paris)."), "2026-12-17T15:00:00+01:00", None),
    ("Olivar Seguros <olivar@myworkday.example>", "Confirmaci\u00f3n de entrevista",
     "Confirmaci\u00f3n de su entrevista: martes 3 de noviembre de 2026 a las 10:30 (CET).",
     "2026-11-03T10:30:00+01:00", "Olivar Seguros"),
    ("Els De Smet <els.desmet@scheldesoft.example>", "Uitnodiging tweede gesprek",
     ("Graag nodigen wij u uit voor een tweede gesprek.\n\nDatum: donderdag 12 november 2026\n"
     "Uur: 14u00\n\nEls De Smet\nHR Business Partner - ScheldeSoft"),
     "2026-11-12T14:00:00-05:00", "ScheldeSoft"),
    # booking confirmations once the candidate picked a slot, in German, French, Spanish, Dutch
    ("Kranich Energiesysteme GmbH <no-reply@mail.personio.example>",
     "Termin best\u00e4tigt: Zweitgespr\u00e4ch Data Engineer (m/w/d)",
     ("Hallo Jordan Lee,\n\nvielen Dank, Ihr Termin wurde erfolgreich gebucht.\n\n"
      "Datum: Dienstag, 24.11.2026\nUhrzeit: 10:00 - 11:30 Uhr (MEZ)"),
     "2026-11-24T10:00:00+01:00", "Kranich Energiesysteme GmbH"),
    ("Talentteam <noreply@havel.softgarden.example>", "Einladung best\u00e4tigt",
     ("Guten Tag, Ihre Einladung zum Vorstellungsgespr\u00e4ch ist best\u00e4tigt: "
      "Mittwoch, 25. November 2026, 09:30 Uhr (MEZ)."), "2026-11-25T09:30:00+01:00", None),
    ("Atelier Sorel <no-reply@welcometothejungle.example>", "Entretien confirm\u00e9",
     ("Bonjour, votre rendez-vous pour l'entretien est r\u00e9serv\u00e9 : lundi 23 novembre "
      "2026 \u00e0 14h00 (heure de Paris)."), "2026-11-23T14:00:00+01:00", None),
    ("Olivar Seguros <olivar@myworkday.example>", "Entrevista confirmada",
     "Su entrevista ha sido confirmada para el martes 24 de noviembre de 2026 a las 11:00 (CET).",
     "2026-11-24T11:00:00+01:00", None),
    ("Kadeweg Logistiek <noreply@kadeweg.recruitee.example>", "Afspraak bevestigd",
     ("Je afspraak voor het tweede gesprek is ingepland op donderdag 26 november 2026 om "
      "13:00 (CET)."), "2026-11-26T13:00:00+01:00", None),
    ("Keisha Abernathy <keisha.abernathy@ravenport.example>", "RE: Staff Data Engineer - next step",
     ("Hi Jordan,\n\nGreat - confirming Tuesday 3pm for your interview with Dana Whitfield, our "
     "VP of Data, for the Staff Data Engineer role.\n\nKeisha\n\nKeisha Abernathy\nSenior "
     "Talent Acquisition Partner\nRavenport Insurance Group\nHartford, CT | (860) 555-0142"),
     "2026-10-27T15:00:00-04:00", "Ravenport Insurance Group"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "start", "company"), CONFIRMATIONS)
def test_a_confirmation_becomes_a_proposal_with_its_time_and_company(
    sender: str, subject: str, body: str, start: str, company: str | None
) -> None:
    """Calendly, GoodTime, ModernLoop, Greenhouse, Lever, Ashby, Workday, Personio and people."""
    found = read(inbound(sender, subject, body))
    assert found is not None
    assert found.kind is ProposalKind.CONFIRMATION
    assert found.start == datetime.fromisoformat(start)
    if company is not None:
        assert found.company == company
    assert found.evidence
    assert found.sources
    assert 0.5 <= found.confidence < 1.0


def test_an_html_only_confirmation_reads_its_table_and_entities() -> None:
    """Lever's HTML-only table with "&ndash;" between the times keeps its zone."""
    found = read(html_only(
        "Vantage Orbital <no-reply@hire.lever.example>", "Interview confirmed with Vantage Orbital",
        "<p>Your interview with Vantage Orbital for the <b>Systems Engineer</b> role is "
        "confirmed.</p><table><tr><td>When</td><td>Wednesday, October 28, 2026, 1:00 PM &ndash; "
        "2:00 PM PDT</td></tr></table>",
    ))
    assert found is not None
    assert found.start == datetime(2026, 10, 28, 13, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert (found.company, found.role) == ("Vantage Orbital", "Systems Engineer")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (("Alex Kim is inviting you to a scheduled Zoom meeting.\n\nTopic: Northwind | Analytics "
         "Engineer interview\nTime: Nov 10, 2026 02:00 PM Eastern Time (US and Canada)\n\n"
         "Join Zoom "
         "Meeting\nhttps://northwind.zoom.example/j/8334455"), "2026-11-10T14:00:00-05:00"),
        (("Our technical interview with the team is on Monday, November 9 at 4:00 PM ET.\n\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to "
         "join the meeting"), "2026-11-09T16:00:00-05:00"),
        (("Interview for the Product Designer role\n"
          "Thursday, November 5 \u00b7 3:00 \u2013 3:45pm\n"
         "Time zone: America/New_York\nJoin with Google Meet\nmeet.google.com/abc-defg-hij"),
         "2026-11-05T15:00:00-05:00"),
    ],
)
def test_a_video_call_invitation_in_a_body_is_a_round(body: str, start: str) -> None:
    """Zoom, Teams and Google Meet invitations written in a mail, about an interview."""
    found = read(inbound("Alex Kim <alex.kim@northwind.example>", "Interview", body))
    assert found is not None
    assert found.start == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("TechTalks Events <events@techtalks.example>",
         "Live webinar: Acing the technical interview",
         ("Join us on Thursday, October 29 at 1:00 PM ET for a live webinar on interviews.\n\nJoin "
         "Zoom Meeting\nhttps://techtalks.zoom.example/j/555\n\nRegister now.")),
        ("Nina Park <nina@datameetup.example>", "You're registered: Interviewing at startups",
         ("You're registered for our panel on interviewing on Tuesday, October 27 at 6:00 PM ET. "
         "Join Zoom Meeting: https://meetup.zoom.example/j/77")),
        ("Smile Dental <no-reply@smiledental.example>", "Appointment confirmed",
         "Your appointment is confirmed for Tuesday, October 27 at 9:00 AM."),
        ("Mom <linda.lee@example.net>", "Family call Sunday",
         ("Family call!\n\nTime: Nov 1, 2026 05:00 PM Eastern Time (US and Canada)\n\nJoin Zoom "
         "Meeting\nhttps://family.zoom.example/j/42")),
        ("Tyrell Recruiting <no-reply@greenhouse-mail.example>", "Schedule your interview",
         ("Please select a time that works for you between Monday, November 2 and Friday, "
         "November 6 (9:00 AM - 5:00 PM ET) for your interview.")),
        ("Prestige Worldwide via GoodTime <scheduling@goodtime.example>",
         "Select times for your interview",
         ("Please choose your availability for Tuesday, November 3 or Wednesday, November 4, "
         "between 10:00 AM and 4:00 PM EST.")),
        ("Wayne Enterprises <careers@wayne.icims.example>", "Next step: online assessment",
         ("As the next step in your application, please complete the coding assessment by "
         "Friday, October 30 at 5:00 PM ET.")),
        ("Soylent <no-reply@hire.lever.example>", "Thanks for applying to Soylent!",
         ("Thank you for applying. We'll review your application and get back to you by Friday, "
         "November 6.")),
        ("Career Weekly <news@careerweekly.example>", "The Interview Issue",
         ("This week: why Thursday at 3pm is the best time to interview. Our interview with a CTO "
         "is confirmed for the next issue.")),
        ("Grocer <receipts@grocer.example>", "Your order is confirmed",
         "Your delivery is confirmed for Saturday between 9:00 AM and 11:00 AM."),
        ("Dana Ruiz <dana.ruiz@acme.example>", "Data Engineer - next step",
         ("Just confirming whether Tuesday at 3pm or Thursday at 10am works for your "
         "interview?")),
        ("Dana Ruiz <dana.ruiz@acme.example>", "Your application",
         "Confirming receipt of your application for the interview process on Tuesday at 3pm."),
        ("Kranich Energiesysteme GmbH <no-reply@mail.personio.example>", "Bewerbung eingegangen",
         ("Hiermit best\u00e4tigen wir den Eingang Ihrer Bewerbung am 19.11.2026 um 20:10 Uhr. "
          "Wir melden uns nach Sichtung der Unterlagen.")),
        ("Kranich Karriere <events@kranich-energie.example>",
         "Webinar-Termin best\u00e4tigt: Tipps f\u00fcrs Vorstellungsgespr\u00e4ch",
         ("Ihr Termin ist best\u00e4tigt: Donnerstag, 26.11.2026, 18:00 Uhr (MEZ). Den Link zum "
          "Livestream erhalten Sie am Vortag.")),
        ("Praxis Dr. Weber <termine@praxis-weber.example>", "Termin best\u00e4tigt",
         "Ihr Termin ist best\u00e4tigt: Dienstag, 24.11.2026, 10:00 Uhr (MEZ)."),
        ("Kapsalon Knip <afspraken@knip.example>", "Afspraak bevestigd",
         "Je afspraak is bevestigd op donderdag 26 november 2026 om 13:00."),
    ],
)
def test_near_misses_propose_nothing(sender: str, subject: str, body: str) -> None:
    """Webinars, meetups, a dentist, family calls, choose-a-time, assessments, receipts."""
    assert read(inbound(sender, subject, body)) is None


def _reply(body: str, parent_id: str = "<p1@acme.example>", when: datetime = SENT) -> Message:
    raw = make_message(sender=ME, to="Dana Ruiz <dana.ruiz@acme.example>",
                       subject="Re: Interview", body=body, date=when, in_reply_to=parent_id)
    return parse_message(raw)


OFFER = (
    "Hi Jordan,\n\nThanks for applying for the Data Engineer role. Could you meet the team on "
    "Tuesday, November 3 at 3pm or Thursday, November 5 at 10am?\n\nDana\n\n"
    "Dana Ruiz | Talent Acquisition | Acme Corp"
)


@pytest.mark.parametrize(
    ("reply", "start"),
    [
        ("Tuesday at 3pm works for me.", "2026-11-03T15:00:00-05:00"),
        ("Hi Dana, yes, 10am Thursday is perfect. Thank you!", "2026-11-05T10:00:00-05:00"),
        ("Thursday works great!", "2026-11-05T10:00:00-05:00"),
        ("The second option works well for me.", "2026-11-05T10:00:00-05:00"),
        ("3pm works, see you then.", "2026-11-03T15:00:00-05:00"),
        ("Tuesday doesn't work, unfortunately, but Thursday at 10 am works.",
         "2026-11-05T10:00:00-05:00"),
        ("Sounds good - I'll be there on Tue, Nov 3 at 3pm.", "2026-11-03T15:00:00-05:00"),
    ],
)
def test_a_reply_accepting_a_proposed_time_is_a_round(reply: str, start: str) -> None:
    """The time the candidate's reply accepts, with the recruiter's full date."""
    parent = inbound("Dana Ruiz <dana.ruiz@acme.example>", "Interview", OFFER,
                     message_id="<p1@acme.example>")
    found = acceptance(_reply(reply), parent, own=OWN, zone=NY, month_first=True)
    assert found is not None
    assert found.kind is ProposalKind.ACCEPTED
    assert found.start == datetime.fromisoformat(start)
    assert (found.company, found.role) == ("Acme Corp", "Data Engineer")
    assert {a.email for a in (found.organizer, *found.attendees) if a} == {"dana.ruiz@acme.example"}


def test_a_german_acceptance_keeps_the_recruiters_zone() -> None:
    """"Donnerstag 14 Uhr passt mir gut" to a Berlin recruiter is 14:00 in Berlin."""
    parent = inbound("Anna Becker <anna.becker@umbrella-health.example>", "Zweites Gespräch",
                     "Wir würden Sie gern zu einem zweiten Vorstellungsgespräch einladen. Passt "
                     "Ihnen Donnerstag, 5. November um 14 Uhr?",
                     when=datetime(2026, 10, 26, 15, tzinfo=BERLIN), message_id="<p1@acme.example>")
    found = acceptance(_reply("Donnerstag 14 Uhr passt mir gut."), parent, own=OWN, zone=NY,
                       month_first=True)
    assert found is not None
    assert found.start == datetime(2026, 11, 5, 14, tzinfo=BERLIN)


def test_a_french_acceptance_without_the_parent_reads_the_quote() -> None:
    """A reply whose parent is not in the mailbox accepts from what it quotes."""
    reply = _reply("Jeudi 10h me convient parfaitement.\n\nLe lun. 26 oct. 2026 \u00e0 10:00, "
                   "Camille <camille.martin@hooli.example> a \u00e9crit :\n> Merci pour votre "
                   "candidature chez Hooli. Seriez-vous disponible jeudi 29 octobre "
                   "\u00e0 10h pour "
                   "un entretien ?")
    found = acceptance(reply, None, own=OWN, zone=NY, month_first=False)
    assert found is not None
    assert found.start is not None
    assert found.start.date().isoformat() == "2026-10-29"
    assert found.company == "Hooli"


@pytest.mark.parametrize(
    ("parent", "reply"),
    [
        ("Let's meet Tuesday at 7pm at Luigi's? Been too long!", "Tuesday at 7 works!"),
        ("Would Friday at 9am work for a coffee? Happy to tell you about life here.",
         "Friday at 9am works, see you then!"),
        (OFFER, "Thanks, but Tuesday doesn't work and I've decided to withdraw."),
        (OFFER, "Could we do Wednesday instead?"),
        ("Thank you for your application. We'll get back to you by Friday.",
         "Thank you, looking forward to hearing from you."),
    ],
)
def test_replies_that_accept_no_interview_propose_nothing(parent: str, reply: str) -> None:
    """A friend's dinner, a coffee chat, a refusal, a counter-proposal, a plain thank-you."""
    message = inbound("Maya Chen <maya.chen@example.net>", "Hi", parent,
                      message_id="<p1@acme.example>")
    assert acceptance(_reply(reply), message, own=OWN, zone=NY, month_first=True) is None


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Thank you for speaking with me today about the Data Engineer role.", "2026-10-26"),
        ("Thanks so much for the great conversation this afternoon about the interview process.",
         "2026-10-26"),
        ("Thank you again for the interview yesterday.", "2026-10-25"),
        ("Vielen Dank f\u00fcr das angenehme Gespr\u00e4ch heute und die Einblicke.", "2026-10-26"),
        ("Merci pour l'entretien de ce matin, j'ai appr\u00e9ci\u00e9 notre \u00e9change.",
         "2026-10-26"),
        ("Gracias por la entrevista de hoy.", "2026-10-26"),
        ("Bedankt voor het gesprek vandaag over de functie.", "2026-10-26"),
    ],
)
def test_a_thank_you_note_in_sent_marks_a_round_that_day(body: str, day: str) -> None:
    """The candidate's thank-you note (English, German, French, Spanish, Dutch) dates a round."""
    note = parse_message(make_message(sender=ME, to="Lee Park <lee.park@globex.example>",
                                      subject="Thank you", body=body, date=SENT))
    found = thank_you(note, own=OWN, zone=NY)
    assert found is not None
    assert found.all_day
    assert found.start is not None
    assert found.start.date().isoformat() == day
    assert found.kind is ProposalKind.THANK_YOU


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the chat today, it was great to catch up!",
        "Thank you for your time today showing me the apartment.",
        "Thank you for the offer! I'm delighted to accept.",
        "Thank you for considering my application.",
        "Thank you for speaking with me about the role.",  # no day: the note does not date a round
    ],
)
def test_thank_yous_that_date_no_interview_propose_nothing(body: str) -> None:
    """Thanks to a friend, a landlord, for an offer, for considering, or with no day."""
    note = parse_message(make_message(sender=ME, to="Pat <pat@example.net>", subject="Thanks",
                                      body=body, date=SENT))
    assert thank_you(note, own=OWN, zone=NY) is None


# --- bad input: every reader, never an exception, never a proposal from nothing ------------

BAD_BODIES = [
    None,
    "",
    "\x00\x01\x02 binary \udcff",
    "Interview confirmed " + "9" * 5000,
    "Your interview is confirmed for 31/31/2026 at 25:99.",
    "Interview scheduled: Tuesday, February 30, 2026 at 3pm EST",
    "Interview confirmed: 32. Dezember 2026, 14:00 Uhr",
    "Interview confirmed at 10am GMT+99 on Nov 31",
    "interview confirmed " * 2000,
]


@pytest.mark.parametrize("body", BAD_BODIES)
def test_every_reader_survives_bad_input(body: str | None) -> None:
    """Empty, binary, huge, impossible dates and zones: no reader raises or invents a round."""
    message = inbound("Globex Recruiting <no-reply@greenhouse-mail.example>",
                      "Interview confirmed", "placeholder")
    broken = replace(message, body=body)
    assert read(broken) is None
    assert acceptance(broken, broken, own=OWN, zone=NY, month_first=True) is None
    assert thank_you(broken, own=OWN, zone=NY) is None


def test_readers_survive_a_message_without_date_or_sender() -> None:
    """A message with no Date and no From is read as nothing, not an exception."""
    raw = b"Subject: Interview confirmed\r\n\r\nYour interview is confirmed for Nov 3 at 3pm EST."
    message = parse_message(raw)
    assert read(message) is None
    assert thank_you(message, own=OWN, zone=NY) is None
    both = [Mail(message, outbound=False), Mail(message, outbound=True)]
    assert discover(both, own=OWN, zone=NY) == []


@settings(max_examples=60)
@given(st.binary(max_size=600))
def test_discovery_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    """Any bytes at all, read as a received and as a sent message, give a list."""
    message = parse_message(raw)
    both = [Mail(message, outbound=False), Mail(message, outbound=True)]
    assert isinstance(discover(both, own=OWN, zone=NY), list)


_FINAL_ROUND = {
    "fr": ("Chloé Bertin <chloe.bertin@verlaine.example>", "Entretien final",
           ("Mme Aubry souhaite vous rencontrer pour un dernier entretien. Je vous propose le "
            "mardi 5 janvier à 10h. Pouvez-vous me confirmer ?")),
    "de": ("Sabine Kessler <s.kessler@nordhafen.example>", "Zweites Gespräch",
           "Wir möchten Sie zu einem zweiten Gespräch einladen: Dienstag, 5. Januar, 10 Uhr."),
    "es": ("Marta Quiroga <marta.quiroga@olivar.example>", "Segunda entrevista",
           "Te propongo la segunda entrevista el martes 5 de enero a las 10:00."),
    "nl": ("Femke Bakker <femke@polderbank.example>", "Tweede gesprek",
           "Zullen we het tweede gesprek plannen op dinsdag 5 januari om 10:00?"),
}


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("fr", "Je vous confirme avec plaisir le mardi 5 janvier à 10h."),
        ("fr", "Bonjour Chloé, je confirme, à mardi !"),
        ("fr", "C'est bon pour moi, merci !"),
        ("de", "Den Termin am Dienstag um 10 Uhr bestätige ich gern."),
        ("de", "Ich bestätige Dienstag, 5. Januar, 10 Uhr."),
        ("es", "Te confirmo el martes 5 de enero a las 10:00, allí estaré."),
        ("es", "Confirmo, muchas gracias."),
        ("nl", "Ik bevestig dinsdag 5 januari om 10:00."),
        ("nl", "Dinsdag komt mij goed uit."),
    ],
)
def test_a_first_person_confirmation_accepts_the_time(language: str, reply: str) -> None:
    """"Je vous confirme le mardi 5 janvier à 10h" takes the proposed round (u53rv)."""
    sender, subject, body = _FINAL_ROUND[language]
    parent = inbound(sender, subject, body, when=datetime(2026, 12, 10, 11, tzinfo=BERLIN),
                     message_id="<p1@acme.example>")
    found = acceptance(_reply(reply), parent, own=OWN, zone=BERLIN, month_first=False)
    assert found is not None
    assert found.start == datetime(2027, 1, 5, 10, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("fr", "Je vous confirme que je retire ma candidature."),
        ("de", "Ich bestätige, dass ich meine Bewerbung zurückziehe."),
        ("es", "Te confirmo que he aceptado otra oferta."),
        ("nl", "Ik bevestig dat ik me terugtrek."),
    ],
)
def test_confirming_something_else_accepts_no_time(language: str, reply: str) -> None:
    """"Je vous confirme que ..." states a fact: no round is booked by it."""
    sender, subject, body = _FINAL_ROUND[language]
    parent = inbound(sender, subject, body, when=datetime(2026, 12, 10, 11, tzinfo=BERLIN),
                     message_id="<p1@acme.example>")
    assert acceptance(_reply(reply), parent, own=OWN, zone=BERLIN, month_first=False) is None
