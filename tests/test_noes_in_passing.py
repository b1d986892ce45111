"""Noes said in passing, a pause said as a decision, and their near-misses (probe-noes11).

``core.phrases_noes_in_passing``, the pause "for now" that the reader hears as a no
(``core.reading_corrections.rules_first``) and a no denied twice over ("not
unsuccessful": ``core.denied_noes``, ``core.intent_phrases.NOT_A_REJECTION``). Sentences
written for these tests in voices unlike the probe's.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.offer_lookalikes import model_words


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


CASES = [
    # a later opening that fits her better: this one did not
    (("We'll hang on to your résumé and get in touch should a role come along that better"
     " suits your background."), "rejection"),
    (("Wir melden uns gern wieder, wenn wir eine Position haben, die besser zu Ihrem Profil"
     " passt."), "rejection"),
    (("Ton CV reste dans notre vivier et nous te recontacterons dès qu'un poste correspondant"
     " mieux à ton expérience sera ouvert."), "rejection"),
    ("Guardamos tus datos por si aparece una oportunidad que se ajuste mejor a tu trayectoria.",
     "rejection"),
    ("Mocht er een functie vrijkomen die beter aansluit op jouw achtergrond, dan bellen we je.",
     "rejection"),
    # ... but an opening offered now is a step about it
    (("There is another vacancy that better matches your experience, and I'd like to invite you"
     " to interview for it on Monday at 9."), "next_step"),
    # ... nor one she is asked to choose now
    ("Can you tell me which position better suits you, the Lisbon one or the remote one?",
     "request"),
    # gone on with someone else, in the words people use
    (("Wir haben uns entschieden, mit einem anderen Bewerber weiterzumachen und sind mit ihm"
     " weitergegangen."), "rejection"),
    ("Uiteindelijk zijn we in zee gegaan met een andere kandidaat.", "rejection"),
    ("The department has since appointed an internal applicant to the post.", "rejection"),
    (("Im Gespräch mit dem Vorstand hat sich gezeigt, dass ein Bewerber mit SAP-Kenntnissen"
     " besser zur Stelle passt."), "rejection"),
    # ... but someone hired for something else is no no
    (("We've hired an external facilitator for the assessment centre, so your group exercise"
     " is on Friday at 9:30."), "next_step"),
    # the reason first
    (("Because of the volume of interest, we're unable to put your application forward to the"
     " client."), "rejection"),
    (("We cannot take your application forward until your right-to-work check is complete,"
     " so please upload your passport."), "request"),
    # not unsuccessful: a wait, never a no
    ("Your application was not unsuccessful - we are still waiting on the panel's scores.",
     "acknowledgement"),
    ("Just to reassure you, you're by no means unsuccessful; it's simply taking longer.",
     "acknowledgement"),
    # a decision not to fill the role for now is a pause; for good, a no
    ("Die Geschäftsleitung hat beschlossen, die Stelle vorläufig nicht neu zu besetzen.",
     "on_hold"),
    ("We hebben besloten om deze vacature voorlopig niet in te vullen.", "on_hold"),
    ("Management has decided not to fill this position for the time being.", "on_hold"),
    ("La empresa ha decidido no cubrir esta vacante de momento.", "on_hold"),
    ("Die Geschäftsleitung hat beschlossen, die Stelle nicht neu zu besetzen.", "rejection"),
    # a no about something else, then a call set for a day
    (("We aren't able to offer a signing bonus, but let's chat on Thursday at 4pm about the"
     " rest."), "next_step"),
    ("Malheureusement je ne suis pas dispo demain ; on fait le point mardi à 11h ?",
     "next_step"),
    ("Lo del coche de empresa no es posible, pero hablamos el lunes a las 12:00.", "next_step"),
    # a perk refused is no job refused; the job offered with perks is an offer
    (("Sadly we cannot offer you a relocation package for this post, but let us meet on"
      " Monday at 10:00 as planned."), "next_step"),
    ("We would love to offer you the job; we also offer remote Fridays.", "offer"),
    # an offer word used loosely, for a meeting
    ("Happy to offer you a video interview next Wednesday - does 3pm suit?", "next_step"),
    ("Ich kann Ihnen Montag, 14.12., um 9:30 Uhr für ein Kennenlernen anbieten.", "next_step"),
    # their kind word to her decision about their offer: hers, no no of theirs
    ("Really sorry to hear you're going with another company, but I understand.",
     "pleasantry"),
    ("Wie schade, dass Sie sich gegen unser Angebot entschieden haben. Alles Gute!",
     "pleasantry"),
    ("Bien noté que vous déclinez notre proposition, bonne continuation !", "pleasantry"),
    ("Qué pena que rechaces nuestra oferta, te deseo mucha suerte.", "pleasantry"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_noes_in_passing_and_their_near_misses(text: str, want: str) -> None:
    """Each sentence reads as the case says, by the phrase rules alone."""
    assert _reading(text) == want


def test_a_pause_for_now_is_no_sure_no_to_the_blend() -> None:
    """A decision not to fill the role for now stays a pause with the learned reader."""
    # the reader hears "beschlossen ... nicht besetzen" as a sure no; "vorerst" makes it a
    # pause, which waits for them and asks nothing
    read = classify_message(_mail(
        "Guten Tag Frau Lee,\n\nnach dem Budgetgespräch haben wir beschlossen, die Position"
        " vorerst nicht zu besetzen. Vielen Dank für Ihre Geduld.\n\nFreundliche Grüße\n"
        "Tobias Reuter"
    ), load_intent_reader())
    assert read.intent is Intent.ON_HOLD
    assert read.confidence >= 0.6


def test_her_other_offer_is_their_kind_word_to_the_blend() -> None:
    """Her decision for another offer, answered kindly, is no unsure no of theirs."""
    read = classify_message(_mail(
        "Hallo Jordan,\n\nschade, dass Sie sich für ein anderes Angebot entschieden haben."
        " Viel Erfolg beim Start!\n\nViele Grüße\nTobias"
    ), load_intent_reader())
    assert read.intent is Intent.PLEASANTRY
    assert read.confidence >= 0.6


def test_a_perk_offered_is_no_offer_word_to_the_reader() -> None:
    """The learned reader is given a perk's offer word as the job ad's ("posting")."""
    assert "offer" not in model_words("We also offer private health cover and a gym membership.")


def _mail(body: str) -> Message:
    return Message(
        message_id="pause@kessler-werke.example",
        date=datetime(2026, 12, 9, 11, 20, tzinfo=timezone(timedelta(hours=1))),
        sender=Address(name="Tobias Reuter", email="t.reuter@kessler-werke.example"),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        subject="AW: Ihre Bewerbung",
        headers={},
        body=body,
    )
