"""Short and indirect noes, and the near-misses beside them (probe-noes7).

Sentences written for these tests, never the probe's: the no is said without
"unfortunately" or "reject" (a panel's verdict on the fit, another chosen said sideways,
a one-liner from a phone, a dialect, a typo, an inclusive German form); the near-misses
name a no that is not hers (a slot called off, "keine Absage", no one going on yet).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.shorthand import expanded

NOES: tuple[str, ...] = (
    # the panel's verdict on the fit, the negation joined to its verb, or a typo
    "Hiring committee met this morning and felt you weren't quite the right fit for the team.",
    "Spoke with the VP - she thinks it wasnt a strong match for this one. Thanks for your time.",
    "Le comité a trouvé que votre expérience ne convenait pas au poste de chef de rayon.",
    "La directrice a estimé que votre parcours n'était pas suffisamment aligné avec le besoin.",
    "El comité valoró que su experiencia no resultaba la más adecuada para la plaza.",
    "Mirá, te cuento: no eras la candidata indicada para este rol. Gracias igual.",
    "Het team vond je net niet het juiste profiel voor deze functie.",
    "Uw dossier werd na de eerste selectieronde jammer genoeg niet weerhouden.",
    "Na de assessmentdag ben je helaas afgevallen.",
    "Nach dem Assessment Center sind Sie leider nicht mehr im Rennen.",
    "Mit der Stelle als Buchhalterin hat es diesmal nicht geklappt.",
    "Franchement, ça ne va pas le faire pour la mission chez notre client.",
    # another chosen, said sideways
    "Unsere Entscheidung fiel auf einen Bewerber mit mehr Branchenerfahrung.",
    "Die Wahl ist diesmal auf jemanden aus dem eigenen Haus gefallen.",
    "Wir haben uns für eine:n Bewerber:in mit SAP-Erfahrung entschieden.",
    "Mir händ üs für öpper anders entschiede, sorry.",
    "Le client a préféré avancer avec un profil plus junior.",
    "Au final, la direction a fait un autre choix.",
    "Al final optamos por otro perfil con más experiencia en logística.",
    "Ya contratamos a alguien para la vacante de Monterrey.",
    "De directie heeft besloten de andere kandidaat aan te stellen.",
    "Quick heads-up: we found someone else for the analyst role.",
    # not going on, said plainly
    "Hey Dana - not gonna move forward on our end. Best of luck out there.",
    "After the debrief we decided against progressing your candidacy.",
    "We're not going to take your candidacy any further, I'm afraid.",
    "Hoi Fleur, we laten het helaas hierbij. Succes verder!",
    # a pass, a no someone said, not what they need, no interview offered
    "Spoke to the client and it's a pass, I'm afraid.",
    "The panel said no. Thanks for your patience with us.",
    "Honestly you're not what the team needs at this stage.",
    "We are unable to invite you to an interview for the Lisbon role.",
    "Has quedado fuera de la selección para el puesto de cajera.",
    # someone else won, became it, was preferred; an internal solution; a hire made
    "Das Rennen machte am Ende eine Kollegin aus Graz.",
    "Es ist am Ende eine andere Bewerberin geworden.",
    "Het is uiteindelijk iemand anders geworden.",
    "Onze voorkeur ging na lang twijfelen uit naar een andere kandidaat.",
    "Die Geschäftsführung hat sich für eine interne Lösung entschieden.",
    "El equipo prefirió continuar con una persona de la casa.",
    "Good news for them, less so for us: we made a hire last week.",
    "Nous avons pourvu ce poste par une mobilité interne.",
    # an ATS's second paragraph: others whose profiles fit, another file, the other finalist
    ("Thanks for your interest in Harbor.\n\nWe have opted to proceed with candidates who"
     " more closely match the brief."),
    ("Danke für Ihre Bewerbung.\n\nWir haben beschlossen, andere Kandidatinnen und Kandidaten"
     " zum Interview einzuladen."),
    "Nach Prüfung haben wir uns zugunsten eines anderen Profils entschieden.",
    "De opdrachtgever heeft voor iemand anders gekozen.",
    "Le client est parti sur un autre profil, plus orienté finance.",
    # typed in a hurry, or in dialect
    "Sorry - we wont be taking you to the next round.",
    "We're not going fwd with your application, sorry.",
    "Honestly the panel choose somebody else.",
    "Mit der Stelle ist es leider nichts geworden.",
    "La boîte a pris qqn d'autre, désolé.",
    "Al final eligieron a otra, una pena.",
    "Ze hebben iemand anders gekozen, helaas.",
    "Het wordt helaas niets deze keer.",
)

NOT_NOES: tuple[tuple[Intent, str], ...] = (
    # no news either way: neither a yes nor a no
    (Intent.ACKNOWLEDGEMENT, ("Das ist keine Zusage, aber auch keine Absage - wir melden uns"
                              " bis Mittwoch.")),
    (Intent.ACKNOWLEDGEMENT, ("Noch gibt es keine Absage und keine Zusage; Sie hören bis"
                              " Freitag von uns.")),
    # no one goes on yet: a wait, not her round and not a no
    (Intent.ACKNOWLEDGEMENT, ("We won't be inviting anybody to a second interview until the"
                              " posting closes on the 20th.")),
    (Intent.ACKNOWLEDGEMENT, "We're not going to move ahead until the VP is back from leave."),
    # another chosen? no: she is the one, or the choice is still open
    (Intent.NEXT_STEP, ("Die Wahl ist noch nicht gefallen. Wir laden Sie gern zu einem"
                        " zweiten Gespräch ein.")),
    (Intent.ACKNOWLEDGEMENT, ("We hebben nog geen andere kandidaat aangesteld; je hoort"
                              " vrijdag van ons.")),
    # the one other candidate's no, then her invitation
    (Intent.NEXT_STEP, ("We gaan niet verder met de andere finalist, dus we nodigen jou graag"
                        " uit voor het eindgesprek.")),
    (Intent.NEXT_STEP, ("We're not moving forward with the other finalist, and we'd love to"
                        " invite you to meet the CEO.")),
    # others among whom she is
    (Intent.NEXT_STEP, ("We've decided to move forward with candidates who did well on the"
                        " case, including you: the final round is Tuesday at 10am.")),
    # another day chosen, not another person
    (Intent.REQUEST, ("Elegimos otro día para la entrevista final: el jueves a las 10."
                      " ¿Te va bien?")),
    # a no to a slot, not to her
    (Intent.REQUEST, "The HM said no to Friday - could you do Monday at 9 instead?"),
)


@pytest.mark.parametrize("text", NOES)
def test_a_short_or_indirect_no_is_a_no(text: str) -> None:
    """A no said without "unfortunately" or "reject" is still a no."""
    found = intent_of(text)
    assert found is not None, text
    assert found[0] is Intent.REJECTION, (found, text)


@pytest.mark.parametrize(("want", "text"), NOT_NOES)
def test_a_no_that_is_not_hers_is_not_a_no(want: Intent, text: str) -> None:
    """A called-off slot, "keine Absage", no one going on yet: her process goes on."""
    found = intent_of(text)
    assert found is not None, text
    assert found[0] is want, (found, text)


@pytest.mark.parametrize("text", [
    ("Das Gespräch am Freitag mussten wir leider absagen, weil die Teamleiterin krank ist."
     " Ginge es am Montag um 11 Uhr?"),
    "Wir müssen das Interview morgen leider absagen. Passt Ihnen Donnerstag um 9 Uhr?",
    # a date or a link that did not work out (stop 48: a sure no once)
    "Leider hat es mit dem Termin nicht geklappt, ich schlage Ihnen gleich neue Zeiten vor.",
    "Leider hat es gestern mit der Teams-Verbindung nicht geklappt; versuchen wir es morgen?",
])
def test_a_slot_called_off_is_no_no(text: str) -> None:
    """"Den Termin ... leider absagen": the meeting's no, never hers (a new time follows)."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION, (found, text)


def test_her_no_beside_the_meeting_stays_a_no() -> None:
    """"Das Gespräch war gut, aber wir müssen Ihnen leider absagen" is hers."""
    found = intent_of("Das Gespräch war sehr angenehm, aber wir müssen Ihnen leider absagen.")
    assert found is not None
    assert found[0] is Intent.REJECTION, found


@pytest.mark.parametrize(("text", "out"), [
    ("für eine:n andere:n Kandidat:in", "für eine andere Kandidatin"),
    ("die Bewerber*innen", "die Bewerberinnen"),
    ("ein:e Kolleg:in", "eine Kollegin"),
    ("It wasnt a fit and they werent sure", "It wasn't a fit and they weren't sure"),
    ("we wont be moving fwd", "we won't be moving forward"),
    ("on a pris qqn", "on a pris quelqu'un"),
    ("Fwd: your interview", "Fwd: your interview"),
])
def test_inclusive_forms_and_lost_apostrophes_are_written_out(text: str, out: str) -> None:
    """One gender said, the apostrophe put back: the phrase rules read the words."""
    assert expanded(text) == out


def test_an_address_keeps_its_star() -> None:
    """Never an address: "jane*n@" is no inclusive form."""
    assert expanded("write to jane*n@example.com") == "write to jane*n@example.com"


def test_no_decision_yet_leaves_this_week_to_the_interviews() -> None:
    """"Aún no hay decisión: esta semana ..." promises next week, not this one."""
    monday = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    text = ("Todavía no hay decisión: esta semana entrevistamos a tres personas más y te"
            " escribimos la semana que viene.")
    assert promised_date(text, monday, language="es") == date(2026, 11, 13)


@pytest.mark.parametrize("text", [
    "Na lang wikken is de keuze gevallen op iemand met meer ervaring in de zorg.",
    "In the end we landed on a different candidate whose background is in payments.",
    "Unfortunately your candidacy will not be progressed further at this time.",
    "Wir werden Ihre Bewerbung daher nicht weiterverfolgen.",
    "Tras revisar las entrevistas, su candidatura ha quedado descartada.",
    "Wij hebben geconcludeerd dat andere sollicitanten beter passen bij de functie.",
    "The panel felt other applicants more closely matched what the team needs.",
    "Andere Kandidatinnen entsprachen dem Profil leider eher.",
    "Otros candidatos encajaban mejor en el equipo.",
])
def test_the_choice_fell_elsewhere_or_went_no_further(text: str) -> None:
    """Fresh-set causes of stop 45, in other words: the choice, the fit, no further."""
    found = intent_of(text)
    assert found is not None, text
    assert found[0] is Intent.REJECTION, (found, text)


def test_the_choice_that_fell_on_her_is_no_no() -> None:
    """"De keuze is op jou gevallen": she is the one chosen."""
    found = intent_of("De keuze is op jou gevallen, gefeliciteerd!")
    assert found is None or found[0] is not Intent.REJECTION, found


@pytest.mark.parametrize(("want", "text"), [
    (Intent.ACKNOWLEDGEMENT, "De keuze is nog niet gevallen; je hoort vrijdag van ons."),
    (Intent.ACKNOWLEDGEMENT, "Sollten andere Bewerber besser passen, melden wir uns trotzdem."),
    (Intent.NEXT_STEP, ("Den anderen Kandidaten haben wir abgesagt, Sie sind also in der"
                        " Endrunde. Passt Ihnen Dienstag um 11 Uhr?")),
])
def test_near_misses_of_the_choice_keep_their_reading(want: Intent, text: str) -> None:
    """The choice not yet fallen, only a condition, or the other's no: not hers."""
    found = intent_of(text)
    assert found is not None, text
    assert found[0] is want, (found, text)
