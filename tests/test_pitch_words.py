"""A recruiter's pitch: "I'm writing about", the package, "still keen?" (stop 47).

"Te escribo por el puesto de analista. La oferta incluye un contrato indefinido ...
¿Te sigue interesando?" was read as their promise to write (the present "te escribo"
taken for the future) and by the blend as a sure offer. Sentences here are worded unlike
the probe's: a Valencia logistics firm, a Leeds agency, a Lyon bank, a Rotterdam port.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.offer_lookalikes import model_words


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the present "I am writing to you about": no promise of news
        ("Le escribo en relación con la vacante de planificador en Valencia.", "other"),
        ("Te escribimos por tu perfil en LinkedIn; ¿hablamos el jueves?", "next_step"),
        # the same verbs for the future stay promises
        ("En cuanto hable con dirección te escribo.", "acknowledgement"),
        ("Le escribimos el viernes con la decisión.", "acknowledgement"),
    ],
)
def test_writing_now_is_not_a_promise_to_write(text: str, want: str) -> None:
    """"Te escribo por ..." is the letter itself; "te escribo el viernes" is a promise."""
    assert _reading(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Still interested? Happy to line up a call with the hiring manager.",
        "Quick check from the agency side - still keen on the Leeds role?",
        "Bonjour, toujours intéressée par le poste à Lyon ?",
        "Hoi, nog steeds interesse in de functie bij de haven?",
        "Sigues interesada en el puesto?",
    ],
)
def test_still_keen_said_short_asks_her(text: str) -> None:
    """The short "still keen?" needs her answer, as the long form does."""
    assert _reading(text) == "request"


@pytest.mark.parametrize(
    "text",
    [
        "We are still interested in hearing from applicants in Leeds.",
        "Wir haben noch Interesse an Ihrem Profil, melden uns aber erst im Januar.",
    ],
)
def test_still_keen_in_a_statement_or_mid_sentence_is_no_question_to_her(text: str) -> None:
    """Their own interest, said without a question mark: not this ask."""
    found = intent_of(text)
    assert found is None or found[1] != "they ask if you are still interested"


def test_a_pitched_package_is_given_to_the_reader_as_the_ads_terms() -> None:
    """The offer word and the pay words of a pitch's package reach the model as the ad's."""
    said = model_words(
        "Our offer includes a permanent contract and a salary of 48k. Still interested?"
    )
    assert "offer" not in said
    assert "salary" not in said
    assert "contract" not in said


def test_a_package_after_an_offer_made_keeps_its_words() -> None:
    """Without the pitch's question the package is the offer's own: kept as written."""
    said = model_words(
        "We are delighted to offer you the role. Our offer includes a salary of 48k."
    )
    assert said.count("offer") == 2
    assert "salary" in said

