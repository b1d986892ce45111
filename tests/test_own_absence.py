"""An absence the candidate announced in her own mail holds every nudge (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from silence_watch.core.ladder import PolicySettings
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.own_absence import announced_absence, away_until
from silence_watch.core.policy import assess
from silence_watch.core.workdays import BusinessCalendar

#: Monday 14 December 2026, when Lucía wrote.
WROTE = datetime(2026, 12, 14, 12, 7, tzinfo=UTC)
LAST_DAY = date(2027, 1, 6)


@pytest.mark.parametrize(
    "text",
    [("Te aviso, eso sí, de que estaré fuera del 21 de diciembre al 6 de enero (me voy a Cádiz"
     " con la familia). A partir del jueves 7 de enero vuelvo a estar al cien por cien."),
     "Estaré fuera hasta el 6 de enero.",
     "I'm away until 6 January.",
     "I'll be out of the office from December 21 to January 6.",
     "Just so you know, I'm off from 21 December until 6 January.",
     "I'll be back in the office on Thursday, January 7.",
     "Ich bin bis 6.1. im Urlaub.",
     "Bin bis 6. Januar im Urlaub, danach wieder voll da.",
     "Ab dem 7. Januar bin ich wieder erreichbar.",
     "Je serai absente jusqu'au 6 janvier.",
     "Je serai en congés du 21 décembre au 6 janvier.",
     "Je serai de retour le 7 janvier.",
     "Ik ben tot 6 januari weg.",
     "Ben tot 6 januari op vakantie.",
     "Ik ben van 21 december tot en met 6 januari op vakantie."],
)  # fmt: skip
def test_her_absence_and_its_last_day_in_five_languages(text: str) -> None:
    """Tester round u36ow: "estaré fuera del 21 de diciembre al 6 de enero"."""
    assert away_until(text, WROTE) == LAST_DAY


@pytest.mark.parametrize(
    "text",
    [# she asks them
     "Are you away until the 6th?", "¿Estarás fuera hasta el 6 de enero?",
     "Bist du bis 6.1. im Urlaub?", "Serez-vous absente jusqu'au 6 janvier ?",
     "Ben je tot 6 januari weg?",
     # someone else's absence
     "Marta mentioned you're out until 6 January.", "Jordi estará fuera hasta el 6 de enero.",
     # a trip already over
     "I was away until Monday, sorry for the slow reply.", "I was on holiday until 2 December.",
     "Ich war bis 10.12. im Urlaub.", "J'étais en congés jusqu'au 10 décembre.",
     "Estuve fuera hasta el 10 de diciembre.", "Ik was tot 10 december op vakantie.",
     "I'm away until 10 December.",  # an end before the day she wrote
     # a day for an interview, or no end named
     "I'm available from Thursday 7 January.", "Ik ben vrij op donderdag 7 januari.",
     "I'm free on the 7th for the interview.", "I'm out of office on Monday.",
     "I'll be back to you on Monday 21 December with my answer.",
     # a range of days with no "from": its start is not kept, so it holds nothing (u09ex)
     "Early January is fine - I'm away 23 Dec to 3 Jan but otherwise flexible.",
     "Ich bin 23.12.-3.1. im Urlaub, davor jederzeit.",
     ""],
)  # fmt: skip
def test_no_absence_of_hers(text: str) -> None:
    """Her question, another's absence, a past trip, a slot: nothing held."""
    assert away_until(text, WROTE) is None


def test_no_day_without_a_date_sent() -> None:
    """A message with no date of its own names no end."""
    assert away_until("I'm away until 6 January.", None) is None


MADRID = ZoneInfo("Europe/Madrid")
CALENDAR = BusinessCalendar(zone=MADRID, holidays=holidays.country_holidays("ES", years=2027))
POLICY = PolicySettings(calendar=CALENDAR)
MARTA = Contact("Marta Sanchis", "marta.sanchis@grupoalbaida.example")
ROUND = Interview(id=1, company="Grupo Albaida", role="Analista de Pricing",
                  date=datetime(2026, 12, 22, 10, 0, tzinfo=MADRID), contacts=(MARTA,),
                  domains=("grupoalbaida.example",))  # fmt: skip
INVITED = TimelineEntry(at=datetime(2026, 12, 14, 9, 41, tzinfo=MADRID),
                        direction=Direction.INBOUND, kind=MessageKind.HUMAN, sender=MARTA.email,
                        intent=Intent.NEXT_STEP,
                        promised_by=date(2026, 12, 30))  # fmt: skip
THANKED = TimelineEntry(at=datetime(2026, 12, 22, 12, 40, tzinfo=MADRID),
                        direction=Direction.OUTBOUND, kind=MessageKind.HUMAN)  # fmt: skip


def _told(last_day: date | None, kind: MessageKind = MessageKind.HUMAN) -> TimelineEntry:
    """Her answer of 14 December, with the absence it announced."""
    return TimelineEntry(at=datetime(2026, 12, 14, 13, 7, tzinfo=MADRID),
                         direction=Direction.OUTBOUND, kind=kind,
                         return_date=last_day)  # fmt: skip


def test_her_absence_holds_the_follow_up_to_the_morning_after() -> None:
    """No nudge on 31 December while she is away; the follow-up on Thursday 7 January."""
    now = datetime(2026, 12, 31, 10, 0, tzinfo=MADRID)
    plain = assess(ROUND, [INVITED, _told(None), THANKED], now, POLICY)
    assert plain.next_action is Action.FOLLOW_UP
    assert plain.next_action_at is not None
    assert plain.next_action_at <= now  # due on the 31st without her absence
    held = assess(ROUND, [INVITED, _told(LAST_DAY), THANKED], now, POLICY)
    assert held.next_action is Action.FOLLOW_UP
    assert held.next_action_at == CALENDAR.morning_of(date(2027, 1, 7))
    assert held.expected_by == date(2026, 12, 30)
    assert held.reason.endswith("; you told them you are away until Wed 6 Jan")


def test_her_absence_never_holds_the_thank_you() -> None:
    """The thank-you after the round she does from Cádiz is due to them: it still comes."""
    now = datetime(2026, 12, 22, 12, 30, tzinfo=MADRID)
    verdict = assess(ROUND, [INVITED, _told(LAST_DAY)], now, POLICY)
    assert verdict.next_action is Action.THANK_YOU
    assert verdict.next_action_at == ROUND.date + timedelta(hours=2)


def test_an_absence_over_before_the_step_changes_nothing() -> None:
    """Away until the 24th: the follow-up due on the 31st stays on its day."""
    now = datetime(2026, 12, 31, 10, 0, tzinfo=MADRID)
    plain = assess(ROUND, [INVITED, _told(None), THANKED], now, POLICY)
    early = assess(ROUND, [INVITED, _told(date(2026, 12, 24)), THANKED], now, POLICY)
    assert early.next_action_at == plain.next_action_at


def test_only_her_own_words_are_her_absence() -> None:
    """Their out-of-office, or her own auto-reply, is no absence she announced by hand."""
    theirs = TimelineEntry(at=WROTE, direction=Direction.INBOUND, kind=MessageKind.AUTO_REPLY,
                           return_date=LAST_DAY)  # fmt: skip
    assert announced_absence([theirs, _told(LAST_DAY, MessageKind.AUTO_REPLY)]) is None
    assert announced_absence([theirs, _told(date(2026, 12, 24)), _told(LAST_DAY)]) == LAST_DAY
