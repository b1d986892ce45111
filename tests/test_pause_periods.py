"""When a paused process resumes: the pause's own end, not a day about something else."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import promised_date, revisit_date

#: Monday, October 4, 2027, late morning.
SENT = datetime(2027, 10, 4, 11, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a pause until an event: the day before it is something else's
        (("The depot shuts for the refit on 15 October and we have stopped all hiring until"
         " it reopens. We'll restart the search in early January."), date(2028, 1, 10)),
        (("La planta cierra el 15 de octubre y paramos las contrataciones hasta la reapertura."
         " Retomaremos el proceso a principios de enero."), date(2028, 1, 10)),
        # a reason's "until" and the pause's own: the later one
        (("Because our director is tied up until the end of the year, we have paused the"
         " search until February."), date(2028, 2, 10)),
        (("Weil die Leitung bis Jahresende mit dem Umzug beschäftigt ist, ruht das Verfahren;"
         " wir nehmen es in der zweiten Januarwoche wieder auf."), date(2028, 1, 14)),
        # "how" it resumes is what they will tell, by their day
        (("The role is on hold until November. I'll confirm at the end of October how we"
         " pick it back up."), date(2027, 11, 10)),
        # moved by a span
        ("We're pushing the final round back by a couple of weeks.", date(2027, 10, 18)),
        ("Die letzte Runde wird um zwei Wochen verschoben.", date(2027, 10, 18)),
        # Dutch "verder" and German "ins erste Quartal"
        ("We gaan pas half november verder met de vacature.", date(2027, 11, 15)),
        ("Wir haben einen Einstellungsstopp bis ins erste Quartal verhängt.", date(2028, 1, 10)),
    ],
    ids=["en-until-an-event", "es-hasta-la-reapertura", "en-reason-until", "de-reason-bis",
         "en-confirm-how", "en-pushed-back-by", "de-um-zwei-wochen-verschoben",
         "nl-gaan-verder", "de-ins-erste-quartal"],
)  # fmt: skip
def test_the_pause_s_own_end_is_read(text: str, day: date) -> None:
    """A day about something else in the sentence never cuts the pause short."""
    assert revisit_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        # a year that names a thing, not when
        "Hiring is frozen until the budget for next year has been approved.",
        "Le recrutement est gelé tant que le budget pour l'année prochaine n'est pas voté.",
        # a day gone by, and an "until" with no day at all
        "We paused the search on 1 October until the merger is done.",
        "On hold until further notice, I'm afraid, even after our meeting on 20 October.",
    ],
)
def test_no_day_is_a_pause_s_end_when_none_is_given(text: str) -> None:
    """A year's budget, a day gone by, an event or an open end give no day to look in."""
    assert revisit_date(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We will be back in touch with all shortlisted candidates by Friday.",
         date(2027, 10, 8)),
        ("Wir melden uns bis Freitag bei allen Bewerberinnen und Bewerbern.", date(2027, 10, 8)),
        ("Nous reviendrons vers tous les candidats d'ici vendredi.", date(2027, 10, 8)),
    ],
)
def test_a_promise_to_every_candidate_is_hers(text: str, day: date) -> None:
    """She is one of "all the candidates": the day is hers to wait for."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        "We will be in touch with all other candidates by Friday.",
        "Ik neem vrijdag contact op met je referenties.",
        # a span counted back from an event, not from the mail
        ("We'll let you know; you will get the new invitation at least ten working days in"
        " advance."),
        "Wij laten het u weten, en u krijgt de uitnodiging tien werkdagen op voorhand.",
    ],
)
def test_no_day_is_hers_from_others_or_from_an_event(text: str) -> None:
    """The other candidates' day, referees', and a span before an event: nothing for her."""
    assert promised_date(text, SENT) is None
