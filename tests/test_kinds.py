"""Kinds that used to be misread: delays, bounce@ return addresses, hiring systems' notices."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.model import Address, Intent, Message, MessageKind, MimePart

SENT = datetime(2026, 11, 10, 8, 0, tzinfo=timezone(timedelta(hours=-8)))


def mail(
    *,
    sender: str,
    name: str = "",
    subject: str,
    headers: dict[str, str] | None = None,
    body: str | None = None,
    parts: tuple[MimePart, ...] = (),
) -> Message:
    """A message to the candidate."""
    return Message(
        message_id="m-1@mail.example",
        date=SENT,
        sender=Address(name=name, email=sender),
        to=(Address(name="Jordan Lee", email="jordan@example.com"),),
        subject=subject,
        headers=headers or {},
        body=body,
        parts=parts,
    )


REPORT = {"content-type": "multipart/report; report-type=delivery-status; boundary=b"}


def status(action: str, status_code: str) -> MimePart:
    """A delivery-status part for one recipient."""
    return MimePart(
        "message/delivery-status",
        "Reporting-MTA: dns; mx.example.net\n\n"
        f"Final-Recipient: rfc822; yasmin.aziz@cinderford.example\nAction: {action}\n"
        f"Status: {status_code}\n",
    )


def test_a_gmail_delay_report_is_delayed_not_a_bounce() -> None:
    """Action: delayed (4.4.1) is a delay: no recipient is named as failed."""
    result = classify_message(mail(
        sender="mailer-daemon@googlemail.example",
        subject="Delivery Status Notification (Delay)",
        headers=REPORT,
        body="** Message not delivered yet **\n\nThere was a temporary problem delivering your "
        "message to yasmin.aziz@cinderford.example. Gmail will retry for 46 more hours.",
        parts=(status("delayed", "4.4.1"),),
    ))
    assert result.kind is MessageKind.DELAYED
    assert result.bounced_recipients == ()
    assert result.intent is None


def test_a_failed_action_is_a_bounce_even_when_the_text_speaks_of_delay() -> None:
    """A Postfix expiry ("delayed for 5 days", Action: failed) is a bounce."""
    result = classify_message(mail(
        sender="mailer-daemon@relay.example.org",
        subject="Undelivered Mail Returned to Sender",
        headers=REPORT,
        body="Your message could not be delivered: it was delayed for 5 days.",
        parts=(status("failed", "4.4.1"),),
    ))
    assert result.kind is MessageKind.BOUNCE
    assert result.bounced_recipients == ("yasmin.aziz@cinderford.example",)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param("Delayed Mail (still being retried)",
                     "This is the mail system at host relay.example.org.\n\n"
                     "warning: message not yet delivered\n\nTHIS IS A WARNING ONLY.",
                     id="postfix-plain"),
        pytest.param("Warning: message 1tQx4R-0007Kc-2B delayed 24 hours",
                     "A message that you sent has not yet been delivered to one or more of its "
                     "recipients after more than 24 hours on the queue.", id="exim"),
        pytest.param("Mail status",
                     "warning: message not yet delivered. The mail system will keep trying "
                     "to deliver it for up to 5 days.", id="text-only"),
    ],
)
def test_plain_text_delay_warnings_are_delays(subject: str, body: str) -> None:
    """Delay warnings without a report part are told by subject or text."""
    result = classify_message(mail(
        sender="MAILER-DAEMON@relay.example.org".lower(),
        subject=subject,
        headers={"x-failed-recipients": "dana@meridian-search.example"},
        body=body,
    ))
    assert result.kind is MessageKind.DELAYED


def test_a_bounce_return_address_without_a_report_is_not_a_bounce() -> None:
    """An ATS request sent from bounce@ is the ATS writing, with an intent."""
    result = classify_message(mail(
        sender="bounce@smartrecruiters.example",
        name="Tessellate Hiring Team",
        subject="Action needed: 3 screening questions for Platform Engineer",
        headers={"auto-submitted": "auto-generated"},
        body="Hi Jordan,\n\nPlease answer three short screening questions so that we can "
        "review your application.",
    ))
    assert result.kind is MessageKind.AUTOMATED
    assert result.intent is Intent.REQUEST


def test_a_bounce_return_address_with_a_failure_text_is_a_bounce() -> None:
    """bounce@ with a delivery-failure text is still a bounce."""
    result = classify_message(mail(
        sender="bounces@mail.example.net",
        subject="Returned mail: see transcript for details",
        body="The original message was received.\n----- The following addresses had permanent "
        "fatal errors -----\n<dana@acme.example>\n550 5.1.1 User unknown",
    ))
    assert result.kind is MessageKind.BOUNCE


@pytest.mark.parametrize(
    ("sender", "name", "subject", "headers", "body", "kind", "intent"),
    [
        pytest.param(  # Workday's rejection carries List-Unsubscribe: the employer's answer
            "halberd@myworkday.example", "Halberd Aerospace",
            "Update on your application - R-104482 Quality Engineer",
            {"auto-submitted": "auto-generated", "list-unsubscribe": "<mailto:u@x.example>"},
            "Dear Jordan,\n\nThank you for your interest. After careful review we have decided "
            "not to move forward with your application.",
            MessageKind.AUTOMATED, Intent.REJECTION, id="ats-list-unsubscribe-not-bulk",
        ),
        pytest.param(  # beside Auto-Submitted: auto-generated, a generated notice
            "notifications@smartrecruiters.example", "Helix Robotics Hiring Team",
            "Your application status has changed",
            {"auto-submitted": "auto-generated", "precedence": "auto_reply"},
            "Your application for Robotics Engineer is now under review.",
            MessageKind.AUTOMATED, None, id="ats-precedence-auto-reply-not-ooo",
        ),
        pytest.param(  # an ATS unknown to the table, writing about "votre candidature"
            "candidatures@taleez.example", "Brasserie Numérique",
            "Réponse à votre candidature - Chargé(e) de communication",
            {"precedence": "bulk", "list-unsubscribe": "<https://u.taleez.example/1>"},
            "Bonjour Jordan,\n\nNous vous remercions pour votre candidature. Nous avons le "
            "regret de vous informer qu'elle n'a pas été retenue.",
            MessageKind.AUTOMATED, None, id="small-ats-precedence-bulk",
        ),
        pytest.param(  # List-Id marks a list: a newsletter that mentions roles is bulk
            "bounces@news.orbit-careers.example", "Orbit Careers",
            "December at Orbit: 14 new engineering roles",
            {"list-id": "<careers-news.orbit-careers.example>", "precedence": "bulk",
             "list-unsubscribe": "<https://news.orbit-careers.example/u>"},
            "Your application journey starts here: 14 new roles this month.",
            MessageKind.BULK, None, id="newsletter-with-list-id",
        ),
        pytest.param(  # dana.ruiz@ signed Dana Ruiz: a person using the relay
            "dana.ruiz@hire.lever.example", "Dana Ruiz", "Re: Data Engineer", {},
            "Hi Jordan, could you send me your notice period?",
            MessageKind.HUMAN, None, id="recruiter-on-relay",
        ),
        pytest.param(  # a person's "Your application for ..." is not an ATS notice
            "bec.lachlan@wattlegrove.example", "Bec Lachlan",
            "Your application for Product Analyst - Wattlegrove", {}, None,
            MessageKind.HUMAN, None, id="recruiter-your-application-subject",
        ),
    ],
)
def test_hiring_system_and_recruiter_mail_reads_as_its_kind(
    sender: str,
    name: str,
    subject: str,
    headers: dict[str, str],
    body: str | None,
    kind: MessageKind,
    intent: Intent | None,
) -> None:
    """Hiring systems are automated whatever bulk headers they carry; lists and people are not."""
    result = classify_message(
        mail(sender=sender, name=name, subject=subject, headers=headers, body=body),
    )
    assert result.kind is kind
    if intent is not None:
        assert result.intent is intent


def test_a_campaign_mailbox_answering_the_candidate_is_a_person() -> None:
    """UK civil-service "HEO Policy Campaign Team" replies to a chase: not a newsletter."""
    body = ("Dear Chidi,\n\nThank you for your email. Interviews for this campaign are still "
            "running and we expect to confirm outcomes in due course.\n\nKind regards,\nHEO Policy "
            "Campaign Team")
    newsletter = mail(sender="heo.policy.campaign@infrastructure.gov.example",
                      subject="Interview outcome - HEO Policy Adviser", body=body)
    reply = replace(newsletter, in_reply_to="<chase-1@mail.example>")
    assert classify_message(newsletter).kind is MessageKind.BULK
    assert classify_message(reply).kind is MessageKind.HUMAN


@pytest.mark.parametrize(
    "standing",
    [
        "Unfortunately I am out of office on Fridays. For anything urgent, write to the team.",
        "Estoy fuera de la oficina los viernes.",
        "Ik ben afwezig op vrijdagen.",
    ],
)
def test_a_standing_absence_in_a_signature_is_no_auto_reply(standing: str) -> None:
    """A person's reply whose signature says "out of office on Fridays" is a person's."""
    body = (
        "Hi Jordan,\n\nThe panel meets next week and I'll be in touch with a decision by "
        f"Thursday, November 19.\n\nBest,\nRachel\n\nRachel Nguyen\nTalent Partner\n{standing}\n"
    )
    found = classify_message(mail(sender="rachel@copperleaf.example", subject="RE: Analyst",
                                  body=body))  # fmt: skip
    assert found.kind is MessageKind.HUMAN


def test_an_absence_now_is_still_an_auto_reply() -> None:
    """The same words about now, not a weekday's habit, still read as an out-of-office."""
    away = "I am out of the office until Monday, November 23."
    found = classify_message(
        mail(sender="rachel@copperleaf.example", subject="Re: Analyst", body=away)
    )
    assert found.kind is MessageKind.AUTO_REPLY


def test_a_delivered_receipt_is_no_bounce() -> None:
    """Exchange's "Delivered:" report: every recipient ``Action: delivered``; nobody failed."""
    report = MimePart(
        content_type="message/delivery-status",
        text="Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; renata@acme.example\n"
             "Action: delivered\nStatus: 2.0.0\n",
    )  # fmt: skip
    found = classify_message(mail(sender="postmaster@example.com", subject="Delivered: Thanks",
                                  headers=REPORT, body="Your message has been delivered.",
                                  parts=(report,)))  # fmt: skip
    assert found.kind is MessageKind.AUTOMATED
    assert found.bounced_recipients == ()
    failed = replace(report, text=report.text.replace("delivered", "failed"))
    undelivered = mail(sender="postmaster@example.com", subject="Undeliverable",
                       headers=REPORT, body="Delivery failed.", parts=(failed,))  # fmt: skip
    bounced = classify_message(undelivered)
    assert bounced.kind is MessageKind.BOUNCE


def test_a_read_receipt_is_a_machine_report() -> None:
    """Outlook's "Read:" receipt (a disposition notification) is nobody's reply."""
    mdn = {"content-type": "multipart/report; report-type=disposition-notification; boundary=b"}
    found = classify_message(mail(sender="renata@acme.example", name="Renata Okafor",
                                  subject="Read: Thank you", headers=mdn,
                                  body="Your message was read on Wednesday."))  # fmt: skip
    assert (found.kind, found.intent) == (MessageKind.AUTOMATED, None)


def test_a_password_reset_is_never_a_rejection() -> None:
    """An account notice decides nothing, whatever the model reads in "this is not ..."."""
    body = ("We received a request to reset your password. If this was not you, ignore this "
            "message. Unfortunately the link expires in 24 hours.")
    reset = mail(sender="careers@acme.example", subject="Reset your candidate portal password",
                 body=body)  # fmt: skip
    found = classify_message(reset, load_intent_reader())
    assert found.intent not in (Intent.REJECTION, Intent.OFFER)


def test_tomorrows_absence_in_a_reply_is_no_auto_reply() -> None:
    """A reply that says "Je serai absente demain" beside its promise is a person's."""
    body = ("Bonjour Jordan,\n\nMerci pour votre message. Nous reviendrons vers vous d'ici "
            "vendredi prochain. Je serai absente demain, mais joignable par mail.\n\nClaire")
    found = classify_message(mail(sender="claire@morvan.example", subject="RE: Entretien",
                                  body=body))  # fmt: skip
    assert found.kind is MessageKind.HUMAN
