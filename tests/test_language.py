"""Which of the five languages a text is in, and folding for phrase matching."""

from __future__ import annotations

import pytest

from silence_watch.core.language import fold, foreign_language, language_of


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (("Gentile Jordan, ci dispiace comunicarle che abbiamo deciso di proseguire con un altro"
         " profilo. Cordiali saluti"), "Italian"),
        ("Oi Larissa, te dou um retorno até sexta-feira, dia 11. Obrigado pela paciência!",
         "Portuguese"),
        ("Dzień dobry, niestety proces rekrutacji został wstrzymany do 15 stycznia.", "Polish"),
        ("Hej Jordan, tack för intervjun! Nästa steg är ett case. Vänliga hälsningar", "Swedish"),
    ],
)
def test_a_language_it_does_not_read_is_named_not_taken_for_another(text: str, name: str) -> None:
    """Tester round t42ol: Italian and Portuguese were Spanish, Swedish Dutch; drafts followed."""
    assert language_of(text) is None
    assert foreign_language(text) == name


def test_the_five_are_never_foreign() -> None:
    """A Spanish or Dutch reply is not Portuguese or Swedish (none of 2,829 corpus ones is)."""
    for text in ("Hola Ana, gracias por tu tiempo, te escribo el lunes con novedades.",
                 "Hoi Sanne, bedankt voor het gesprek. We laten je weten hoe het verder gaat."):
        assert foreign_language(text) is None
