"""One job title in all its gendered and inclusive spellings (tester round u29es)."""

from __future__ import annotations

import pytest

from silence_watch.core.gendered_titles import title_stem, without_gender_marks
from silence_watch.core.roles import another_role, named_roles


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Ingénieur(e) Maintenance", "Ingénieur Maintenance"),
        ("Ingénieur·e Maintenance", "Ingénieur Maintenance"),
        ("Ingénieur.e Maintenance", "Ingénieur Maintenance"),
        ("Directeur·rice Marketing", "Directeur Marketing"),
        ("Conseiller/ère clientèle", "Conseiller clientèle"),
        ("Técnico/a de ventas", "Técnico de ventas"),
        ("Técnic@ de ventas", "Técnic de ventas"),
        ("Entwickler:in Backend", "Entwickler Backend"),
        ("Entwickler/-in Backend", "Entwickler Backend"),
        ("Kaufmann/-frau für Büromanagement", "Kaufmann für Büromanagement"),
        ("Data Analyst (w/m/divers)", "Data Analyst "),
        ("Verkoper (m/v/x)", "Verkoper "),
        # near misses: no gender there
        ("Tracción Ibérica, S.A.", "Tracción Ibérica, S.A."),
        ("I/O Engineer", "I/O Engineer"),
        ("Data/AI Lead", "Data/AI Lead"),
        ("jobs at stepstone.de", "jobs at stepstone.de"),
        ("write to ana@example.com", "write to ana@example.com"),
    ],
)
def test_gender_marks_are_left_out_and_nothing_else(written: str, plain: str) -> None:
    """A gender mark goes; a company's "S.A.", "I/O", a domain or an address stay."""
    assert without_gender_marks(written) == plain


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ingenieure", "ingenieur"),  # fr
        ("directrice", "directeur"),
        ("vendeuse", "vendeur"),
        ("technicienne", "technicien"),
        ("conseillere", "conseiller"),
        ("assistante", "assistant"),
        ("administrative", "administratif"),
        ("tecnica", "tecnico"),  # es
        ("coordinadora", "coordinador"),
        ("medica", "medico"),
        ("entwicklerin", "entwickler"),  # de
        ("entwicklerinnen", "entwickler"),
        ("kauffrau", "kaufmann"),
        ("medewerkster", "medewerker"),  # nl
        ("directrice", "director"),
    ],
)
def test_each_gender_of_a_title_word_has_one_stem(one: str, other: str) -> None:
    """"Ingénieure" and "Ingénieur", "Técnica" and "Técnico" are the same word of a title."""
    assert title_stem(one) == title_stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("berlin", "berlinale"), ("data", "date"), ("maintenance", "maintenant"),
     ("commercial", "comptable"), ("engineer", "ingenieur")],
)  # fmt: skip
def test_different_words_keep_different_stems(one: str, other: str) -> None:
    """Only a gender ending is dropped: other words stay apart."""
    assert title_stem(one) != title_stem(other)


@pytest.mark.parametrize(
    ("role", "subject", "body"),
    [
        ("Ingénieure Maintenance Ferroviaire",
         "Su candidatura a Ingénieur(e) Maintenance Ferroviaire - Perpignan (Req ID 4471)",
         "para la posición de Ingénieur(e) Maintenance Ferroviaire - Perpignan (Req ID 4471)."),
        ("Ingénieur Maintenance Ferroviaire", "Votre candidature",
         "Votre candidature au poste de Ingénieure Maintenance Ferroviaire"),
        ("Directrice Commerciale", "Votre candidature",
         "Votre candidature au poste de Directeur·rice Commercial·e"),
        ("Coordinadora de Logística", "Tu candidatura",
         "Gracias por tu interés en el puesto de Coordinador/a de Logística."),
        ("Projektleiterin Bau", "Eingangsbestätigung",
         "Ihre Bewerbung als Projektleiter*in Bau (m/w/d) ist eingegangen."),
        ("Kauffrau für Büromanagement", "Eingangsbestätigung",
         "Ihre Bewerbung als Kaufmann/-frau für Büromanagement"),
    ],
    ids=["fr-ingenieur-e-es-ats", "fr-ingenieure-saved-masculine", "fr-directeur-rice",
         "es-coordinador-a", "de-projektleiter-star-in", "de-kaufmann-frau"],
)  # fmt: skip
def test_another_gender_of_the_role_is_no_other_role(role: str, subject: str, body: str) -> None:
    """The requisition's inclusive spelling of the saved role raises no doubt."""
    assert another_role(role, "Tracción Ibérica", subject, body) is None


def test_another_role_in_an_inclusive_spelling_is_still_another() -> None:
    """"Ingénieur(e) Méthodes" is not the saved "Ingénieure Maintenance Ferroviaire"."""
    named = "Votre candidature au poste de Ingénieur(e) Méthodes Ferroviaires"
    assert named_roles(named) == ["Ingénieur Méthodes Ferroviaires"]
    assert another_role("Ingénieure Maintenance Ferroviaire", "Acme", "Réponse", named) == (
        "Ingénieur Méthodes Ferroviaires"
    )
