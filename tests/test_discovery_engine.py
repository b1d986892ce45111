"""Discovery on a Maildir: init --scan, confirming, dismissing, auto-confirm, the digest."""

from __future__ import annotations

import contextlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from freezegun import freeze_time

from silence_watch.config import load_settings
from silence_watch.config.templates import load_templates
from silence_watch.core.commandlines import Command, Verb
from silence_watch.core.commands import parse_reply
from silence_watch.core.invites import ProposalKind, ProposedInterview
from silence_watch.delivery.digests import DigestContent, Digests
from silence_watch.delivery.outbox import Outbox
from silence_watch.engine.discovery import READ_THROUGH, Discovery
from silence_watch.engine.service import Service
from silence_watch.mailbox.maildir import MaildirMailbox
from silence_watch.store import Store
from support.cli import Outcome, maildir_config, run_cli, run_once_at
from support.mailfactory import make_message

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from pathlib import Path

    import pytest

NY = ZoneInfo("America/New_York")
ME = "Jordan Lee <jordan@example.com>"
DANA = "Dana Ruiz <dana.ruiz@acme.example>"
OFFER = (
    "Hi Jordan,\n\nThanks for applying for the Data Engineer role. Could you meet the team on "
    "Tuesday, November 3 at 3pm or Thursday, November 5 at 10am?\n\nBest,\nDana\n\n"
    "Dana Ruiz | Talent Acquisition | Acme Corp"
)
ACME = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-10-20T11:00:00-04:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in New York in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=NY)


def drop(config: Path, raw: bytes, name: str, *, sent: bool = False) -> None:
    """File a message in the test Maildir's inbox, or in its Sent folder."""
    folder = config.parent / "Maildir" / (".Sent" if sent else "")
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "cur" / f"{name}:2,S").write_bytes(raw)


def offer_and_acceptance(config: Path, accept: str = "Tuesday at 3pm works for me!") -> None:
    """Dana proposes two times; Jordan's reply accepts one."""
    drop(config, make_message(sender=DANA, to=ME, subject="Interview for the Data Engineer role",
                              body=OFFER, date=at(10, 26, 10), message_id="<offer@acme.example>"),
         "1.offer")
    answer = make_message(sender=ME, to=DANA, subject="Re: Interview for the Data Engineer role",
                          body=accept, date=at(10, 26, 11), in_reply_to="<offer@acme.example>",
                          message_id="<accept@example.com>")
    drop(config, answer, "2.accept", sent=True)


@contextlib.contextmanager
def service_over(config: Path) -> Iterator[tuple[Service, MaildirMailbox]]:
    """The service over the config's state, and its Maildir; both closed after."""
    store = Store.open(config.parent / "state")
    mailbox = MaildirMailbox(config.parent / "Maildir")
    try:
        yield Service(load_settings(config), store, load_templates(None)), mailbox
    finally:
        mailbox.close()
        store.close()


def scan_at(capsys: pytest.CaptureFixture[str], config: Path, now: datetime) -> Outcome:
    """``init --scan --json`` as if it were ``now``."""
    with freeze_time(now, tick=True):
        return run_cli(capsys, "init", "--scan", "--json", "--config", config)


def test_init_scan_proposes_the_round_a_reply_accepted_and_drafts_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A new user's scan lists the round with its evidence; no process, no draft until confirmed."""
    config = maildir_config(tmp_path)
    offer_and_acceptance(config)
    drop(config, make_message(sender="Maya <maya@example.net>", to=ME, subject="Dinner?",
                              body="Let's meet Tuesday at 7pm?", date=at(10, 26, 12)), "3.friend")
    scanned = scan_at(capsys, config, at(10, 27, 9))
    assert scanned.code == 0, scanned.err
    (found,) = scanned.json()
    assert found["kind"] == "accepted"
    assert (found["company"], found["role"]) == ("Acme Corp", "Data Engineer")
    assert found["start"] == "2026-11-03T20:00:00+00:00"
    assert found["people"] == [{"name": "Dana Ruiz", "email": "dana.ruiz@acme.example"}]
    assert set(found["evidence"]) == {"offer@acme.example", "accept@example.com"}
    assert found["sources"] == ["your reply accepting the time"]
    assert 0.5 < found["confidence"] < 0.9
    ran = run_once_at(capsys, config, "2026-11-04T17:00")
    assert ran.code == 0, ran.err
    assert run_cli(capsys, "drafts", "list", "--all", "--json", "--config", config).json() == []
    assert run_cli(capsys, "status", "--json", "--config", config).json() == []


def test_init_scan_in_words_tells_what_to_do_with_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Without --json: how many, then each proposal with the commands that answer it."""
    config = maildir_config(tmp_path)
    offer_and_acceptance(config)
    with freeze_time(at(10, 27, 9), tick=True):
        scanned = run_cli(capsys, "init", "--scan", "--config", config)
    assert scanned.code == 0, scanned.err
    lines = scanned.out.splitlines()
    assert lines[0] == "Read your mail of the last 90 days: 1 interview to confirm."
    assert lines[1].startswith("Acme Corp, Data Engineer: Tue 3 Nov 15:00 with Dana Ruiz; seen in")
    assert "silence-watch interviews add --from-invite mail-" in lines[2]
    assert "silence-watch interviews dismiss mail-" in lines[3]


def test_init_scan_needs_a_config_and_refuses_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """No file: exit 78 naming it; --scan with --force: a usage error, the file untouched."""
    missing = run_cli(capsys, "init", "--scan", "--config", tmp_path / "none.yaml")
    assert missing.code == 78
    config = maildir_config(tmp_path)
    before = config.read_text(encoding="utf-8")
    both = run_cli(capsys, "init", "--scan", "--force", "--config", config)
    assert both.code == 2
    assert config.read_text(encoding="utf-8") == before


def test_confirming_makes_a_process_whose_mail_then_belongs_to_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Confirming gives the round, Dana as contact, the thread matched; the proposal is gone."""
    config = maildir_config(tmp_path)
    offer_and_acceptance(config)
    (found,) = scan_at(capsys, config, at(10, 27, 9)).json()
    added = run_cli(capsys, "interviews", "add", "--from-invite", found["id"], "--json",
                    "--config", config)
    assert added.code == 0, added.err
    (interview,) = run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
    assert (interview["company"], interview["role"]) == ("Acme Corp", "Data Engineer")
    assert interview["date"] == "2026-11-03T20:00:00+00:00"
    assert interview["source"] == "discovered"
    assert interview["contacts"] == [{"name": "Dana Ruiz", "email": "dana.ruiz@acme.example"}]
    assert run_cli(capsys, "interviews", "proposals", "--json", "--config", config).json() == []
    assert run_once_at(capsys, config, "2026-11-03T18:00").code == 0
    shown = run_cli(capsys, "interviews", "show", str(interview["id"]), "--json",
                    "--config", config).json()
    assert {e["subject"] for e in shown["timeline"]} >= {"Interview for the Data Engineer role"}


def test_a_dismissed_proposal_never_comes_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Not an interview: gone, and a later thank-you note for that day does not revive it."""
    config = maildir_config(tmp_path)
    offer_and_acceptance(config)
    (found,) = scan_at(capsys, config, at(10, 27, 9)).json()
    dismissed = run_cli(capsys, "interviews", "dismiss", found["id"], "--config", config)
    assert dismissed.code == 0, dismissed.err
    assert "is not an interview; it will not be proposed again" in dismissed.out
    drop(config, make_message(sender=ME, to=DANA, subject="Thank you", date=at(11, 3, 17),
                              body="Thank you for speaking with me today about the Data Engineer "
                              "role."), "4.thanks", sent=True)
    assert scan_at(capsys, config, at(11, 4, 9)).json() == []
    missing = run_cli(capsys, "interviews", "dismiss", "mail-nosuchthing", "--config", config)
    assert missing.code == 1


def test_auto_confirm_adds_only_what_is_sure_enough(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Above min_confidence (confirmation + note) a round is added by itself; a lone reply waits."""
    sure = "discovery: {auto_confirm: true, min_confidence: 0.9}\n"
    config = maildir_config(tmp_path, extra=sure)
    offer_and_acceptance(config)
    drop(config, make_message(
        sender="Globex Recruiting <no-reply@greenhouse-mail.example>", to=ME,
        subject="Interview Confirmation: Product Analyst at Globex", date=at(10, 23, 9),
        body="Your interview for the Product Analyst position at Globex has been scheduled for "
        "Thursday, October 29, 2026 at 11:00 AM EDT with Lee Park."), "5.globex")
    drop(config, make_message(sender=ME, to="Lee Park <lee.park@globex.example>",
                              subject="Thank you", date=at(10, 29, 15),
                              body="Thank you for speaking with me today about the Product Analyst "
                              "role."), "6.thanks", sent=True)
    waiting = scan_at(capsys, config, at(10, 30, 9)).json()
    assert [(p["company"], p["kind"]) for p in waiting] == [("Acme Corp", "accepted")]
    (globex,) = run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
    assert (globex["company"], globex["role"], globex["source"]) == (
        "Globex", "Product Analyst", "discovered")
    assert globex["date"] == "2026-10-29T15:00:00+00:00"
    with service_over(config) as (service, _):
        news = [d for _, _, d in service.store.events()]
        assert service.settings.discovery.min_confidence == 0.9
    assert any("discovery.auto_confirm is on" in line for line in news), news


def test_a_known_process_is_not_proposed_again_but_its_new_round_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Mail about a round the candidate has is settled silently; a new round names the process."""
    config = maildir_config(tmp_path, ACME)
    drop(config, make_message(
        sender="Acme Corp via GoodTime <scheduling@goodtime.example>", to=ME,
        subject="Interview Confirmation: Acme - Onsite", date=at(10, 14, 9),
        body="Your onsite interview with Acme has been scheduled.\n\nDate: Tuesday, October 20, "
        "2026\nTime: 11:00 AM - 2:00 PM EDT"), "1.same")
    drop(config, make_message(
        sender="Acme Corp via GoodTime <scheduling@goodtime.example>", to=ME,
        subject="Interview Confirmation: Acme - Final", date=at(10, 26, 9),
        body="Your final interview with Acme has been scheduled.\n\nDate: Friday, November 6, "
        "2026\nTime: 9:00 AM - 10:00 AM EST"), "2.new")
    (found,) = scan_at(capsys, config, at(10, 27, 9)).json()
    assert (found["company"], found["role"]) == ("Acme Corp", "Data Engineer")
    assert found["start"] == "2026-11-06T14:00:00+00:00"
    added = run_cli(capsys, "interviews", "add", "--from-invite", found["id"], "--json",
                    "--config", config)
    assert added.code == 0, added.err
    (interview,) = [
        i for i in run_cli(capsys, "interviews", "list", "--json", "--config", config).json()
        if i["id"] == added.json()["id"]
    ]
    assert (interview["company"], interview["role"]) == ("Acme Corp", "Data Engineer")
    rounds = run_cli(capsys, "status", "--json", "--now", "2026-10-28T09:00",
                     "--config", config).json()
    assert {r["process_id"] for r in rounds} == {rounds[0]["process_id"]}  # one application
    assert max(r["round"] for r in rounds) == 2


def test_an_invitation_takes_over_the_round_a_reply_proposed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The calendar invitation that follows an accepted time makes one proposal, not two."""
    config = maildir_config(tmp_path)
    offer_and_acceptance(config)
    (first,) = scan_at(capsys, config, at(10, 27, 9)).json()
    invite = EmailMessage()
    invite["From"], invite["To"] = DANA, ME
    invite["Subject"] = "Invitation: Acme Corp - Data Engineer interview"
    invite["Date"] = format_datetime(at(10, 27, 10))
    invite["Message-ID"] = "<ics@acme.example>"
    invite.set_content("You have been invited.")
    invite.add_alternative(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:acme-42@acme."
        "example\r\nSEQUENCE:0\r\nDTSTART:20261103T201500Z\r\nDTEND:20261103T210000Z\r\n"
        "SUMMARY:Acme Corp - Data Engineer interview\r\nORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@"
        "acme.example\r\nATTENDEE;CN=Jordan Lee:mailto:jordan@example.com\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n", subtype="calendar", params={"method": "REQUEST"})
    drop(config, bytes(invite), "7.ics")
    (found,) = scan_at(capsys, config, at(10, 28, 9)).json()
    assert (found["id"], found["kind"]) == ("acme-42@acme.example", "invitation")
    assert found["start"] == "2026-11-03T20:15:00+00:00"  # the invitation's time wins
    assert {"accept@example.com", "ics@acme.example"} <= set(found["evidence"])
    # The id the scan (or a digest) gave out first still answers.
    added = run_cli(capsys, "interviews", "add", "--from-invite", first["id"], "--json",
                    "--config", config)
    assert added.code == 0, added.err
    assert run_cli(capsys, "interviews", "proposals", "--json", "--config", config).json() == []


def test_the_digest_numbers_proposals_and_its_replies_answer_them(tmp_path: Path) -> None:
    """PROPOSED INTERVIEWS are numbered after the drafts; add N as ... and not an interview N."""
    config = maildir_config(tmp_path)
    offer_and_acceptance(config)
    drop(config, make_message(sender="Lee Park <lee.park@globex.example>", to=ME,
                              subject="Globex: Product Analyst interview", date=at(10, 26, 13),
                              body="We'd like to invite you to an interview for the Product "
                              "Analyst role on Friday, October 30 at 2pm.",
                              message_id="<globex@globex.example>"), "8.globex")
    with service_over(config) as (service, mailbox):
        store, settings = service.store, service.settings
        service.run_once(mailbox, at(10, 27, 9))
        content = DigestContent(service)
        text = content.text(at(10, 27, 9))
        _, _, proposals, items = content.mail_items(None, at(10, 27, 9), 1)
        numbers = {n: item for n, item in items.items() if item.startswith("proposal:")}
        assert "PROPOSED INTERVIEWS" in text
        assert len(proposals) == 2 == len(numbers)
        second, first = sorted(numbers)  # earliest round first: Globex's Oct 30, Acme's Nov 3
        assert f"[{first}] Acme Corp, Data Engineer: Tue 3 Nov 15:00" in text
        assert f"[{second}] Globex, Product Analyst: Fri 30 Oct 14:00" in text
        assert f"not an interview {second}" in text
        digests = Digests(service, Outbox(settings, store, sender=None, folders=None), sender=None)
        reply = parse_reply(f"add {first} as Acme Corporation / Senior Data Engineer\n"
                            f"not an interview {second}\nadd 99")
        done = digests.carry_out(reply, {}, at(10, 27, 12), items=items)
        assert done[0].startswith(f"[{first}] added Acme Corporation, Senior Data Engineer, ")
        assert done[1].startswith(f"[{second}] noted: Globex, Product Analyst on Fri 30 Oct")
        assert done[2] == "add 99: there is no proposed interview [99] in that digest."
        (interview,) = store.interviews()
        assert (interview.company, interview.role) == ("Acme Corporation", "Senior Data Engineer")
        assert store.proposals() == []
        again = digests.carry_out(parse_reply(f"add {first}"), {}, at(10, 27, 13), items=items)
        assert again == [f"[{first}] it is already interview {interview.id}."]


def test_discovery_reads_each_message_once_and_only_recent_mail(tmp_path: Path) -> None:
    """A second catch-up fetches nothing; mail older than scan_days is never fetched."""
    config = maildir_config(tmp_path, extra="discovery: {scan_days: 30}\n")
    offer_and_acceptance(config)
    drop(config, make_message(sender=DANA, to=ME, subject="Interview next week",
                              body="Your interview is confirmed for Monday, August 3 at 10am.",
                              date=at(7, 27, 10)), "0.old")
    with service_over(config) as (service, mailbox):
        store = service.store
        report, new = service.index_mailbox(mailbox, at(10, 27, 9))
        fetched: list[int] = []

        def fetch(pks: list[int]) -> Mapping[int, bytes]:
            fetched.extend(pks)
            return service._whole_messages(mailbox, pks)

        first = Discovery(service).catch_up(fetch, at(10, 27, 9))
        subjects = {store.messages(ids=[pk])[0].message.subject for pk in fetched}
        assert subjects == {"Interview for the Data Engineer role",
                            "Re: Interview for the Data Engineer role"}
        assert len(first) == 1
        assert int(store.meta(READ_THROUGH) or 0) == max(new)
        fetched.clear()
        assert Discovery(service).catch_up(fetch, at(10, 28, 9)) == []
        assert fetched == []
        assert report.indexed == 3


def test_answers_that_cannot_be_carried_out_say_why_and_change_nothing(tmp_path: Path) -> None:
    """No company to name it by, no date, already added, an unknown id: one line each."""
    config = maildir_config(tmp_path)
    unnamed = ProposedInterview(uid="mail-unnamed", sequence=0, method="", start=at(11, 3, 15),
                                kind=ProposalKind.THANK_YOU, confidence=0.3)
    undated = ProposedInterview(uid="mail-undated", sequence=0, method="", start=None,
                                company="Acme Corp", kind=ProposalKind.CONFIRMATION)
    with service_over(config) as (service, _):
        service.store.save_proposal(unnamed, at(11, 3, 18))
        service.store.save_proposal(undated, at(11, 3, 18))
        found = Discovery(service)
        add = Command(Verb.ADD, (5,), line="add 5")
        assert found.answer(add, 5, "proposal:mail-unnamed", at(11, 4, 9)) == (
            "[5] nothing was changed: the mail does not say which company it is; answer: "
            "add N as Company / Role."
        )
        assert "it has no date" in found.answer(add, 5, "proposal:mail-undated", at(11, 4, 9))
        assert found.answer(add, 5, "proposal:mail-gone", at(11, 4, 9)) == (
            "[5] nothing was changed: there is no proposed interview with id 'mail-gone'."
        )
        named = Command(Verb.ADD, (5,), text="Acme Corp / Data Engineer", line="add 5 as ...")
        added = found.answer(named, 5, "proposal:mail-unnamed", at(11, 4, 9))
        assert added.startswith("[5] added Acme Corp, Data Engineer, Tue 3 Nov 15:00, as ")
        dismiss = Command(Verb.NOT_INTERVIEW, (5,), line="not an interview 5")
        refused = found.answer(dismiss, 5, "proposal:mail-unnamed", at(11, 4, 10))
        assert refused.startswith("[5] nothing was changed: it is already interview ")
        assert len(service.store.interviews()) == 1


def test_a_friends_calendar_invitation_is_never_proposed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A coffee invitation with no word of a job search is kept out of the proposals."""
    config = maildir_config(tmp_path)
    invite = EmailMessage()
    invite["From"], invite["To"] = "Sam Okafor <sam.okafor@mailbox.example>", ME
    invite["Subject"] = "Invitation: Coffee w/ Jordan @ Tue Dec 8, 2026 8:30am"
    invite["Date"] = format_datetime(at(12, 1, 9))
    invite["Message-ID"] = "<coffee@mailbox.example>"
    invite.set_content("Catching up before you fly home! How's the job hunt going?")
    invite.add_alternative(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:coffee-1@"
        "mailbox.example\r\nSEQUENCE:0\r\nDTSTART:20261208T133000Z\r\nDTEND:20261208T143000Z"
        "\r\nSUMMARY:Coffee w/ Jordan\r\nORGANIZER;CN=Sam Okafor:mailto:sam.okafor@mailbox."
        "example\r\nATTENDEE;CN=Jordan Lee:mailto:jordan@example.com\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n", subtype="calendar", params={"method": "REQUEST"})
    drop(config, bytes(invite), "1.coffee")
    ran = run_once_at(capsys, config, "2026-12-01T10:00")
    assert ran.code == 0, ran.err
    assert run_cli(capsys, "interviews", "proposals", "--json", "--config", config).json() == []
