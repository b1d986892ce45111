"""Write the season mailbox of tests/discovery/season/ (run once; the .eml files are kept).

Usage: ``python tests/discovery/make_season.py`` (rewrites ``season/INBOX`` and
``season/Sent``). A job search from September to November 2026, as the world writes it:
25 applications, 8 of which reach interviews (15 rounds, found through a Calendly, a
GoodTime, a ModernLoop, a Greenhouse, a Lever, an Ashby, a Workday and a Personio mail,
calendar invitations, Zoom and Teams links in a body, replies that accept a proposed time
in English, German and French, and thank-you notes in Sent), among the acknowledgements
and rejections of the other 17, newsletters, webinars, job alerts and personal mail.
What it should yield is written by hand in ``expected.yaml``, not derived from here.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import count
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent / "season"
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
LA = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")
ME = "Jordan Lee <jordan@example.com>"
_serial = count(1)


def at(month: int, day: int, hour: int, minute: int = 0, zone: ZoneInfo = NY) -> datetime:
    """A moment of the season, in the writer's zone (the Date header shows its offset)."""
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


def mail(
    slug: str,
    *,
    sender: str,
    to: str,
    subject: str,
    when: datetime,
    body: str | None = None,
    html: str | None = None,
    cc: tuple[str, ...] = (),
    reply_to: str | None = None,
    answers: str | None = None,
    headers: tuple[tuple[str, str], ...] = (),
    ics: str | None = None,
    sent: bool = False,
) -> None:
    """Write one message; ``answers`` is the slug of the message it replies to."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = ", ".join(cc)
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    domain = sender.rpartition("@")[2].rstrip(">")
    message["Message-ID"] = f"<{slug}@{domain}>"
    if answers:
        parent = _ids[answers]
        message["In-Reply-To"] = parent
        message["References"] = parent
    for name, value in headers:
        message[name] = value
    if body is not None:
        message.set_content(body)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    if ics is not None:
        message.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    _ids[slug] = str(message["Message-ID"])
    folder = HERE / ("Sent" if sent else "INBOX")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{next(_serial):03d}-{slug}.eml").write_bytes(bytes(message))


_ids: dict[str, str] = {}


def reply(slug: str, answers: str, *, to: str, subject: str, when: datetime, body: str,
          cc: tuple[str, ...] = ()) -> None:
    """Jordan's reply (filed in Sent), quoting nothing: as a phone's mail app writes it."""
    mail(slug, sender=ME, to=to, subject=subject, when=when, body=body, answers=answers,
         cc=cc, sent=True)


def invitation(uid: str, start: str, end: str, summary: str, organizer: str, *guests: str) -> str:
    """An iCalendar REQUEST as Google Calendar writes it (times in UTC)."""
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start}",
        f"DTEND:{end}", "DTSTAMP:20260917T140000Z", f"ORGANIZER;CN={organizer}",
        f"UID:{uid}", *(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN={g}" for g in guests),
        "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines)


def acme() -> None:
    """Acme Corp, Data Engineer: Calendly screen, Google invitation, GoodTime onsite."""
    dana = "Dana Ruiz <dana.ruiz@acme.example>"
    mail("acme-ack", sender="Acme Corp <no-reply@greenhouse-mail.example>", to=ME,
         subject="Thank you for applying to Acme Corp", when=at(9, 8, 14, zone=UTC),
         body="Hi Jordan,\n\nThank you for your interest in Acme Corp! We have received your "
         "application for the Data Engineer position and our team is reviewing it.\n\n"
         "Acme Corp Recruiting")
    mail("acme-calendly-link", sender=dana, to=ME, subject="Next steps: Data Engineer at Acme Corp",
         when=at(9, 10, 9, 40),
         body="Hi Jordan,\n\nThanks for applying to the Data Engineer role! I'd love to set up a "
         "30-minute phone screen. Please pick a time that works for you here: "
         "https://calendly.example/dana-ruiz/30min\n\nBest,\nDana\n\n"
         "Dana Ruiz | Talent Acquisition | Acme Corp")
    mail("acme-calendly", sender="Calendly <notifications@calendly.example>", to=ME,
         reply_to=dana, subject="Confirmed: Phone screen with Dana Ruiz on Tuesday, September 15, "
         "2026", when=at(9, 10, 14, 3, zone=UTC),
         body="Hi Jordan Lee,\n\nA new event has been scheduled.\n\nEvent Type:\nAcme Corp - Phone "
         "screen (Data Engineer)\n\nInvitee:\nJordan Lee\n\nEvent Date/Time:\n02:00pm - 02:30pm "
         "(Eastern Time - US & Canada) on Tuesday, September 15, 2026\n\nLocation:\nThis is a "
         "Google Meet web conference. Join with Google Meet: https://meet.example/abc-defg-hij\n\n"
         "Need to make changes to this event? Cancel or reschedule.\n\nPowered by Calendly")
    mail("acme-thanks-1", sender=ME, to=dana, subject="Thank you", when=at(9, 15, 16, 10),
         body="Hi Dana,\n\nThank you for taking the time to speak with me today about the Data "
         "Engineer role. I enjoyed hearing how the team is rebuilding its pipelines.\n\n"
         "Best regards,\nJordan", sent=True)
    lee = "Lee Wong <lee.wong@acme.example>"
    mail("acme-technical", sender=dana, to=ME, cc=(lee,),
         subject="Invitation: Acme Corp - Data Engineer - Technical Interview @ Thu Sep 24, 2026 "
         "3pm - 4pm (EDT)", when=at(9, 17, 10, 5),
         body="You have been invited to the following event.\n\nAcme Corp - Data Engineer - "
         "Technical Interview\nThursday Sep 24, 2026 3pm - 4pm (Eastern Time - New York)\n\n"
         "Invitation from Google Calendar",
         ics=invitation("4k2n9acme0924@google.example", "20260924T190000Z", "20260924T200000Z",
                        "Acme Corp - Data Engineer - Technical Interview",
                        "Dana Ruiz:mailto:dana.ruiz@acme.example",
                        "Jordan Lee:mailto:jordan@example.com",
                        "Lee Wong:mailto:lee.wong@acme.example"))
    mail("acme-thanks-2", sender=ME, to=lee, cc=(dana,), subject="Thanks for today",
         when=at(9, 24, 17, 5),
         body="Hi Lee,\n\nThanks so much for the great conversation this afternoon. I enjoyed "
         "digging into the streaming design question, and I'm even more excited about the Data "
         "Engineer role.\n\nBest,\nJordan", sent=True)
    mail("acme-goodtime", sender="Acme Corp via GoodTime <scheduling@goodtime.example>", to=ME,
         subject="Interview Confirmation: Acme Corp - Data Engineer (Onsite)",
         when=at(10, 1, 18, 30, zone=UTC),
         body="Hi Jordan,\n\nYour onsite interview with Acme Corp has been scheduled.\n\n"
         "Date: Thursday, October 8, 2026\nTime: 10:00 AM - 2:00 PM EDT\nLocation: Acme Corp, "
         "200 Harbor Street, Boston, MA\n\nYour schedule:\n10:00 AM - 11:00 AM  Coding with Lee "
         "Wong\n11:00 AM - 12:00 PM  System design with Ana Silva\n12:00 PM - 1:00 PM  Lunch with "
         "the data team\n1:00 PM - 2:00 PM  Hiring manager conversation with Sam Patel\n\n"
         "Questions? Reply to this email to reach Dana Ruiz.\n\nSent by GoodTime on behalf of "
         "Acme Corp")
    mail("acme-reminder", sender="Acme Corp via GoodTime <scheduling@goodtime.example>", to=ME,
         subject="Reminder: your interview with Acme Corp is tomorrow",
         when=at(10, 7, 14, zone=UTC),
         body="Hi Jordan,\n\nA quick reminder of your onsite interview tomorrow, Thursday, October "
         "8 at 10:00 AM EDT, at 200 Harbor Street. Please bring a photo ID.\n\nGoodTime")


def globex() -> None:
    """Globex, Product Analyst: Greenhouse confirmation, a time accepted in the thread."""
    ats = "Globex Recruiting <no-reply@us.greenhouse-mail.example>"
    mail("globex-ack", sender=ats, to=ME, subject="Thank you for applying to Globex",
         when=at(9, 9, 13, zone=UTC),
         body="Hi Jordan,\n\nThanks for applying for the Product Analyst role at Globex. We'll "
         "review your application and get back to you within two weeks.\n\nGlobex Recruiting")
    mail("globex-confirmed", sender=ats, to=ME,
         subject="Interview Confirmation: Product Analyst at Globex", when=at(9, 14, 15, zone=UTC),
         body="Hi Jordan,\n\nYour interview for the Product Analyst position at Globex has been "
         "scheduled for Friday, September 18, 2026 at 11:00 AM EDT.\n\nYou will be meeting with "
         "Lee Park (Product Lead). Video link: https://globex.zoom.example/j/9911223344\n\n"
         "Good luck!\nGlobex Recruiting")
    lee = "Lee Park <lee.park@globex.example>"
    mail("globex-round-2", sender=lee, to=ME, subject="Next round: Product Analyst",
         when=at(9, 25, 10, 20),
         body="Hi Jordan,\n\nGreat chatting last week! We'd like you to meet our head of product "
         "for a second interview. Would Wednesday, September 30 at 1pm or Thursday, October 1 at "
         "2pm ET work for you?\n\nBest,\nLee\n\nLee Park | Product Lead | Globex")
    reply("globex-accept", "globex-round-2", to=lee, subject="Re: Next round: Product Analyst",
          when=at(9, 25, 12, 2),
          body="Hi Lee,\n\nThursday at 2pm works for me - looking forward to it!\n\nBest,\n"
          "Jordan\n\nSent from my iPhone")
    mail("globex-no", sender=ats, to=ME, subject="Your application to Globex",
         when=at(10, 9, 16, zone=UTC),
         body="Hi Jordan,\n\nThank you for interviewing with us for the Product Analyst role. "
         "After careful consideration we have decided to move forward with other candidates.\n\n"
         "Globex Recruiting")


def initech() -> None:
    """Initech, Backend Developer, through Talent Bridge: an option chosen, a Teams link."""
    sam = "Sam Cole <sam@talentbridge.example>"
    priya = "Priya Shah <priya.shah@initech.example>"
    mail("initech-sam", sender=sam, to=ME, cc=(priya,),
         subject="Backend Developer role with my client Initech", when=at(9, 16, 9, 30),
         body="Hi Jordan,\n\nGood news: my client Initech would like to set up a first interview "
         "for the Backend Developer role with Priya Shah (cc'd), their engineering lead. She has "
         "two options: Monday, September 21 at 10:00 AM or Tuesday, September 22 at 3:00 PM "
         "(ET). Let me know which suits you.\n\nBest,\nSam Cole\nSenior Recruiter | Talent "
         "Bridge")
    reply("initech-accept", "initech-sam", to=sam, cc=(priya,),
          subject="Re: Backend Developer role with my client Initech", when=at(9, 16, 11, 15),
          body="Hi Sam,\n\nThe first option works well for me.\n\nThanks,\nJordan")
    mail("initech-teams", sender=priya, to=ME, cc=(sam,),
         subject="Initech \u2013 second interview (Teams)", when=at(9, 29, 8, 45),
         body="Hi Jordan,\n\nThanks again for last week. Our technical interview with the backend "
         "team is on Monday, October 5 at 4:00 PM ET; the Teams link is below.\n\nPriya\n\n"
         + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room "
         "device\nClick here to join the meeting<https://teams.example/l/meetup-join/19%3am>\n"
         "Meeting ID: 245 117 839 402\nPasscode: Xy7pQ2\n" + "_" * 80)
    mail("initech-thanks", sender=ME, to=priya, cc=(sam,), subject="Thank you",
         when=at(10, 5, 17, 30),
         body="Hi Priya,\n\nThank you for the interview today - I enjoyed meeting the backend "
         "team and talking through the queueing problem.\n\nBest,\nJordan", sent=True)
    mail("initech-update", sender=sam, to=ME, subject="Initech update", when=at(10, 16, 15),
         body="Hi Jordan,\n\nInitech are still deciding; they hope to know by the end of the "
         "month. I'll keep you posted.\n\nSam")


def northwind() -> None:
    """Northwind, Analytics Engineer: a Zoom invitation in the body, a thank-you note."""
    alex = "Alex Kim <alex.kim@northwind.example>"
    mail("northwind-zoom", sender=alex, to=ME, subject="Analytics Engineer interview at Northwind",
         when=at(9, 22, 11, 5),
         body="Alex Kim is inviting you to a scheduled Zoom meeting.\n\nTopic: Northwind | "
         "Analytics Engineer interview\nTime: Sep 29, 2026 02:00 PM Eastern Time (US and "
         "Canada)\n\nJoin Zoom Meeting\nhttps://northwind.zoom.example/j/83344556677?pwd=Qk9\n\n"
         "Meeting ID: 833 4455 6677\nPasscode: 482913")
    mail("northwind-thanks", sender=ME, to=alex, subject="Thank you - Analytics Engineer",
         when=at(9, 29, 15, 20),
         body="Dear Alex,\n\nThank you for speaking with me today about the Analytics Engineer "
         "position. I appreciated the walk through your dbt models.\n\nKind regards,\nJordan "
         "Lee", sent=True)


def umbrella() -> None:
    """Umbrella Health, Berlin: a Personio invitation in German, a time accepted in German."""
    mail("umbrella-personio",
         sender="Umbrella Health GmbH <noreply@umbrella-health.jobs.personio.example>", to=ME,
         subject="Einladung zum Vorstellungsgespr\u00e4ch \u2013 Backend Engineer (m/w/d)",
         when=at(9, 28, 10, zone=BERLIN),
         body="Hallo Jordan,\n\nvielen Dank f\u00fcr Ihre Bewerbung bei Umbrella Health. Wir "
         "freuen uns, Sie zu einem ersten Gespr\u00e4ch einzuladen.\n\nTermin: Donnerstag, 8. "
         "Oktober 2026, 15:00 Uhr (MESZ)\nOrt: Google Meet (den Link erhalten Sie separat)\n"
         "Gespr\u00e4chspartnerin: Anna Becker, Head of Engineering\n\nViele Gr\u00fc\u00dfe\n"
         "Ihr Recruiting-Team der Umbrella Health GmbH")
    anna = "Anna Becker <anna.becker@umbrella-health.example>"
    mail("umbrella-second", sender=anna, to=ME, subject="Zweites Gespr\u00e4ch",
         when=at(10, 12, 9, 30, zone=BERLIN),
         body="Hallo Jordan,\n\nvielen Dank f\u00fcr das gute Gespr\u00e4ch letzte Woche. Wir "
         "w\u00fcrden Sie gern zu einem zweiten Vorstellungsgespr\u00e4ch mit unserem CTO "
         "einladen. Passt Ihnen Dienstag, 20. Oktober um 14 Uhr?\n\nViele Gr\u00fc\u00dfe\n"
         "Anna Becker\nHead of Engineering | Umbrella Health GmbH")
    reply("umbrella-accept", "umbrella-second", to=anna, subject="Re: Zweites Gespr\u00e4ch",
          when=at(10, 12, 6, 40),
          body="Hallo Anna,\n\nDienstag 14 Uhr passt mir gut. Bis dann!\n\nViele Gr\u00fc\u00dfe\n"
          "Jordan")


def vantage() -> None:
    """Vantage Orbital, Systems Engineer: Lever's HTML-only confirmation in Pacific time."""
    mail("vantage-lever", sender="Vantage Orbital <no-reply@hire.lever.example>", to=ME,
         subject="Interview confirmed with Vantage Orbital", when=at(10, 6, 20, zone=UTC),
         html="<html><body><p>Hi Jordan,</p><p>Your interview with Vantage Orbital for the "
         "<b>Systems Engineer</b> role is confirmed.</p><table><tr><td>When</td><td>Wednesday, "
         "October 14, 2026, 1:00 PM &ndash; 2:00 PM PDT</td></tr><tr><td>Where</td><td>Google "
         "Meet</td></tr><tr><td>With</td><td>Marcus Lee, Avionics Lead</td></tr></table>"
         "<p>Vantage Orbital Talent Team</p></body></html>")
    mail("vantage-thanks", sender=ME, to="Marcus Lee <marcus.lee@vantageorbital.example>",
         subject="Thank you", when=at(10, 15, 9, 10),
         body="Hi Marcus,\n\nThank you again for the interview yesterday. I especially enjoyed "
         "the discussion of the guidance software and the Systems Engineer role.\n\nBest,\n"
         "Jordan", sent=True)


def hooli() -> None:
    """Hooli, Paris: a time accepted in French, then an Ashby confirmation in CET."""
    camille = "Camille Martin <camille.martin@hooli.example>"
    mail("hooli-camille", sender=camille, to=ME,
         subject="Candidature \u2013 D\u00e9veloppeur Frontend", when=at(10, 13, 10, zone=PARIS),
         body="Bonjour Jordan,\n\nMerci pour votre candidature chez Hooli. Nous aimerions vous "
         "proposer un premier entretien avec notre \u00e9quipe. Seriez-vous disponible jeudi 22 "
         "octobre \u00e0 10h ?\n\nBien cordialement,\nCamille Martin\nTalent Acquisition \u2013 "
         "Hooli France")
    reply("hooli-accept", "hooli-camille", to=camille,
          subject="Re: Candidature \u2013 D\u00e9veloppeur Frontend", when=at(10, 13, 8, 5),
          body="Bonjour Camille,\n\nJeudi 10h me convient parfaitement. Merci !\n\nJordan")
    mail("hooli-ashby", sender="Hooli <no-reply@ashbyhq.example>", to=ME,
         subject="Interview with Hooli confirmed", when=at(10, 26, 9, zone=UTC),
         body="Hi Jordan,\n\nYour interview with Hooli is confirmed.\n\nTuesday, November 3, 2026"
         "\n3:00 PM - 4:00 PM CET (Paris)\n\nInterviewers: Camille Martin, Hugo Bernard\n"
         "Location: Zoom (link in the calendar invitation)\n\nSee you soon,\nHooli Recruiting")


def stark() -> None:
    """Stark Analytics, Data Scientist: ModernLoop, then Workday's US numeric date."""
    mail("stark-modernloop", sender="Stark Analytics <scheduling@modernloop.example>", to=ME,
         subject="Your interview with Stark Analytics is confirmed", when=at(10, 20, 17, zone=UTC),
         body="Hi Jordan,\n\nYou're all set! Here are the details of your upcoming interview with "
         "Stark Analytics for the Data Scientist position.\n\nTue, Oct 27 \u00b7 11:00 AM \u2013 "
         "12:00 PM EDT\nInterviewer: Nadia Flores, Analytics Manager\nVideo: "
         "https://meet.example/xyz-abcd-efg\n\nNeed to reschedule? Use the link in your "
         "calendar invitation.\n\nModernLoop for Stark Analytics")
    mail("stark-workday", sender="Stark Analytics <starkanalytics@myworkday.example>", to=ME,
         subject="Interview Scheduled - Data Scientist (R-10234)", when=at(11, 2, 15, zone=UTC),
         body="Dear Jordan Lee,\n\nAn interview has been scheduled for the Data Scientist "
         "position (R-10234) at Stark Analytics.\n\nDate: 11/10/2026\nTime: 2:00 PM - 3:00 PM "
         "EST\nInterview Type: Virtual - Panel\n\nPlease log in to your candidate home page for "
         "details.\n\nStark Analytics Talent Acquisition")
    mail("stark-thanks", sender=ME, to="Nadia Flores <nadia.flores@starkanalytics.example>",
         subject="Thank you", when=at(11, 10, 16, 30),
         body="Hi Nadia,\n\nThank you for taking the time to speak with me this afternoon. I "
         "enjoyed discussing the Data Scientist role and the team's forecasting work.\n\n"
         "Best,\nJordan", sent=True)


#: The 17 applications that never reached an interview: (company, relay sender, date).
OTHERS = (
    ("Cyberdyne", "Cyberdyne <noreply@cyberdyne.workablemail.example>", (9, 3)),
    ("Soylent", "Soylent <no-reply@hire.lever.example>", (9, 4)),
    ("Wayne Enterprises", "Wayne Enterprises <careers@wayne.icims.example>", (9, 7)),
    ("Tyrell", "Tyrell Recruiting <no-reply@greenhouse-mail.example>", (9, 11)),
    ("Massive Dynamic", "Massive Dynamic <jobs@smartrecruiters.example>", (9, 12)),
    ("Aperture", "Aperture Science <no-reply@ashbyhq.example>", (9, 18)),
    ("Oscorp", "Oscorp Karriere <noreply@oscorp.teamtailor-mail.example>", (9, 19)),
    ("Gringotts", "Gringotts <notifications@gringotts.bamboohr.example>", (9, 23)),
    ("Monsters Inc", "Monsters Inc <no-reply@monsters.applytojob.example>", (9, 26)),
    ("Duff", "Duff Careers <jobs@duff.recruitee.example>", (9, 30)),
    ("Virtucon", "Virtucon <no-reply@ashbyhq.example>", (10, 2)),
    ("Nakatomi", "Nakatomi <nakatomi@myworkday.example>", (10, 7)),
    ("Bluth Company", "Bluth Company <careers@successfactors.example>", (10, 10)),
    ("Dunder Mifflin", "Dunder Mifflin <noreply@taleo.example>", (10, 14)),
    ("Prestige Worldwide", "Prestige Worldwide <no-reply@greenhouse-mail.example>", (10, 19)),
    ("Los Pollos", "Los Pollos <careers@lospollos.icims.example>", (10, 21)),
    ("Pied Piper", "Pied Piper Talent <talent@piedpiper.example>", (10, 23)),
)


def other_applications() -> None:
    """Acknowledgements, requests to choose a time, an assessment, rejections: no round."""
    for company, sender, (month, day) in OTHERS:
        slug = company.lower().replace(" ", "-")
        mail(f"{slug}-ack", sender=sender, to=ME, subject=f"Thank you for applying to {company}",
             when=at(month, day, 15, zone=UTC),
             body=f"Hi Jordan,\n\nThank you for applying to {company}. We have received your "
             "application and will review it carefully. If your background is a match, a member "
             f"of our team will contact you about next steps.\n\nThe {company} Recruiting Team")
    mail("wayne-assessment", sender=OTHERS[2][1], to=ME,
         subject="Next step: online assessment for Wayne Enterprises", when=at(10, 5, 14, zone=UTC),
         body="Hi Jordan,\n\nAs the next step in your application, please complete the coding "
         "assessment at https://assess.example/wayne by Friday, October 9 at 5:00 PM ET. It takes "
         "about 90 minutes.\n\nWayne Enterprises Talent Acquisition")
    mail("tyrell-choose", sender=OTHERS[3][1], to=ME,
         subject="Schedule your interview with Tyrell", when=at(9, 29, 16, zone=UTC),
         body="Hi Jordan,\n\nWe'd like to invite you to interview for the Platform Engineer role. "
         "Please select a time that works for you between Monday, October 5 and Friday, October "
         "9 (9:00 AM - 5:00 PM ET): https://app.greenhouse.example/schedule/abc\n\nTyrell "
         "Recruiting")
    goodtime = "Prestige Worldwide via GoodTime <scheduling@goodtime.example>"
    mail("prestige-goodtime", sender=goodtime, to=ME,
         subject="Select times for your interview with Prestige Worldwide",
         when=at(10, 27, 14, zone=UTC),
         body="Hi Jordan,\n\nPrestige Worldwide would like to schedule your interview. Please "
         "choose your availability for Tuesday, November 3 or Wednesday, November 4, between "
         "10:00 AM and 4:00 PM EST.\n\nSelect times: https://goodtime.example/s/xyz\n\nGoodTime")
    mail("monsters-availability", sender=OTHERS[8][1], to=ME,
         subject="Phone screen request - Monsters Inc", when=at(10, 8, 14, zone=UTC),
         body="Hi Jordan,\n\nWe'd like to schedule a phone screen for the Scare Data Analyst role. "
         "Please reply with your availability next week.\n\nMonsters Inc Recruiting")
    piper = "Erlich Bachman <erlich@piedpiper.example>"
    mail("piper-outreach", sender=piper, to=ME, subject="Staff Engineer at Pied Piper?",
         when=at(10, 26, 13),
         body="Hi Jordan,\n\nI lead recruiting at Pied Piper. Are you free Thursday at 4pm for a "
         "quick chat about the Staff Engineer role?\n\nErlich")
    reply("piper-decline", "piper-outreach", to=piper, subject="Re: Staff Engineer at Pied Piper?",
          when=at(10, 26, 18),
          body="Hi Erlich,\n\nThanks for thinking of me, but Thursday doesn't work and I've "
          "decided to focus on the processes I already have.\n\nBest,\nJordan")
    for company, sender, (month, day) in (OTHERS[0], OTHERS[5], OTHERS[10]):
        subject = f"Your application to {company}"
        mail(f"{company.lower()}-no", sender=sender, to=ME, subject=subject,
             when=at(month, day + 12, 15, zone=UTC),
             body=f"Hi Jordan,\n\nThank you for your interest in {company}. Unfortunately we have "
             "decided not to move forward with your application at this time.\n\nBest of luck,\n"
             f"{company}")


def noise() -> None:
    """Newsletters, webinars, job alerts, a dentist, family and friends: nothing to propose."""
    bulk = (("List-Unsubscribe", "<mailto:unsubscribe@lists.example>"),
            ("List-Id", "<weekly.careerweekly.example>"))
    mail("newsletter", sender="Career Weekly <news@careerweekly.example>", to=ME,
         subject="The Interview Issue: 5 questions to ask your interviewer",
         when=at(9, 21, 7), headers=bulk,
         body="This week: how to prepare for a technical interview, and why Thursday at 3pm is "
         "the best time to interview. Read more on our site.")
    mail("webinar", sender="TechTalks Events <events@techtalks.example>", to=ME,
         subject="Live webinar: Acing the technical interview", when=at(10, 8, 12), headers=bulk,
         body="Join us on Thursday, October 15 at 1:00 PM ET for a live webinar on technical "
         "interviews.\n\nJoin Zoom Meeting\nhttps://techtalks.zoom.example/j/555\n\nRegister now."
         )
    mail("meetup-registered", sender="Nina Park <nina@datameetup.example>", to=ME,
         subject="You're registered: Interviewing at startups", when=at(10, 12, 18),
         body="Hi Jordan,\n\nYou're registered for our panel on interviewing at startups on "
         "Tuesday, October 20 at 6:00 PM ET. Join Zoom Meeting: https://meetup.zoom.example/j/77"
         "\n\nSee you there,\nNina")
    mail("job-alert", sender="Job Alerts <jobalerts-noreply@jobboard.example>", to=ME,
         subject="Data Engineer at Acme Corp and 11 more jobs for you", when=at(10, 3, 6),
         headers=bulk, body="New jobs matching Data Engineer. Interview tips inside.")
    mail("dentist", sender="Smile Dental <no-reply@smiledental.example>", to=ME,
         subject="Appointment confirmed", when=at(10, 1, 9),
         body="Your appointment is confirmed for Tuesday, October 13 at 9:00 AM.")
    mail("family-zoom", sender="Mom <linda.lee@example.net>", to=ME, subject="Family call Sunday",
         when=at(10, 16, 20),
         body="Hi sweetie, family call on Sunday!\n\nTime: Oct 18, 2026 05:00 PM Eastern Time (US "
         "and Canada)\n\nJoin Zoom Meeting\nhttps://family.zoom.example/j/42\n\nLove, Mom")
    maya = "Maya Chen <maya.chen@example.net>"
    mail("friend-dinner", sender=maya, to=ME, subject="Dinner?", when=at(10, 19, 19),
         body="Let's meet Tuesday at 7pm at Luigi's? Been too long!\n\nMaya")
    reply("friend-yes", "friend-dinner", to=maya, subject="Re: Dinner?", when=at(10, 19, 20),
          body="Tuesday at 7 works! See you there.")
    ben = "Ben Ortiz <ben.ortiz@initrode.example>"
    mail("coffee", sender=ben, to=ME, subject="Coffee Friday?", when=at(10, 21, 9),
         body="Hi Jordan,\n\nWould Friday at 9am work for a coffee? Happy to tell you about life "
         "at Initrode and swap notes on data tooling.\n\nBen")
    reply("coffee-yes", "coffee", to=ben, subject="Re: Coffee Friday?", when=at(10, 21, 10),
          body="Friday at 9am works, see you then!")
    mail("friend-thanks", sender=ME, to=maya, subject="Thanks!", when=at(10, 27, 22),
         body="Thanks for the chat today, it was great to catch up!", sent=True)
    mail("landlord-thanks", sender=ME, to="Property Office <office@harborliving.example>",
         subject="Apartment viewing", when=at(11, 5, 18),
         body="Hello,\n\nThank you for your time today showing me the apartment. I'll send the "
         "application form by Friday.\n\nJordan", sent=True)


def everyday() -> None:
    """Thirteen weeks of the rest of a mailbox: job alerts, newsletters, receipts, family."""
    bulk = (("List-Unsubscribe", "<mailto:unsubscribe@lists.example>"),)
    for week in range(13):
        start = datetime(2026, 9, 2, tzinfo=NY) + timedelta(days=7 * week)
        month, day = start.month, min(start.day, 25)
        mail(f"alert-{week}", sender="Job Alerts <jobalerts-noreply@jobboard.example>", to=ME,
             subject=f"{12 + week} new Data Engineer jobs near you", when=at(month, day, 6),
             headers=bulk,
             body="Acme Corp, Globex and others are hiring. Apply today, interviews this week! "
             "Tip: schedule interviews for Tuesday at 10am.")
        mail(f"digest-{week}", sender="Data Weekly <editor@dataweekly.example>", to=ME,
             subject=f"Data Weekly #{80 + week}: streaming, interviews and more",
             when=at(month, day + 1, 8), headers=bulk,
             body="In this issue: an interview with the creator of a stream processor (recorded "
             "Thursday at 2pm), and our meetup on the 21st at 6:30 PM.")
        mail(f"receipt-{week}", sender="Grocer <receipts@grocer.example>", to=ME,
             subject="Your order is confirmed", when=at(month, day + 2, 12),
             body=f"Your delivery is confirmed for {('Saturday', 'Sunday')[week % 2]} between "
             "9:00 AM and 11:00 AM. Order total: $54.10")
        if week % 3 == 0:
            mail(f"mom-{week}", sender="Mom <linda.lee@example.net>", to=ME,
                 subject="Sunday lunch", when=at(month, day + 3, 19),
                 body="Are you coming on Sunday at 1pm? Dad is making lasagna.\n\nLove, Mom")
            reply(f"mom-yes-{week}", f"mom-{week}", to="Mom <linda.lee@example.net>",
                  subject="Re: Sunday lunch", when=at(month, day + 3, 20),
                  body="Sunday at 1 works, see you then!")


def main() -> None:
    """Write the whole season afresh."""
    shutil.rmtree(HERE, ignore_errors=True)
    for part in (acme, globex, initech, northwind, umbrella, vantage, hooli, stark,
                 other_applications, noise, everyday):
        part()
    print(f"wrote {sum(1 for _ in HERE.rglob('*.eml'))} messages to {HERE}")  # noqa: T201


if __name__ == "__main__":
    main()
