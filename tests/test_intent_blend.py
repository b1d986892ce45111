"""The blend of phrase rules and model: who wins, how sure, and when to ask instead."""

from __future__ import annotations

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intent_blend import (
    AGREEMENT_AT,
    ALONE_DECISIVE,
    INTENTS,
    OVERRULE_AT,
    RULE_ERROR_FLOOR,
    SILENT,
    UNSURE_BELOW,
    IntentReading,
    RuleEvidence,
    RuleVerdict,
    blend,
    rule_verdict,
)
from silence_watch.core.intent_features import ModelFileError
from silence_watch.core.intent_model import Prediction
from silence_watch.core.parse import parse_message

#: A small record: the rules name rejections right 9 times in 10, never fire on
#: pleasantries, and say "acknowledgement" for some pauses.
EVIDENCE = RuleEvidence.from_dict(
    {
        "rule_evidence": {
            "rejection": {"rejection": 9, "none": 10},
            "offer": {"offer": 5, "none": 5},
            "next_step": {"next_step": 8, "none": 10},
            "request": {"request": 5, "none": 5},
            "acknowledgement": {"acknowledgement": 10, "none": 10, "rejection": 1},
            "pleasantry": {"none": 20},
            "on_hold": {"acknowledgement": 4, "none": 6},
            "other": {"none": 5},
        },
    },
)
SILENT_RULES = RuleVerdict(intent=None, reason="", cold=False)


def prediction(probabilities: dict[str, float], cold: float | None = 0.0) -> Prediction:
    """A model prediction with these probabilities (the rest share what is left)."""
    rest = (1.0 - sum(probabilities.values())) / (len(INTENTS) - len(probabilities))
    full = {intent: probabilities.get(intent, rest) for intent in INTENTS}
    ranked = sorted(full, key=lambda intent: -full[intent])
    return Prediction(
        intent=ranked[0],
        confidence=full[ranked[0]],
        runner_up=ranked[1],
        runner_up_confidence=full[ranked[1]],
        probabilities=full,
        top_features=("word +1.00",),
        cold=cold,
    )


def rules(intent: str) -> RuleVerdict:
    """The rules naming ``intent`` for a made-up phrase."""
    return RuleVerdict(intent=intent, reason=f"a {intent} phrase", cold=False)


def test_model_decides_where_the_rules_are_silent() -> None:
    """With no rule phrase, the model's intent stands and its reasons are given."""
    reading = blend(SILENT_RULES, prediction({"next_step": 0.9}), EVIDENCE)
    assert reading.intent == "next_step"
    assert reading.confidence >= UNSURE_BELOW
    assert not reading.unsure
    assert any("model: next_step" in reason for reason in reading.reasons)


def test_agreement_is_surer_than_either_alone() -> None:
    """Rules and model agreeing on a rejection give a sure rejection."""
    reading = blend(rules("rejection"), prediction({"rejection": 0.7}), EVIDENCE)
    assert reading.intent == "rejection"
    assert reading.confidence > 0.7
    assert not reading.unsure


def test_a_rejection_the_rules_do_not_back_is_an_unsure_rejection() -> None:
    """A model-only rejection below ALONE_DECISIVE stays "perhaps a rejection": unsure, asked."""
    reading = blend(SILENT_RULES, prediction({"rejection": 0.9}), EVIDENCE)
    assert reading.intent == "rejection"
    assert reading.unsure
    assert reading.confidence < UNSURE_BELOW
    assert any("perhaps rejection" in reason for reason in reading.reasons)


def test_a_very_sure_model_may_call_an_offer_alone() -> None:
    """With the rules silent, a model at ALONE_DECISIVE or more makes a sure offer."""
    reading = blend(SILENT_RULES, prediction({"offer": ALONE_DECISIVE + 0.01}), EVIDENCE)
    assert (reading.intent, reading.unsure) == ("offer", False)


def test_a_rejection_the_rules_contradict_is_sure_only_when_the_model_is_near_certain() -> None:
    """Rules saying 'acknowledgement' hold a 0.98 model rejection; from OVERRULE_AT it is one."""
    held = blend(rules("acknowledgement"), prediction({"rejection": OVERRULE_AT - 0.01}), EVIDENCE)
    assert held.unsure
    assert held.confidence < UNSURE_BELOW
    sure = blend(rules("next_step"), prediction({"rejection": OVERRULE_AT + 0.005}), EVIDENCE)
    assert (sure.intent, sure.unsure) == ("rejection", False)


def test_a_hesitant_next_step_over_a_promise_to_come_back_is_a_question() -> None:
    """Rules: "I'll be in touch as soon as I hear"; the model, at 0.9, says next step: ask.

    A next step stops every follow-up; taken wrongly, that is a silent stop. Surer, it stands.
    """
    held = blend(rules("acknowledgement"), prediction({"next_step": 0.9}), EVIDENCE)
    assert (held.intent, held.unsure) == ("next_step", True)
    sure = blend(rules("acknowledgement"), prediction({"next_step": 0.99}), EVIDENCE)
    assert (sure.intent, sure.unsure) == ("next_step", False)


def test_a_next_step_or_a_request_is_the_candidates_move_either_way() -> None:
    """Rules: a request ("could you send two or three windows?"); the model: a next step.

    Torn between the two, the blend was unsure and asked; either way the move is the
    candidate's, so that much is sure (tester rounds t52cd, t54ir).
    """
    # where the rules' "request" is as often said of a next step
    mixed = RuleEvidence.from_dict({"rule_evidence": {
        "next_step": {"request": 5, "next_step": 5}, "request": {"request": 5, "next_step": 5},
        "rejection": {"none": 5}, "acknowledgement": {"none": 5},
    }})  # fmt: skip
    torn = blend(rules("request"), prediction({"next_step": 0.55, "request": 0.43}), mixed)
    assert torn.intent in ("next_step", "request")
    assert not torn.unsure
    assert any("either way yours" in reason for reason in torn.reasons)


def test_a_rejection_the_rules_call_an_offer_is_never_sure() -> None:
    """The rules and the model name opposite outcomes: ask, however sure the model is."""
    reading = blend(rules("offer"), prediction({"rejection": 0.999}), EVIDENCE)
    assert reading.unsure


def test_a_rule_rejection_with_a_hesitant_model_is_sure() -> None:
    """The rules' rejection with the model at AGREEMENT_AT or more is a sure rejection."""
    reading = blend(
        rules("rejection"), prediction({"rejection": AGREEMENT_AT + 0.05, "offer": 0.4}), EVIDENCE,
    )
    assert (reading.intent, reading.unsure) == ("rejection", False)


def test_a_rule_rejection_the_model_barely_shares_is_held() -> None:
    """Below AGREEMENT_AT the model does not back the rules: the rejection is held unsure."""
    reading = blend(
        rules("rejection"), prediction({"rejection": AGREEMENT_AT - 0.2, "offer": 0.3}), EVIDENCE,
    )
    assert reading.intent == "rejection"
    assert reading.unsure


def test_warmth_around_a_rule_rejection_does_not_hold_it() -> None:
    """A warm "Lovely to meet you too, and sorry, we went with someone else" is a sure no.

    The model's pleasantry is warmth, not a reading against the no; its share of the news
    backs the rules.
    """
    warm = prediction({"pleasantry": 0.67, "rejection": 0.2, "acknowledgement": 0.1})
    reading = blend(rules("rejection"), warm, EVIDENCE)
    assert (reading.intent, reading.unsure) == ("rejection", False)
    # The same share of the news going to a next step is no agreement: asked.
    doubtful = prediction({"pleasantry": 0.5, "rejection": 0.1, "next_step": 0.38})
    held = blend(rules("rejection"), doubtful, EVIDENCE)
    assert (held.intent, held.unsure) == ("rejection", True)


def test_an_unsure_pleasantry_is_other() -> None:
    """A pleasantry lets the waiting go on, so one read without confidence is "other"."""
    reading = blend(SILENT_RULES, prediction({"pleasantry": 0.5, "request": 0.3}), EVIDENCE)
    assert reading.intent == "other"
    assert reading.unsure


def test_a_pause_the_rules_call_acknowledgement_is_read_as_on_hold() -> None:
    """The rules do not know on_hold; a model sure of it wins over their acknowledgement."""
    reading = blend(rules("acknowledgement"), prediction({"on_hold": 0.9}), EVIDENCE)
    assert reading.intent == "on_hold"


def test_a_rule_hit_outweighs_a_hesitant_model() -> None:
    """A rule's next_step beats a model that leans 0.5 to request."""
    reading = blend(
        rules("next_step"), prediction({"request": 0.5, "next_step": 0.3}), EVIDENCE,
    )
    assert reading.intent == "next_step"


def test_cold_comes_from_the_cold_head_but_never_on_a_next_step() -> None:
    """A cold-head probability marks a curt acknowledgement cold, not an invitation."""
    curt = blend(SILENT_RULES, prediction({"acknowledgement": 0.9}, cold=0.8), EVIDENCE)
    invite = blend(SILENT_RULES, prediction({"next_step": 0.9}, cold=0.8), EVIDENCE)
    assert curt.cold
    assert not invite.cold


def test_a_no_the_rules_read_turns_cold_on_less_than_an_acknowledgement() -> None:
    """A cold head of 0.55: enough to call the rules' no curt, not their acknowledgement.

    A no read as curt only loses the closing note; an acknowledgement read as curt stops
    every follow-up ("closed the door"), so it needs the surer head.
    """
    no = blend(rules("rejection"), prediction({"rejection": 0.9}, cold=0.55), EVIDENCE)
    ack = blend(rules("acknowledgement"), prediction({"acknowledgement": 0.9}, cold=0.55),
                EVIDENCE)
    warm_no = blend(rules("rejection"), prediction({"rejection": 0.9}, cold=0.45), EVIDENCE)
    assert (no.intent, no.cold) == ("rejection", True)
    assert (ack.intent, ack.cold) == ("acknowledgement", False)
    assert not warm_no.cold


@pytest.mark.parametrize("intent", [None, *INTENTS])
def test_confidence_is_a_probability(intent: str | None) -> None:
    """Whatever the rules say, the blended confidence lies in [0, 1] and names its reasons."""
    said = SILENT_RULES if intent is None else rules(intent)
    reading = blend(said, prediction({"pleasantry": 0.4}), EVIDENCE)
    assert isinstance(reading, IntentReading)
    assert 0.0 <= reading.confidence <= 1.0
    assert reading.reasons
    assert reading.unsure == (reading.confidence < UNSURE_BELOW)


def test_rule_verdict_treats_other_as_no_opinion() -> None:
    """'other, no known phrase' from the rules is silence, a phrase hit is an opinion."""
    raw = (
        b"From: Dana <dana@acme.example>\r\nTo: jo@example.com\r\nSubject: Re: interview\r\n"
        b"Date: Tue, 1 Dec 2026 10:00:00 +0000\r\nMessage-ID: <a@acme.example>\r\n\r\n"
    )
    silent = rule_verdict(classify_message(parse_message(raw + b"See you around.\r\n")))
    regret = b"We regret to inform you that the role is gone.\r\n"
    hit = rule_verdict(classify_message(parse_message(raw + regret)))
    assert silent.intent is None
    assert hit.intent == "rejection"
    assert hit.reason


def test_evidence_likelihoods_are_smoothed_and_floored() -> None:
    """Silence is no evidence; a named intent's likelihood is a probability at the floor or up."""
    for intent in INTENTS:
        assert EVIDENCE.likelihood(intent, SILENT) == 1.0
        named = [EVIDENCE.likelihood(intent, outcome) for outcome in EVIDENCE.outcomes - {SILENT}]
        assert all(RULE_ERROR_FLOOR <= value <= 1.0 for value in named)
    assert EVIDENCE.likelihood("pleasantry", "rejection") == pytest.approx(1 / 26)  # 0+1 / 20+6
    assert EVIDENCE.likelihood("rejection", "rejection") == pytest.approx(10 / 25)  # 9+1 / 19+6


def test_shipped_evidence_loads_beside_the_model() -> None:
    """The model file carries the rules' record the blend needs, for every intent."""
    evidence = load_intent_reader().evidence
    assert set(evidence.counts) == set(load_intent_reader().model.classes) == set(INTENTS)
    assert "none" in evidence.outcomes


def test_malformed_evidence_is_refused() -> None:
    """Evidence that is not a table of counts is a ModelFileError."""
    with pytest.raises(ModelFileError):
        RuleEvidence.from_dict({"rule_evidence": {"rejection": {"none": -1}}})
    with pytest.raises(ModelFileError):
        RuleEvidence.from_dict({})


def test_thanks_around_a_promise_to_come_back_is_the_promise() -> None:
    """Rules: "je vous tiens au courant"; the model: a pleasantry ("Super merci").

    Either way they write next, and the rules read a promise: the wait restarts from it,
    and the candidate is not asked what it was (tester round t59sl).
    """
    warm = RuleEvidence.from_dict({"rule_evidence": {
        "acknowledgement": {"acknowledgement": 10, "none": 10},
        "pleasantry": {"acknowledgement": 1, "none": 19},
        "rejection": {"none": 5}, "next_step": {"none": 5},
    }})  # fmt: skip
    for thanks in (0.8, 0.88):  # the promise or the thanks a little ahead, unsure either way
        model = prediction({"pleasantry": thanks, "acknowledgement": 0.97 - thanks})
        reading = blend(rules("acknowledgement"), model, warm)
        assert (reading.intent, reading.unsure) == ("acknowledgement", False)
        assert any("in warm words" in reason for reason in reading.reasons)
    # the rules hear thanks, the reader a promise ("¡Gracias! ... Te cuento el lunes"): the
    # promise, surely
    heard_thanks = RuleEvidence.from_dict({"rule_evidence": {
        "acknowledgement": {"acknowledgement": 10, "pleasantry": 2, "none": 10},
        "pleasantry": {"pleasantry": 15, "none": 5},
        "rejection": {"none": 5}, "next_step": {"none": 5},
    }})  # fmt: skip
    model = prediction({"acknowledgement": 0.86, "pleasantry": 0.11})
    promise = blend(rules("pleasantry"), model, heard_thanks)
    assert (promise.intent, promise.unsure) == ("acknowledgement", False)
    assert any("in warm words" in reason for reason in promise.reasons)
    # the model leaning to something else than thanks or a promise: no promise taken
    torn = blend(rules("acknowledgement"), prediction({"request": 0.6, "pleasantry": 0.3}), warm)
    assert torn.intent != "acknowledgement"
    assert not any("in warm words" in reason for reason in torn.reasons)


def test_thanks_the_reader_half_takes_for_a_receipt_is_thanks() -> None:
    """Rules: thanks; the model: thanks or a receipt ("Recibido, ¡gracias a ti! 😊", t46sf).

    Either way nothing is news: a pleasantry, not a question to the candidate.
    """
    warm = RuleEvidence.from_dict({"rule_evidence": {
        "acknowledgement": {"pleasantry": 8, "none": 12},
        "pleasantry": {"pleasantry": 10, "none": 10},
        "rejection": {"none": 5}, "next_step": {"none": 5},
    }})  # fmt: skip
    model = prediction({"pleasantry": 0.45, "acknowledgement": 0.52})
    reading = blend(rules("pleasantry"), model, warm)
    assert (reading.intent, reading.unsure) == ("pleasantry", False)


def test_an_offer_the_reader_hears_in_a_pause_is_the_pause() -> None:
    """The rules' pause stands against an offer the reader is not sure enough of.

    "hemos pausado la contratación" (probe-dates9), "la contratación está en stand by"
    (probe-hold7): held unsure, asked about; a reader sure
    enough to overrule still wins.
    """
    heard = blend(rules("on_hold"), prediction({"offer": 0.8}), EVIDENCE)
    assert (heard.intent, heard.unsure) == ("on_hold", True)
    sure = blend(rules("on_hold"), prediction({"offer": OVERRULE_AT + 0.01}), EVIDENCE)
    assert sure.intent == "offer"
