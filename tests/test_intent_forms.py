"""Forms of a no, a next step and a request the rules did not know (issue 12, dev misses).

Four causes found in the development part's misses, each fixed for the five languages:
a formal exclusion from a selection procedure (``core.phrases_exclusion``); a no for one
role followed by a concrete other opening and a call (``core.other_openings``, kept a next
step by the blend); a no made only of missing papers ("without these documents ...",
``core.hypotheticals``); and a pause or a step whose writer says it rejects nobody, which
the reader took for a no (``core.not_a_no``). Every sentence here is written for the test,
in voices unlike the corpus'.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intent_blend import (
    UNSURE_BELOW,
    RuleEvidence,
    RuleVerdict,
    blend,
)
from silence_watch.core.intent_model import Prediction
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.not_a_no import not_a_no, says_not_a_no
from silence_watch.core.other_openings import ANOTHER_ROLE_MARKS

EXCLUDED = (
    ("Following the eligibility review, your application was deemed ineligible: the"
     " licence you hold is not recognised for this grade."),
    "Regrettably you did not reach the minimum score on the written test (58 of 100).",
    ("Nach Prüfung der Unterlagen wurde Ihre Bewerbung vom weiteren Auswahlverfahren"
     " ausgeschlossen, weil der Nachweis der Fachkunde fehlt."),
    ("Sie können daher nicht am weiteren Auswahlverfahren teilnehmen, da die"
     " Mindestpunktzahl nicht erreicht wurde."),
    ("Après examen de votre dossier, votre candidature a été jugée irrecevable (pièce"
     " d'identité expirée)."),
    ("Vous n'avez pas obtenu la note minimale de 10/20 ; vous ne pourrez donc pas participer"
     " aux épreuves orales."),
    ("Tras revisar la documentación, su candidatura consta en el listado como excluida por"
     " no acreditar el nivel B2 de inglés."),
    "Lamentablemente no ha superado la puntuación mínima del ejercicio práctico.",
    ("Na controle van uw dossier werd uw kandidatuur onontvankelijk verklaard: het"
     " gevraagde diploma ontbreekt."),
    "U kunt bijgevolg niet deelnemen aan de volgende fase van de selectieprocedure.",
)

NOT_EXCLUDED = (
    # negations, admissions and conditions: no no of hers
    "Good news: your application was not deemed ineligible after all, we will call you.",
    ("Ihre Bewerbung ist nicht vom Auswahlverfahren ausgeschlossen; wir brauchen nur noch"
     " Ihr Zeugnis. Können Sie es bis Freitag schicken?"),
    ("Su solicitud no figura como excluida: está admitida y podrá presentarse a la prueba"
     " del 14 de enero."),
    ("Si vous n'envoyez pas le diplôme avant vendredi, vous ne pourrez pas participer aux"
     " épreuves."),
    ("Enhorabuena: ha superado la puntuación mínima exigida y pasa a la entrevista del"
     " martes."),
    # a provisional list with days to put it right asks for a paper; it decides nothing
    ("Su solicitud aparece en la lista provisional como excluida por falta del título;"
     " dispone de diez días hábiles para subsanarlo."),
)

# a no for this role, then a concrete other opening and a call: she goes on
ANOTHER_OPENING = (
    ("The client picked someone else for the analyst job. But I have another search open"
     " for a controller at a logistics firm. Do you have time for a call tomorrow?"),
    ("We hebben gekozen voor een kandidaat met meer ervaring. We hebben wel net een"
     " gelijkaardige vacature geopend in Leuven. Mag ik je deze week even bellen?"),
    ("Leider haben wir uns für einen anderen Bewerber entschieden. Ab dem Frühjahr bauen wir"
     " aber eine neue Abteilung auf. Hätten Sie Interesse an einem Gespräch?"),
    ("El cliente eligió a otra persona para la vacante. Tenemos otra búsqueda abierta para"
     " un puesto de Controller. ¿Tienes un rato para una llamada mañana?"),
)

# the courtesy of a no: no concrete opening, or nothing asked of her: still a no
STILL_A_NO = (
    # a future opening she may apply for: the courtesy of a no
    ("We gaan niet verder met je sollicitatie. Zie je later een andere vacature die bij je"
     " past? Solliciteer dan gerust opnieuw."),
    ("We went with another candidate for the analyst role. We'll keep your details on file"
     " and let you know if another role opens up."),
    ("We hebben gekozen voor een andere kandidaat. Als er een andere vacature vrijkomt,"
     " laten we het je weten."),
    "Hemos decidido seguir con otra candidata. Si se abre una vacante similar te avisamos.",
    ("Nous avons retenu une autre candidate. N'hésitez pas à postuler à nos autres offres"
     " sur notre site."),
)

# papers asked for, with what happens if they never come: a request, not a no
PAPERS_ASKED = (
    ("Could you send your transcript by Friday? Without these documents, we are unable to"
     " move your application forward."),
    ("Mogen wij u vragen het formulier ingevuld terug te bezorgen? Zonder deze documenten"
     " kunnen wij uw kandidatuur niet verder behandelen."),
)


@pytest.mark.parametrize("text", EXCLUDED, ids=[t[:40] for t in EXCLUDED])
def test_an_exclusion_from_the_procedure_is_a_no(text: str) -> None:
    """Excluded, inadmissible, below the minimum score: she does not go on."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION, found


@pytest.mark.parametrize("text", NOT_EXCLUDED, ids=[t[:40] for t in NOT_EXCLUDED])
def test_no_exclusion_said_is_no_no(text: str) -> None:
    """"Not excluded", "admitted", "if you do not send ..." and a pass are no rejection."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION, found


@pytest.mark.parametrize("text", ANOTHER_OPENING, ids=[t[:40] for t in ANOTHER_OPENING])
def test_a_no_then_another_opening_and_a_call_is_a_next_step(text: str) -> None:
    """A no for this role, a concrete other opening and a call: the rules read a step."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP, found
    assert found[1].endswith(ANOTHER_ROLE_MARKS)


@pytest.mark.parametrize("text", STILL_A_NO, ids=[t[:40] for t in STILL_A_NO])
def test_the_courtesy_of_a_no_stays_a_no(text: str) -> None:
    """"We'll let you know if another role opens" and "apply again" keep the no."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION, found


@pytest.mark.parametrize("text", PAPERS_ASKED, ids=[t[:40] for t in PAPERS_ASKED])
def test_a_no_if_papers_never_come_is_a_request(text: str) -> None:
    """"Without these documents we cannot go on": what is asked is the papers."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REQUEST, found


EVIDENCE = RuleEvidence.from_dict(
    {
        "rule_evidence": {
            "rejection": {"rejection": 50, "next_step": 1, "none": 5},
            "next_step": {"next_step": 40, "none": 5},
            "request": {"request": 30, "none": 5},
        },
    },
)


def _prediction(intent: str, confidence: float) -> Prediction:
    rest = (1.0 - confidence) / 7
    probabilities = {
        name: confidence if name == intent else rest
        for name in ("rejection", "offer", "next_step", "request", "acknowledgement",
                     "pleasantry", "on_hold", "other")
    }  # fmt: skip
    return Prediction(intent, confidence, "other", rest, probabilities, (), 0.0)


def test_the_rules_step_about_another_role_outweighs_the_readers_no() -> None:
    """The reader's no is this role's; the rules' step about another one stands."""
    rules = RuleVerdict("next_step", f"a call is asked for {ANOTHER_ROLE_MARKS[0]}", cold=False)
    reading = blend(rules, _prediction("rejection", 0.98), EVIDENCE, ANOTHER_OPENING[1])
    assert reading.intent == "next_step"
    assert reading.confidence >= UNSURE_BELOW


@pytest.mark.parametrize(
    "text",
    [
        # a filled role and an invitation to apply for a posting: the courtesy of a no
        ("The role has been filled internally. You're welcome to apply for the new opening"
         " we posted this week; could you let us know if you do?"),
        ("Le poste a été pourvu. Un autre poste vient de s'ouvrir : je vous invite à postuler"
         " sur notre site. Des questions ?"),
        # no other opening named at all
        "The role has been filled. Could you let us know your notice period for our files?",
    ],
)
def test_the_readers_no_is_weighed_when_no_opening_is_offered(text: str) -> None:
    """Without a concrete other opening she is not asked to apply for, nothing changes."""
    rules = RuleVerdict("next_step", f"a call is asked for {ANOTHER_ROLE_MARKS[0]}", cold=False)
    reading = blend(rules, _prediction("rejection", 0.98), EVIDENCE, text)
    assert reading.intent == "rejection"


def test_a_step_without_another_role_is_still_weighed_as_before() -> None:
    """Only the mark of another role changes the weighing: a plain step is overruled."""
    rules = RuleVerdict("next_step", "they invite you to the next step", cold=False)
    reading = blend(rules, _prediction("rejection", 0.995), EVIDENCE)
    assert reading.intent == "rejection"


NOT_A_NO_SAID = (
    "Das ist ausdrücklich keine Entscheidung gegen Sie - wir müssen nur auf den Kunden warten.",
    "Dat betekent niet dat we je hebben afgeschreven; we pakken het in januari weer op.",
    "To be clear, this isn't a no: the budget review simply pushed everything to Q1.",
    "Ce n'est pas un refus : le comité se réunit seulement en février.",
    "No es un no: seguimos en el proceso, solo que la directora vuelve el día 20.",
    "Je bent nog steeds in de race, we wachten alleen op het budget.",
)


@pytest.mark.parametrize("text", NOT_A_NO_SAID, ids=[t[:40] for t in NOT_A_NO_SAID])
def test_a_pause_that_says_it_is_no_no_keeps_the_rules_reading(text: str) -> None:
    """The reader's no gives way to the rules' pause where the writer says it is none."""
    assert says_not_a_no(text)
    reasons: list[str] = []
    intent, confidence = not_a_no(text, Intent.REJECTION, 0.59, "on_hold", reasons)
    assert intent is Intent.ON_HOLD
    assert confidence >= UNSURE_BELOW
    assert reasons


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # the rules' own no stands, whatever courtesy follows it
        ("We went with someone else. That doesn't mean we've ruled you out for later.",
         "rejection"),
        # the rules silent: the reader's no is asked about, as before
        ("This isn't a no, but honestly it is not looking good.", None),
        # no word that it is no no
        ("We have paused the search; no decision before spring.", "on_hold"),
        # "no longer" is no reassurance
        ("That is not no longer needed.", "on_hold"),
    ],
)
def test_the_readers_no_stands_without_both_words(text: str, rules: str | None) -> None:
    """Only the rules' open door and the writer's "not a no" together move the reading."""
    reasons: list[str] = []
    intent, confidence = not_a_no(text, Intent.REJECTION, 0.59, rules, reasons)
    assert intent is Intent.REJECTION
    assert confidence == 0.59


ASKED_OF_HER = (
    ("Before I take the file to the director, I'd need to know your notice period and any"
     " holidays you have booked."),
    "Ich müsste noch wissen, wie lange Ihre Kündigungsfrist ist.",
    "Avant le comité, j'aurais besoin de savoir quel est votre délai de préavis.",
    "Ik zou nog moeten weten wat je opzegtermijn is, dan kan ik verder.",
    ("We did get your application, but the attachment would not open. Could you please"
     " resend it as a PDF?"),
    "Votre CV est illisible chez nous ; merci de nous le renvoyer en PDF.",
    "El archivo llegó dañado: por favor, reenvíanos el CV en PDF.",
    ("Das Verfahren hat sich wegen der Umstrukturierung verzögert. Haben Sie weiterhin"
     " Interesse an der Stelle?"),
    ("Door de reorganisatie liep het traject vertraging op. Heb je nog steeds interesse in"
     " de functie?"),
)

NOTHING_ASKED = (
    # their own homework, their own move, or nothing to send
    "I need to know from the team first; I'll come back to you on Friday.",
    "No need to resend anything, we have it all.",
    "I'll resend the invite with the new link tonight.",
    "No hace falta que nos reenvíes nada, ya lo tenemos.",
    "Wir müssen noch wissen, was das Budget hergibt; ich melde mich.",
    ("Wir haben die Stelle bis März zurückgestellt. Ob Sie dann noch Interesse haben, frage"
     " ich im Februar nach."),
)

MEETING_SET = (
    "Confirmed: Thursday 12 November, 2pm, with Helen and Raj at the Leeds office.",
    "Bestätigt: Donnerstag, 12. November, 14 Uhr, mit Frau Kühn im Werk.",
    "C'est confirmé : jeudi 12 novembre à 14h avec Hélène, au 3e étage.",
    "Confirmado: jueves 12 de noviembre a las 14:00 con Elena en la oficina.",
    "Bevestigd: donderdag 12 november om 14.00 uur met Hanneke op kantoor.",
    "Onze teamleider wil graag dat je een dagje komt meelopen. Schikt donderdag?",
)


@pytest.mark.parametrize("text", ASKED_OF_HER, ids=[t[:40] for t in ASKED_OF_HER])
def test_what_they_need_from_her_is_a_request(text: str) -> None:
    """Something to tell them or send again, or "still interested?" after a delay."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REQUEST, found


@pytest.mark.parametrize("text", NOTHING_ASKED, ids=[t[:40] for t in NOTHING_ASKED])
def test_their_own_homework_asks_her_nothing(text: str) -> None:
    """"I need to know from the team", "no need to resend", "I'll resend": no request."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REQUEST, found


@pytest.mark.parametrize("text", MEETING_SET, ids=[t[:40] for t in MEETING_SET])
def test_a_meeting_confirmed_or_a_day_with_the_team_is_a_next_step(text: str) -> None:
    """"Confirmed: Thursday 2pm with Helen", "een dagje meelopen": she goes on."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP, found


@pytest.mark.parametrize(
    "text",
    [
        "Confirmed: we went with another candidate. Thanks for your time.",
        "I confirmed with the panel on Friday that we would decide next week.",
    ],
)
def test_a_confirmation_of_anything_else_is_no_meeting(text: str) -> None:
    """"Confirmed:" before a no, or a confirmation among themselves, sets no meeting."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.NEXT_STEP, found
