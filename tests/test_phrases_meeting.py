"""Next steps said without the word "interview" (``core.phrases_meeting``), five languages.

Read from the development part of batches w20dp and w21nr; none of these sentences is in
the corpus. Each row has its near-misses: what looks like it and is not a next step.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent

STEPS = [
    # an introduction to someone who decides
    pytest.param("Next I'd like to introduce you to our COO, Dana Whitlock.", id="en-introduce"),
    pytest.param("I'd love you to meet our head of design before we go further.", id="en-meet"),
    pytest.param("Als Nächstes möchte ich Sie gern unserer Teamleiterin vorstellen.", id="de"),
    pytest.param("Je souhaite maintenant te présenter à Karim, notre directeur technique.",
                 id="fr"),
    pytest.param("Ahora me gustaría presentarte a Lucía, nuestra directora de operaciones.",
                 id="es"),
    pytest.param("Graag stel ik je voor aan Pieter, onze operationeel directeur.", id="nl"),
    # come by and meet the people
    pytest.param("Could you pop in and meet the crew on Thursday afternoon?", id="en-pop-in"),
    pytest.param("Hast du Lust, nächste Woche mal bei uns in der Halle vorbeizukommen?",
                 id="de-vorbei"),
    pytest.param("Tu pourrais passer nous voir vendredi en fin de journée ?", id="fr-voir"),
    pytest.param("¿Te animas a pasarte por el taller el jueves?", id="es-taller"),
    pytest.param("Queremos que vengas a conocer al resto del equipo.", id="es-conocer"),
    # an earlier round skipped
    pytest.param("Given your portfolio we'll skip the initial screen and go straight to a"
                 " conversation with the hiring panel.", id="en-straight"),
    pytest.param("Wir springen direkt zum Gespräch mit der Geschäftsführung.",
                 id="de-direkt"),
    pytest.param("On peut passer directement à un échange avec la direction.", id="fr-directement"),
    pytest.param("Podemos pasar directamente a la charla con el director.", id="es-directo"),
    pytest.param("We gaan meteen door naar het gesprek met de directie.", id="nl-door"),
    # time asked for a talk with someone
    pytest.param("Do you have time for a quick chat with our CFO this week?", id="en-time"),
    pytest.param("Findest du Zeit für einen Kaffee mit unserer Chefin?", id="de-zeit"),
    pytest.param("Tu serais disponible pour un café avec notre DRH ?", id="fr-dispo"),
    pytest.param("¿Tendrías tiempo para una charla con nuestro CEO?", id="es-tiempo"),
    pytest.param("Zou je tijd hebben voor een babbel met onze teamlead?", id="nl-babbel"),
    # references as the next step
    pytest.param("The next step is references: who should I call?", id="en-references"),
    pytest.param("Der nächste Schritt sind Referenzen. Wen dürfen wir anrufen?", id="de-ref"),
    pytest.param("La prochaine étape sera la prise des références.", id="fr-ref"),
    pytest.param("El siguiente paso son las referencias de tus dos últimos jefes.", id="es-ref"),
    pytest.param("De volgende stap is het nabellen van je referenties.", id="nl-ref"),
]

NOT_STEPS = [
    # a list, not a person; the agency's own step before the client
    pytest.param("We'd like to introduce you to our talent community for future roles.",
                 Intent.OTHER, id="en-talent-community"),
    pytest.param("Para presentarte al cliente me faltan dos datos: ¿cuál es tu salario actual?",
                 Intent.REQUEST, id="es-agency-client"),
    pytest.param("Before I introduce you to my client, could you send your payslip?",
                 Intent.REQUEST, id="en-agency-client"),
    # where to go on the day is logistics
    pytest.param("Merci de vous présenter à l'accueil du bâtiment B.", Intent.OTHER,
                 id="fr-accueil"),
    # a round with a name, thanked for, decides nothing by itself
    pytest.param("Thanks for the time you spent with our COO last week.", Intent.PLEASANTRY,
                 id="en-past-meeting"),
    # references the employer will not need
    pytest.param("The next step is on our side; no references needed yet.",
                 Intent.OTHER, id="en-no-ref"),
]


@pytest.mark.parametrize("text", STEPS)
def test_a_next_step_without_the_word_interview(text: str) -> None:
    """An introduction, a visit, a skipped round, time for a chat or references: a next step."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP


@pytest.mark.parametrize(("text", "intent"), NOT_STEPS)
def test_what_only_looks_like_such_a_step(text: str, intent: Intent) -> None:
    """A talent community, an agency's client, the front desk, a past meeting: no next step."""
    found = intent_of(text)
    assert (found[0] if found else Intent.OTHER) is intent
