"""Promised days and absences from a second date probe (p52b), read as written.

A day a promise leans on that is a meeting's ("interviews next week ... the following
week"), a decision "made" on a day ("make the final call on Tuesday the 20th"), a note
or an update expected, "Heute noch lasse ich Sie wissen", "mañana a primera hora te
confirmo", "danach" / "daarna" after a semicolon, "in den kommenden Tagen", fifteen
working days, and an out-of-office's month-first range ("Nov 23-25") or reopening day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.absences import Phrasing, absence
from silence_watch.core.dates import promised_date

EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
#: Friday 13 November 2026, mid-morning.
FRIDAY = datetime(2026, 11, 13, 10, 0, tzinfo=EST)
FRIDAY_CET = datetime(2026, 11, 13, 10, 0, tzinfo=CET)

PROMISES = [
    # "the following week" after a meeting's day: the Friday of the week after that one
    ("We're finishing interviews next week and will be in touch the following week.", "en",
     date(2026, 11, 27)),
    ("We interview the last two people on Monday and will get back to you the week after.",
     "en", date(2026, 11, 27)),
    (("Les entretiens ont lieu la semaine prochaine, nous reviendrons vers vous la semaine "
      "suivante."), "fr", date(2026, 11, 27)),
    ("Your interview is on Tuesday the 17th and we'll let you know the day after.", "en",
     date(2026, 11, 18)),
    # a decision made on a day, a call then
    ("We'll make the final call on Tuesday the 17th and I'll phone you that afternoon.", "en",
     date(2026, 11, 17)),
    ("We'll make our final call on Wednesday and ring you after.", "en", date(2026, 11, 18)),
    # a note from them, an update an ATS expects
    ("Expect a note from me the first week of December.", "en", date(2026, 12, 11)),
    ("You'll get a line from us by Thursday.", "en", date(2026, 11, 19)),
    ("Next update expected: 11/23/2026", "en", date(2026, 11, 23)),
    ("Status: under review. Update due 11/30/2026.", "en", date(2026, 11, 30)),
    # the verb before its subject, "heute noch"
    ("Heute noch lasse ich Sie wissen, wie es weitergeht.", "de", date(2026, 11, 13)),
    ("Bis Mittwoch lassen wir Sie wissen, ob es weitergeht.", "de", date(2026, 11, 18)),
    # a time of the day between the day and the verb
    ("Mañana a primera hora te confirmo.", "es", date(2026, 11, 14)),
    ("El lunes por la mañana le confirmamos.", "es", date(2026, 11, 16)),
    ("Demain dans la matinée je vous confirme.", "fr", date(2026, 11, 14)),
    # an event's day, then "danach" / "daarna" / "afterwards" after a semicolon
    ("Die Freigabe erfolgt am 24. November; danach melden wir uns umgehend bei Ihnen.", "de",
     date(2026, 11, 24)),
    (("De commissie komt op 15 december bij elkaar; ik laat je daarna zo snel mogelijk weten "
      "hoe het zit."), "nl", date(2026, 12, 15)),
    ("The board meets on November 24; we'll get back to you right after that.", "en",
     date(2026, 11, 24)),
    # the week that follows a day said in the sentence before; "right after that" in the next
    (("Les épreuves orales ont lieu le 19 novembre. Les résultats vous seront communiqués "
      "dans la semaine qui suit."), "fr", date(2026, 11, 27)),
    ("El comité se reúne el 19 de noviembre. Te escribimos la semana que sigue.", "es",
     date(2026, 11, 27)),
    ("De selectiecommissie vergadert op 20 november. Direct daarna nemen we contact met je op.",
     "nl", date(2026, 11, 20)),
    ("Die Kommission tagt am 26. November. Im Anschluss daran melden wir uns bei Ihnen.", "de",
     date(2026, 11, 26)),
    ("The panel meets on Thursday, November 19. We'll get back to you right after that.", "en",
     date(2026, 11, 19)),
    # spans
    ("Sie hören in den kommenden Tagen von uns.", "de", date(2026, 11, 16)),
    ("La resolución se le notificará en un plazo máximo de quince días hábiles.", "es",
     date(2026, 12, 4)),
    ("Vous recevrez une réponse sous quinze jours ouvrés.", "fr", date(2026, 12, 4)),
    ("We will respond within fifteen working days.", "en", date(2026, 12, 4)),
    # the idiom stays two weeks
    ("Te respondemos en quince días.", "es", date(2026, 11, 27)),
    ("Nous revenons vers vous dans quinze jours.", "fr", date(2026, 11, 27)),
    # a range written month first: its last day
    ("We'll decide Nov 18-20 and let you know.", "en", date(2026, 11, 20)),
    ("You'll hear from us Nov 18 through 20.", "en", date(2026, 11, 20)),
]


@pytest.mark.parametrize(("text", "language", "expected"), PROMISES)
def test_the_promised_day(text: str, language: str, expected: date) -> None:
    """Each wording promises its day, read from Friday 13 November."""
    sent = FRIDAY if language == "en" else FRIDAY_CET
    assert promised_date(text, sent, language=language) == expected


NO_PROMISE = [
    # her start date after "aim to" is no promise
    ("If things move forward we'd aim to have you start on November 30.", "en"),
    ("We aim to have you onboard on December 1, if the panel agrees.", "en"),
    # a meeting's time, no range of days
    ("Your call is on Nov 18 10-11am with the panel.", "en"),
    # "te confirmo" with no day in front is none
    ("Te confirmo que hemos recibido tu candidatura.", "es"),
    # her note, not theirs: "send us a note by Friday"
    ("Please send us a note by Friday with your availability.", "en"),
    # "right after that" with no day said before it
    ("We'll get back to you right after that.", "en"),
    ("Direct daarna nemen we contact met je op.", "nl"),
    # a break with no word pointing back: the meeting's day is not the promise
    ("Die Jury tagt am 24. November; wir melden uns.", "de"),
]


@pytest.mark.parametrize(("text", "language"), NO_PROMISE)
def test_no_promised_day(text: str, language: str) -> None:
    """Her start date, a meeting's time, her task: no promise of theirs."""
    sent = FRIDAY if language == "en" else FRIDAY_CET
    assert promised_date(text, sent, language=language) is None


ABSENCES = [
    ("I will be out of the office Nov 23-25 for the Thanksgiving week.", date(2026, 11, 25),
     Phrasing.UNTIL),
    ("Out Dec 21st-23rd, limited access to email.", date(2026, 12, 23), Phrasing.UNTIL),
    ("I'm away Nov 16 \u2013 18 and will reply on my return.", date(2026, 11, 18), Phrasing.UNTIL),
    (("The Office of Faculty Affairs is closed for winter recess and reopens on Monday, "
      "January 4, 2027."), date(2027, 1, 4), Phrasing.BACK_ON),
    ("Oficina cerrada por Navidad. Reanudamos la actividad el 4 de enero de 2027.",
     date(2027, 1, 4), Phrasing.BACK_ON),
    ("Nos bureaux sont fermés ; le service rouvre le 4 janvier.", date(2027, 1, 4),
     Phrasing.BACK_ON),
    ("Ons kantoor is gesloten en is weer open op maandag 4 januari.", date(2027, 1, 4),
     Phrasing.BACK_ON),
]


@pytest.mark.parametrize(("text", "expected", "phrasing"), ABSENCES)
def test_the_absence_end(text: str, expected: date, phrasing: Phrasing) -> None:
    """A month-first range ends on its last day; an office reopening is the day back."""
    found = absence(text, FRIDAY)
    assert found is not None
    assert (found.stated, found.phrasing) == (expected, phrasing)


def test_a_month_first_pair_that_is_a_time_is_no_range() -> None:
    """"Nov 23 9-11am" is a time on the 23rd, not a range of days."""
    found = absence("I'm out of the office Nov 23 9-11am for training.", FRIDAY)
    assert found is None


def test_a_second_number_before_the_first_is_no_range() -> None:
    """"Nov 23-5" names no later day of November."""
    found = absence("Out of office Nov 23-5 today.", FRIDAY)
    assert found is None
