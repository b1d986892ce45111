"""The settings as plain values: what a command reads when the file has not changed.

``config.settings`` validates the YAML with pydantic models; importing pydantic and
building those models costs every command a tenth of a second before it reads anything.
The models' values, once validated, are kept (``config.snapshot``) and read back into
these frozen dataclasses: each has the fields of its model, in the same order and with
the same values, and the properties the code reads (``tests/test_config_snapshot.py``
holds each to its model). Nothing here validates: only a file that validated is read
back, by the same code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from silence_watch.core.clocktimes import parse_clock_time
from silence_watch.core.companies import is_consumer_domain
from silence_watch.core.model import Agency, Contact, Interview

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from silence_watch.config import settings as models

#: The top-level keys of the file (``Settings.model_fields``): a ``SILENCE_WATCH_<KEY>``
#: variable that names one overrides the file, and only pydantic-settings reads it.
TOP_KEYS = (
    "me", "mailbox", "smtp", "sending", "state_dir", "digest", "policy", "discovery", "daemon",
    "interviews",
)  # fmt: skip


class PlainSecret:
    """A password or token, as pydantic's ``SecretStr`` holds it: never shown by repr."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        """Hold ``value``."""
        self._value = value

    def get_secret_value(self) -> str:
        """The secret itself."""
        return self._value

    def __repr__(self) -> str:
        """As ``SecretStr``'s: the value hidden."""
        return "SecretStr('**********')" if self._value else "SecretStr('')"

    def __str__(self) -> str:
        """As ``SecretStr``'s: the value hidden."""
        return "**********" if self._value else ""

    def __eq__(self, other: object) -> bool:
        """Equal to another secret with the same value."""
        return isinstance(other, PlainSecret) and other._value == self._value

    def __hash__(self) -> int:
        """By the value, as ``SecretStr``."""
        return hash(self._value)


@dataclass(frozen=True, slots=True)
class ContactConfig:
    """A person at the company or agency (``settings.ContactConfig``)."""

    name: str
    email: str


@dataclass(frozen=True, slots=True)
class AgencyConfig:
    """The recruiter or agency that placed the candidate."""

    name: str
    contacts: list[ContactConfig]


@dataclass(frozen=True, slots=True)
class InterviewConfig:
    """One interview, as written in the ``interviews:`` list."""

    company: str
    role: str
    date: dt.datetime
    contacts: list[ContactConfig]
    domains: list[str]
    expect_reply_by: dt.date | None
    agency: AgencyConfig | None
    timezone: str | None
    aliases: list[str]
    language: Literal["en", "de", "fr", "es", "nl"] | None


@dataclass(frozen=True, slots=True)
class MeConfig:
    """The candidate."""

    name: str
    email: str
    aliases: list[str]
    timezone: str
    country: str | None
    grammatical_gender: Literal["feminine", "masculine", "neutral"]

    @property
    def addresses(self) -> frozenset[str]:
        """Every address that means "the candidate wrote this"."""
        return frozenset({self.email, *self.aliases})


@dataclass(frozen=True, slots=True)
class OAuth2Config:
    """A refresh-token flow run by silence-watch itself."""

    provider: Literal["google", "microsoft"]
    client_id: str
    client_secret: PlainSecret | None
    client_secret_file: Path | None
    refresh_token: PlainSecret | None
    refresh_token_file: Path | None
    refresh_token_command: str | None
    refresh_token_store_command: str | None
    tenant: str
    token_url: str | None
    scope: str | None


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    """Where the candidate's mail is read from."""

    password: PlainSecret | None
    password_command: str | None
    password_file: Path | None
    kind: Literal["imap", "maildir"]
    host: str | None
    port: int | None
    security: Literal["tls", "starttls", "plain"]
    username: str | None
    path: Path | None
    inbox: str
    sent: str | None
    drafts: str | None
    all_mail: str | None
    timeout: float
    auth: Literal["password", "oauth2"]
    token_command: str | None
    oauth2: OAuth2Config | None
    idle: bool
    poll_interval: float
    idle_renew: float

    @property
    def effective_port(self) -> int:
        """The configured port, or the standard one for the security mode."""
        return self.port or (993 if self.security == "tls" else 143)


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """The server follow-ups are sent through."""

    password: PlainSecret | None
    password_command: str | None
    password_file: Path | None
    host: str
    port: int | None
    security: Literal["tls", "starttls", "plain"]
    username: str | None
    timeout: float
    auth: Literal["password", "oauth2"]
    token_command: str | None
    oauth2: OAuth2Config | None

    @property
    def effective_port(self) -> int:
        """The configured port, or the standard one for the security mode."""
        return self.port or {"tls": 465, "starttls": 587, "plain": 25}[self.security]


@dataclass(frozen=True, slots=True)
class SendingConfig:
    """How drafts leave."""

    mode: Literal["draft", "approve", "auto"]
    sent_copy: Literal["auto", "always", "never"]
    window_days: tuple[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ...]
    window_start: str
    window_end: str
    max_per_day: int
    max_offset_minutes: int

    @property
    def window_start_time(self) -> dt.time:
        """``window_start`` as a time of day."""
        return parse_clock_time(self.window_start)

    @property
    def window_end_time(self) -> dt.time:
        """``window_end`` as a time of day."""
        return parse_clock_time(self.window_end)


@dataclass(frozen=True, slots=True)
class DigestConfig:
    """The daily summary mail."""

    to: str | None
    at: str
    on_new_draft: bool

    @property
    def time(self) -> dt.time:
        """``at`` as a time of day."""
        return parse_clock_time(self.at)


@dataclass(frozen=True, slots=True)
class PolicyConfig:
    """When silence becomes worth a follow-up, and how many times to ask."""

    wait_business_days: int
    agency_check_in: bool
    follow_ups: int
    gap_business_days: int
    closing_note: bool
    ghost_after_business_days: int
    share_deadlines: bool


@dataclass(frozen=True, slots=True)
class DiscoveryConfig:
    """Interviews found in the mail."""

    auto_confirm: bool
    min_confidence: float
    scan_days: int


@dataclass(frozen=True, slots=True)
class DaemonConfig:
    """How often ``silence-watch run`` does each kind of work (seconds)."""

    sync_interval: float
    evaluate_interval: float
    send_interval: float
    housekeeping_interval: float
    retry_after: float
    job_timeout: float
    ready_timeout: float


@dataclass(frozen=True, slots=True)
class Settings:
    """The whole configuration file, as validated once."""

    me: MeConfig
    mailbox: MailboxConfig
    smtp: SmtpConfig | None
    sending: SendingConfig
    state_dir: Path | None
    digest: DigestConfig
    policy: PolicyConfig
    discovery: DiscoveryConfig
    daemon: DaemonConfig
    interviews: list[InterviewConfig] = field(default_factory=list)

    @property
    def zone(self) -> ZoneInfo:
        """The candidate's time zone."""
        return ZoneInfo(self.me.timezone)

    def configured_interviews(self) -> list[Interview]:
        """The interviews of the file as core values (ids are assigned by the store)."""
        return [interview_from_config(item, self.zone) for item in self.interviews]


#: Each section's class by the name of the pydantic model it stands for.
SECTIONS: dict[str, type] = {
    kind.__name__: kind
    for kind in (
        ContactConfig, AgencyConfig, InterviewConfig, MeConfig, OAuth2Config, MailboxConfig,
        SmtpConfig, SendingConfig, DigestConfig, PolicyConfig, DiscoveryConfig, DaemonConfig,
        Settings,
    )
}  # fmt: skip


def interview_from_config(
    item: InterviewConfig | models.InterviewConfig,
    zone: ZoneInfo,
    interview_id: int = 0,
) -> Interview:
    """Turn a config entry into a core ``Interview``; a date without offset is in ``zone``.

    ``item`` is either model: the validated ``settings.InterviewConfig`` or its plain copy.
    """
    # A time written without an offset is in the interview's own zone, else the candidate's.
    local = ZoneInfo(item.timezone) if item.timezone else zone
    when = item.date if item.date.tzinfo is not None else item.date.replace(tzinfo=local)
    agency = None
    if item.agency is not None:
        agency = Agency(
            name=item.agency.name,
            contacts=tuple(Contact(c.name, c.email) for c in item.agency.contacts),
        )
    domains = list(item.domains)
    for contact in item.contacts:
        domain = contact.email.rpartition("@")[2]
        # A contact at a free mail provider is a person, not a company domain.
        if domain not in domains and not is_consumer_domain(domain):
            domains.append(domain)
    return Interview(
        id=interview_id,
        company=item.company,
        role=item.role,
        date=when,
        contacts=tuple(Contact(c.name, c.email) for c in item.contacts),
        domains=tuple(domains),
        expect_reply_by=item.expect_reply_by,
        agency=agency,
        timezone=item.timezone,
    )
