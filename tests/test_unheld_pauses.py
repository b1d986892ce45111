"""A pause and what else the mail says (probe round probe-hold7).

Each case is worded apart from the probe's lines: the construction is what is tested.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import revisit_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.reading_corrections import pause_or_promise
from silence_watch.core.unheld_pauses import pause_not_theirs

#: Wednesday, December 2, 2026, early afternoon.
SENT = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)


def _intent(text: str) -> str | None:
    found = intent_of(text)
    return found[0].value if found else None


@pytest.mark.parametrize("text", [
    # a pause she asked for: her break, not their hiring
    "Per your request, we've put your application on hold until you're settled in Lyon.",
    "Auf Ihren Wunsch ist Ihre Bewerbung pausiert.",
    "À votre demande, votre dossier est en pause jusqu'à votre retour de congé.",
    "A petición suya, su candidatura queda en pausa hasta que regrese de su viaje.",
    "Op je verzoek staat je sollicitatie even on hold tot na je vakantie.",
])
def test_a_pause_she_asked_for_is_no_hold(text: str) -> None:
    """Her own pause holds none of their hiring."""
    assert _intent(text) != "on_hold"


@pytest.mark.parametrize(("text", "expected"), [
    # a pause only feared beside a promise: the promise
    ("It's possible leadership could freeze the req entirely; I'll keep you posted.",
     "acknowledgement"),
    ("Vielleicht wird die Suche pausiert, aber wir melden uns in jedem Fall.",
     "acknowledgement"),
    # their pause, told on the phone or agreed with the client, stays a pause
    ("As discussed on our call, the search is paused because of the client's budget.",
     "on_hold"),
    ("As agreed with the client, the role is frozen until further notice.", "on_hold"),
    # a pause of theirs beside her own words stays a pause
    ("The role has been put on hold, sorry. Let's talk when you're back from leave.",
     "on_hold"),
])
def test_a_pause_only_feared_is_no_hold(text: str, expected: str) -> None:
    """A pause thought of is no decision; a pause told in any voice is one."""
    assert _intent(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # stopped for now, whatever it is called
    ("Die Ausschreibung wurde bis auf Weiteres angehalten.", "on_hold"),
    ("Unser Vorhaben ist leider erstmal auf Eis gelegt.", "on_hold"),
    # a Spanish wait of the hiring, never a wait for her answer
    ("La plaza sigue en espera hasta que se apruebe el presupuesto.", "on_hold"),
    ("El proceso de selección queda de momento en espera.", "on_hold"),
    ("Gracias, quedamos en espera de tu respuesta.", "pleasantry"),
    # a need of hers beside "no decision yet": an ask
    ("Aún no hay decisión. Necesitamos su carta de recomendación; ¿nos la envía?", "request"),
    ("Todavía no tenemos una decisión, pero necesito tus referencias.", "request"),
    # her application still read, beside an ad taken down
    ("Die Anzeige ist offline, Ihre Unterlagen werden aber weiterhin gesichtet.",
     "acknowledgement"),
])
def test_a_pause_and_what_else_the_mail_says(text: str, expected: str | None) -> None:
    """The pause in new words, and the ask or wait beside it."""
    assert _intent(text) == expected


@pytest.mark.parametrize(("text", "day"), [
    ("The role's frozen til March, sorry.", date(2027, 3, 10)),
    ("hiring is paused til Q2 tbh", date(2027, 4, 10)),
])
def test_til_ends_a_pause(text: str, day: date) -> None:
    """The short "til" names the pause's end as "until" does."""
    assert revisit_date(text, SENT) == day


@pytest.mark.parametrize(("text", "rules", "expected"), [
    ("Like you asked, I paused your application while you are moving house.", None,
     Intent.OTHER),
    ("Update: the hold on your reference check was lifted, all good.", None, Intent.OTHER),
    ("Honestly we may freeze the opening. I'll let you know next week.", "acknowledgement",
     Intent.ACKNOWLEDGEMENT),
    # their pause said in words the rules do not know stays the reader's pause
    ("We have to put everything on hold for a bit, the budget is gone.", None,
     Intent.ON_HOLD),
])
def test_a_pause_only_the_reader_heard(text: str, rules: str | None, expected: Intent) -> None:
    """Her pause, a feared one, a check's hold: the rules' reading or "other"."""
    reasons: list[str] = []
    intent, _ = pause_not_theirs(text, Intent.ON_HOLD, 0.9, rules, reasons, asked=0.5)
    assert intent is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the office still over the holidays: their promise is the news
    ("Rond kerst ligt ons kantoor stil, dus we laten begin januari van ons horen.",
     "acknowledgement"),
    # the studio that pauses hiring is the employer: a pause
    ("The studio has decided to pause hiring for this role until spring.", "on_hold"),
    # the ad taken down as enough have applied: no pause of her process
    ("We paused the job posting since we got plenty of applicants; we'll be in touch.",
     "acknowledgement"),
    ("Die Stellenanzeige ist pausiert, weil genug Bewerbungen da sind. Wir melden uns.",
     "acknowledgement"),
    # an ad paused for a freeze is still a pause
    ("We paused the ad and the role itself is on hold until the budget is signed off.",
     "on_hold"),
])
def test_an_office_or_an_ad_paused_is_no_hold(text: str, expected: str) -> None:
    """The office shut, the ad down for enough applicants: no pause of her process."""
    assert _intent(text) == expected


def test_the_rules_pause_to_the_day_the_reader_heard() -> None:
    """The rules' pause, the reader's promised day: on hold to that day."""
    reasons: list[str] = []
    intent, _, promised, revisit = pause_or_promise(
        Intent.ACKNOWLEDGEMENT, 0.9, ("on_hold", date(2027, 1, 11), None), reasons
    )
    assert (intent, promised, revisit) == (Intent.ON_HOLD, None, date(2027, 1, 11))


@pytest.mark.parametrize("text", [
    "Comme convenu, je suspends votre dossier le temps de votre déménagement.",
    "Auf Ihren Wunsch bleibt Ihre Bewerbung ausgesetzt, bis Sie aus Kanada zurück sind.",
    "Como me pediste, congelo tu candidatura hasta que vuelvas.",
])
def test_her_pause_in_a_verb_s_other_forms(text: str) -> None:
    """"je suspends", "ausgesetzt", "congelo": her pause in any form of the verb."""
    intent, _ = pause_not_theirs(text, Intent.ON_HOLD, 0.8, None, [], asked=0.5)
    assert intent is Intent.OTHER
