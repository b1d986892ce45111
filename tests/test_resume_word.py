"""The noun "resume" (American for CV) is no word of a pause; the verb still is."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from silence_watch.config.models import load_intent_reader
from silence_watch.core.classify import classify_message
from silence_watch.core.dates import revisit_date
from silence_watch.core.language import fold
from silence_watch.core.model import Address, Intent, Message
from silence_watch.core.resume_word import RESUME_VERB, cv_for_resume

CT = timezone(timedelta(hours=-5))
SENT = datetime(2026, 10, 23, 15, 20, tzinfo=CT)

NOUNS = [
    ("Kevin passed along your resume and I'll call the number on your resume.",
     "Kevin passed along your CV and I'll call the number on your CV."),
    ("Résumé attached. Please find my résumé below.", "CV attached. Please find my CV below."),
    ("We are reviewing resumes this week.", "We are reviewing CVs this week."),
    ("Could you send an updated Resume?", "Could you send an updated CV?"),
    ("CV/resume in PDF, please.", "CV/CV in PDF, please."),
    ("Resume attached for the Ops role.", "CV attached for the Ops role."),
]
VERBS = [
    "We'll resume the search in January.",
    "Hiring resumes in January once the budget is set.",
    "We are resuming interviews after the holidays.",
    "The process has resumed.",
    "We hope to resume after the first quarter.",
]


@pytest.mark.parametrize(("text", "read"), NOUNS)
def test_the_noun_is_read_as_cv(text: str, read: str) -> None:
    """After a determiner, a slash, or before a document's word; accented always."""
    assert cv_for_resume(text) == read
    assert re.search(RESUME_VERB, fold(text)) is None


@pytest.mark.parametrize("text", VERBS)
def test_the_verb_stays_a_pause_word(text: str) -> None:
    """"resume the search", "resumes in January", "resuming", "resumed"."""
    assert cv_for_resume(text) == text
    assert re.search(RESUME_VERB, fold(text)) is not None


def test_a_pause_with_a_resume_on_file_resumes_on_its_day() -> None:
    """"your resume" before the verb is not where the pause's end is looked for."""
    text = ("We keep your resume on file. The role is on hold; we will resume hiring on "
            "Monday, January 11.")
    assert revisit_date(text, SENT) == date(2027, 1, 11)


def test_a_day_beside_the_noun_is_no_end_of_a_pause() -> None:
    """"the number on your resume ... on Wednesday" says nothing of a pause's end."""
    text = "I'll call the cell number on your resume on Wednesday, October 28 at 1:00 PM CT."
    assert revisit_date(text, SENT) is None


def _mail(body: str) -> Message:
    return Message(
        message_id="r-1@birchcliff.example",
        date=SENT,
        sender=Address(name="Angela Ruiz", email="angela.ruiz@birchcliff.example"),
        to=(Address(name="Renee Park", email="renee.park@example.com"),),
        subject="Phone screen - Supply Chain Planning Manager",
        headers={},
        body=body,
    )


def test_a_phone_screen_set_beside_her_resume_is_no_pause() -> None:
    """The US recruiter's "your resume" twice is a next step, not a hiring pause."""
    found = classify_message(_mail(
        "Hi Renee,\n\nKevin passed along your resume and I'm looking forward to speaking "
        "with you on Wednesday, October 28 at 1:00 PM CT. I'll call the cell number on your "
        "resume - please let me know if there's a better number.\n\nBest regards,\nAngela\n",
    ), load_intent_reader())  # fmt: skip
    assert found.intent is not Intent.ON_HOLD
    assert found.revisit_by is None


def test_a_pause_said_with_the_verb_is_still_a_pause() -> None:
    """"we will resume the search in January": on hold, to be picked up again."""
    found = classify_message(_mail(
        "Hi Renee,\n\nI wanted to let you know that we have put this search on hold due to "
        "a budget freeze. We expect to resume the search on Monday, January 11, and I will "
        "reach out then.\n\nBest regards,\nAngela\n",
    ), load_intent_reader())  # fmt: skip
    assert found.intent is Intent.ON_HOLD
    assert found.revisit_by == date(2027, 1, 11)
