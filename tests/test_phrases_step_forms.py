"""Next rounds and asks in forms the rows lacked, and their near-misses (probe-steps5).

``core.phrases_step_forms``, ``core.rounds_attended``, the rhetorical questions of
``core.courtesy_questions``, the start date of ``core.step_lookalikes`` and the present
tense of ``core.times_to_come``. Wording unlike the probe's: a logistics firm, a clinic, a
law office, a school board, a games studio.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date, sentences
from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold
from silence_watch.core.times_to_come import their_move


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # a round proposed as a question without a day
    ("When would be best for you to have a call with our Head of Ops, Tomás?", "next_step"),
    ("Could you do a quick video call with the clinic director this week?", "next_step"),
    ("Wann wäre es dir recht für ein Kennenlernen mit unserem Studio-Lead?", "next_step"),
    ("Bent u volgende week vrij voor een tweede gesprek met de directeur?", "next_step"),
    ("Would you be open to another conversation with the regional manager?", "next_step"),
    ("Passt es Ihnen diese Woche zu einem Telefonat mit Herrn Ortmann?", "next_step"),
    ("Quand seriez-vous disponible pour rencontrer la directrice du site ?", "next_step"),
    ("Wanneer komt het u uit voor een kennismaking met het MT?", "next_step"),
    # a booking link for the round
    ("Feel free to book your panel using the link below.", "next_step"),
    ("Plan via onderstaande link zelf een afspraak in met de teamleider.", "next_step"),
    ("Über den Link unten trag dich bitte für das Interview mit Jonas ein.", "next_step"),
    ("Réservez votre visio avec Maître Dubois sur ce lien.", "next_step"),
    ("Elige el hueco que mejor te venga en este enlace.", "next_step"),
    ("Via onderstaande link kun je een tijdslot boeken.", "next_step"),
    ("Please book a time on my calendar for the panel.", "next_step"),
    # the next stage, no time
    ("Bonne nouvelle : vous passez au tour suivant !", "next_step"),
    ("Vous ne passez malheureusement pas au tour suivant.", "rejection"),
    ("Gute Nachrichten, Sie sind einen Schritt weiter.", "next_step"),
    ("La jefa de sala quiere volver a verte antes de decidir.", "next_step"),
    ("As a next step, please complete the short numeracy test.", "next_step"),
    ("Vous êtes retenue pour l'étape suivante du recrutement.", "next_step"),
    ("Vous n'êtes pas retenue pour la suite, je suis désolée.", "rejection"),
    # a call back asked for
    ("Herr Brandt bittet Sie, ihn morgen Vormittag unter 0221 55 66 zurückzurufen.", "request"),
    ("Rufen Sie mich bitte morgen zwischen 9 und 10 Uhr zurück.", "request"),
    ("Could you give us a ring back when you're free? Thanks.", "request"),
    ("Llámeme lo antes posible, por favor.", "request"),
    ("Frau Yilmaz bat um einen kurzen Rückruf.", "request"),
    ("Pourriez-vous me rappeler avant midi ?", "request"),
    ("Can you call me back on 555-0100 this afternoon?", "request"),
    ("Belt u mij even terug? Het gaat over uw sollicitatie.", "request"),
    ("¿Puedes devolverme la llamada esta tarde?", "request"),
    ("Feel free to call me back if anything is unclear. Thanks!", "pleasantry"),
    ("Merci de me rappeler que vous préférez le tutoiement !", "pleasantry"),
    # a round she came to, thanked for
    ("Merci pour votre visite mardi au siège pour le deuxième entretien.", "pleasantry"),
    ("Gracias por acercarte ayer a la oficina para la entrevista final.", "pleasantry"),
    ("Merci pour votre venue, et nous vous invitons à un deuxième entretien.", "next_step"),
    ("Thanks for coming in on Monday for the onsite, the team loved meeting you.", "pleasantry"),
    ("Merci d'être venue jeudi pour l'entretien final. Belle soirée !", "pleasantry"),
    # a rhetorical question is warmth
    ("Hi Ana, who would have guessed we both coached the same team? Lovely chat!", "pleasantry"),
    ("Hallo Ben, wer hätte das geahnt? Hat mich sehr gefreut!", "pleasantry"),
    ("Hola Ana, ¿quién lo hubiera pensado? ¡Un placer conocerte!", "pleasantry"),
    # her start date asked, not a meeting
    ("Could you confirm your availability to begin and your salary expectations?", "request"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_step_forms(text: str, want: str) -> None:
    """Each form reads as the intent the corpus would give it."""
    assert _reading(text) == want


def test_present_tense_times_by_a_day_are_their_promise() -> None:
    """"Je vous envoie des créneaux avant jeudi" is their promise, unless they ask too."""
    folded = fold("Le chef veut vous revoir. Je vous envoie trois créneaux avant le jeudi.")
    assert their_move(sentences(folded))
    spanish = fold("La gerente quiere conocerte. Te paso un par de fechas antes del martes.")
    assert their_move(sentences(spanish))
    asked = fold("Je vous envoie des créneaux avant jeudi. Lesquels vous conviennent ?")
    assert not their_move(sentences(asked))


def test_present_tense_times_for_a_week_promise_no_day() -> None:
    """"Mañana te propongo huecos para la semana que viene": the slots' week, no deadline."""
    sent = datetime(2026, 11, 24, 13, 5, tzinfo=timezone(timedelta(hours=1)))
    slots = "Mañana te propongo un par de huecos para la semana que viene."
    assert promised_date(slots, sent) is None
    by_thursday = "Je vous transmets trois créneaux d'ici jeudi."
    assert promised_date(by_thursday, sent) == date(2026, 11, 26)
