"""The configuration's shape: one pydantic model per YAML section, and their checks.

Every key, its type, its default, its meaning (the field's ``description``, which
docs/configuration.md and ``config schema`` show) and what makes it invalid are here or,
for the mail servers, in ``config.servers``. Each check raises a ``ValueError`` whose text
becomes the problem line for that key's YAML path. Unknown keys are errors. Reading the
file and the environment is ``config.loading``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from silence_watch.config.plain import interview_from_config
from silence_watch.config.servers import (
    MailboxConfig,
    Section,
    SmtpConfig,
)
from silence_watch.core.clocktimes import format_clock_time, parse_clock_time
from silence_watch.core.companies import mail_domain
from silence_watch.core.controls import line_problem
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from silence_watch.core.model import Interview

_ADDRESS_RE = lazy_pattern(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _check_address(value: str) -> str:
    _one_line(value)
    value = value.strip()
    if not _ADDRESS_RE.match(value):
        raise ValueError(f"{value!r} is not an email address")
    return value.lower()


def _one_line(value: str) -> str:
    """Refuse a line break or control character: the value may reach a mail header."""
    problem = line_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


class ContactConfig(Section):
    """A person at the company or agency."""

    name: str = Field(default="", description="Their name, as you would greet them.")
    email: str = Field(description="Their address; follow-ups are only ever sent to contacts.")

    _email = field_validator("email")(_check_address)
    _name = field_validator("name")(_one_line)


class AgencyConfig(Section):
    """The recruiter or agency that placed the candidate."""

    name: str = Field(description="The agency's name.")
    contacts: list[ContactConfig] = Field(
        default_factory=list, description="The recruiters there; they are asked first."
    )

    _name = field_validator("name")(_one_line)


class InterviewConfig(Section):
    """One interview, as written in the ``interviews:`` list."""

    company: str = Field(min_length=1, description="The employer's name.")
    role: str = Field(default="", description="The position.")
    date: dt.datetime = Field(
        description="When the interview is or was; without an offset, in timezone or me.timezone."
    )
    contacts: list[ContactConfig] = Field(
        default_factory=list, description="The people there you spoke with."
    )
    domains: list[str] = Field(
        default_factory=list,
        description="The company's mail domains; mail from them belongs to this interview.",
    )
    expect_reply_by: dt.date | None = Field(
        default=None, description="The day they promised an answer by, if they did."
    )
    agency: AgencyConfig | None = Field(
        default=None, description="The agency or recruiter who placed you, if one did."
    )
    timezone: str | None = Field(
        default=None,
        description="The employer's zone (Europe/Berlin), for their business days and send hours.",
    )
    aliases: list[str] = Field(
        default_factory=list,
        description="Other names the company goes by (Acme, Acme Labs): your connections there"
        " are found by these too.",
    )
    language: Literal["en", "de", "fr", "es", "nl"] | None = Field(
        default=None,
        description="The language the drafts are written in (default: the employer's own).",
    )

    _one_line_values = field_validator("company", "role")(_one_line)

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, value: list[str]) -> list[str]:
        return [mail_domain(_one_line(d)) for d in value if d.strip()]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        return None if value is None else _check_zone(value)


def _check_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {value!r} (use a name like Europe/Berlin)") from error
    return value


class MeConfig(Section):
    """The candidate."""

    name: str = Field(min_length=1, description="Your name, as it signs the follow-ups.")
    email: str = Field(
        description="Your address: follow-ups come from it, replies that approve must too."
    )
    aliases: list[str] = Field(default_factory=list, description="Other addresses you send from.")
    timezone: str = Field(
        default="UTC",
        description="Your zone (America/New_York): business days and every time you are shown.",
    )
    country: str | None = Field(
        default=None, description="A country code (US, DE) whose public holidays are skipped."
    )
    grammatical_gender: Literal["feminine", "masculine", "neutral"] = Field(
        default="neutral",
        description="How French and Spanish drafts speak of you: 'ravie' or 'ravi' (neutral:"
        " words with no gender, 'sigo teniendo mucho interés', else 'ravi·e').",
    )

    _email = field_validator("email")(_check_address)
    _name = field_validator("name")(_one_line)

    @field_validator("aliases")
    @classmethod
    def _check_aliases(cls, value: list[str]) -> list[str]:
        return [_check_address(v) for v in value]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return _check_zone(value)

    @property
    def addresses(self) -> frozenset[str]:
        """Every address that means "the candidate wrote this"."""
        return frozenset({self.email, *self.aliases})


def _check_clock_time(value: str) -> str:
    """A valid "HH:MM", written the one way ("9:30" becomes "09:30")."""
    return format_clock_time(parse_clock_time(value))


class SendingConfig(Section):
    """How drafts leave: kept as drafts, sent after approval, or sent on their own.

    ``window_days``/``window_start``/``window_end`` are read in the recipient's zone (the
    interview's ``timezone``; a round from an invitation takes the zone its time is written
    in, else that of the process's other rounds; else ``me.timezone``). Nothing leaves on a
    public holiday of ``me.country``, even when approved the evening before, nor on one of
    the country the interview's ``timezone`` is in (a follow-up to New York never lands on
    Thanksgiving; the country is read from the time-zone database's ``zone.tab``). ``sent_copy:
    auto`` appends a copy to Sent only when the provider did not file one itself (Gmail and
    Office 365 do).
    """

    mode: Literal["draft", "approve", "auto"] = Field(
        default="approve",
        description="draft: put follow-ups in your Drafts folder; approve: send after you "
        "approve; auto: send unless you skip.",
    )
    sent_copy: Literal["auto", "always", "never"] = Field(
        default="auto",
        description="Put a copy in Sent: auto (only where the provider does not), always, never.",
    )
    window_days: tuple[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ...] = Field(
        default=("tue", "wed", "thu"),
        min_length=1,
        description="The weekdays follow-ups may leave on, in the recipient's zone.",
    )
    window_start: str = Field(
        default="09:30", description="The hour (HH:MM) the send window opens, recipient's zone."
    )
    window_end: str = Field(default="11:30", description="The hour (HH:MM) it closes.")
    max_per_day: int = Field(
        default=3, ge=1, le=50, description="At most this many follow-ups leave on one day."
    )
    max_offset_minutes: int = Field(
        default=20,
        ge=0,
        le=120,
        description="A follow-up leaves up to this many minutes into the window, not on the dot.",
    )

    _clock_times = field_validator("window_start", "window_end")(_check_clock_time)

    @model_validator(mode="after")
    def _window_opens(self) -> SendingConfig:
        if self.window_start_time >= self.window_end_time:
            raise ValueError("window_end: must be later than window_start")
        return self

    @property
    def window_start_time(self) -> dt.time:
        """``window_start`` as a time of day."""
        return parse_clock_time(self.window_start)

    @property
    def window_end_time(self) -> dt.time:
        """``window_end`` as a time of day."""
        return parse_clock_time(self.window_end)


class DigestConfig(Section):
    """The daily summary mail."""

    to: str | None = Field(default=None, description="Where the digest goes (default: me.email).")
    at: str = Field(default="08:00", description="The hour (HH:MM) it is sent, in me.timezone.")
    on_new_draft: bool = Field(
        default=False, description="Also send one as soon as a new draft needs a decision."
    )

    _to = field_validator("to")(lambda v: None if v is None else _check_address(v))

    _at = field_validator("at")(_check_clock_time)

    @property
    def time(self) -> dt.time:
        """``at`` as a time of day."""
        return parse_clock_time(self.at)


class PolicyConfig(Section):
    """When silence becomes worth a follow-up, and how many times to ask."""

    wait_business_days: int = Field(
        default=5,
        ge=1,
        le=30,
        description="Business days to wait after the interview when nobody promised a date.",
    )
    agency_check_in: bool = Field(
        default=True, description="Ask the agency first, when one placed you."
    )
    follow_ups: int = Field(
        default=2, ge=0, le=3, description="How many follow-ups before the closing note."
    )
    gap_business_days: int = Field(
        default=5, ge=1, le=20, description="Business days between two follow-ups."
    )
    closing_note: bool = Field(
        default=True,
        description="End with a short note that closes the loop and asks for feedback.",
    )
    ghost_after_business_days: int = Field(
        default=5,
        ge=1,
        le=30,
        description="Business days after the last step before the interview is marked ghosted.",
    )
    share_deadlines: bool = Field(
        default=False,
        description="Name the date of an offer's deadline elsewhere in the status updates to"
        " the others.",
    )


class DiscoveryConfig(Section):
    """Interviews found in your mail (docs/discovery.md): proposed for you to confirm."""

    auto_confirm: bool = Field(
        default=False,
        description="Add a proposed interview by itself when its confidence reaches "
        "min_confidence (otherwise: add N in the digest, or interviews add --from-invite).",
    )
    min_confidence: float = Field(
        default=0.9, ge=0.5, le=0.99, description="The confidence auto_confirm needs (0.5-0.99)."
    )
    scan_days: int = Field(
        default=90, ge=1, le=365, description="How many days back init --scan and discovery read."
    )


class DaemonConfig(Section):
    """How often ``silence-watch run`` does each kind of work (seconds).

    IMAP IDLE pushes new mail at once; ``sync_interval`` is the polling fallback (and the
    only trigger for a Maildir). Small values are for tests and previews.
    """

    sync_interval: float = Field(
        default=300.0, gt=0, description="Seconds between polls of the mailbox, besides IDLE."
    )
    evaluate_interval: float = Field(
        default=900.0, gt=0, description="Seconds between decisions even when no mail came."
    )
    send_interval: float = Field(
        default=300.0, gt=0, description="Seconds between looks for approved drafts to send."
    )
    housekeeping_interval: float = Field(
        default=3600.0, gt=0, description="Seconds between status-line and disk-space checks."
    )
    retry_after: float = Field(
        default=60.0, gt=0, description="Seconds before a failed job is retried (then doubled)."
    )
    job_timeout: float = Field(
        default=600.0,
        gt=0,
        description="A job running longer stops the watchdog, so systemd restarts the daemon.",
    )
    ready_timeout: float = Field(
        default=60.0,
        gt=0,
        description="Seconds after which the daemon reports ready even if the mailbox is down.",
    )


class Settings(BaseModel):
    """The whole configuration file.

    A plain model: ``config.loading`` validates the YAML with it, and only when a
    ``SILENCE_WATCH_...`` variable names one of its keys does it go through
    pydantic-settings (``environment_settings``), whose import costs every command a tenth
    of a second.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    me: MeConfig = Field(description="You: name, address, time zone.")
    mailbox: MailboxConfig = Field(description="Where your mail is read from.")
    smtp: SmtpConfig | None = Field(
        default=None, description="Where follow-ups and digests are sent through."
    )
    sending: SendingConfig = Field(
        default=SendingConfig(), description="How and when follow-ups leave."
    )
    state_dir: Path | None = Field(
        default=None,
        description="Where the state database lives (default: $STATE_DIRECTORY under systemd, "
        "else ~/.local/state/silence-watch).",
    )
    digest: DigestConfig = Field(default=DigestConfig(), description="The daily summary mail.")
    policy: PolicyConfig = Field(
        default=PolicyConfig(), description="When silence is worth a follow-up."
    )
    discovery: DiscoveryConfig = Field(
        default=DiscoveryConfig(), description="Interviews found in your mail."
    )
    daemon: DaemonConfig = Field(
        default=DaemonConfig(), description="How often `silence-watch run` does each job."
    )
    interviews: list[InterviewConfig] = Field(
        default_factory=list,
        description="Your interviews (also: silence-watch interviews add).",
    )

    @property
    def zone(self) -> ZoneInfo:
        """The candidate's time zone."""
        return ZoneInfo(self.me.timezone)

    def configured_interviews(self) -> list[Interview]:
        """The interviews of the file as core values (ids are assigned by the store)."""
        return [interview_from_config(item, self.zone) for item in self.interviews]

