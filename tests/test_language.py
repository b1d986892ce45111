"""Which of the five languages a text is in, and folding for phrase matching."""

from __future__ import annotations

import pytest

from silence_watch.core.language import fold, language_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks for your note, we will get back to you next week.", "en"),
        ("Vielen Dank für Ihre Nachricht, wir melden uns bei Ihnen.", "de"),
        ("Merci pour votre message, nous reviendrons vers vous.", "fr"),
        ("Gracias por tu mensaje, te escribimos la semana que viene.", "es"),
        ("Bedankt voor je bericht, we laten het je weten.", "nl"),
    ],
)
def test_the_language_of_a_reply(text: str, language: str) -> None:
    """A sentence in each language is recognised."""
    assert language_of(text) == language


def test_too_little_text_has_no_language() -> None:
    """A name or a signature alone says nothing."""
    assert language_of("Dana") is None
    assert language_of("") is None


def test_fold_drops_case_accents_and_curly_quotes() -> None:
    """Rückmeldung, décidé and a curly we'll read like their plain forms; spaces are single."""
    assert fold("Rückmeldung  Décidé\nWE\u2019LL  Straße") == "ruckmeldung decide we'll strasse"
