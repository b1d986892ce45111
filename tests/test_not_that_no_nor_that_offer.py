"""Words that look like a no or an offer and are not (tester round u55sw), and real ones.

``core.denied_noes`` (a no the writer denies: "nicht abgelehnt"), ``core.not_yet`` (good news
not given yet: "todavía no podemos hacerte una oferta"), ``core.other_opening_noes``
(an offer to someone else for another opening), ``core.offers_in_making`` (the papers of an
offer still being written or approved: a promise, not an offer) and ``core.closures.pause_end``
(a pause with a later promise inside it waits for the promise). Sentences written for these
tests, in voices unlike the scenarios' (a shipyard, a Graz clinic, a Lille museum, a
Rosario cooperative, an Antwerp port agency), each with the near-misses that keep their
reading.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.closures import pause_end
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Direction, Intent, MessageKind, TimelineEntry
from test_brushoffs import reply  # a person's short reply to the candidate


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


DENIED_NOES = [
    # the writer's "not" in front of the verb of rejecting: no no
    ("Ihre Kandidatur ist keineswegs abgelehnt, sie liegt nur bis Februar auf Eis.", "on_hold"),
    (("Tu postulación no fue descartada: el comité se reúne el 14 de enero y te escribo"
      " después."), "acknowledgement"),
    (("Su candidatura no ha sido rechazada; seguimos entrevistando y le contestaremos antes"
      " del 18 de diciembre."), "acknowledgement"),
    ("Deine Bewerbung wurde nicht zurückgewiesen, wir melden uns bis 11. Dezember.",
     "acknowledgement"),
    # a negation that is the no itself, or a no with no denial: still a no
    ("Ihre Bewerbung wurde leider abgelehnt.", "rejection"),
    ("Su candidatura ha sido descartada para este proceso.", "rejection"),
    ("Ihre Bewerbung wurde leider nicht berücksichtigt.", "rejection"),
]

OTHER_OPENINGS = [
    # an offer to someone else, placed in another opening by the writer: no no of hers
    (("Heads up: we've extended an offer to another candidate - that was for the welding"
      " inspector req on a different team. Yours is still open and I'll update you by"
      " December 11."), "acknowledgement"),
    (("Hemos hecho una oferta a otra persona, pero era para otra vacante. Lo tuyo sigue en"
      " marcha y te escribo antes del viernes 11."), "acknowledgement"),
    (("We hebben een aanbod gedaan aan een andere kandidaat; dat was voor een andere"
      " functie. Voor jouw rol hoor je uiterlijk 11 december van mij."), "acknowledgement"),
    # ... or named in its sentence, with hers set against it and still going
    (("We've extended an offer to someone else for the night-shift supervisor opening. For"
      " your position, the panel is still meeting and I will update you by December 11."),
     "acknowledgement"),
    (("Hemos hecho una oferta a otra candidata para el puesto de almacén. Para tu puesto"
      " todavía estamos entrevistando y te digo algo antes del viernes 11."), "acknowledgement"),
    (("Nous avons fait une proposition à un autre candidat pour le poste de magasinier. Pour"
      " votre poste, les entretiens sont encore en cours et je reviens vers vous d'ici le 11"
      " décembre."), "acknowledgement"),
    (("We hebben een aanbod gedaan aan een andere kandidaat voor de functie van planner. Voor"
      " jouw functie loopt de procedure nog; ik laat je uiterlijk 11 december iets weten."),
     "acknowledgement"),
    # the same offer with no word of another opening, or kept for another role: a no
    (("We've extended an offer to another candidate for the role you interviewed for. For"
      " your position, nothing else is needed from you."), "rejection"),
    ("We've extended an offer to another candidate for the position.", "rejection"),
    (("We made an offer to another candidate. We'll keep you in mind for a different role"
      " in the future."), "rejection"),
    ("We gave the role to someone on another team who knows the product.", "rejection"),
]

ONWARD_WITH_HER = [
    # the other one turned down, and they go on with her (Dutch word order): a next step
    (("We hebben de interne kandidaat laten gaan en gaan graag met u verder. Schikt maandag"
      " 14 december om 9 uur voor een gesprek met de directeur?"), "next_step"),
    ("Het bestuur wil graag met je verder: kun je dinsdag 15 december langskomen?", "next_step"),
    # a whether, or a negation in front: no step
    ("Ik laat je vrijdag 11 december weten of we met jou verder gaan.", "acknowledgement"),
    ("Helaas gaan we niet met je verder.", "rejection"),
]

NOT_YET = [
    # good news not given yet, beside a promise: a wait (``core.not_yet``)
    ("Aún no podemos ofrecerle el puesto; le escribo antes del viernes 11.", "acknowledgement"),
    (("We kunnen je nog niet uitnodigen voor de laatste ronde; uiterlijk 11 december hoor je"
      " van ons."), "acknowledgement"),
    (("Wir können Ihnen noch keine Zusage geben, ich melde mich bis zum 11. Dezember."),
     "acknowledgement"),
    # the same without "yet": a no
    ("Lamentablemente no podemos ofrecerle el puesto.", "rejection"),
    ("Helaas nodigen we je niet uit voor de laatste ronde.", "rejection"),
]

IN_MAKING = [
    # the papers still being written or approved: a promise of news, not an offer
    (("We're putting together an offer package, but it still needs sign-off from the CFO."
      " You'll hear from me by December 18."), "acknowledgement"),
    (("Votre proposition d'embauche est en cours de validation par la direction ; je reviens"
      " vers vous d'ici le 18 décembre."), "acknowledgement"),
    ("Estamos preparando la carta oferta; falta la aprobación de gerencia.", "acknowledgement"),
    ("Je arbeidsovereenkomst wordt nog opgesteld en moet door de directie goedgekeurd worden.",
     "acknowledgement"),
    # an offer made beside its papers, or papers with nothing pending: an offer
    (("We'd love to offer you the role! The offer letter is being drafted by legal and"
      " should reach you next week."), "offer"),
    ("Please find your offer letter attached.", "offer"),
]


@pytest.mark.parametrize(
    ("text", "want"), DENIED_NOES + OTHER_OPENINGS + ONWARD_WITH_HER + NOT_YET + IN_MAKING
)
def test_lookalikes_and_the_real_thing(text: str, want: str) -> None:
    """Each look-alike is read for what it is; each real no or offer keeps its reading."""
    assert _reading(text) == want


def test_the_reader_leaning_offer_gives_way_to_papers_in_the_making() -> None:
    """The shipped blend hears a promise, dated, where only the papers are in the making."""
    body = ("Hallo Herr Wendt,\n\ndas Vertragsangebot ist gerade in Vorbereitung und muss noch"
            " vom Vorstand freigegeben werden. Ich melde mich bis Freitag, 18. Dezember.\n\n"
            "Beste Grüße\nIrmgard Pichler")
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.ACKNOWLEDGEMENT
    assert found.promised_by == date(2026, 12, 18)


@pytest.mark.parametrize(
    "body",
    [
        ("Hola Jordan:\n\nHemos descartado a la otra candidata y queremos seguir adelante"
         " contigo. ¿Puedes hablar con la gerente el martes 15?\n\nUn saludo,\nNerea"),
        ("Beste Jordan,\n\nDe andere kandidaat hebben we afgewezen, dus we willen graag met"
         " je verder. Kun je dinsdag 15 december met de directeur praten?\n\nGroet,\nBram"),
    ],
)
def test_the_other_one_turned_down_is_her_next_step(body: str) -> None:
    """The reader's no of the other candidate gives way to her step (``core.not_a_no``)."""
    found = classify_message(reply(body), load_intent_reader())
    assert found.intent is Intent.NEXT_STEP


def _paused(revisit: date | None, promised: date | None) -> TimelineEntry:
    return TimelineEntry(at=datetime(2026, 12, 3, 14, 0, tzinfo=UTC),
                         direction=Direction.INBOUND, kind=MessageKind.HUMAN,
                         intent=Intent.ON_HOLD, revisit_by=revisit,
                         promised_by=promised)  # fmt: skip


@pytest.mark.parametrize(
    ("revisit", "promised", "want"),
    [
        # "bis Januar zurückgestellt ... spätestens am 15. Januar": the promise, later
        (date(2027, 1, 10), date(2027, 1, 15), date(2027, 1, 15)),
        # "until February; an update by 15 January": the pause's end, later (as before)
        (date(2027, 2, 10), date(2027, 1, 15), date(2027, 2, 10)),
        (date(2027, 2, 1), None, date(2027, 2, 1)),
        (None, None, None),
    ],
)
def test_a_pause_waits_for_the_later_of_its_end_and_its_promise(
    revisit: date | None, promised: date | None, want: date | None
) -> None:
    """The ladder of a pause starts after the later of its two days, never early."""
    assert pause_end(_paused(revisit, promised)) == want
