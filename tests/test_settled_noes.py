"""Noes settled elsewhere (probe round probe-noes5), and what only looks like one.

``core.phrases_settled_noes``, the misspelt verdicts of ``core.misspellings``, the other
candidate's no of ``core.hypotheticals``, her new job's congratulations
(``core.process_wishes``) and a cost refused (``core.logistics``).

Sentences written for these tests in voices unlike the probe's (a shipping line, a
county hospital, a Lyon cabinet, a Montevideo bank, a Ghent agency), each with the
near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.shorthand import expanded
from test_brushoffs import reply  # a person's short reply to the candidate


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # the offer went to someone else, or was taken
    ("We made an offer for the analyst position last week, which has now been accepted.",
     "rejection"),
    ("The job was offered to and accepted by another applicant on 2 December.", "rejection"),
    ("Wir haben einem internen Kollegen das Angebot gemacht.", "rejection"),
    ("Nous avons adressé une offre d'embauche à une autre candidate le 3 décembre.",
     "rejection"),
    ("Extendimos la propuesta a otra candidata y ya firmó.", "rejection"),
    ("We hebben een contractvoorstel gedaan aan een interne collega.", "rejection"),
    # never an offer made to her, nor her own yes
    ("We would like to make you an offer for the analyst position.", "offer"),
    ("We're so glad you accepted our offer! Your first day is 4 January.", "offer"),
    # the choice went the other way, each language's word order
    ("Uiteindelijk zijn we voor een meer ervaren kandidaat gegaan.", "rejection"),
    ("De opdracht is aan een andere kandidaat gegund.", "rejection"),
    ("U valt helaas af in deze ronde.", "rejection"),
    ("They've awarded the contract role to an internal applicant.", "rejection"),
    ("Wir haben beschlossen, mit den übrigen Bewerberinnen fortzufahren.", "rejection"),
    ("Nous nous sommes tournés vers une candidature interne.", "rejection"),
    ("Nous avons décidé de poursuivre avec des profils dont l'expérience est plus proche.",
     "rejection"),
    ("Seguiremos con los perfiles que encajan mejor con el cargo.", "rejection"),
    ("Al final hemos dado la plaza a otra persona.", "rejection"),
    ("We gaan verder met de kandidaten die beter aansluiten bij het team.", "rejection"),
    # of another, or a condition: no no
    (("De andere kandidaat is afgevallen, dus we nodigen je graag uit voor een tweede gesprek"
      " op dinsdag 15 december."), "next_step"),
    ("Als je afvalt, laten we het je vóór 18 december weten.", "other"),
    # the process not continued, without "pas", with the verb last
    ("Nous ne saurions malheureusement poursuivre avec votre candidature.", "rejection"),
    ("We zetten de procedure met u helaas niet voort.", "rejection"),
    ("We've decided to pass on your candidacy for now.", "rejection"),
    ("I'm afraid it's not good news on the Halyard role.", "rejection"),
    # forwarded, or a condition
    ("I'm passing on your application to the hiring manager today.", "other"),
    ("Thanks Jordan, I'm passing on your application now.", "other"),
    ("Valt u af, dan ontvangt u uiterlijk 18 december bericht.", "other"),
    # not this role, but another: the step
    (("Pas pour ce poste, mais pour le poste de chef de produit : seriez-vous disponible"
      " mardi 15 décembre à 10h ?"), "next_step"),
    (("Nicht für diese Stelle, aber für die Teamleitung: hätten Sie am 15. Dezember Zeit für"
      " ein Gespräch?"), "next_step"),
    ("Not for this role, unfortunately, but we will keep your CV on file.", "rejection"),
    # the other candidate's no, and hers after a turn
    (("The internal candidate was not selected, so we'd like you to come in for the final"
      " round on 14 December."), "next_step"),
    (("The other finalists were not selected, but you are through: can you do Tuesday 15"
      " December at 2pm?"), "request"),
    ("We went with the other candidate, so you were not selected.", "rejection"),
    (("You weren't selected for the Ops Lead role, but our Logistics team has an opening"
      " and would love to set up a call on 16 December."), "next_step"),
    # the fresh set's noes, fixed after it (stop 44), worded otherwise
    ("Unsere Wahl fiel zugunsten einer internen Bewerberin aus.", "rejection"),
    ("Man hat sich entschieden, die Position mit einer internen Kraft zu besetzen.",
     "rejection"),
    ("Ils kiezen niet voor jou, maar voor iemand uit hun eigen netwerk.", "rejection"),
    ("La vacante se la han ofrecido a alguien con más antigüedad.", "rejection"),
    ("Le client a clôturé son recrutement avec un autre consultant.", "rejection"),
    ("Sorry mate, they went with the guy they'd seen first.", "rejection"),
    ("Helaas, we hebben de vacature intussen ingevuld.", "rejection"),
    # not a no: a hope to fill it, her filling it
    ("We hopen de vacature in januari te kunnen invullen.", "other"),
    ("Wir würden die Stelle sehr gern mit Ihnen besetzen, sobald das Budget steht.", "other"),
    # congratulations on her new job are warmth
    ("Thanks for telling us, and congratulations on your new job!", "pleasantry"),
    ("Merci pour ton message, et bonne continuation dans ton nouveau poste !", "pleasantry"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_settled_noes_and_their_near_misses(text: str, want: str) -> None:
    """Each no is read; each near-miss keeps its reading."""
    assert _reading(text) == want


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Unfortunatly you were not sucessful.", "unfortunately you were not successful."),
        ("we have decidied to proceed", "we have decided to proceed"),
        ("no haz sido selecionada", "no has sido seleccionada"),
        ("Ihre Bewerbnug als Kanditatin", "ihre bewerbung als kandidatin"),
    ],
)
def test_misspelt_verdicts_are_written_right(typed: str, written: str) -> None:
    """A verdict's misspelt words are written right before reading."""
    assert expanded(typed).lower() == written


def test_a_misspelt_no_is_a_no() -> None:
    """"decieded not to move forward" was read as a receipt."""
    assert _reading("Hi, we have decieded not to move forward with your applicaton.") == (
        "rejection"
    )


def test_words_that_only_look_misspelt_stay() -> None:
    """Words of their own are never rewritten."""
    assert expanded("Wir entscheiden am Freitag; el proceso procede.") == (
        "Wir entscheiden am Freitag; el proceso procede."
    )


@pytest.mark.parametrize(
    "body",
    [
        ("Sadly we can't cover the taxi from the airport, only the train fare. Sorry about"
         " that! Please send the train receipt by 18 December."),
        ("Desafortunadamente no podemos pagar la segunda noche de hotel. Lo siento. Mándame"
         " la factura del tren."),
    ],
)
def test_a_cost_refused_is_no_rejection(body: str) -> None:
    """The reader's unsure no about a cost is no rejection."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is not Intent.REJECTION


def test_a_no_beside_a_cost_refused_stays() -> None:
    """A real no beside a cost refused is still the no."""
    body = ("We can't reimburse the hotel, I'm afraid. Also, the panel has decided to go with"
            " another candidate.")
    assert classify_message(reply(body), load_intent_reader()).intent is Intent.REJECTION
