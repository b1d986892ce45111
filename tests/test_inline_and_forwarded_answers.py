"""Answers written inline, below the quote or in a forward (tester round u51il).

Each rule in the ways people write it, in five languages where it applies, and the
near-misses it spares.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.core.bracketed_answers import prefaced_answers
from silence_watch.core.classify import classify_message
from silence_watch.core.forwarded_promises import forwarded_text, logistics_forwarded
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.quotes import own_text

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 12, 1, 9, 12, tzinfo=CET)


def _mail(body: str, subject: str = "RE: Questions", sender: str = "megan@acme.example") -> Message:
    return Message(message_id="m@x", date=SENT, sender=Address("Megan Holt", sender),
                   to=(Address("Jordan Lee", "jordan@example.com"),), subject=subject,
                   body=body)  # fmt: skip


def _outlook(top: str, labels: tuple[str, str, str, str], quoted: str) -> str:
    frm, sent, to, subject = labels
    return (
        f"{top}\n\n{frm} Jordan Lee <jordan@example.com>\n{sent} 30.11.2026 16:07\n"
        f"{to} Megan Holt <megan@acme.example>\n{subject} Questions\n\n{quoted}"
    )


# --- answers prefaced with the writer's name inside the quoted mail -----------------------

EN = _outlook(
    "Hi Jordan,\n\nGreat questions - my answers are below in blue.\n\nMegan",
    ("From:", "Sent:", "To:", "Subject:"),
    "1. When do you expect to decide?\n[Megan Holt] You'll have our decision by Friday, "
    "December 11.\n2. Is it remote?\n[Megan Holt] Hybrid.\n\nThanks,\nJordan",
)
DE = _outlook(
    "Hallo Jordan,\n\nbitte siehe meine Antworten unten.\n\nAnna",
    ("Von:", "Gesendet:", "An:", "Betreff:"),
    "1. Wann entscheiden Sie?\n[AW] Wir melden uns bis Freitag, 11. Dezember.\n\nGruß\nJordan",
)
FR = _outlook(
    "Bonjour Jordan,\n\nvoir mes réponses ci-dessous.\n\nClaire",
    ("De :", "Envoyé :", "À :", "Objet :"),
    "1. Quand décidez-vous ?\n[Claire Besson] Nous reviendrons vers vous d'ici le vendredi "
    "11 décembre.\n\nCordialement,\nJordan",
)
ES = _outlook(
    "Hola Jordan:\n\nte contesto abajo, en azul.\n\nÁlvaro",
    ("De:", "Enviado el:", "Para:", "Asunto:"),
    "1. ¿Cuándo decidís?\n[Álvaro Pineda] Te decimos algo como muy tarde el viernes 11 de "
    "diciembre.\n\nUn saludo,\nJordan",
)
NL = _outlook(
    "Hoi Jordan,\n\nzie mijn antwoorden hieronder.\n\nSanne",
    ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "1. Wanneer beslissen jullie?\n[Sanne de Wit] Ik laat het je uiterlijk vrijdag 11 december "
    "weten.\n\nGroet,\nJordan",
)


@pytest.mark.parametrize("body", [EN, DE, FR, ES, NL], ids=["en", "de", "fr", "es", "nl"])
def test_prefaced_answers_in_the_quote_are_the_writers_own(body: str) -> None:
    """Outlook's "[Name] ..." lines under "From: / Sent:" in five languages: her promise."""
    found = classify_message(_mail(body))
    assert found.promised_by == date(2026, 12, 11)
    assert found.intent is Intent.ACKNOWLEDGEMENT


def test_the_answers_are_read_without_their_names() -> None:
    """Her lines, without "[Megan Holt]"; the candidate's questions are left out."""
    own = own_text(EN)
    assert "You'll have our decision by Friday, December 11." in own
    assert "[Megan Holt]" not in own
    assert "When do you expect" not in own


@pytest.mark.parametrize(
    ("above", "quoted"),
    [
        # an image, a gateway's tag, a footnote: no person's name
        (["See below."], ["[cid:image001.png@01DB4C2A]", "Thanks"]),
        (["See below."], ["[External] Re: your application"]),
        (["See below."], ["[1] https://careers.example/jobs/42"]),
        # one bracketed word, and nothing above points down at it: a job ad's tag
        (["Thanks for your note."], ["[Remote] Senior Data Engineer - apply by Friday"]),
    ],
)
def test_brackets_that_name_no_writer_are_not_answers(above: list[str], quoted: list[str]) -> None:
    """Near-misses: a client's placeholders and tags stay part of the quote."""
    assert prefaced_answers(above, quoted) == []


def test_a_name_repeated_needs_no_pointer() -> None:
    """Two lines prefaced with one name are answers, even under a bare "Hi Jordan"."""
    quoted = ["1. Remote?", "[MH] Hybrid.", "2. References?", "[MH] Not yet."]
    assert prefaced_answers(["Hi Jordan"], quoted) == ["Hybrid.", "Not yet."]


# --- an attribution Gmail wrapped inside the address, answers between the quotes ----------


@pytest.mark.parametrize(
    "attribution",
    [
        "Am Mo., 30. Nov. 2026 um 18:14 Uhr schrieb Lukas Brenner <\nlukas@example.org>:",
        "Op ma 30 nov 2026 om 18:14 schreef Lukas Brenner <\nlukas@example.org>:",
        "Am 30.11.2026 um 18:14 schrieb Lukas Brenner <\nlukas@example.org>:",
    ],
)
def test_answers_between_quotes_under_a_wrapped_attribution(attribution: str) -> None:
    """German and Dutch Gmail wrap "... schrieb Name <" / "address>:": her lines still count."""
    body = (
        f"Hallo,\n\nmeine Antworten direkt in Ihrer Mail.\n\nPetra\n\n{attribution}\n\n"
        "> 1. Gibt es einen Zeitplan?\n>\n\nSie hören spätestens am Freitag, 11. Dezember von "
        "mir.\n\n> 2. Start zum 1. Februar?\n\nDas sollte passen.\n"
    )
    own = own_text(body)
    assert "spätestens am Freitag, 11. Dezember" in own
    assert "lukas@example.org" not in own


# --- Outlook's forward: no separator line, only the header block --------------------------

HOLGER = "Hallo Sabine,\n\nwir geben bis Freitag, 11. Dezember Bescheid.\n\nHolger"


@pytest.mark.parametrize(
    ("subject", "labels"),
    [
        ("WG: Rückmeldung", ("Von:", "Gesendet:", "An:", "Betreff:")),
        ("FW: Feedback", ("From:", "Sent:", "To:", "Subject:")),
        ("TR: Retour", ("De :", "Envoyé :", "À :", "Objet :")),
        ("RV: Respuesta", ("De:", "Enviado el:", "Para:", "Asunto:")),
        ("Doorst: Terugkoppeling", ("Van:", "Verzonden:", "Aan:", "Onderwerp:")),
    ],
)
def test_an_outlook_forward_without_a_separator_is_a_forward(
    subject: str, labels: tuple[str, str, str, str]
) -> None:
    """Under a forward's subject, the first header block heads the forwarded words."""
    body = _outlook("Hallo Jordan,\n\nzur Info, siehe unten.\n\nSabine", labels, HOLGER)
    assert forwarded_text(_mail(body, subject)) == HOLGER


def test_an_outlook_forward_passes_its_promise_on_without_a_question() -> None:
    """Sabine's "zur Info, siehe unten" above Holger's day: read as hers, not asked about."""
    body = _outlook("Hallo Jordan,\n\nzur Info, siehe unten.\n\nSabine",
                    ("Von:", "Gesendet:", "An:", "Betreff:"), HOLGER)  # fmt: skip
    found = classify_message(_mail(body, "WG: Rückmeldung"))
    assert found.promised_by == date(2026, 12, 11)
    assert found.intent is Intent.ACKNOWLEDGEMENT


def test_a_reply_with_outlooks_header_block_is_no_forward() -> None:
    """Near-miss: "RE:" above the same block quotes the mail it answers."""
    body = _outlook("Hallo Jordan,\n\nsiehe unten.\n\nSabine",
                    ("Von:", "Gesendet:", "An:", "Betreff:"), HOLGER)  # fmt: skip
    assert forwarded_text(_mail(body, "AW: Rückmeldung")) is None


# --- a note pointing at a forwarded note about expenses -----------------------------------


@pytest.mark.parametrize(
    ("note", "forwarded"),
    [
        ("FYI, see below from our travel desk. Just send your receipts to Devon.",
         "Hi Tasha,\n\nwe need itemized receipts by December 18; reimbursement within 30 days."),
        ("Zur Info, siehe unten von der Buchhaltung.",
         "Hallo Sabine,\n\nbitte die Belege für die Reisekostenabrechnung bis 18.12. senden."),
        ("Pour info, voir ci-dessous.",
         "Bonjour Claire,\n\nle candidat doit envoyer sa note de frais avant le 18 décembre."),
        ("Te reenvío lo de abajo, ver abajo.",
         "Hola Marta:\n\npara el reembolso necesitamos los tickets antes del 18 de diciembre."),
        ("Ter info, zie hieronder.",
         "Hoi Sanne,\n\nkan Noor haar onkostendeclaratie voor 18 december indienen?"),
    ],
)
def test_a_forwarded_expense_note_is_no_news(note: str, forwarded: str) -> None:
    """The note and what it forwards read together: logistics, other surely."""
    body = f"{note}\n\n---------- Forwarded message ----------\n{forwarded}"
    message = _mail(body, "Fwd: travel")
    intent, confidence = logistics_forwarded(message, note, Intent.OTHER, 0.3, [])
    assert intent is Intent.OTHER
    assert confidence == 1.0


def test_a_note_with_a_decision_keeps_its_reading() -> None:
    """Near-miss: "we'll decide by Friday; see below from travel" is the note's promise."""
    note = "We'll have a decision by Friday. See below from travel re: your expenses."
    body = f"{note}\n\n---------- Forwarded message ----------\nReimbursement in 30 days."
    message = _mail(body, "Fwd: travel")
    found = logistics_forwarded(message, note, Intent.ACKNOWLEDGEMENT, 0.5, [])
    assert found == (Intent.ACKNOWLEDGEMENT, 0.5)


# --- a colleague's "+1" above the quoted promise ------------------------------------------


@pytest.mark.parametrize("text", ["+1", "+1!", "+1, thanks!", "+1.\n\nSent from my iPhone"])
def test_a_plus_one_is_a_courtesy(text: str) -> None:
    """Seconding the mail it quotes: no news, the waiting goes on."""
    assert classify_message(_mail(text)).intent is Intent.PLEASANTRY


@pytest.mark.parametrize(
    "text",
    ["Call me on +1 617 555 0142.", "+1 (617) 555-0142", "+1-617-555-0142", "(+1) 617-555-0142"],
)
def test_a_phone_number_is_no_plus_one(text: str) -> None:
    """Near-miss: a North American number in a line is no courtesy."""
    assert classify_message(_mail(text)).intent is not Intent.PLEASANTRY


# --- a decision taken by a day, the verb's ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We hakken uiterlijk woensdag 9 december de knoop door.",
        "Uiterlijk woensdag 9 december hakken we de knoop door.",
        "De knoop wordt uiterlijk woensdag 9 december doorgehakt.",
        "We beslissen uiterlijk woensdag 9 december.",
        "Le comité tranche d'ici le mercredi 9 décembre.",
        "Nous trancherons d'ici le mercredi 9 décembre.",
    ],
)
def test_a_decision_verb_with_its_day_is_a_promise(text: str) -> None:
    """Dutch "de knoop doorhakken", "beslissen", French "trancher": the day is the promise."""
    assert classify_message(_mail(text)).promised_by == date(2026, 12, 9)


def test_a_salary_band_is_no_decision() -> None:
    """Near-miss: "la tranche salariale ... jusqu'au 9 décembre" promises nothing."""
    text = "Voici la tranche salariale du poste, valable jusqu'au 9 décembre."
    assert classify_message(_mail(text)).promised_by is None
