"""Her own word that she signed the job's contract is an acceptance (tester round u27bg)."""

from __future__ import annotations

import pytest

from silence_watch.core.acceptance import accepted_offer

SIGNED = [
    # the pronoun stands for the contract her words named before it
    (
        "Ich habe den Arbeitsvertrag am Wochenende in Ruhe gelesen und ihn soeben über"
        " DocuSign unterschrieben."
    ),
    (
        "Merci pour ces précisions. Je viens de signer le contrat sur Yousign : je suis ravie"
        " de rejoindre l'Atelier le 4 janvier !"
    ),
    "Thanks for sending the contract over. I've just signed it.",
    "Acabo de firmar el contrato, ¡muchas gracias!",
    "Ik heb het contract zojuist getekend.",
    "Bedankt voor het contract! Ik heb het zojuist via DocuSign getekend.",
    "I signed the offer letter via Adobe Sign this morning.",
    "Just signed the contract - see you on the 4th!",
    "Den Vertrag habe ich gestern unterschrieben.",
    "Der Arbeitsvertrag ist unterschrieben.",
    "J'ai signé le contrat hier soir.",
    "Merci pour le contrat, je l'ai signé ce matin.",
    "Gracias por el contrato. Ya lo he firmado.",
    "El contrato ya está firmado.",
    "Het contract is getekend.",
    "Thanks for the contract. I've signed via DocuSign.",
    "Ich habe den Vertrag erhalten und soeben über DocuSign unterschrieben.",
    "Ich habe den Vertrag geprüft und ihn unterschrieben zurückgeschickt.",
]
NOT_SIGNED = [
    "I'll sign it tomorrow.",
    "I haven't signed yet.",
    "I've signed the NDA.",
    "Thanks for the contract. I also signed the NDA and sent it back.",
    "I signed for a parcel for you.",
    "Thanks for the contract, I'll sign it tomorrow.",
    "Thanks for the contract. I signed up for the webinar too.",
    "Thank you for the contract. I've signed the consent form.",
    "I signed the contract for my new flat yesterday.",
    "Once I've signed the contract I'll send it over.",
    "Have I signed the contract correctly?",
    "I've signed a contract with another company.",  # a withdrawal, not their offer
    "I got an offer from another company and I've signed it.",
    "I've signed it.",  # nothing named that it could be
    "Ich habe den Vertrag noch nicht unterschrieben.",
    "Ich habe den Vertrag gelesen und die Geheimhaltungsvereinbarung unterschrieben.",
    "Ich habe den Vertrag erhalten und werde ihn am Montag unterschrieben zurückschicken.",
    "Ich habe den Mietvertrag unterschrieben.",
    "Ich habe Frau Roth gebeten, mir den Vertrag unterschrieben zurückzuschicken.",
    "Je n'ai pas encore signé le contrat.",
    "Je vais signer le contrat demain.",
    "J'ai signé l'accord de confidentialité.",
    "Merci pour le contrat ! C'est signe que tout va bien.",
    "Todavía no he firmado el contrato.",
    "Gracias por el contrato. En cuanto lo firme te aviso.",
    "He firmado el acuerdo de confidencialidad.",
    "Ik heb het contract nog niet getekend.",
    "Bedankt voor het contract. Ik heb het formulier getekend.",
    "Ik ga het contract morgen tekenen.",
]


@pytest.mark.parametrize("text", SIGNED)
def test_the_contract_signed_is_an_acceptance(text: str) -> None:
    """Named, or a pronoun for it, or "via DocuSign" after naming it: in five languages."""
    assert accepted_offer(text) is not None


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_a_plan_a_denial_or_another_paper_signs_nothing(text: str) -> None:
    """"I'll sign it tomorrow", the NDA, a parcel, the lease, another employer's contract."""
    assert accepted_offer(text) is None
