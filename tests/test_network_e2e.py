"""End to end on a real Dovecot: a German employer, the network, the call plan, the note."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.engine.drafts import DraftQueue
from support.cli import run_cli, run_once_at
from support.config import write_imap_config
from support.mailfactory import make_message, reply_to_message
from test_delivery_loop import NY, Loop, company_thread, config_text, header, text_of

if TYPE_CHECKING:
    from pathlib import Path

    from support.dovecot import DovecotServer
    from support.smtp import SmtpSink

pytestmark = pytest.mark.dovecot

BERLIN = ZoneInfo("Europe/Berlin")
ACME = """  - company: ACME GmbH
    role: Data Engineer
    date: 2026-11-18T15:00:00+01:00
    timezone: Europe/Berlin
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
    aliases: [Acme Labs]
"""
CONNECTIONS = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Priya,Shah,https://www.linkedin.com/in/priya-example,priya@mail.example,Acme Corporation,Staff \
Engineer,14 Mar 2021
Li,Wei,https://www.linkedin.com/in/li-example,,Acme Labs,Recruiter,05 May 2022
Sam,Cole,https://www.linkedin.com/in/sam-example,,Globex,Engineer,01 Jan 2020
"""


def german_thread(dovecot: DovecotServer, user: str) -> None:
    """Dana sets up a technical interview, then promises a date, formally, in German.

    She signs with her number; the candidate answers with their references attached.
    """
    me = f"Jordan Lee <{user}@example.com>"
    setup = make_message(
        sender="Dana Ruiz <dana.ruiz@acme.example>",
        to=me,
        subject="Einladung zum Fachgespräch",
        body="Guten Tag Herr Lee,\n\nwir möchten Sie gern zu einem Fachgespräch mit dem Team"
        " einladen, am Mittwoch, 18. November um 15 Uhr.\n\nMit freundlichen Grüßen\nDana Ruiz\n",
        date=datetime(2026, 11, 10, 10, 0, tzinfo=BERLIN),
        message_id="setup-1@acme.example",
    )
    dovecot.append(user, setup, "INBOX")
    promise = make_message(
        sender="Dana Ruiz <dana.ruiz@acme.example>",
        to=me,
        subject="Ihr Gespräch bei ACME",
        body="Guten Tag Herr Lee,\n\nvielen Dank für das angenehme Gespräch mit dem Team."
        " Wir melden uns bis zum 27. November bei Ihnen.\n\nMit freundlichen Grüßen\n"
        "Dana Ruiz\nTalent Partner, ACME GmbH\nTel.: +49 30 1234567\n",
        date=datetime(2026, 11, 19, 10, 0, tzinfo=BERLIN),
        message_id="promise-1@acme.example",
    )
    dovecot.append(user, promise, "INBOX")
    answer = reply_to_message(
        promise,
        sender=me,
        body="Guten Tag Frau Ruiz,\n\nvielen Dank! Anbei meine Referenzen.\n\nJordan Lee",
        date=datetime(2026, 11, 19, 18, 0, tzinfo=BERLIN),
    )
    dovecot.append(user, answer, "Sent")


def test_a_silent_german_employer_gets_a_german_follow_up_a_call_plan_and_known_people(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dovecot: DovecotServer, mail_user: str
) -> None:
    """Read from Dovecot: German drafts that recall the promise, her number, who you know."""
    config = write_imap_config(
        tmp_path, dovecot, mail_user, interviews=ACME,
        extra="policy: {agency_check_in: false}\n",
    )  # fmt: skip
    german_thread(dovecot, mail_user)
    # a colleague's warm "du" later (tester round u19dg): the follow-up still goes to Dana,
    # formally, and the digest must not call its drafts informal
    warm = make_message(
        sender="Tom Berger <tom.berger@acme.example>",
        to=f"Jordan Lee <{mail_user}@example.com>",
        subject="Schön, dass du da warst",
        body="Hallo Jordan,\n\nschön, dass du letzte Woche bei uns warst! Ich drücke dir die"
        " Daumen.\n\nViele Grüße\nTom\n",
        date=datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN),
        message_id="warm-1@acme.example",
    )
    dovecot.append(mail_user, warm, "INBOX")
    export = tmp_path / "Connections.csv"
    export.write_text(CONNECTIONS, encoding="utf-8")
    imported = run_cli(capsys, "connections", "import", export, "--config", config)
    assert imported.code == 0, imported.err

    ran = run_once_at(capsys, config, "2026-12-03T12:00:00+01:00")
    assert ran.code == 0, ran.err

    listed = run_cli(capsys, "drafts", "list", "--json", "--config", config)
    (follow_up,) = [d for d in listed.json() if d["kind"] == "follow_up"]
    body = str(follow_up["body"])
    assert body.startswith("Guten Tag Dana Ruiz,\n\nSie hatten erwähnt, dass die Entscheidung"
                           " bis Freitag, 27. November fallen soll.")  # fmt: skip
    assert (
        "Deshalb möchte ich zu meinem Fachgespräch für die Stelle als Data Engineer am"
        " Mittwoch, 18. November nachfragen."
    ) in body
    assert "Über meine Referenzen hinaus" in body
    assert follow_up["subject"] == "Re: Ihr Gespräch bei ACME"

    plan = run_cli(capsys, "plan", "--call", "acme", "--now", "2026-12-03T12:00:00+01:00",
                   "--config", config)  # fmt: skip
    assert plan.code == 0, plan.err
    assert "Whom to call: Dana Ruiz (dana.ruiz@acme.example), +49 30 1234567" in plan.out
    assert "Best time: Thu 3 Dec 14:30 their time (Thu 3 Dec 08:30 yours)" in plan.out
    assert "Dana Ruiz hoped to decide by Fri 27 Nov" in plan.out

    digest = run_cli(capsys, "digest", "--print", "--now", "2026-12-03T12:00:00+01:00",
                     "--config", config)  # fmt: skip
    assert digest.code == 0, digest.err
    assert "drafts in German (as they write)" in digest.out
    assert "German, informal" not in digest.out
    assert (
        "you know: Li Wei (Recruiter; LinkedIn connection since May 2022); Priya Shah (Staff"
        " Engineer; LinkedIn connection since Mar 2021)"
    ) in digest.out
    assert "Sam Cole" not in digest.out
    assert "      Whom to call: Dana Ruiz" in digest.out
    assert "        1. You are calling about the Data Engineer role" in digest.out

    known = run_cli(capsys, "connections", "list", "--json", "--config", config)
    # Tom is known from his mail (no position), beside the two connections
    assert sorted((p["company"], p["name"], p["position"]) for p in known.json()) == [
        ("ACME GmbH", "Li Wei", "Recruiter"), ("ACME GmbH", "Priya Shah", "Staff Engineer"),
        ("ACME GmbH", "Tom Berger", ""),
    ]  # fmt: skip

    note = run_cli(capsys, "drafts", "new", "connection_note", "acme", "--to", "priya",
                   "--config", config)  # fmt: skip
    assert note.code == 0, note.err
    drafts = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    (written,) = [d for d in drafts if d["kind"] == "connection_note"]
    assert written["to"] == "priya@mail.example"
    assert written["in_reply_to"] is None
    assert str(written["body"]).startswith("Hallo Priya,\n\nich hoffe, dir geht es gut!")
    again = run_cli(capsys, "drafts", "new", "connection_note", "acme", "--to", "priya",
                    "--config", config)  # fmt: skip
    assert again.code == 1
    assert "drafted already" in again.err
    no_address = run_cli(capsys, "drafts", "new", "connection_note", "acme", "--to", "Li Wei",
                         "--config", config)  # fmt: skip
    assert no_address.code == 1
    assert "Li Wei has no email address" in no_address.err

    run_once_at(capsys, config, "2026-12-04T12:00:00+01:00")
    kept = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    assert [d["status"] for d in kept if d["kind"] == "connection_note"] == ["queued"]


def test_an_approved_connection_note_goes_out_to_the_person_the_candidate_knows(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mail_user: str
) -> None:
    """The last look lets the note go to the imported person, in a new thread, once."""
    company_thread(dovecot, mail_user)
    loop = Loop(config_text(tmp_path, dovecot, smtp_sink, mail_user), tmp_path, smtp_sink)
    try:
        cards = tmp_path / "contacts.vcf"
        cards.write_text(
            "BEGIN:VCARD\nVERSION:3.0\nFN:Rosa Diaz\nEMAIL:rosa@mail.example\n"
            "ORG:ACME Corporation\nTITLE:Staff Engineer\nEND:VCARD\n",
            encoding="utf-8",
        )
        # the thread is read first, as the daemon would have: mail first indexed after the
        # approval counts as come since it (u39dup) and would hold the note back
        loop.cycle("2026-11-30T11:55")
        now = datetime(2026, 11, 30, 12, 0, tzinfo=NY)
        loop.service.import_connections(cards, now)
        loop.service.sync_interviews(now)
        note = loop.service.draft_connection_note("Acme Corp", "rosa", now)
        outcome = DraftQueue(loop.store, loop.settings).approve(note, now=now, via="cli")
        assert outcome.ok, outcome.text
        loop.cycle("2026-11-30T12:05")
        (sent,) = loop.to("rosa@mail.example")
        assert header(sent.raw, "In-Reply-To") == ""
        assert header(sent.raw, "Subject") == "A quick favour — Data Engineer at Acme Corp"
        assert "Hi Rosa," in text_of(sent.raw)
        loop.cycle("2026-11-30T12:10")
        assert len(loop.to("rosa@mail.example")) == 1
    finally:
        loop.close()


GLOBEX = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
  - company: Globex
    role: Product Analyst
    date: 2026-11-16T11:00:00-05:00
    contacts: [{name: Lee Park, email: lee.park@globex.example}]
"""


@pytest.mark.parametrize("share", [True, False])
def test_an_offer_deadline_elsewhere_is_named_only_when_the_candidate_allows_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dovecot: DovecotServer, mail_user: str,
    *, share: bool,
) -> None:
    """Globex's offer asks for an answer by Dec 12: Acme's status update says so, if allowed."""
    config = write_imap_config(
        tmp_path, dovecot, mail_user, interviews=GLOBEX,
        extra=f"policy: {{share_deadlines: {str(share).lower()}}}\n",
    )  # fmt: skip
    company_thread(dovecot, mail_user)
    offer = make_message(
        sender="Lee Park <lee.park@globex.example>",
        to=f"Jordan Lee <{mail_user}@example.com>",
        subject="Offer - Product Analyst",
        body="Hi Jordan,\n\nWe are delighted to offer you the Product Analyst position at"
        " Globex! We'd need your answer by December 12.\n\nBest,\nLee",
        date=datetime(2026, 11, 24, 10, 0, tzinfo=NY),
    )
    dovecot.append(mail_user, offer, "INBOX")
    ran = run_once_at(capsys, config, "2026-11-25T10:00:00-05:00")
    assert ran.code == 0, ran.err
    drafts = run_cli(capsys, "drafts", "list", "--json", "--config", config).json()
    (update,) = [d for d in drafts if d["kind"] == "status_update"]
    assert update["to"] == "dana.ruiz@acme.example"
    named = "and I've been asked to answer by Saturday, December 12." in str(update["body"])
    assert named is share
    assert "I have received an offer from another company" in str(update["body"])
