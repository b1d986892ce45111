"""Turning a decided action into the words of an email. Pure.

Templates arrive as text (the shell loads the packaged defaults and the user's
overrides); they run in Jinja2's sandbox with ``StrictUndefined`` so a template that
names an unknown variable fails when it is checked at start-up, not in a follow-up.
Every draft is threaded: ``Re:`` the thread's subject, In-Reply-To and References to
its last message, addressed to a person (never a no-reply address).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING, Final

from silence_watch.core.conversation import (
    is_agency_address,
    outcome_of,
    through_agency,
)
from silence_watch.core.greetings import greeting
from silence_watch.core.inclusive import in_gender
from silence_watch.core.ladder import UNSURE_BELOW
from silence_watch.core.language import LANGUAGES, Tongue
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.recall import Recall, day_in, interview_name, items_in, when_in
from silence_watch.core.reply_threads import thread_to_answer
from silence_watch.core.roles import names_role
from silence_watch.core.subjects import without_prefixes
from silence_watch.core.writer_zones import interview_zone

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date, tzinfo

_SEPARATOR = "\n---\n"
_HEADER_UNSAFE = lazy_pattern(r"[\r\n\x00]")


class BadTemplateError(ValueError):
    """A template cannot be rendered (syntax error or unknown variable)."""


@dataclass(frozen=True, slots=True)
class Voice:
    """Who is writing and in which words: the candidate's name, templates and zone."""

    my_name: str
    templates: Mapping[str, str]
    zone: tzinfo
    gender: str = "neutral"  # me.grammatical_gender: how fr/es drafts speak of the writer


@dataclass(frozen=True, slots=True)
class Composed:
    """A draft ready to be queued."""

    action: Action
    to: Contact
    subject: str
    body: str
    in_reply_to: str | None
    references: tuple[str, ...]


#: The variables every template may use, with sample values for the start-up check.
SAMPLE_CONTEXT: Mapping[str, object] = {
    "greeting": "Hi Dana,",
    "my_name": "Jordan Lee",
    "company": "Acme Corp",
    "role": "Data Engineer",
    "contact_name": "Dana Ruiz",
    "interview_day": "Wednesday, November 18",
    "interview_when": "today",
    "agency_name": "Talent Bridge",
    "attempt": 1,
    "answer_by": "Friday, December 4",
    "informal": False,
    "promised_day": "",
    "sent_items": "",
    "news": "offer",
    "deadline": "",
    "interview_name": "my interview",
    "told_by_them": True,
    "met": True,
    "direct": True,
    "other_role": False,
    "season": "week",
    "paused": False,
}


def reply_subject(subject: str, other_roles: Sequence[str] = (), role: str = "") -> str:
    """``Re:`` once, whatever prefixes (Re:, AW:, SV:, Fwd: ...) the thread had.

    Gateway tags such as "[EXTERNAL]" before or among the prefixes go (their gateway tags
    our mail again): "RE: [EXTERNAL] Re: Onsite" is "Re: Onsite" (u33fu). Empty
    (the draft keeps its own) when the subject names one of ``other_roles`` (the
    candidate's other applications there) and not ``role``: a recruiter reused an old
    application's thread for a new one (t82rt).
    """
    stripped = without_prefixes(subject)
    if not names_role(stripped, role) and any(names_role(stripped, r) for r in other_roles):
        return ""
    return f"Re: {stripped}" if stripped else ""


def reader_zone(interview: Interview, default: tzinfo) -> tzinfo:
    """The zone the employer reads dates in: the interview's ``timezone``, else ``default``."""
    return interview_zone(interview) or default


def interview_when(interview_day: date, today: date | None) -> str:
    """``today``, ``yesterday`` or ``on Wednesday``: how the thank-you refers to the interview."""
    if today is None or today == interview_day:
        return "today"
    if (today - interview_day).days == 1:
        return "yesterday"
    return f"on {interview_day:%A}"


def format_day(day: date) -> str:
    """``Wednesday, November 18``: how people write dates in mail."""
    return f"{day:%A}, {day:%B} {day.day}"


def template_key(action: Action, language: str = "en") -> str:
    """Where a template sits in the templates mapping: ``follow_up``, ``de/follow_up``."""
    return action.value if language == LANGUAGES[0] else f"{language}/{action.value}"


def render(
    action: Action,
    templates: Mapping[str, str],
    context: Mapping[str, object],
    language: str = "en",
) -> tuple[str, str]:
    """Render ``action``'s template in ``language`` into (subject, body)."""
    key = template_key(action, language)
    source = templates.get(key)
    if source is None:
        raise BadTemplateError(f"no template for {key}")
    head, sep, body = source.partition(_SEPARATOR)
    if not sep or not head.startswith("Subject:"):
        raise BadTemplateError(f"{key}: must start with 'Subject: ...' then a line '---'")
    # Jinja2 only when a draft is written: status and the draft list never render one.
    from jinja2 import StrictUndefined, TemplateError  # noqa: PLC0415
    from jinja2.sandbox import SandboxedEnvironment  # noqa: PLC0415

    environment = SandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
    )
    try:
        subject = environment.from_string(head.removeprefix("Subject:").strip()).render(context)
        text = environment.from_string(body).render(context)
    except TemplateError as error:
        raise BadTemplateError(f"{key}: {error}") from error
    text = _DOUBLED_STOP.sub("", text)
    if language == "fr":  # "le poste de Architecte", "du poste de ce poste" (tester round t71ds)
        text = _FR_NO_ROLE.sub(lambda found: _FR_THIS_ROLE[found.group(1)], text)
        text = _FR_ELISION.sub("d'", text)
    return " ".join(subject.split()), text.strip() + "\n"


#: A full stop after a value that ends with one ("Analista ... Sr.." for "Sr." + "."),
#: never an ellipsis.
_DOUBLED_STOP: Final = lazy_pattern(r"(?<=\w\.)\.(?!\.)")
#: French elides "de" before a vowel: "le poste d'Architecte", "des nouvelles d'Orano".
_FR_ELISION: Final = lazy_pattern(r"\bde (?=[AEIOUYÉÈÊÂÎÔaeiouyéèêâîô])")
#: No role known: "le poste de ce poste" is "ce poste".
_FR_NO_ROLE: Final = lazy_pattern(r"\b(le|du|au) poste de ce poste\b")
_FR_THIS_ROLE: Final = {"le": "ce poste", "du": "de ce poste", "au": "à ce poste"}


def check_templates(templates: Mapping[str, str]) -> list[str]:
    """Render every action's template with sample values; one line per problem.

    Every language whose templates are given is checked, formal and informal, for a
    decision the recipient wrote and one someone else relayed, for a round that took place
    and one that was called off, and after a no for the role with another on offer.
    """
    problems = []
    languages = [lang for lang in LANGUAGES if any(k.startswith(f"{lang}/") for k in templates)]
    for language in [LANGUAGES[0], *languages]:
        for action in Action:
            for informal, told, met, other, paused in product((False, True), repeat=5):
                sample = {**SAMPLE_CONTEXT, "informal": informal, "told_by_them": told,
                          "met": met, "other_role": other, "paused": paused}  # fmt: skip
                try:
                    render(action, templates, sample, language)
                except BadTemplateError as problem:
                    problems.append(f"templates.{problem}")
    return list(dict.fromkeys(problems))


def promised_day(recall: Recall, recipient: Contact, interview: Interview, lang: str) -> str:
    """The promised day, when ``recipient``'s side gave it; else empty (no "you mentioned").

    The agency's own word is recalled to the agency only, the employer's to the employer.
    """
    if recall.promised_by is None:
        return ""
    at_agency = is_agency_address(recipient.email, interview)
    return day_in(recall.promised_by, lang) if at_agency is recall.promised_by_agency else ""


def paused_before(timeline: Sequence[TimelineEntry]) -> bool:
    """Whether their latest word with a sure reading paused the hiring (a pause's check-in)."""
    latest = next((e for e in reversed(timeline) if e.direction is Direction.INBOUND
                   and e.intent is not None and e.confidence >= UNSURE_BELOW), None)  # fmt: skip
    return latest is not None and latest.intent is Intent.ON_HOLD


def told_by(timeline: Sequence[TimelineEntry], recipient: Contact) -> bool:
    """Whether the employer's latest decision came from ``recipient`` themselves.

    An agency (or a colleague) that relays a no is not the hiring manager writing it: a
    feedback request to him must not thank him for a message he never sent. A decision
    from an applicant-tracking system speaks for whoever the draft goes to.
    """
    decision = next(
        (
            e for e in reversed(timeline)
            if e.direction is Direction.INBOUND and outcome_of(e) is not None
        ),
        None,
    )  # fmt: skip
    if decision is None or decision.kind is not MessageKind.HUMAN:
        return True
    return decision.sender.lower() == recipient.email.lower()


#: The last days of the year, and the first two weeks of the next (month, day).
_YEAR_END: Final = (12, 20)
_NEW_YEAR_UNTIL: Final = (1, 15)


def season_of(today: date | None) -> str:
    """"year_end" from 20 December, "new_year" to 15 January, else "week".

    A follow-up opens with "I hope your week is going well"; on New Year's Eve or the
    first days of January a thoughtful person speaks of the turn of the year instead
    (tester round t60hl).
    """
    if today is None:
        return "week"
    if (today.month, today.day) >= _YEAR_END:
        return "year_end"
    if (today.month, today.day) <= _NEW_YEAR_UNTIL:
        return "new_year"
    return "week"


def compose(  # noqa: PLR0913 - the facts of one draft, keyword-only at every call
    action: Action,
    interview: Interview,
    timeline: Sequence[TimelineEntry],
    *,
    voice: Voice,
    recipient: Contact,
    attempt: int = 1,
    answer_by: date | None = None,
    today: date | None = None,
    tongue: Tongue | None = None,
    recall: Recall | None = None,
    news: str = "offer",
    deadline: date | None = None,
) -> Composed:
    """Write the draft for ``action``: words from the template, threading from the timeline.

    ``tongue`` is the conversation's language and tone; ``recall`` what was said that the
    draft may mention; ``news`` and ``deadline`` what happened elsewhere (a status update).
    """
    tongue = tongue or Tongue(LANGUAGES[0])
    recall = recall or Recall()
    lang = tongue.language if template_key(action, tongue.language) in voice.templates else "en"
    # The day as the employer lived it: a 9:00 interview in Tokyo is a Tuesday there even
    # when it was Monday evening for a candidate in New York.
    interview_day = interview.date.astimezone(reader_zone(interview, voice.zone)).date()
    informal = tongue.informal and lang == tongue.language
    context = {
        "greeting": greeting(recipient.name, lang, informal=informal, email=recipient.email),
        "my_name": voice.my_name,
        "company": interview.company,
        # after "not this role, but let's talk about another": not the role they filled
        "role": "" if recall.other_role else interview.role,
        "other_role": recall.other_role,
        "contact_name": recipient.name,
        "interview_day": day_in(interview_day, lang),
        "interview_when": when_in(interview_day, today, lang),
        "agency_name": interview.agency.name if interview.agency else "",
        "attempt": attempt,
        "answer_by": day_in(answer_by, lang) if answer_by else "",
        "informal": informal,
        "promised_day": promised_day(recall, recipient, interview, lang),
        "sent_items": items_in(recall.sent_items, lang),
        "news": news,
        "deadline": day_in(deadline, lang) if deadline else "",
        "interview_name": interview_name(recall.round_kind, lang),
        "told_by_them": told_by(timeline, recipient),
        # A round called off never took place: no "my interview on Thursday".
        "met": not interview.cancelled,
        # "everything goes through me": no offer to write to the client herself (u09ex)
        "direct": not through_agency(interview, timeline),
        "season": season_of(today),
        # "the search is on hold until the budget": no "the next steps or the timeline"
        "paused": paused_before(timeline),
    }
    subject, body = render(action, voice.templates, context, lang)
    body = in_gender(body, voice.gender)
    tip = thread_to_answer(timeline, recipient, interview)
    in_reply_to = None
    references: tuple[str, ...] = ()
    if tip is not None and tip.message_id is not None:
        subject = reply_subject(tip.subject, recall.other_roles, interview.role) or subject
        in_reply_to = tip.message_id
        references = (*tip.references, tip.message_id)
    for value in (subject, recipient.name, recipient.email):
        if _HEADER_UNSAFE.search(value):
            raise BadTemplateError(f"{action.value}: a header would contain a line break; refused")
    return Composed(action, recipient, subject, body, in_reply_to, references)
