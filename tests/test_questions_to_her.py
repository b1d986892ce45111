"""A question only the candidate can answer, beside a promise: her move first (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Address,
    Contact,
    Direction,
    Intent,
    Interview,
    InterviewState,
    Message,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.policy import assess
from silence_watch.core.questions_to_her import question_to_her
from silence_watch.core.workdays import BusinessCalendar

CHICAGO = timezone(timedelta(hours=-6))
SENT = datetime(2026, 11, 6, 11, 20, tzinfo=CHICAGO)  # a Friday

#: Marcus's promise and question (tester round u36ow), and the same in de, fr, es, nl.
ASKED = [
    ("Maya - thanks, we both came away impressed. I'll get back to you by Wednesday the 18th."
    "\n\nOne question so I can plan: are you in process anywhere else, and is there any"
    " deadline I should know about?\n\nMarcus"),
    ("Hallo Frau Okafor,\n\nvielen Dank für das Gespräch. Wir melden uns bis Mittwoch, 18."
    " November, bei Ihnen.\n\nEine Frage noch zur Planung: Sind Sie noch in anderen"
    " Bewerbungsprozessen, und gibt es eine Frist, die wir kennen sollten?\n\nViele Grüße"
    "\nMarkus Bell"),
    ("Bonjour Maya,\n\nMerci pour l'échange. Je reviens vers vous d'ici le mercredi 18"
    " novembre.\n\nUne question pour m'organiser : êtes-vous en process ailleurs, et avez-vous"
    " une échéance à nous signaler ?\n\nCordialement,\nMarc"),
    ("Hola Maya:\n\nGracias por la entrevista. Te responderemos como muy tarde el miércoles 18"
    " de noviembre.\n\nUna pregunta para organizarme: ¿estás en otros procesos y tienes alguna"
    " fecha límite que deba conocer?\n\nUn saludo,\nMarcos"),
    ("Hoi Maya,\n\nBedankt voor het gesprek. Ik laat je uiterlijk woensdag 18 november weten"
    " hoe het zit.\n\nNog een vraag voor de planning: loop je nog bij andere bedrijven, en heb"
    " je een deadline waar ik rekening mee moet houden?\n\nGroet,\nMarco"),
]
#: The same promise with a question that asks her nothing.
NOT_ASKED = [
    # small talk
    ("Hi Maya, how are you? Thanks again for coming in. I'll get back to you by Wednesday the"
    " 18th.\n\nBest,\nMarcus"),
    ("Hallo Maya, wie geht's? Danke nochmal, ich melde mich bis Mittwoch, 18. November.\n\nLG"
    " Markus"),
    # an offer of answers, asked or not
    ("Hi Maya,\n\nThanks again. I'll get back to you by Wednesday the 18th. Any questions in"
    " the meantime, just let me know.\n\nMarcus"),
    ("Hoi Maya, ik laat je uiterlijk woensdag 18 november iets weten, is dat ok? Heb je in de"
    " tussentijd nog vragen, laat het gerust weten.\n\nGroet,\nMarco"),
    # a tag after their own promise
    "Hi Maya,\n\nThanks again. I'll come back to you by Wednesday the 18th, ok?\n\nMarcus",
    ("Hola Maya, ¿qué tal? Te escribo el miércoles 18 con novedades, ¿vale?\n\nUn abrazo,"
    "\nMarcos"),
    ("Bonjour Maya, je vous fais un retour d'ici le mercredi 18 novembre, ça vous va ?"
    "\n\nCordialement,\nMarc"),
    # a footer under the name
    ("Hi Maya,\n\nThanks again. I'll get back to you by Wednesday the 18th.\n\nBest,\nMarcus"
    " Bell\nDirector of Product\nQuestions? Call me at 312-555-0100"),
    # her own question, recalled
    ('Hi Maya,\n\nYou asked "will there be a third round?" - no, this is the last one. I\'ll'
    " get back to you by Wednesday the 18th.\n\nMarcus"),
]


def _mail(body: str) -> Message:
    """Marcus's reply, with ``body``."""
    return Message(
        message_id="reply@brightline.example",
        date=SENT,
        sender=Address(name="Marcus Bell", email="mbell@brightline.example"),
        to=(Address(name="Maya Okafor", email="maya@example.com"),),
        subject="Re: Product Analyst - Thursday 2pm",
        headers={},
        body=body,
    )


@pytest.mark.parametrize("body", ASKED)
def test_a_question_beside_a_promise_is_her_move_and_keeps_the_day(body: str) -> None:
    """Tester round u36ow: "are you in process anywhere else?" beside "by the 18th"."""
    reading = classify_message(_mail(body), load_intent_reader())
    assert reading.intent is Intent.REQUEST, reading.reasons
    assert reading.confidence >= 0.6
    assert reading.promised_by == date(2026, 11, 18)


@pytest.mark.parametrize("body", NOT_ASKED)
def test_a_question_that_asks_her_nothing_leaves_the_promise(body: str) -> None:
    """How are you, any questions, ok?, a footer, her own question: still a promise."""
    reading = classify_message(_mail(body), load_intent_reader())
    assert reading.intent is Intent.ACKNOWLEDGEMENT, reading.reasons
    assert reading.promised_by == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "asked"),
    [("Would you be open to relocating?", True),
     ("Haben Sie schon ein anderes Angebot?", True),
     ("Hast du schon ein anderes Angebot?", True),
     ("Avez-vous d'autres pistes en cours ?", True),
     ("¿Tienes otras ofertas sobre la mesa?", True),
     ("¿Le interesa seguir en el proceso?", True),
     ("Heb je al een ander aanbod?", True),
     ("P.S. are you free next Tuesday?", True),
     # near-misses
     ("What happens next? We meet on Monday.", False),
     ("Wie geht's weiter? Wir melden uns.", False),
     ("Et maintenant ? Nous revenons vers vous.", False),
     ("Que puis-je faire de plus ?", False),
     ("Wat gebeurt er nu? We bellen je vrijdag.", False),
     ("Haben Sie noch Fragen?", False),
     ("Des questions ?", False),
     ("¿Alguna duda?", False),
     ("Heb je nog vragen?", False),
     ("¿Cómo estás?", False),
     ("Comment allez-vous ?", False),
     ("Hoe gaat het met je?", False),
     ("Is Shauna free on Friday?", False),
     ("See https://careers.example/jobs?id=12 for the role.", False),
     (("Te confirmamos el paso la semana que viene.\n\nUn abrazo,\n\nSebastián\nGerente de"
      " Marca\n\n¿Te unes? Descubre nuestras vacantes"), False),
     ("", False)],
)  # fmt: skip
def test_which_questions_ask_her(text: str, asked: bool) -> None:
    """A question to her in five languages; rhetorical, small talk, help, banners are none."""
    assert (question_to_her(text) is not None) is asked


ZONE = ZoneInfo("America/Chicago")
POLICY = PolicySettings(calendar=BusinessCalendar(zone=ZONE))
MARCUS = Contact("Marcus Bell", "mbell@brightline.example")
ROUND = Interview(id=2, company="Brightline Logistics", role="Product Analyst",
                  date=datetime(2026, 11, 5, 14, 0, tzinfo=ZONE), contacts=(MARCUS,),
                  domains=("brightline.example",))  # fmt: skip


def test_her_move_until_she_answers_then_the_promised_day() -> None:
    """Rule 9, then rule 10: no follow-up while she owes the answer, then after the 18th."""
    thanked = TimelineEntry(at=datetime(2026, 11, 5, 16, 58, tzinfo=ZONE),
                            direction=Direction.OUTBOUND, kind=MessageKind.HUMAN)  # fmt: skip
    asked = TimelineEntry(at=datetime(2026, 11, 6, 11, 20, tzinfo=ZONE),
                          direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                          sender=MARCUS.email, intent=Intent.REQUEST,
                          promised_by=date(2026, 11, 18))  # fmt: skip
    before = assess(ROUND, [thanked, asked], datetime(2026, 11, 6, 12, tzinfo=ZONE), POLICY)
    assert (before.state, before.next_action) == (InterviewState.REPLIED, None)
    assert before.expected_by == date(2026, 11, 18)  # the day they named shows (t7rd)
    answered = replace(thanked, at=datetime(2026, 11, 9, 8, 12, tzinfo=ZONE))
    after = assess(ROUND, [thanked, asked, answered], datetime(2026, 11, 16, 10, tzinfo=ZONE),
                   POLICY)  # fmt: skip
    assert (after.state, after.expected_by) == (InterviewState.WAITING, date(2026, 11, 18))
    assert after.next_action_at is not None
    assert after.next_action_at.date() > date(2026, 11, 18)


@pytest.mark.parametrize(
    ("body", "to", "cc"),
    [(("Hi Jordan,\n\nThanks for the note.\n\nMarcus - could you get your scorecard into"
      " Greenhouse by Monday?\n\nJordan, I'll have an update for you by Friday, December 4."),
      "Jordan Lee", "Marcus Hale"),
     (("Hi Marcus, hi Nadia,\n\nMarcus - could you get your scorecard in before then?\n\nNadia"
      " - we expect to have an answer for you by Friday, November 20."),
      "Marcus Bell", "Nadia Kowalski"),
     (("Hi all,\n\nYou will each hear from us by Friday, December 11.\n\nBen - can you grab the"
      " big room for our debrief?"), "Mia Laurent", "Ben Osei"),
     (("Hoi Maya,\n\nIk laat je uiterlijk vrijdag iets weten. Laat je het even weten als er iets"
      " tussenkomt?"), "Maya Okafor", ""),
     ("Hoi Maya,\n\nSorry, die mail was niet voor jou bedoeld. Wil je hem alsjeblieft negeren?",
      "Maya Okafor", ""),
     ("Congrats on the loop! Drinks when you hear back?", "Maya Okafor", "")],
)  # fmt: skip
def test_a_question_to_someone_else_or_that_wants_no_answer(body: str, to: str, cc: str) -> None:
    """Tester rounds t51rq, u01cc, u15in: "Marcus - could you ...?" is not asked of her."""
    people = tuple(Address(name=name, email=f"{name.split()[0].lower()}@x.example")
                   for name in (to, cc) if name)  # fmt: skip
    assert question_to_her(body, people) is None


def test_a_question_to_the_one_she_is_asks_her() -> None:
    """"Maya - are you in process anywhere else?" to Maya, greeted alone, asks her."""
    maya = (Address(name="Maya Okafor", email="maya@example.com"),)
    assert question_to_her("Maya - are you in process anywhere else?", maya) is not None
    assert question_to_her("Hi Maya,\n\nMaya, any deadline on your side?", maya) is not None
