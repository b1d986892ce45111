"""Asks for her papers and answers in plain forms, and their look-alikes (round probe-asks6).

Sentences written for these tests, unlike the probe's own: a Graz insurer, a Toulouse
lab, a Sevilla hotel group, a Utrecht council, a Bristol charity. Each shape comes with the
near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


ASKS = [
    # two verbs joined, the ask in the second
    ("Please review and sign the enclosed consent to the DBS check.", "request"),
    ("Please print, sign and return the declaration of interests.", "request"),
    ("Veuillez lire et signer la charte informatique ci-jointe.", "request"),
    ("Lea y firme el acuerdo de confidencialidad, por favor.", "request"),
    ("Rellene y envíenos la ficha de datos personales.", "request"),
    ("Graag het contract ondertekend retour sturen naar HR.", "request"),
    # "por favor," with a comma before the verb
    ("Jordan, por favor, envíanos tu vida laboral actualizada.", "request"),
    # the German du-imperative
    ("Schick uns deine Zeugnisse bitte als ein PDF.", "request"),
    ("Bitte schick mir noch den ausgefüllten Bogen.", "request"),
    # the Dutch imperative around its object
    ("Vul aub het intakeformulier in voor vrijdag.", "request"),
    # a need said of her things
    ("Il nous faudrait encore votre numéro de sécurité sociale.", "request"),
    ("J'aurais besoin de ta carte vitale pour la mutuelle.", "request"),
    ("Nos haría falta su certificado de titulación.", "request"),
    ("We hebben nog uw BSN nodig voor de salarisadministratie.", "request"),
    ("Il nous manquerait encore ton justificatif de domicile.", "request"),
    ("Nous aurions aussi besoin de votre permis de conduire.", "request"),
    ("Faltaría todavía su título universitario compulsado.", "request"),
    ("Wij missen nog uw getuigschrift.", "request"),
    ("We'll need a signed copy of the NDA by Thursday.", "request"),
    ("Wir bräuchten dann noch eine Kopie Ihres Führerscheins.", "request"),
    ("Unterschreib mir bitte noch die Datenschutzerklärung.", "request"),
    ("Onderteken en mail het toestemmingsformulier naar ons.", "request"),
    ("J'ai besoin de savoir votre date de fin de contrat.", "request"),
    ("Wir ersuchen Sie um Übermittlung Ihres Meldezettels.", "request"),
    ("Bitte den Vertrag unterschrieben zu retournieren.", "request"),
    # a start date asked
    ("When would you be able to join us, roughly?", "request"),
    ("When could you start, if all goes well?", "request"),
    ("Ab wann könnten Sie bei uns beginnen?", "request"),
    ("Dès quand serais-tu disponible pour démarrer ?", "request"),
    ("¿Desde cuándo podría usted incorporarse al hotel?", "request"),
    ("Vanaf wanneer bent u beschikbaar om te beginnen?", "request"),
    # a move asked as thinkable
    ("Wäre es für Sie denkbar, zwei Tage pro Woche in Graz zu arbeiten?", "request"),
    ("¿Te plantearías trasladarte a Sevilla?", "request"),
    ("Zou je open staan voor een functie in Utrecht?", "request"),
    # her papers "would be useful" (stop 45)
    ("Vos derniers bulletins de salaire nous seraient bien utiles pour l'offre.", "request"),
    ("Your two most recent payslips would be really helpful for the approval.", "request"),
    ("Deine Gehaltsnachweise wären für die Freigabe hilfreich.", "request"),
    ("Tus referencias nos serían muy útiles esta semana.", "request"),
    ("Je laatste loonstroken zouden erg handig zijn voor het voorstel.", "request"),
    # her decision they need (stop 46)
    ("We'd need an answer from you by Wednesday on the relocation package.", "request"),
]

NEAR_MISSES = [
    # their own homework, nothing of hers named
    ("J'aurais besoin de vérifier cela en interne, je reviens vers vous vendredi.",
     "acknowledgement"),
    ("We'll need to check a few things with the board first.", "other"),
    ("Wir brauchen noch etwas Zeit für die Entscheidung.", "other"),
    # a receipt, not a need
    ("We hebben je cv en motivatie goed ontvangen en laten snel van ons horen.",
     "acknowledgement"),
    # her papers thanked for, with her name between
    ("Merci beaucoup Madame Durand pour la charte signée, tout est complet.", "pleasantry"),
    ("Gracias Jordan por el formulario firmado.", "pleasantry"),
    # her references thanked for, her skills praised: nothing asked
    ("Your references were really helpful, thank you.", "pleasantry"),
    ("Your Python experience would be really useful to the team.", "other"),
    # the answer they need is from the board, not from her
    ("We need a decision from the board before we can move on.", "other"),
    # the signed paper already there is no need (probe-sure2)
    ("Gracias, ya tenemos el contrato firmado y archivado.", "pleasantry"),
]

#: The paper she signs, needed back (probe-sure2): read as thanks before.
SIGNED_PAPERS_NEEDED = [
    ("Necesitamos todavía la declaración de privacidad firmada antes del lunes.", "request"),
    ("We hebben nog het ingevulde intakeformulier nodig, uiterlijk maandag.", "request"),
    ("Il nous manque toujours la charte informatique signée pour finaliser.", "request"),
]


@pytest.mark.parametrize(("text", "want"), SIGNED_PAPERS_NEEDED)
def test_a_signed_paper_needed_back_is_asked(text: str, want: str) -> None:
    """A paper she signs or fills in, needed back, asks her for it."""
    assert _reading(text) == want


@pytest.mark.parametrize(("text", "want"), ASKS + NEAR_MISSES)
def test_plain_asks_and_their_look_alikes(text: str, want: str) -> None:
    """Each plain ask is a request; its look-alike keeps its reading."""
    assert _reading(text) == want
