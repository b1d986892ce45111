"""After a no, mail that only recalls it is about the other role it names (u28re)."""

from __future__ import annotations

import datetime as dt

import pytest

from silence_watch.core.model import Address, Interview, Message
from silence_watch.core.role_news import named_after_its_no

DATA = Interview(id=1, company="Havenlicht Energie B.V.", role="Data Engineer",
                 date=dt.datetime(2026, 10, 7, 11, tzinfo=dt.UTC), process_id=1)  # fmt: skip
ANALYTICS = Interview(id=2, company="Havenlicht Energie B.V.", role="Analytics Engineer",
                      date=dt.datetime(2026, 12, 10, 13, tzinfo=dt.UTC), process_id=2)  # fmt: skip


def _mail(body: str) -> Message:
    return Message(
        message_id="m@havenlicht.example", date=dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC),
        sender=Address("Joost Verbeek", "joost.verbeek@havenlicht.example"),
        subject="Lang niet gesproken", body=body,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "about"),
    [
        (("In oktober hebben we helaas voor een andere kandidaat gekozen voor de rol van Data"
          " Engineer, dat weet je nog. Maar we hebben een nieuwe vacature voor een Analytics"
          " Engineer in het team van Fleur."), ANALYTICS),
        (("Im Oktober haben wir uns für die Stelle als Data Engineer leider für eine andere"
          " Kandidatin entschieden. Jetzt suchen wir einen Analytics Engineer."), ANALYTICS),
        ("Fleur would like to meet you about the Analytics Engineer opening.", ANALYTICS),
        # near misses: its own role's news, no other role, two other roles
        (("The Data Engineer role has reopened and we would like to schedule a call with you."
          " Analytics Engineer is open too."), None),
        ("In October we went with another candidate for the Data Engineer role.", None),
    ],
)
def test_mail_after_its_no_is_the_other_roles(body: str, about: Interview | None) -> None:
    """Its own role named only in its old no; one other role of hers named."""
    assert named_after_its_no(_mail(body), (DATA, ANALYTICS), DATA) == about


def test_two_other_roles_named_are_neither() -> None:
    """"Analytics Engineer or BI Engineer": not one role, it stays where it was."""
    bi = Interview(id=3, company="Havenlicht Energie B.V.", role="BI Engineer",
                   date=dt.datetime(2026, 12, 11, 13, tzinfo=dt.UTC), process_id=3)  # fmt: skip
    body = "Would the Analytics Engineer or the BI Engineer role interest you?"
    assert named_after_its_no(_mail(body), (DATA, ANALYTICS, bi), DATA) is None
