"""Next rounds and asks in words the rules lacked, and their look-alikes (round probe-steps3).

Sentences written for these tests, unlike the probe's own: a Zurich bank, a Bilbao
consultancy, a Liège agency, a Rotterdam scale-up, a Dublin start-up. Each shape comes with
the near-misses that must keep their reading.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


STEPS_AND_ASKS = [
    # chosen for a named round
    ("Bonne nouvelle : tu as été sélectionné pour le second entretien.", "next_step"),
    ("Enhorabuena, has sido preseleccionado para la segunda fase.", "next_step"),
    ("Goed nieuws, u bent geselecteerd voor het tweede gesprek.", "next_step"),
    ("Sie wurden für die zweite Gesprächsrunde ausgewählt.", "next_step"),
    ("You've been shortlisted for the panel interview.", "next_step"),
    # the next stage offered
    ("Nous vous invitons à passer à la phase suivante du recrutement.", "next_step"),
    ("Als tweede stap nodigen we je uit voor een gesprek met de directeur.", "next_step"),
    # meeting the team asked of her
    ("Hätten Sie Lust, am Donnerstag unser Team in Zürich kennenzulernen?", "next_step"),
    # coffee and a free slot asked for
    ("A Iñaki le gustaría tomar un café con usted la semana que viene.", "next_step"),
    ("¿Tendrías un hueco el martes para hablar con el director?", "next_step"),
    # introduced to the team
    ("Graag willen we u voorstellen aan het team in Antwerpen.", "next_step"),
    ("Nous aimerions vous présenter à notre équipe lundi.", "next_step"),
    # German asks with "bitten ... zu senden"
    ("Ich bitte Sie, mir Ihre Diplome bis Montag zuzusenden.", "request"),
    ("Wir möchten dich bitten, den Fragebogen online auszufüllen.", "request"),
    ("Was wäre Ihre Gehaltsvorstellung für diese Position?", "request"),
    # Spanish asks
    ("Le solicitamos que nos remita su certificado de antecedentes.", "request"),
    ("Necesitamos que nos confirmes tu fecha de incorporación.", "request"),
    # references taken up (a step, as "take up your references" is)
    ("We willen graag referenties natrekken bij je huidige leidinggevende.", "next_step"),
]


@pytest.mark.parametrize(("text", "intent"), STEPS_AND_ASKS)
def test_next_rounds_and_asks_are_read(text: str, intent: str) -> None:
    """A round she is chosen for, a stage offered, a German or Spanish ask: read as such."""
    assert _reading(text) == intent


LOOKALIKES = [
    # a round chosen for, denied: a no
    ("Malheureusement, vous n'avez pas été retenue pour le second entretien.", "rejection"),
    ("Lamentablemente no ha sido seleccionada para la siguiente fase.", "rejection"),
    # candidates as a group chosen, not her: no step of hers
    (("Thanks for applying. Only applicants shortlisted for the final round will be"
      " contacted."), "acknowledgement"),
    ("Seuls les candidats présélectionnés seront conviés à un entretien final.", "other"),
    # a round only planned, nobody invited: she waits
    ("We are planning a final round in the new year and will be in touch.", "acknowledgement"),
    ("Eine dritte Runde ist für Januar vorgesehen; wir melden uns.", "acknowledgement"),
    ("Een laatste ronde staat gepland voor half januari. We houden je op de hoogte.",
     "acknowledgement"),
    # a colleague who will schedule the round herself, later (t67sc)
    ("Onze CFO wil het eindgesprek zelf inplannen; we laten het je volgende week weten.",
     "acknowledgement"),
    ("Frau Roth möchte die zweite Runde selbst einplanen, wir melden uns bis Freitag.",
     "acknowledgement"),
    # rounds held with several, nobody invited
    ("Die finalen Gespräche sind für die zweite Januarwoche angesetzt.", "other"),
    ("Las entrevistas finales serán a mediados de enero; te avisaremos entonces.",
     "acknowledgement"),
    # a round for her at a set time stays hers
    ("A second round is planned for Thursday at 2pm with the CFO.", "next_step"),
    # a round on a condition of hers: a promise to tell, no invitation
    (("Should you be shortlisted, we will invite you to a panel interview; either way we"
      " will be in touch."), "acknowledgement"),
    (("Falls Sie in die engere Auswahl kommen, laden wir Sie zu einem Gespräch ein. Wir"
      " melden uns."), "acknowledgement"),
    # a task or a form she already sent, thanked for
    ("Many thanks for submitting the take-home exercise. We'll be in touch.", "acknowledgement"),
    ("Gracias por el cuestionario, ya está todo. Te escribimos pronto.", "acknowledgement"),
    # "before closing the process" closes nothing
    (("Queremos hablar contigo otra vez antes de cerrar la búsqueda. ¿Tienes un hueco el"
      " lunes?"), "next_step"),
    # her start date asked is an ask, not an invitation
    ("Dès quand seriez-vous disponible pour commencer ?", "request"),
    # "bitten um Geduld" asks her to send nothing
    ("Wir bitten Sie noch um etwas Geduld und melden uns nächste Woche.", "acknowledgement"),
    # "le pedimos disculpas" apologises
    ("Le pedimos disculpas por la demora; le responderemos en breve.", "acknowledgement"),
]


@pytest.mark.parametrize(("text", "intent"), LOOKALIKES)
def test_look_alikes_keep_their_reading(text: str, intent: str) -> None:
    """A round only planned, one on a condition, a task thanked for: no move of hers."""
    assert _reading(text) == intent


SENT = datetime(2026, 12, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))  # a Monday

RATES_AND_SPANS = [
    # the days of a hybrid week, in an answer to her question: no promise
    ("On répond à ta question : trois jours par semaine sur site. On te recontacte.", None),
    ("Dazu: zwei Tage pro Woche mobil, und ich melde mich bei Ihnen.", None),
    ("Te respondo: son dos días en remoto. Te escribo pronto.", None),
    ("Ik laat je weten: het is vier dagen per week. We horen elkaar.", None),
    # a span from now is a promise still
    ("Je reviens vers toi dans trois jours.", date(2026, 12, 17)),
    ("Te escribo en un par de días.", date(2026, 12, 16)),
]


@pytest.mark.parametrize(("text", "day"), RATES_AND_SPANS)
def test_a_rate_of_days_is_no_span(text: str, day: date | None) -> None:
    """"Trois jours par semaine" answers her; "dans trois jours" promises."""
    assert promised_date(text, SENT) == day
