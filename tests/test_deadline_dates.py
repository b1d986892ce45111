"""Promised dates of tester rounds t96dt and t99tm, read as a person reads them.

Shorthand, spans in hours, an old promise taken back, a day alone ahead, the writer's
numeric order, quarter ends, the Christmas break, the day of a meeting after which they
answer, and a deadline said to be the latest.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.absences import return_date
from silence_watch.core.calendardays import Context
from silence_watch.core.classify import classify_message
from silence_watch.core.date_order import writes_day_first
from silence_watch.core.datephrases import dates_in
from silence_watch.core.dates import promised_date, revisit_date
from silence_watch.core.language import fold
from silence_watch.core.model import Address, Message

EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
TUE_NOV_17 = datetime(2026, 11, 17, 9, 6, tzinfo=EST)
THU_NOV_19 = datetime(2026, 11, 19, 14, 12, tzinfo=EST)
TUE_NOV_24 = datetime(2026, 11, 24, 14, 20, tzinfo=EST)
TUE_DEC_1 = datetime(2026, 12, 1, 7, 48, tzinfo=EST)
WED_DEC_2 = datetime(2026, 12, 2, 10, 41, tzinfo=EST)
THU_DEC_3 = datetime(2026, 12, 3, 18, 9, tzinfo=EST)
SAT_DEC_5 = datetime(2026, 12, 5, 10, 0, tzinfo=EST)
TUE_DEC_8 = datetime(2026, 12, 8, 9, 41, tzinfo=CET)
TUE_DEC_15 = datetime(2026, 12, 15, 16, 5, tzinfo=EST)
THU_DEC_17 = datetime(2026, 12, 17, 16, 22, tzinfo=CET)
NL_HOLIDAYS = frozenset({date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)})

PROMISES = [
    # "EOW": the end of the sent date's week; never inside a word
    pytest.param("We debrief Thursday, so you should hear from me by EOW.", TUE_DEC_1,
                 date(2026, 12, 4), id="eow"),
    pytest.param("Meow! We'll get back to you soon.", TUE_DEC_1, None, id="eow-inside-a-word"),
    pytest.param("Eowyn will get back to you soon.", TUE_DEC_1, None, id="eow-starts-a-name"),
    # a span in hours, after a "within" word, from the sent date (rounded up to whole days)
    pytest.param("I'll have an answer for you within 48 hours.", TUE_NOV_17, date(2026, 11, 19),
                 id="within-48-hours"),
    pytest.param("We'll get back to you in the next 36 hours.", TUE_NOV_17, date(2026, 11, 19),
                 id="36-hours-rounds-up"),
    pytest.param("Wir melden uns innerhalb von 48 Stunden bei Ihnen.", TUE_NOV_17,
                 date(2026, 11, 19), id="de-48-stunden"),
    pytest.param("Nous reviendrons vers vous sous 48h.", TUE_NOV_17, date(2026, 11, 19),
                 id="fr-sous-48h"),
    pytest.param("Te damos una respuesta en las próximas 72 horas.", TUE_NOV_17,
                 date(2026, 11, 20), id="es-72-horas"),
    pytest.param("Je hoort binnen 24 uur van ons.", TUE_NOV_17, date(2026, 11, 18),
                 id="nl-binnen-24-uur"),
    pytest.param("Within 48 hours of the interview you will receive a survey. We'll let you know"
                 " the outcome by Friday.", TUE_NOV_17, date(2026, 11, 20),
                 id="hours-from-another-event-are-no-promise"),
    pytest.param("We bellen je morgen om 10 uur met onze beslissing.", TUE_NOV_17,
                 date(2026, 11, 18), id="nl-om-10-uur-is-a-time"),
    # a promise made before and given up is no promise; one recalled and kept is
    pytest.param("I know I told you we'd have an answer by Monday - I'm sorry, one of the"
                 " panelists was out. I'll have an answer for you within 48 hours.", TUE_NOV_17,
                 date(2026, 11, 19), id="recalled-and-apologised-for"),
    pytest.param("I told you we'd have an answer by Monday. Unfortunately one of the panelists"
                 " was out, so it will be later.", TUE_NOV_17, None,
                 id="given-up-in-the-next-sentence"),
    pytest.param("As I told you, we'll have an answer by Monday.", TUE_NOV_17,
                 date(2026, 11, 23), id="as-i-told-you-stands"),
    pytest.param("I told you we'd have an answer by Monday, and we are on track for it.",
                 TUE_NOV_17, date(2026, 11, 23), id="recalled-not-apologised-for"),
    pytest.param("I told you Monday - sorry - we will now decide by Thursday.", TUE_NOV_17,
                 date(2026, 11, 19), id="the-new-day-after-the-apology"),
    pytest.param("Ich hatte Ihnen bis Montag eine Antwort zugesagt, das tut mir leid. Sie hören"
                 " innerhalb von 48 Stunden von uns.", TUE_NOV_17, date(2026, 11, 19),
                 id="de-hatte-zugesagt"),
    pytest.param("Je vous avais promis une réponse pour lundi, mais le comité a été décalé. Nous"
                 " reviendrons vers vous sous 48h.", TUE_NOV_17, date(2026, 11, 19),
                 id="fr-avais-promis"),
    pytest.param("Te había dicho que tendrías una respuesta el lunes, pero lo siento. Te"
                 " respondemos en 48 horas.", TUE_NOV_17, date(2026, 11, 19),
                 id="es-habia-dicho"),
    # a day of the month alone, promised: the next one after the sent date
    pytest.param("We still have two candidates to see after Thanksgiving, and we expect to get"
                 " back to everyone by the 3rd.", TUE_NOV_17, date(2026, 12, 3),
                 id="the-3rd-ahead"),
    pytest.param("We'll get back to you by the 20th.", TUE_NOV_17, date(2026, 11, 20),
                 id="the-20th-this-month"),
    pytest.param("Wir melden uns bis zum 3. bei Ihnen.", TUE_NOV_17, date(2026, 12, 3),
                 id="de-bis-zum-3"),
    pytest.param("We're on the 3rd floor; we'll let you know the outcome by Friday.", TUE_NOV_17,
                 date(2026, 11, 20), id="the-3rd-floor-is-no-day"),
    pytest.param("By the 3rd we'll get back to everyone.", TUE_NOV_17, date(2026, 12, 3),
                 id="by-the-3rd-before-the-promise"),
    pytest.param("The panel convened on the 2nd and we'll let you know.", SAT_DEC_5, None,
                 id="a-day-gone-by-before-the-promise"),
    pytest.param("Following the panel on the 2nd, we'll be in touch.", SAT_DEC_5, None,
                 id="after-a-panel-gone-by"),
    # the end of a named quarter
    pytest.param("We will make our decision before the end of Q4.", THU_NOV_19,
                 date(2026, 12, 31), id="end-of-q4"),
    pytest.param("We will make our decision by the end of the first quarter.", THU_NOV_19,
                 date(2027, 3, 31), id="end-of-the-first-quarter"),
    pytest.param("Wir entscheiden bis Ende des ersten Quartals.", THU_NOV_19, date(2027, 3, 31),
                 id="de-ende-des-ersten-quartals"),
    pytest.param("Nous vous donnerons une réponse d'ici la fin du T1.", THU_NOV_19,
                 date(2027, 3, 31), id="fr-fin-du-t1"),
    pytest.param("We laten het je voor eind Q1 weten.", THU_NOV_19, date(2027, 3, 31),
                 id="nl-eind-q1"),
    # "after our meeting on the 12th" promises that day, which is ahead
    pytest.param("I'll be back in touch with you after our board meeting on the 12th.",
                 TUE_DEC_15, date(2027, 1, 12), id="after-the-board-meeting-on-the-12th"),
    pytest.param("Thanks for the meeting on Thursday; we'll be in touch by Friday.", TUE_DEC_15,
                 date(2026, 12, 18), id="a-meetings-day-is-still-no-promise"),
    # before the Christmas break: the last business day before it starts
    pytest.param("We spreken nog twee kandidaten en je hoort vóór de kerstvakantie van ons.",
                 TUE_DEC_8, date(2026, 12, 18), id="nl-voor-de-kerstvakantie"),
    pytest.param("Sie hören vor den Weihnachtsferien von uns.", TUE_DEC_8, date(2026, 12, 18),
                 id="de-vor-den-weihnachtsferien"),
    pytest.param("We'll let you know before the Christmas break.", TUE_DEC_8,
                 date(2026, 12, 18), id="before-the-christmas-break"),
    pytest.param("Je hoort voor de kerst van ons.", TUE_DEC_8, date(2026, 12, 25),
                 id="voor-de-kerst-is-still-christmas"),
    # a deadline said to be the latest is the outer bound
    pytest.param("Her feedback was strong and we're hoping to put an offer together next week."
                 " Nothing is final, but I'll be back in touch by Wednesday the 9th at the latest"
                 " either way.", THU_DEC_3, date(2026, 12, 9), id="at-the-latest-wins"),
    pytest.param("Her feedback was strong and we're hoping to put an offer together next week."
                 " I'll be back in touch by Wednesday the 9th.", THU_DEC_3, date(2026, 12, 11),
                 id="without-at-the-latest-the-outer-bound"),
    pytest.param("Wir entscheiden nächste Woche, Sie hören spätestens am 9. Dezember von uns.",
                 THU_DEC_3, date(2026, 12, 9), id="de-spaetestens"),
]


@pytest.mark.parametrize(("text", "sent", "expected"), PROMISES)
def test_promised_date(text: str, sent: datetime, expected: date | None) -> None:
    """A promise resolves by the documented rule against the sent date."""
    assert promised_date(text, sent) == expected


def test_a_taken_back_promise_in_dutch_gives_way_to_the_new_one() -> None:
    """"Ik had je beloofd ... voor de kerst ..., maar" is no promise; "na de kerstvakantie" is."""
    text = ("Ik had je beloofd dat je nog voor de kerst iets van ons zou horen, maar dat gaat"
            " helaas niet lukken. We laten je na de kerstvakantie weten hoe het verder gaat.")
    assert promised_date(text, THU_DEC_17, NL_HOLIDAYS) == date(2027, 1, 8)


def test_the_christmas_break_skips_holidays_and_ends_when_it_starts() -> None:
    """In 2027 the break starts on Christmas Day itself; said once it started, Christmas."""
    text = "We'll let you know before the Christmas break."
    assert promised_date(text, datetime(2027, 12, 7, 9, 0, tzinfo=CET)) == date(2027, 12, 24)
    christmas_eve = frozenset({date(2027, 12, 24)})
    assert promised_date(text, datetime(2027, 12, 7, 9, 0, tzinfo=CET), christmas_eve) == date(
        2027, 12, 23
    )
    assert promised_date(text, datetime(2026, 12, 21, 9, 0, tzinfo=CET)) == date(2026, 12, 25)


def test_a_day_alone_in_an_absence_is_still_the_closest() -> None:
    """Only a promise looks ahead: "back on the 3rd" written on the 17th is an expired absence."""
    assert return_date("I'm out of the office and back on the 3rd.", TUE_NOV_17) == date(
        2026, 11, 3
    )


NUMERIC = [
    # month first, unless the writer puts the day first
    pytest.param("We're targeting a decision by 12/11.", WED_DEC_2, False, date(2026, 12, 11),
                 id="us-12-11"),
    pytest.param("We're targeting a decision by 1/12.", TUE_NOV_24, False, date(2027, 1, 12),
                 id="us-1-12"),
    pytest.param("We're targeting a decision by 1/12.", TUE_NOV_24, True, date(2026, 12, 1),
                 id="uk-1-12"),
    # gone by in the writer's order, near ahead in the other: nobody promises a past day
    pytest.param("We're targeting a decision by 12/11.", WED_DEC_2, True, date(2026, 12, 11),
                 id="uk-12-11-is-past-so-the-other-order"),
    pytest.param("I'll confirm next steps by 11/12 at the latest.", TUE_NOV_24, True,
                 date(2026, 12, 11), id="uk-11-12"),
    pytest.param("I'll confirm next steps by 11/12 at the latest.", TUE_NOV_24, False,
                 date(2026, 12, 11), id="us-11-12-is-past-so-the-other-order"),
    # a promise over four months off in the writer's order takes the near order
    pytest.param("I'll confirm next steps with you by 04/12 at the latest.", TUE_NOV_24, False,
                 date(2026, 12, 4), id="04-12-near-reading"),
    pytest.param("I'll confirm next steps with you by 04/12 at the latest.", TUE_NOV_24, True,
                 date(2026, 12, 4), id="uk-04-12"),
    pytest.param("Nous vous répondrons avant le 12/04.", TUE_NOV_24, False, date(2026, 12, 4),
                 id="fr-12-04-near-reading"),
    pytest.param("We will let you know by 3/1.", TUE_NOV_24, False, date(2027, 3, 1),
                 id="no-near-reading-keeps-the-writers"),
]


@pytest.mark.parametrize(("text", "sent", "day_first", "expected"), NUMERIC)
def test_numeric_promise(text: str, sent: datetime, day_first: bool, expected: date | None) -> None:
    """A numeric date is read in the writer's order, or its near order when that is far."""
    assert promised_date(text, sent, day_first=day_first) == expected


def test_a_pause_keeps_the_writers_order_however_far() -> None:
    """Only a promise to answer takes the near order: a pause until April may be meant."""
    text = "We are pausing the search until 04/12."
    assert revisit_date(text, TUE_NOV_24) == date(2027, 4, 12)


def _mail(
    body: str,
    *,
    subject: str = "Re: Thank you",
    sender: str = "fiona@harrowgate.example",
    headers: dict[str, str] | None = None,
    sent: datetime = TUE_NOV_24,
) -> Message:
    return Message(
        message_id="m1@example.com",
        date=sent,
        sender=Address(name="", email=sender),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        subject=subject,
        headers=headers or {},
        body=body,
    )


WRITERS = [
    pytest.param(_mail("Thanks!", headers={"content-language": "en-GB"}), False, True,
                 id="content-language-en-gb"),
    pytest.param(_mail("Thanks! We'll finalise it whilst you wait.",
                       headers={"content-language": "en-US"}), False, False,
                 id="en-us-header-outweighs-spellings"),
    pytest.param(_mail("Thanks!\n\nFiona\n+44 20 7946 0311"), False, True, id="plus-44"),
    pytest.param(_mail("Thanks!\n\nHarrowgate Payments Ltd"), False, True, id="ltd"),
    pytest.param(_mail("Thanks, we'll finalise it whilst the panel meets."), False, True,
                 id="british-spellings"),
    pytest.param(_mail("Thanks!", sender="fiona@harrowgate.co.uk"), False, True,
                 id="uk-domain"),
    pytest.param(_mail("Thanks!"), True, True, id="a-london-zone"),
    pytest.param(_mail("Thanks!\n\n> Jordan\n> +44 20 7946 0311"), False, False,
                 id="a-quoted-british-number-is-not-the-writers"),
    pytest.param(_mail("Thanks! We'll finalize it while the panel meets."), False, False,
                 id="american"),
]


@pytest.mark.parametrize(("message", "zone", "expected"), WRITERS)
def test_writes_day_first(message: Message, zone: bool, expected: bool) -> None:
    """Day first only on evidence: a header, a domain, a zone, or the writer's own words."""
    assert writes_day_first(message, zone=zone) is expected


def test_a_british_writers_numeric_date_is_read_day_first() -> None:
    """"by 1/12" from a London recruiter on 24 November is 1 December."""
    body = ("Hi Jordan,\n\nThe panel were very positive, and I'll confirm next"
            " steps with you by 1/12 at the latest.\n\nKind regards,\nFiona\n\n"
            "Harrowgate Payments Ltd\n+44 20 7946 0311\n")
    assert classify_message(_mail(body)).promised_by == date(2026, 12, 1)
    american = body.replace("Harrowgate Payments Ltd\n+44 20 7946 0311\n", "")
    assert classify_message(_mail(american)).promised_by == date(2027, 1, 12)


def test_a_fresh_subjects_promise_is_read_when_the_body_names_no_day() -> None:
    """"panel decision COB Thursday" in a new subject is the promise; not in a reply's."""
    body = ("Hi Jordan,\n\nEveryone's write-ups are due to me tomorrow. The group meets after"
            " that, and I'll reach out to you as soon as they've made their call.\n\nMarcus\n")
    subject = "Data Engineering Manager - panel decision COB Thursday"
    fresh = _mail(body, subject=subject, sent=TUE_DEC_1)
    assert classify_message(fresh).promised_by == date(2026, 12, 3)
    reply = _mail(body, subject=f"Re: {subject}", sent=TUE_DEC_1)
    assert classify_message(reply).promised_by is None
    dated = _mail(body.replace("as soon as they've made their call", "by Friday"),
                  subject=subject, sent=TUE_DEC_1)
    assert classify_message(dated).promised_by == date(2026, 12, 4)


def test_an_ordinal_that_counts_is_no_day() -> None:
    """"the 3rd floor", "zum 2. Mal", "de 3e ronde" name no day of the month."""
    context = Context(date(2026, 11, 17), deadline=True)
    for text in ("We're on the 3rd floor.", "Wir sprechen zum 2. Mal.", "Je bent in de 3e ronde."):
        assert dates_in(fold(text), context) == []
