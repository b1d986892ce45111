"""An agency's mail in one process's thread about another client (tester round u41ag)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.ladder import CERTAIN
from silence_watch.core.model import Address, Agency, Contact, Intent, Interview, Message
from silence_watch.core.other_client_news import client_named_instead, pitch_reading

SENT = datetime(2026, 11, 19, 9, 30, tzinfo=UTC)
CLAIRE = Contact("Claire Dumas", "claire.dumas@orsay-conseil.example")
ORSAY = Agency("Orsay Conseil", (CLAIRE,))
VERLAINE = Interview(
    id=1, company="Maison Verlaine", role="Contrôleur de gestion", process_id=1,
    date=datetime(2026, 11, 12, 10, 0, tzinfo=UTC), agency=ORSAY,
    contacts=(Contact("Luc Berthier", "luc.berthier@verlaine.example"),),
    domains=("verlaine.example",),
)  # fmt: skip
BASTIDE = Interview(
    id=2, company="Bastide & Fils Transports", role="Analyste financier", process_id=2,
    date=datetime(2026, 11, 13, 14, 0, tzinfo=UTC), agency=ORSAY,
    contacts=(Contact("Inès Moreau", "ines.moreau@bastide.example"),),
    domains=("bastide.example",),
)  # fmt: skip
ELSEWHERE = replace(BASTIDE, id=3, process_id=3, company="Corvel Industrie", role="Data Analyst",
                    agency=Agency("Hartley Search", (Contact("Tom", "tom@hartley.example"),)))


def said(body: str, sender: Contact = CLAIRE, subject: str = "RE: Maison Verlaine") -> Message:
    """Mail to the candidate in the Maison Verlaine thread."""
    return Message(
        message_id="m1@orsay-conseil.example", date=SENT,
        sender=Address(sender.name, sender.email), to=(Address("Léa", "lea@example.com"),),
        subject=subject, body=body,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "theirs"),
    [  # the other client's news, named alone (the words, never the thread's subject)
     (("Désolée, mauvais fil ! Bastide & Fils viennent d'appeler : ils ont retenu un candidat "
       "interne pour le poste. Je suis navrée."), 2),
     (("Sorry, wrong thread. Bastide & Fils have just rung. They've decided to go with an "
       "internal candidate."), 2),
     # by its role, when the two roles differ
     (("Pour le poste d'Analyste financier, ils me donneront leur réponse d'ici le vendredi 27 "
       "novembre."), 2),
     # near-misses: both named, this process named, only a kind word, or another agency's
     ("Bastide & Fils ont choisi quelqu'un d'autre ; Maison Verlaine décide vendredi.", None),
     ("Maison Verlaine ne m'a pas encore répondu. Bonne chance chez Bastide & Fils !", None),
     ("Bonne chance chez Bastide & Fils demain !", None),
     ("Le Contrôleur de gestion : Luc revient vers moi vendredi 27 novembre.", None),
     ("Corvel Industrie have decided to go with an internal candidate.", None)],
)  # fmt: skip
def test_the_agencys_news_of_another_client_is_that_clients(body: str, theirs: int | None) -> None:
    """The words name another of her processes through the agency, with news: it is that one's."""
    found = client_named_instead(said(body), VERLAINE, [VERLAINE, BASTIDE, ELSEWHERE])
    assert (found.id if found else None) == theirs


def test_only_the_agency_and_an_open_process_of_the_same_agency_count() -> None:
    """The employer's own mail, a closed process, or two others named: nobody's instead."""
    body = "Bastide & Fils ont retenu un candidat interne pour le poste."
    luc = Contact("Luc Berthier", "luc.berthier@verlaine.example")
    assert client_named_instead(said(body, sender=luc), VERLAINE, [VERLAINE, BASTIDE]) is None
    closed = replace(BASTIDE, closed=True)
    assert client_named_instead(said(body), VERLAINE, [VERLAINE, closed]) is None
    other = replace(BASTIDE, id=4, process_id=4, company="Bastide Logistique Nord")
    both = "Bastide & Fils et Bastide Logistique Nord ont retenu un candidat interne."
    assert client_named_instead(said(both), VERLAINE, [VERLAINE, BASTIDE, other]) is None
    assert client_named_instead(said(body), replace(VERLAINE, agency=None), [BASTIDE]) is None


HAVEL = Interview(
    id=7, company="Brandwerk Energie AG", role="Data Engineer", process_id=7,
    date=datetime(2026, 11, 17, 14, 0, tzinfo=UTC),
    agency=Agency("Nordhafen Search", (Contact("Jule Brink", "jule@nordhafen.example"),)),
    contacts=(Contact("Ole Kamp", "ole.kamp@brandwerk.example"),), domains=("brandwerk.example",),
)  # fmt: skip
JULE = HAVEL.agency.contacts[0]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "body",
    [("Danke dir! Ganz was anderes: ich hab ein neues Mandat bei der Quellhof Maschinen AG, "
      "Senior Data Engineer, fast remote. Hast du Lust? Sag mir bis Montag Bescheid."),
     ("Thanks for the update. Separately, I've got another role at Tidewell Analytics that "
      "would be a great fit - could you let me know by Friday if you're interested?"),
     ("Merci ! Autre chose : j'ai une nouvelle mission chez Valcourt Industrie, tu serais "
      "partant ? Dis-moi d'ici lundi."),
     ("¡Gracias! Te escribo porque tengo una posición de Jefa de Compras en Grupo Almenar que "
      "te encaja muchísimo. ¿Hablamos esta semana?"),
     ("Top! Ik heb trouwens een nieuwe vacature bij Zeeburg Logistics. Laat je voor vrijdag "
      "weten of je interesse hebt?")],
)
def test_a_pitch_for_another_client_is_no_news_of_this_process(body: str) -> None:
    """Her answer is owed to the other client, not to this process: "other", surely."""
    reading = classify_message(said(body, sender=JULE, subject="AW: Interview Brandwerk"))
    found = pitch_reading(said(body, sender=JULE), reading, HAVEL)
    assert found.intent is Intent.OTHER
    assert found.confidence == CERTAIN
    assert found.promised_by is None
    assert "pitches another client" in found.reasons[0]


@pytest.mark.parametrize(
    "body",
    [  # news of this process before the pitch: read as before
     ("Ole gibt uns bis Freitag, 27.11. Bescheid. Übrigens: neues Mandat bei der Quellhof "
      "Maschinen AG - Lust?"),
     # after it, naming this process
     ("New role at Tidewell Analytics, interested? Brandwerk will decide by Friday 27 "
      "November."),
     # a new role at this very company is not another client's
     "Brandwerk hat eine neue Stelle bei Brandwerk Energie AG ausgeschrieben - Lust?",
     # nor at the agency itself
     "We have a new role at Nordhafen Search itself - interested?",
     # no new opening: a company named in passing
     "Ole kennt dich übrigens von der Quellhof Maschinen AG. Sag mir bis Montag Bescheid.",
     # another role at the client itself, her own job elsewhere named far from it
     ("Ole würde dich gern für eine andere Stelle bei Brandwerk kennenlernen, fachlich sehr "
      "nah an deinem bisherigen Job bei der Stadtwerke Kiel GmbH. Hast du Lust?"),
     ("Ole would like to meet you about another role he is opening in December, close to "
      "what you did in your current job at Harbour Freight Ltd. Interested?"),
     # a person, not a firm
     "Ich hab ein neues Mandat bei Herrn Kamp persönlich angefragt - sag mir bis Montag Bescheid.",
     # a place, not a firm
     "¡Gracias! Tengo otra posición en Santiago que te puede interesar. ¿Hablamos?"],
)  # fmt: skip
def test_a_reading_with_news_of_its_own_stands(body: str) -> None:
    """Only a pitch with nothing else in it is set aside."""
    reading = classify_message(said(body, sender=JULE))
    assert pitch_reading(said(body, sender=JULE), reading, HAVEL) == reading


def test_a_decision_beside_a_pitch_is_asked_about() -> None:
    """"They went with someone else ... new role at Tidewell": whose no? Asked, never acted on."""
    body = ("Sadly they've decided to go with another candidate. On a brighter note, I have "
            "another role at Tidewell Analytics - interested?")
    reading = classify_message(said(body, sender=JULE))
    assert reading.intent is Intent.REJECTION
    found = pitch_reading(said(body, sender=JULE), reading, HAVEL)
    assert found.intent is Intent.REJECTION
    assert found.confidence <= 0.5
    # the same words from the employer's own recruiter are read as before
    ole = HAVEL.contacts[0]
    assert pitch_reading(said(body, sender=ole), reading, HAVEL) == reading
