"""Which of the five languages a text is in, and folding for phrase matching."""

from __future__ import annotations

import pytest

from silence_watch.core.language import detect, fold, foreign_language, language_of
from silence_watch.core.replylines import without_footers


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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # French with "te" three times, which Spanish also writes (tester round t58lp:
        # the thank-you to Karim was drafted in Spanish)
        ("Top ! Je te mets Lucie en copie, elle te propose un point jeudi en visio. Ça te va ?",
         "fr"),
        # Spanish full of "de" and "en", which Dutch also writes
        (("Acusamos recibo de su solicitud en el registro de personal; la lista de admitidos"
          " se publicará en la web."), "es"),
        ("Su candidatura en la oferta de Dependiente/a ha cambiado de estado.", "es"),
        # short notes in each language
        ("Pas de suite de notre côté, bonne journée.", "fr"),
        ("Fijne feestdagen en succes met de sollicitatie!", "nl"),
        ("Wie lang ist eigentlich deine Kündigungsfrist?", "de"),
        ("Application unsuccessful, CV kept on file.", "en"),
    ],
)
def test_short_notes_and_shared_words(text: str, language: str) -> None:
    """Words two languages share do not outvote the words only one of them writes."""
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


def test_a_phones_footer_is_not_the_writers_language() -> None:
    """"Gracias!! Hablamos" from a Spanish iPhone in an English thread says too little.

    With its footer the note counted four Spanish words and the follow-ups to an
    English-speaking recruiter were written in Spanish (tester round t59sl).
    """
    note = "Gracias!! Hablamos 🙌\n\nEnviado desde mi iPhone"
    assert detect(note) == "es"  # what the footer alone made of it
    assert detect(without_footers(note)) is None
    dutch = "Dank je, fijne avond!\n\nVerzonden vanaf mijn iPhone"
    assert detect(without_footers(dutch)) == "nl"
