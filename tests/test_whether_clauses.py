"""A next step named inside "whether ..." is what their promised answer is about (u33fu)."""

from __future__ import annotations

import pytest

from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold
from silence_watch.core.model import Intent
from silence_watch.core.whether_clauses import in_whether_clause


@pytest.mark.parametrize(
    "text",
    [
        # the tester's mail: "óf wij u uitnodigen", a promise with a date
        ("Deze week spreken wij nog twee kandidaten. Uiterlijk vrijdag 20 november laten wij u"
         " weten óf wij u uitnodigen voor een tweede gesprek."),
        "Uiterlijk vrijdag laten we je weten of we je uitnodigen voor een tweede ronde.",
        "We will let you know by Friday, November 20 if you are invited to a second interview.",
        "I'll be in touch next week if we'd like to invite you to a final round.",
        ("Bis Freitag, 20. November, teilen wir Ihnen mit, ob wir Sie zu einem Zweitgespräch"
         " einladen."),
        "Wir informieren Sie bis Freitag, ob Sie in die nächste Runde kommen.",
        "Nous vous dirons d'ici vendredi si nous vous invitons à un second entretien.",
        "Je te dirai vendredi si on te propose un deuxième entretien.",
        "Le diremos antes del viernes 20 si le invitamos a una segunda entrevista.",
        "Te digo algo antes del viernes sobre si pasas a la siguiente fase.",
    ],
)  # fmt: skip
def test_a_promise_to_say_whether_is_an_acknowledgement(text: str) -> None:
    """"laten wij u weten of wij u uitnodigen" promises an answer; it invites to nothing."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    "text",
    [
        # an invitation said outright
        "Wij nodigen u graag uit voor een tweede gesprek op dinsdag.",
        "We would like to invite you to a second interview next week.",
        "Gerne laden wir Sie zu einem Zweitgespräch ein.",
        "Nous souhaitons vous inviter à un second entretien.",
        "Nos gustaría invitarle a una segunda entrevista.",
        # her side of "whether": she is asked, and the step stands
        "Let me know if we can set up a second interview on Thursday.",
        "Laat me weten of we donderdag een tweede gesprek kunnen plannen.",
        "Dites-moi si nous pouvons planifier un second entretien jeudi.",
        "Dime si podemos agendar una segunda entrevista el jueves.",
    ],
)
def test_an_invitation_outside_a_whether_is_still_a_next_step(text: str) -> None:
    """An invitation said outright, or a "let me know if" that asks her, stays a next step."""
    found = intent_of(text)
    assert found is not None
    assert found[0] is Intent.NEXT_STEP


@pytest.mark.parametrize(
    ("before", "whether"),
    [
        ("uiterlijk vrijdag laten wij u weten of wij u ", True),
        ("we will let you know by friday if you are ", True),
        ("bis freitag teilen wir ihnen mit, ob ", True),
        ("nous vous dirons d'ici vendredi si nous vous ", True),
        ("le diremos antes del viernes si le ", True),
        ("let me know if we can ", False),
        ("laat me weten of we donderdag een ", False),
        ("dites-moi si nous pouvons ", False),
        ("si te interesa, podemos ", False),
    ],
)
def test_whose_promise_the_whether_is(before: str, *, whether: bool) -> None:
    """Only their promise to tell makes a whether-clause; her being asked does not."""
    assert in_whether_clause(fold(before)) is whether
