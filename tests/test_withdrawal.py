"""The candidate's own words that withdraw an application, and the ones that only sound so."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import silence_watch.core.withdrawal as withdrawal_module
from silence_watch.core.withdrawal import withdrawal
from silence_watch.evaluation import corpus_part

WITHDRAWALS = [
    ("After a lot of thought I've decided to withdraw my application for the Content"
    " Operations role."),
    ("I wanted to let you know that I have accepted another offer, so please remove me from"
    " consideration."),
    "I'd like to withdraw from the process.",
    "I would like to withdraw my candidacy at this time.",
    "I've accepted a position elsewhere.",
    "I'm no longer interested in the role.",
    "Ich habe mich entschieden, meine Bewerbung zurückzuziehen.",
    "hiermit ziehe ich meine Bewerbung für die Stelle als Qualitätsingenieur zurück.",
    "Ich habe inzwischen ein anderes Angebot angenommen.",
    "Je souhaite retirer ma candidature.",
    "j'ai accepté une autre offre, je me retire donc du processus.",
    "He aceptado otra oferta y quisiera retirar mi candidatura.",
    "Ik wil mijn sollicitatie intrekken.",
    "Ik heb inmiddels een andere baan aangenomen.",
    "Meine Bewerbung als Aktuar ziehe ich daher zurück.",
    "Ich habe dort bereits zugesagt und bedanke mich für Ihre Zeit.",
    # tester round t47cs: said without "withdraw", and a negation in a purpose clause
    ("My current employer came back with a counter-offer and I've accepted it and I'm"
     " staying where I am. So please take my name out of consideration for the role."),
    "I have accepted a counter-offer from my current employer.",
    ("So that I don't take up more of the platform team's time, I'd like to withdraw my"
     " application for the Data Engineer (Platform) position."),
    # tester round t61rv: a filler word, and an offer accepted after its name
    "Je me retire donc du processus, avec tous mes remerciements.",
    "J'ai reçu une autre proposition, que j'ai acceptée vendredi dernier.",
]

#: This employer's offer declined by the candidate: the process is over for her too.
DECLINES = [
    ("Thank you so much for the offer, and for how smooth and kind the whole\nprocess was."
     " After a lot of thought I've decided not to accept it: the on-call\nexpectations"
     " aren't a fit for where I am right now."),
    "After careful consideration, I must respectfully decline your offer.",
    "I'm sorry to say I won't be accepting the offer - the relocation is too much for us.",
    "Thanks again for the offer. I've decided to turn down this opportunity.",
    "Unfortunately I'm not able to accept the position.",
    "Ich habe mich entschieden, das Angebot nicht anzunehmen.",
    "Ihr Angebot muss ich leider ablehnen.",
    "Nach reiflicher Überlegung lehne ich Ihr freundliches Angebot ab.",
    "Après réflexion, je dois décliner votre offre.",
    "J'ai décidé de ne pas accepter votre proposition d'embauche.",
    "Después de pensarlo mucho, he decidido no aceptar la oferta.",
    "Lamentablemente debo rechazar su oferta.",
    "Na lang nadenken heb ik besloten het aanbod niet aan te nemen.",
    "Helaas moet ik uw aanbod afwijzen.",
    "Bedankt voor het aanbod. Ik heb besloten het niet aan te nemen.",
]

#: Sounds like declining, but is not this employer's offer turned down.
NOT_DECLINES = [
    "I'd decline to comment on the salary at my current employer.",
    "I've decided to accept the offer - when can I start?",
    ("I got another offer last week but decided not to accept it, because I'd love to join"
     " your team."),
    "I declined the other offer because your team is my first choice.",
    "I turned down the offer from Acme so I can focus on this process.",
    "I can't accept the offer yet, I'm waiting on one more conversation.",
    "I can't accept the offer at that salary; could we talk about $170k?",
    "If I can't get more flexibility, I may have to decline your offer.",
    "Should I decline the offer if the start date can't move?",
    "Ich kann Ihr Angebot unmöglich ablehnen - ich freue mich sehr!",
    "Ich habe ein anderes Angebot abgelehnt, weil ich gerne zu Ihnen möchte.",
    "Je dois refuser votre proposition de rendez-vous mardi, pourrions-nous faire jeudi ?",
    "He rechazado otra oferta para seguir con ustedes.",
    "Ik heb een ander aanbod afgewezen omdat ik graag bij jullie wil werken.",
    "I'm still weighing it up and will accept or decline the offer by Friday.",
    "Ich werde das Angebot bis Freitag annehmen oder ablehnen.",
    "Ik wil het aanbod nog even rustig accepteren of afwijzen, vrijdag hoort u het.",
]

NOT_WITHDRAWALS = [
    "Une autre candidate m'a parlé d'une proposition que j'ai trouvée intéressante.",
    "I have received another offer and need to respond by Friday; is there any update?",
    "If I don't hear back soon I may have to accept another offer.",
    "I don't want to withdraw my application, I'm still very interested.",
    "I'm delighted to accept your offer!",
    "Before I accept another offer, I wanted to check where things stand.",
    "Should I withdraw my application from the other req?",
    "I'm no longer available on Thursday, could we do Friday?",
    "Ich nehme Ihr Angebot sehr gerne an.",
    "J'accepte votre offre avec plaisir.",
    "Acepto la oferta encantado.",
    "Ik accepteer het aanbod graag.",
    "I'd hate to withdraw my application, but the commute is long.",
    "I have another offer on the table, but you are my first choice.",
    "Could you let me know whether I should withdraw my application?",
    "Meine Bewerbung ziehe ich hiermit natürlich nicht zurück.",
    # tester round t47cs
    "Please don't take my name out of consideration just yet.",
    "If they make a counter-offer, I may have to withdraw my application.",
    "So that I don't waste your time, I won't withdraw yet.",
    "Could you remove my name from the mailing list",
    "I'm not staying where I am, I want to move.",
]


@pytest.mark.parametrize("text", WITHDRAWALS + DECLINES)
def test_a_withdrawal_is_read(text: str) -> None:
    """Each way of saying it (their offer declined too), in the five languages, is one."""
    assert withdrawal(text) is not None


@pytest.mark.parametrize("text", NOT_WITHDRAWALS + NOT_DECLINES)
def test_a_near_miss_is_not(text: str) -> None:
    """Another offer named or turned down, a condition, a denial, a question: no withdrawal."""
    assert withdrawal(text) is None


OWN_WORDS = Path(__file__).parent / "corpus" / "own_words" / "withdrawals.csv"
#: Measured on the test part when the phrases were final (docs/classification.md): no
#: near-miss read as a withdrawal (1.000), 23 of 24 withdrawals found (0.958).
PRECISION_FLOOR = 1.0
RECALL_FLOOR = 0.95


def test_measured_on_the_test_part() -> None:
    """Outside writers' withdrawals and near-misses, never tuned on: the measured floors hold."""
    with OWN_WORDS.open(newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["part"] == "test"]
    said = [(withdrawal(row["text"]) is not None, row["withdraws"] == "yes") for row in rows]
    found = sum(got and wanted for got, wanted in said)
    assert len(rows) >= 40
    assert found / sum(got for got, _ in said) >= PRECISION_FLOOR
    assert found / sum(wanted for _, wanted in said) >= RECALL_FLOOR


def test_the_split_follows_the_fixed_rule() -> None:
    """Each row's part is the corpus rule applied to its id; nobody moved one."""
    with OWN_WORDS.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert all(row["part"] == corpus_part(row["id"]) for row in rows)


def test_the_anchor_shortcut_never_changes_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping a pattern whose words are missing reads every corpus row the same."""
    with OWN_WORDS.open(newline="", encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    texts += WITHDRAWALS + DECLINES + NOT_WITHDRAWALS + NOT_DECLINES
    shortcut = [withdrawal(text) for text in texts]
    monkeypatch.setattr(withdrawal_module, "_anchors_of", lambda _pattern: None)
    assert [withdrawal(text) for text in texts] == shortcut
    assert any(found is not None for found in shortcut)
