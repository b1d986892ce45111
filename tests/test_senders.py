"""Machine addresses: one set of rules for the classifier and for choosing a recipient."""

from __future__ import annotations

import pytest

from silence_watch.core.senders import (
    SenderRole,
    is_no_reply,
    is_shared_inbox,
    local_part,
    role_of,
)

ROLES = (
    ("mailer-daemon@acme.example", SenderRole.MAIL_SYSTEM),
    ("MAILER-DAEMON@acme.example", SenderRole.MAIL_SYSTEM),
    ("postmaster@acme.example", SenderRole.MAIL_SYSTEM),
    ("mail.delivery.system@acme.example", SenderRole.MAIL_SYSTEM),
    ("abuse@acme.example", SenderRole.ROLE_MAILBOX),
    ("hostmaster@acme.example", SenderRole.ROLE_MAILBOX),
    ("no-reply@acme.example", SenderRole.NO_REPLY),
    ("noreply@greenhouse.example", SenderRole.NO_REPLY),
    ("do-not-reply@acme.example", SenderRole.NO_REPLY),
    ("donotreply@acme.example", SenderRole.NO_REPLY),
    ("jobs-noreply@acme.example", SenderRole.NO_REPLY),
    ("notifications@lever.example", SenderRole.NO_REPLY),
    ("talent+notify@acme.example", SenderRole.NO_REPLY),
    ("newsletter@acme.example", SenderRole.BULK),
    ("job-alerts@board.example", SenderRole.BULK),
    ("careers.updates@acme.example", SenderRole.BULK),
    ("jobs-request@lists.example", SenderRole.LIST_SOFTWARE),
    ("acme-jobs-owner@lists.example", SenderRole.LIST_SOFTWARE),
    ("dana.ruiz@acme.example", None),
    ("norene@acme.example", None),
    ("newsom@acme.example", None),
    ("careers@acme.example", None),
    ("postmaster.general@gov.example", None),
)


@pytest.mark.parametrize(("address", "role"), ROLES)
def test_role_of(address: str, role: SenderRole | None) -> None:
    """Machine addresses are told apart by kind; people's names are never mistaken for one."""
    assert role_of(address) is role


@pytest.mark.parametrize(("address", "role"), ROLES)
def test_is_no_reply(address: str, role: SenderRole | None) -> None:
    """Any machine address is one nobody reads; a person's address is always answerable."""
    assert is_no_reply(address) is (role is not None)


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("dana@acme.example", "dana"),
        ('"dana@home"@acme.example', '"dana@home"'),
        ("mailer-daemon", "mailer-daemon"),
    ],
)
def test_local_part(address: str, local: str) -> None:
    """The local part is what comes before the last @; a bare local part is itself."""
    assert local_part(address) == local


@pytest.mark.parametrize(
    ("address", "shared"),
    [
        ("careers@acme.example", True),
        ("graduate.recruitment@hplegal.example", True),
        ("early-careers@acme.example", True),
        ("campus_recruiting@acme.example", True),
        ("talent.acquisition@acme.example", True),
        ("werving.selectie@gemeente.example", True),
        ("jobs.uk@acme.example", True),
        # people, and a team word alone that names no hiring
        ("dana.recruiter@acme.example", False),
        ("anne.hr@acme.example", False),
        ("j.whitcombe@hplegal.example", False),
        ("graduate@acme.example", False),
        ("uk.team@acme.example", False),
    ],
)
def test_a_teams_inbox_of_several_words_is_shared(address: str, *, shared: bool) -> None:
    """"graduate.recruitment@" is a team's inbox like "careers@"; "dana.recruiter@" a person."""
    assert is_shared_inbox(address) is shared
