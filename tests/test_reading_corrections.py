"""Second looks at a blended reading, where the words settle it (``core.reading_corrections``)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intent_blend import UNSURE_BELOW, RuleVerdict
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.phrase_rows import CHOSEN_FIRST, DECIDING_WHEN
from silence_watch.core.reading_corrections import (
    PROMISE_CONFIDENCE,
    pause_or_promise,
    promised_reading,
    rules_first,
    too_short_to_tell,
    unofficial,
)

DAY = date(2026, 12, 15)


@pytest.mark.parametrize(
    ("intent", "confidence", "said", "expected"),
    [
        # "on te fait un retour à la mi-décembre": an unsure pause the rules heard as a promise
        (Intent.ON_HOLD, 0.32, ("acknowledgement", None, DAY),
         (Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE, DAY, None)),
        # a sure pause stays one; so does a pause the rules did not hear as a promise
        (Intent.ON_HOLD, 0.87, ("acknowledgement", None, DAY), (Intent.ON_HOLD, 0.87, None, DAY)),
        (Intent.ON_HOLD, 0.32, ("on_hold", None, DAY), (Intent.ON_HOLD, 0.32, None, DAY)),
        (Intent.ON_HOLD, 0.32, (None, None, DAY), (Intent.ON_HOLD, 0.32, None, DAY)),
        # nothing to wait for, or another reading: unchanged
        (Intent.ON_HOLD, 0.32, ("acknowledgement", None, None), (Intent.ON_HOLD, 0.32, None, None)),
        (Intent.REJECTION, 0.4, ("acknowledgement", None, DAY),
         (Intent.REJECTION, 0.4, None, DAY)),
    ],
)  # fmt: skip
def test_an_unsure_pause_heard_as_a_promise_waits_for_its_day(
    intent: Intent,
    confidence: float,
    said: tuple[str | None, date | None, date | None],
    expected: tuple[Intent, float, date | None, date | None],
) -> None:
    """Both readings wait for the same day: the candidate is not asked which (t38vd)."""
    assert pause_or_promise(intent, confidence, said, []) == expected


@pytest.mark.parametrize(
    ("intent", "leanings", "sure"),
    [
        # "a decision by Tuesday the 24th. Sorry for the wait!": the rules heard the promise
        (Intent.REJECTION, ("acknowledgement", "rejection"), True),
        # an offer the text denies ("todavía no es una oferta"), as ``offer_leanings.denied_offer``
        # passes it on: an acknowledgement
        (Intent.OFFER, ("acknowledgement", "acknowledgement"), True),
        # a promise with its day that neither reading places: "lo hablan ella y Álvaro y te
        # decimos algo antes del viernes 22" (tester round t58lp); the rules hearing
        # something else still asks
        (Intent.OTHER, (None, "other"), True),
        (Intent.OTHER, ("request", "other"), False),
        # a no the rules heard too, or an offer nobody denied: asked about
        (Intent.REJECTION, ("rejection", "rejection"), False),
        (Intent.OFFER, ("acknowledgement", "offer"), False),
    ],
)  # fmt: skip
def test_a_perhaps_no_or_offer_with_a_promised_day(
    intent: Intent, leanings: tuple[str, str], sure: bool
) -> None:
    """An unsure no or offer that names an answer day is an acknowledgement; sure when ..."""
    found, confidence = promised_reading(intent, 0.55, leanings, [])
    assert found is Intent.ACKNOWLEDGEMENT
    assert (confidence >= PROMISE_CONFIDENCE) is sure


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("Dario was fired up. nothing official obviously and you did NOT hear it from me. beers?",
         Intent.REQUEST, Intent.PLEASANTRY),
        ("Ganz inoffiziell: das Team war begeistert. Kaffee nächste Woche?", Intent.REQUEST,
         Intent.PLEASANTRY),
        ("Officieusement, ça s'est très bien passé ; on en reparle ?", Intent.NEXT_STEP,
         Intent.PLEASANTRY),
        ("Extraoficialmente te digo que les encantaste.", Intent.ACKNOWLEDGEMENT,
         Intent.PLEASANTRY),
        ("Officieus: ze waren erg enthousiast. Biertje?", Intent.OTHER, Intent.PLEASANTRY),
        # no such words: the reading stands
        ("Could you send me two references by Friday?", Intent.REQUEST, Intent.REQUEST),
        ("The offer is official as of today: welcome aboard!", Intent.OFFER, Intent.OFFER),
    ],
)  # fmt: skip
def test_hearsay_that_says_it_is_not_official_is_no_news(
    text: str, intent: Intent, expected: Intent
) -> None:
    """A colleague's "nothing official obviously ... beers?" stops nothing (tester t54ir)."""
    assert unofficial(text, intent, 0.87, [])[0] is expected


def test_a_no_or_an_offer_said_unofficially_is_asked_about() -> None:
    """"Off the record, they're going with the other finalist": a question, not a no."""
    intent, confidence = unofficial(
        "Off the record, they're going with the other finalist.", Intent.REJECTION, 0.93, [],
        None,  # a no is asked about, whoever heard it
    )
    assert intent is Intent.REJECTION
    assert confidence < UNSURE_BELOW


def test_an_offer_only_the_reader_heard_in_hearsay_is_warmth() -> None:
    """"He's putting together an offer. Congratulations! Nothing official": no question."""
    said = "Graham is putting together an offer for you. Congratulations! Nothing official."
    intent, _ = unofficial(said, Intent.OFFER, 0.98, [], None)
    assert intent is Intent.PLEASANTRY


REQUEST = RuleVerdict("request", "they ask you for something", cold=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deux références ? Je reviens vers vous dès que j'ai ces éléments.", Intent.REQUEST),
        ("Could you send two references? I'll get back to you once I have them.", Intent.REQUEST),
        ("Bitte senden Sie uns Ihre Zeugnisse; sobald mir diese vorliegen, melde ich mich.",
         Intent.REQUEST),
        ("¿Me mandas tus referencias? En cuanto las tenga te escribo.", Intent.REQUEST),
        ("Kun je twee referenties sturen? Zodra ik ze heb, laat ik het je weten.", Intent.REQUEST),
        # a promise that waits on nothing from the candidate stays a promise
        ("Could you send two references? We will decide by Friday either way.",
         Intent.ACKNOWLEDGEMENT),
    ],
)  # fmt: skip
def test_a_promise_that_waits_on_the_answer_leaves_the_move_to_the_candidate(
    text: str, expected: Intent
) -> None:
    """"Je reviens vers vous dès que j'ai ces éléments": no nudge while she owes them (t51rq)."""
    assert rules_first(REQUEST, text, Intent.ACKNOWLEDGEMENT, 0.71, [])[0] is expected


CHOSEN = RuleVerdict("acknowledgement", CHOSEN_FIRST, cold=False)


@pytest.mark.parametrize("text", [
    "Should your profile be shortlisted, we will send you an invitation to the assessment.",
    "Falls du in die engere Wahl kommst, schicken wir dir eine Einladung zum Fachgespräch.",
    "Si vous êtes présélectionnée, nous vous enverrons une convocation pour le jury.",
    "Si resultas seleccionada, te mandaremos una convocatoria para la dinámica grupal.",
    "Indien u geselecteerd wordt, sturen wij u een uitnodiging voor het panelgesprek.",
])
def test_a_round_only_if_she_is_chosen_is_their_promise(text: str) -> None:
    """The reader's sure next step gives way: nothing is hers to do until they write."""
    assert rules_first(CHOSEN, text, Intent.NEXT_STEP, 0.98, []) == (
        Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE
    )


def test_a_round_on_another_condition_stays_the_readers() -> None:
    """"If you're free on Tuesday" is no condition of being chosen: the step stands."""
    text = "If you're free on Tuesday, we'll send you an invite for 10am."
    assert rules_first(CHOSEN, text, Intent.NEXT_STEP, 0.98, [])[0] is Intent.NEXT_STEP


@pytest.mark.parametrize("text", [
    "Wir haben uns entschieden, die Entscheidung erst nach der Aufsichtsratssitzung zu treffen.",
    "We've decided to hold off on the final decision until the budget review on the 16th.",
    "Nous avons décidé de ne trancher qu'après le retour de la directrice.",
    "Hemos decidido esperar hasta después de la auditoría para decidir.",
    "We hebben besloten pas na de jaarwisseling te beslissen.",
])
def test_a_decision_about_when_to_decide_is_their_promise(text: str) -> None:
    """The rules read when they will decide; the reader's sure "decided" no gives way."""
    found = intent_of(text)
    assert found is not None
    assert found == (Intent.ACKNOWLEDGEMENT, DECIDING_WHEN)
    when = RuleVerdict("acknowledgement", DECIDING_WHEN, cold=False)
    assert rules_first(when, text, Intent.REJECTION, 0.99, []) == (
        Intent.ACKNOWLEDGEMENT, PROMISE_CONFIDENCE
    )


def test_a_decision_for_another_stays_a_no() -> None:
    """"Decided ... with another candidate" is no decision about when: the no stands."""
    text = "Wir haben uns entschieden, die Stelle mit einer anderen Bewerberin zu besetzen."
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION


NOTHING = RuleVerdict(None, "", cold=False)


@pytest.mark.parametrize("text", [
    "Apologies, wrong desk! I have passed your message on to our talent team.",
    "Dafür bin ich nicht zuständig, Ihre Anfrage habe ich an die Personalabteilung weitergeleitet.",
    "Ce n'est pas moi qui suis ce dossier, nous avons fait suivre votre candidature à Anne.",
    "Yo no llevo esa vacante, pero he derivado tu consulta a selección.",
    "Ik ben daar niet de juiste persoon voor, ik heb uw vraag doorgestuurd naar HR.",
])
def test_her_note_passed_on_is_no_news_not_a_no(text: str) -> None:
    """The reader's sure no on a handover gives way: no news, surely enough."""
    assert rules_first(NOTHING, text, Intent.REJECTION, 0.99, []) == (
        Intent.OTHER, PROMISE_CONFIDENCE
    )
    assert intent_of(text) is None or intent_of(text)[0] is not Intent.REJECTION  # type: ignore[index]


def test_a_no_beside_a_handover_stays_a_no() -> None:
    """Where the rules read a no, the handover is no excuse: the no stands."""
    no = RuleVerdict("rejection", "they chose another candidate", cold=False)
    text = "I've forwarded your CV to our agency, but we went with another candidate."
    assert rules_first(no, text, Intent.REJECTION, 0.99, [])[0] is Intent.REJECTION


SILENT = RuleVerdict(None, "", cold=False)


def test_two_words_no_rule_reads_are_asked_about() -> None:
    """"Will do!" read surely by the model alone was a brush-off once; it is a question."""
    assert too_short_to_tell(SILENT, "Will do!", Intent.ACKNOWLEDGEMENT, 0.72, [])[1] < (
        UNSURE_BELOW
    )
    # a rule reading it, or more words, and the reading stands
    assert too_short_to_tell(REQUEST, "Availability please?", Intent.REQUEST, 0.9, [])[1] == 0.9
    longer = "Will do, I'll check with Marcus and get back to you."
    assert too_short_to_tell(SILENT, longer, Intent.ACKNOWLEDGEMENT, 0.72, [])[1] == 0.72


def test_an_unsure_next_step_that_waits_on_the_answer_is_the_request() -> None:
    """The blend torn toward a next step, the rules hearing the ask: the candidate owes it.

    After a retrain the reader leaned to a promise and the blend to an unsure next step,
    and the candidate was asked what "deux références ... dès que j'ai ces éléments" was.
    """
    text = "Deux références ? Je reviens vers vous pour la date dès que j'ai ces éléments."
    assert rules_first(REQUEST, text, Intent.NEXT_STEP, 0.51, [])[0] is Intent.REQUEST
    # a sure next step stands
    assert rules_first(REQUEST, text, Intent.NEXT_STEP, 0.9, [])[0] is Intent.NEXT_STEP


@pytest.mark.parametrize(
    ("intent", "confidence", "leanings", "expected"),
    [
        # "Yasmina wil de tweede ronde zelf inplannen ... je hoort uiterlijk woensdag 2
        # december of we je uitnodigen" (t67sc): torn between a round and the promise
        (Intent.NEXT_STEP, 0.5, ("next_step", "next_step"), (Intent.ACKNOWLEDGEMENT, True)),
        (Intent.ACKNOWLEDGEMENT, 0.52, ("next_step", "acknowledgement"),
         (Intent.ACKNOWLEDGEMENT, True)),
        # "Uiterlijk vrijdag 4 december laten we je weten hoe we verder gaan" (u27bg): the
        # rules hear the promise, the reader half a step; either waits for the day
        (Intent.NEXT_STEP, 0.5, ("acknowledgement", "next_step"), (Intent.ACKNOWLEDGEMENT, True)),
        # a request beside a decision promised for Wednesday, December 9 (u26sh)
        (Intent.ACKNOWLEDGEMENT, 0.52, ("request", "acknowledgement"),
         (Intent.ACKNOWLEDGEMENT, True)),
        # a sure next step with a date stays one; a request is the candidate's move
        (Intent.NEXT_STEP, 0.9, ("next_step", "next_step"), (Intent.NEXT_STEP, True)),
        (Intent.NEXT_STEP, 0.9, ("acknowledgement", "next_step"), (Intent.NEXT_STEP, True)),
        (Intent.REQUEST, 0.5, ("request", "request"), (Intent.REQUEST, False)),
        # the rules heard a no: a torn reading that names a day is still asked about
        (Intent.NEXT_STEP, 0.5, ("rejection", "next_step"), (Intent.NEXT_STEP, False)),
        (Intent.ACKNOWLEDGEMENT, 0.52, ("rejection", "acknowledgement"),
         (Intent.ACKNOWLEDGEMENT, False)),
    ],
)  # fmt: skip
def test_a_round_still_to_be_decided_by_a_named_day_waits_for_that_day(
    intent: Intent, confidence: float, leanings: tuple[str, str], expected: tuple[Intent, bool]
) -> None:
    """Either reading waits for the day: not asked about."""
    found, sure = promised_reading(intent, confidence, leanings, [])
    assert (found, sure >= PROMISE_CONFIDENCE) == expected


@pytest.mark.parametrize(
    "body",
    [
        ("Kleiner Flurfunk: entscheiden tun die wohl erst nach der GF-Runde am 3.12., also"
         " nicht nervös werden. Hast du aber nicht von mir, ist nix Offizielles!"),
        ("Off the record: they won't decide before the board meets on Thursday, December 3."
         " You didn't hear it from me."),
    ],
)
def test_hearsay_names_no_day_anyone_promised(body: str) -> None:
    """Tester round u15in: the referrer's "erst nach der GF-Runde am 3.12." moved the wait."""
    sent = datetime(2026, 11, 13, 17, 40, tzinfo=UTC)
    message = Message(message_id="k@lindqvist.example", date=sent,
                      sender=Address("Kai Brandt", "kai.brandt@lindqvist.example"),
                      to=(Address("Jonas Weber", "jonas.weber@example.com"),),
                      subject="Re: Empfehlung ist raus", headers={}, body=body)  # fmt: skip
    found = classify_message(message, load_intent_reader())
    assert found.promised_by is None
    assert found.intent is Intent.PLEASANTRY
