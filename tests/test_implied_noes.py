"""Noes said only by implication, and their near-misses (probe-noes10).

``core.phrases_implied_noes``, ``core.phrases_standing_offers``, the one other candidate
passed over (``core.hypotheticals``), a status table's cells (``core.status_cells``), a
day proposed instead of theirs (``core.phrases_proposed_slots``) and a phone's warm no
(``core.brushoffs``). Sentences written for these tests in voices unlike the probe's.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from silence_watch.core.brushoffs import not_a_brush_off
from silence_watch.core.classify import classify_message
from silence_watch.core.intent_blend import RuleVerdict
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.parse import parse_message
from silence_watch.core.status_cells import colon_cells, status_says_no


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # the search narrowed to other people
    ("The studio has decided to concentrate on candidates who have shipped a console title.",
     "rejection"),
    ("We are prioritizing applicants with a CPA already in hand.", "rejection"),
    ("Al final hemos optado por candidatas que tienen mucha más experiencia en banca.",
     "rejection"),
    ("Optaron por seguir adelante con profesionales con mayor recorrido en hostelería.",
     "rejection"),
    ("Please focus on the attached brief before Thursday's call.", "other"),
    # the decision gone to another
    ("Honestly the decision went to someone who had run a warehouse before.", "rejection"),
    ("La elección final se inclinó por otra candidata del sector.", "rejection"),
    ("Mi cliente se decantó por un perfil más comercial.", "rejection"),
    ("Die Geschäftsführung hat sich letztlich für eine Person aus der Region entschieden.",
     "rejection"),
    ("De jury heeft een andere kandidate weerhouden voor deze betrekking.", "rejection"),
    ("Uw kandidatuur werd weerhouden voor de volgende proef op 12 januari.", "other"),
    # decided otherwise, no good news
    ("Der Vorstand hat sich leider anders entschieden.", "rejection"),
    ("De directie heeft uiteindelijk anders beslist.", "rejection"),
    ("Ich fürchte, ich habe keine erfreulichen Neuigkeiten für dich.", "rejection"),
    ("Désolée, ce ne sont pas de bonnes nouvelles cette fois.", "rejection"),
    ("Te escribo con pena, no traigo buenas noticias.", "rejection"),
    ("Sorry, geen goed nieuws uit Utrecht.", "rejection"),
    ("They've hired somebody who already knows the ward.", "rejection"),
    # what they look for, set against her
    ("Votre parcours est intéressant, mais nous cherchons plutôt un profil orienté export.",
     "rejection"),
    ("Loved the portfolio, but the client is looking for someone with more print work.",
     "rejection"),
    ("We zoeken voor dit project toch een profiel met meer BIM-ervaring.", "rejection"),
    # the offer kept after her counter-offer was turned down
    ("We can't match 80k, sorry, but our offer of 74k still stands.", "offer"),
    ("The offer no longer stands, as the role has been cancelled.", "rejection"),
    ("Mehr geht leider nicht, aber das Angebot bleibt natürlich bestehen.", "offer"),
    ("Impossible d'aller plus haut, mais l'offre à 48 k€ tient toujours.", "offer"),
    ("No llegamos a esa cifra, pero nuestra propuesta de 38.000 € sigue vigente.", "offer"),
    ("Meer zit er niet in, maar het aanbod blijft gewoon staan.", "offer"),
    # the one other candidate passed over: no no of hers
    ("We did not end up hiring the other finalist. Could you come in on Friday?",
     "next_step"),
    ("Nous n'avons finalement pas choisi l'autre candidat : seriez-vous libre lundi ?",
     "request"),
    ("Unfortunately we did not select you; we chose the other candidate.", "rejection"),
    ("We are not progressing your application because the other applicant had the licence.",
     "rejection"),
    # her own withdrawal answered kindly: no no of theirs
    ("Quel dommage que tu retiries ta candidature ! Bonne continuation.", "pleasantry"),
    ("Oh, qué pena que te retires, ¡mucha suerte con todo!", "pleasantry"),
    ("Spijtig dat u uw kandidatuur intrekt. Veel succes gewenst!", "pleasantry"),
    ("Schade, dass du deine Bewerbung zurückziehst - viel Glück in Hamburg!", "pleasantry"),
    # a rejecting verb denied, and the verb first
    ("Tranquila, no hemos rechazado tu postulación: el proceso va lento.", "other"),
    ("Rest assured we haven't ruled you out - the panel meets on Monday.", "other"),
    ("Nein, Ihre Bewerbung ist nicht abgelehnt worden, wir brauchen nur länger.", "other"),
    ("Nach dem Gespräch wurde Ihre Bewerbung leider abgelehnt.", "rejection"),
    ("Helaas werd je kandidatuur afgewezen door de selectiecommissie.", "rejection"),
    # the others, counted, turned down: she is the one left
    ("We've chosen not to continue with the remaining three applicants - you're our pick.",
     "other"),
    ("Wir machen nicht mit den anderen beiden Bewerberinnen weiter, sondern mit Ihnen.",
     "other"),
    ("We zetten niet door met de overige drie sollicitanten; jij blijft over.", "other"),
    # a no denied with its addressee, her other offer answered kindly
    ("Eine Absage für dich ist das übrigens nicht, wir sind nur langsam.", "acknowledgement"),
    ("So sorry to hear you've taken another role - congratulations all the same!", "pleasantry"),
    ("Wat jammer dat je een andere baan hebt aangenomen, maar gefeliciteerd!", "pleasantry"),
    # a date turned down, another offered
    ("Nous n'avons malheureusement pas retenu votre créneau de lundi ; mardi 9h vous irait ?",
     "next_step"),
    ("The 9th is out, sorry. Would Friday the 11th at 3pm suit instead?", "next_step"),
    # a no called negative, in so many words
    ("Leider ist die Rückmeldung des Kunden negativ ausgefallen.", "rejection"),
    ("Siento decirte que la respuesta ha sido negativa.", "rejection"),
    ("Sorry, geen goed nieuws: de klant koos een ander.", "rejection"),
    ("They've offered the role elsewhere, I'm afraid.", "rejection"),
    ("The panel met yesterday and sadly it did not go your way.", "rejection"),
    ("Die Entscheidung ist leider nicht zu Ihren Gunsten ausgefallen.", "rejection"),
    ("Le poste a été confié à un collègue de l'équipe Lyon.", "rejection"),
    ("Things are going your way: the panel wants a final chat.", "other"),
    # another day proposed instead of theirs
    ("Monday is out for me, sorry - can we do Wednesday at 11 instead?", "next_step"),
    ("Lundi ne m'arrange pas, pourriez-vous plutôt le jeudi 17 décembre à 9h ?", "next_step"),
    ("Kan donderdag 17 december om 14 uur ook passen?", "next_step"),
    # the process going on with others who bring what she lacks; the choice not on her,
    # the verb last (stop 48, from probe-noes10's fresh set)
    ("Wir setzen die Gespräche mit Bewerberinnen fort, die bereits Führungserfahrung haben.",
     "rejection"),
    ("Das Team wird mit Personen weitermachen, deren Schwerpunkt im Vertrieb liegt.",
     "rejection"),
    ("Jammer genoeg moet ik laten weten dat de keuze niet op u was gevallen.", "rejection"),
    ("De keuze is nog niet gevallen; volgende week weet je meer.", "other"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_implied_noes_and_their_near_misses(text: str, want: str) -> None:
    """Each no said by implication is read, and each near-miss keeps its reading."""
    assert _reading(text) == want


def test_status_cells_are_read_with_their_colon() -> None:
    """A status table's cells read as "label: value"; a sentence is left as it is."""
    table = "Position   Night Auditor\nApplication status\tNot selected\nUpdated  3 Dec"
    assert "Application status: Not selected" in colon_cells(table)
    assert status_says_no(table)
    assert _reading(table) == "rejection"
    assert not status_says_no("Status\tIn review")
    assert colon_cells("The status of the role is open.") == "The status of the role is open."


@pytest.mark.parametrize("text", [
    "Fase    Descartada",
    "Bewerbungsstatus\tAbgelehnt",
    "Étape :  Candidature refusée",
])
def test_status_lines_that_name_a_no(text: str) -> None:
    """A status line whose whole value is a no, with a colon or cells."""
    assert status_says_no(text)


def test_a_warm_phone_no_is_no_brush_off() -> None:
    """A phone's few words of a no, warm ("gutted", "keep my eyes open"): never cold."""
    reasons: list[str] = []
    text = "so sorry they picked someone else gutted tbh will keep my eyes open for you"
    rules = RuleVerdict("rejection", "they chose another candidate", cold=False)
    assert not_a_brush_off(rules, text, reasons, dated=False, intent=Intent.REJECTION)


def test_a_day_proposed_is_no_out_of_office() -> None:
    """Out of office on their day, another proposed: a person's next step, no auto-reply."""
    message = EmailMessage()
    message["From"] = "Dana Roth <dana@firm.example>"
    message["To"] = "Jordan Lee <jordan@example.com>"
    message["Subject"] = "Re: Interview"
    message["Date"] = "Tue, 08 Dec 2026 09:00:00 -0500"
    message["Message-ID"] = "<t1@firm.example>"
    message.set_content("Hi Jordan, I'm out of office on Thursday, so could we do Friday the"
                        " 11th at 10am instead?\n\nDana")
    reading = classify_message(parse_message(bytes(message)))
    assert reading.kind is MessageKind.HUMAN
    assert reading.intent is Intent.NEXT_STEP
