"""A decision meant by a day, a colleague who writes by one, a span from her delivery (u44pp)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

#: Wednesday 11 November 2026, when every mail below was sent.
SENT = datetime(2026, 11, 11, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["Das Gremium will seine Entscheidung bis Mittwoch, 2.12., treffen.",
     "Herr Albers meldet sich bis Freitag, 4.12., bei Ihnen.",
     "The steering group hopes to make its decision by Wednesday, December 2.",
     "Dana will get in touch with you by Friday.",
     "La direction souhaite prendre sa décision d'ici le vendredi 4 décembre.",
     "Inès, qui vous recontactera d'ici vendredi, est en copie.",
     "El comité quiere tomar su decisión antes del viernes 4 de diciembre.",
     "Iker, que te escribirá antes del viernes, va en copia.",
     "Het MT wil uiterlijk vrijdag 4 december een beslissing nemen.",
     "Bram, die uiterlijk vrijdag contact met je opneemt, staat in de cc."],
)  # fmt: skip
def test_a_decision_meant_by_a_day_is_a_promise(text: str) -> None:
    """No learned guess of a "no" pauses it: the rules read an acknowledgement."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT, found


@pytest.mark.parametrize(
    "text",
    ["Please make your decision by Friday.",
     "Möchten Sie Ihre Entscheidung bis Freitag treffen?",
     "Wil je uiterlijk vrijdag een keuze maken?",
     ("Das Gremium hat seine Entscheidung getroffen: wir haben uns für eine andere Bewerberin"
      " entschieden.")],
)  # fmt: skip
def test_her_own_decision_or_one_already_taken_is_no_such_promise(text: str) -> None:
    """Her deadline is hers; a decision taken is no promise (a no stays a no)."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.ACKNOWLEDGEMENT, found


def test_a_colleague_who_writes_by_a_day_names_the_promised_day() -> None:
    """"meldet sich bis Freitag, 4.12., bei Ihnen": the 4th, not lost."""
    text = "Herr Albers meldet sich bis Freitag, 4.12., bei Ihnen."
    assert promised_date(text, SENT, language="de") == date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    ["We'll let you know within a week of receiving it.",
     "You'll hear from us within two weeks of receipt.",
     "Wir melden uns innerhalb einer Woche nach Eingang bei Ihnen.",
     "Nous vous ferons un retour sous huit jours après réception.",
     "Te contestaremos en quince días tras recibirla.",
     "We laten je binnen een week na ontvangst weten hoe het verder gaat."],
)  # fmt: skip
def test_a_span_from_her_delivery_names_no_day_from_the_mail(text: str) -> None:
    """The week runs from when her work arrives: the mail's own date says nothing of it."""
    assert promised_date(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("We'll let you know within a week.", date(2026, 11, 18)),
     ("We'll get back to you within two weeks from today.", date(2026, 11, 25)),
     ("Je hoort binnen een week van ons.", date(2026, 11, 18)),
     ("Nous vous ferons un retour sous huit jours.", date(2026, 11, 18))],
)  # fmt: skip
def test_a_span_from_the_mail_still_counts_from_it(text: str, day: date) -> None:
    """Near-misses: no receipt named, the span counts from the mail as before."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [("We will get back to you within three weeks of receiving your application.",
      date(2026, 12, 2)),
     ("Wir melden uns innerhalb von drei Wochen nach Eingang Ihrer Unterlagen bei Ihnen.",
      date(2026, 12, 2)),
     ("Nous reviendrons vers vous dans les trois semaines suivant la réception de votre dossier.",
      date(2026, 12, 2)),
     ("Te responderemos en un plazo de tres semanas desde la recepción de tu candidatura.",
      date(2026, 12, 2)),
     ("We laten binnen drie weken na ontvangst van je sollicitatie van ons horen.",
      date(2026, 12, 2))],
)  # fmt: skip
def test_a_span_from_her_application_counts_from_the_mail_that_acknowledges_it(
    text: str, day: date
) -> None:
    """Her application is received already: the three weeks run from the receipt mail.

    Before, no day was read and the usual window (a week) sent a follow-up two weeks
    early; her work still to come keeps its span open (the test above, and the next).
    """
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    ["We'll get back to you within a week of receiving your case study.",
     "Wir melden uns innerhalb einer Woche nach Eingang Ihrer Arbeitsprobe."],
)  # fmt: skip
def test_a_span_from_her_work_to_come_stays_open(text: str) -> None:
    """Near-misses: not her application, a delivery still to come."""
    assert promised_date(text, SENT) is None



def test_a_question_to_her_beside_a_decision_day_stays_hers() -> None:
    """"Two office days? ... Het MT wil uiterlijk vrijdag een besluit nemen": she answers first."""
    text = ("Zou jij twee dagen per week op kantoor in Amersfoort kunnen zijn? Het MT wil"
            " uiterlijk vrijdag 4 december een besluit nemen.")
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REQUEST, found


@pytest.mark.parametrize(
    "text",
    ["Die Entscheidung fällt erst nächsten Freitag, nicht schon diesen.",
     "Die Entscheidung wird am Donnerstag im Vorstand getroffen.",
     "The final decision will be made on Thursday, not Tuesday.",
     "La décision tombera jeudi prochain, pas avant.",
     "La decisión se tomará el jueves, no antes.",
     "De beslissing valt pas volgende week vrijdag."],
)  # fmt: skip
def test_a_decision_said_to_fall_on_a_day_is_a_promise(text: str) -> None:
    """Tester rounds t97cr and u50mb: the "nicht" of "nicht schon diesen" is no no."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT, found


@pytest.mark.parametrize(
    "text",
    ["Die Entscheidung fiel am Freitag auf eine andere Kandidatin.",
     "Die Entscheidung fällt am Ende zugunsten einer anderen Bewerberin aus.",
     "The decision was made on Friday to go with another candidate.",
     "The decision comes down in favour of someone else, as of Friday."],
)  # fmt: skip
def test_a_decision_that_fell_is_no_such_promise(text: str) -> None:
    """A decision already taken, or one said with its outcome, is no promise to answer."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.ACKNOWLEDGEMENT, found
