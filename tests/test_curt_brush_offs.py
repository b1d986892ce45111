"""Curt brush-offs the rules did not read, and their warm near-misses (round probe-cold3).

A curt no or a conditional "we'll call you if it fits" the rules read as nothing was left
to the reader, which called it warm or unsure: the candidate then got a closing note
asking for feedback nobody would give, or a nudge after a door was closed. Every sentence
is written for the test, in words unlike the probe's.
"""

from __future__ import annotations

import pytest

from silence_watch.core.brushoffs import not_a_brush_off
from silence_watch.core.intent_blend import RuleVerdict
from silence_watch.core.intents import intent_of, is_cold
from silence_watch.core.model import Intent
from silence_watch.core.signature_blocks import without_signature_block

STOP_WRITING = (
    "Your application was not successful. Kindly refrain from further enquiries.",
    "We have decided against your application; no further correspondence will be entered into.",
    "Die Stelle ist vergeben. Wir bitten Sie, von weiteren Anfragen abzusehen.",
    "Absage. Bitte seht von weiteren E-Mails ab.",
    "Nous ne retenons pas votre profil ; merci de ne plus nous solliciter.",
    "Le rogamos que no vuelva a escribirnos sobre esta oferta.",
    "Gelieve ons niet meer te contacteren over deze functie.",
    # a word between (stop 44)
    "U komt niet in aanmerking. We verzoeken u ons daarover niet meer te mailen.",
)
CURT_NOES = (
    "Helaas, afgewezen.",
    "Kandidatuur niet weerhouden.",
    "Je dossier werd helaas niet weerhouden.",
    "Candidatura descartada.",
    "Pas de suite pour le moment.",
    "Lo siento, ya no hay plaza.",
    "Functie al ingevuld.",
    "We have moved forward with another applicant.",
    "Wir verzichten daher auf eine weitere Berücksichtigung.",
    "Bonsoir,\nPoste pourvu, merci.",
    # fresh set of the round, fixed after it (stop 44)
    "Je sollicitatie komt helaas niet in aanmerking.",
    "Non merci, nous avons déjà trouvé.",
    "Ya hemos cubierto la vacante.",
)
NOT_A_NO = (
    # a mailbox that is not read, a person not to be written to directly, a bug dismissed
    "Please do not reply to this email; the recruiter will call you on Monday.",
    "Please refrain from contacting the hiring manager directly - Sam will schedule the call.",
    "Descartado el problema con el enlace, ya puedes subir la prueba.",
    "Bitte sehen Sie von weiteren Unterlagen ab, wir haben alles.",
)
ONLY_IF_IT_FITS = (
    "CV logged. Should a matching vacancy come up, a consultant will call you.",
    "Only successful applicants will be notified.",
    "Danke. Bei geeigneter Position kommen wir gern auf Sie zurück.",
    "Nur Kandidaten in der engeren Auswahl erhalten eine Rückmeldung.",
    "Bien noté. Le cas échéant, un consultant vous appellera.",
    "Gracias. Si tu perfil encaja, te llamamos.",
    "Solo contactaremos a los candidatos preseleccionados.",
    "Dank je. Alleen geselecteerde kandidaten krijgen bericht.",
    "Genoteerd; zodra er een passende opdracht vrijkomt bellen we je.",
    # fresh set of the round, fixed after it (stop 44)
    "Received. Candidates shortlisted for interview will be notified.",
    "Recibido. En caso de ser preseleccionada, te contactaremos.",
    # silence that means no (stop 44)
    "Merci. Sans réponse de notre part d'ici trois semaines, votre candidature n'est pas retenue.",
    "Received - if you haven't heard back from us by 15 January, we won't be progressing.",
    "Danke. Falls Sie bis Monatsende nichts von uns hören, ist die Stelle anderweitig besetzt.",
    # "only" last, and "hear back" with no "from us" (stop 47)
    "CV received; we'll get back to successful applicants only.",
    "Thanks. If you don't hear back within a fortnight, please take it as a no.",
)
WARM_NOES = (
    "Not this time, I'm afraid - you were fantastic in the panel though.",
    "Leider eine Absage, aber wir würden gern in Kontakt bleiben.",
    "Ce ne sera pas pour cette fois ; ce fut un plaisir de te rencontrer.",
    "Esta vez no, pero quiero seguir en contacto contigo.",
    "Het is helaas een nee, maar ik hou graag contact met je.",
    "We went with someone else. Thank you for the time you put in, Ana.",
)


@pytest.mark.parametrize("text", STOP_WRITING)
def test_a_request_to_stop_writing_is_a_cold_no(text: str) -> None:
    """"Do not contact us again", in five languages: the door is closed."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION, found
    assert is_cold(text, Intent.REJECTION)


@pytest.mark.parametrize("text", CURT_NOES)
def test_a_no_in_a_word_or_two_is_a_cold_no(text: str) -> None:
    """"Afgewezen.", "Descartada.", "Pas de suite.", a line under the greeting."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.REJECTION, found
    assert is_cold(text, Intent.REJECTION)


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_mailbox_a_person_or_a_bug_is_no_no(text: str) -> None:
    """"Do not reply to this email", "don't contact the manager", "Descartado el problema"."""
    found = intent_of(text)
    assert found is None or found[0] is not Intent.REJECTION, found


@pytest.mark.parametrize("text", ONLY_IF_IT_FITS)
def test_contact_only_if_it_fits_is_a_cold_acknowledgement(text: str) -> None:
    """A promise made only to those chosen, or if something fits: a brush-off."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT, found
    assert is_cold(text, Intent.ACKNOWLEDGEMENT)


@pytest.mark.parametrize("text", WARM_NOES)
def test_a_short_no_with_praise_or_a_wish_to_keep_in_touch_is_warm(text: str) -> None:
    """Praise of her, a wish to stay in touch, thanks for her time: no brush-off."""
    assert not is_cold(text, Intent.REJECTION)


def test_a_curt_no_over_a_long_signature_is_still_curt() -> None:
    """The team, company, address and legal lines under it are no courtesy."""
    text = (
        "Hello,\n\nThank you for applying. We will not be taking your application forward."
        "\n\nResourcing Team\nHarbourline Freight plc\n22 Dock Road, Felixstowe IP11 3XX\n"
        "Registered in England No. 01234567\nThis message is confidential and intended only "
        "for the named recipient. If you received it in error, please delete it."
    )
    assert is_cold(text, Intent.REJECTION)
    assert without_signature_block(text).endswith("application forward.")


def test_a_short_last_paragraph_that_is_a_sentence_is_kept() -> None:
    """"Not a fit, sorry!" on its own paragraph is what they wrote, not a signature."""
    text = "Hi Jordan,\n\nThanks for the portfolio.\n\nHonest answer: not a fit, sorry!"
    assert without_signature_block(text) == text


def test_will_update_a_day_with_no_one_named_is_a_promise() -> None:
    """"Debrief Tuesday, will update Thursday.": a promise to answer, with its day."""
    found = intent_of("Debrief Tuesday, will update Thursday.")
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT, found
    assert intent_of("Please update Friday's slot in the calendar.") != found


def test_praise_keeps_a_short_no_warm_whatever_the_cold_head_says() -> None:
    """The reader's cold head may call a short no curt; praise of her overrules it."""
    verdict = RuleVerdict("rejection", "they went another way", cold=False)
    reasons: list[str] = []
    text = "Wir haben uns anders entschieden, Ihr Portfolio hat uns aber wirklich gefallen."
    assert not_a_brush_off(verdict, text, reasons, dated=False, intent=Intent.REJECTION)
    assert reasons == ["not cold: a no in personal, warm words"]


def test_on_vous_tient_au_courant_is_a_promise() -> None:
    """"On" for "nous": "on te recontacte", "on vous tient au courant" promise news."""
    for text in ("Top, merci ! On te recontacte en début de semaine.",
                 "C'est noté, on vous tient au courant."):
        found = intent_of(text)
        assert found is not None
        assert found[0] is Intent.ACKNOWLEDGEMENT, (text, found)
