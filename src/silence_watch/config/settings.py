"""The configuration's shape: one pydantic model per YAML section, and their checks.

Every key, its type, its default and what makes it invalid are here; each check raises a
``ValueError`` whose text becomes the problem line for that key's YAML path. Unknown
keys are errors. Reading the file and the environment is ``config.loading``.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from silence_watch.core.clocktimes import format_clock_time, parse_clock_time
from silence_watch.core.companies import is_consumer_domain
from silence_watch.core.controls import line_problem
from silence_watch.core.model import Agency, Contact, Interview

ENV_PREFIX = "SILENCE_WATCH_"
_ADDRESS_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_PLAIN_REFUSED = "security: plain is only allowed to a loopback host; use tls or starttls"


class _Section(BaseModel):
    """A YAML mapping: unknown keys are mistakes, not extensions."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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


class ContactConfig(_Section):
    """A person at the company or agency."""

    name: str = ""
    email: str

    _email = field_validator("email")(_check_address)
    _name = field_validator("name")(_one_line)


class AgencyConfig(_Section):
    """The recruiter or agency that placed the candidate."""

    name: str
    contacts: list[ContactConfig] = Field(default_factory=list)

    _name = field_validator("name")(_one_line)


class InterviewConfig(_Section):
    """One interview, as written in the ``interviews:`` list."""

    company: str = Field(min_length=1)
    role: str = ""
    date: dt.datetime
    contacts: list[ContactConfig] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    expect_reply_by: dt.date | None = None
    agency: AgencyConfig | None = None
    timezone: str | None = None

    _one_line_values = field_validator("company", "role")(_one_line)

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, value: list[str]) -> list[str]:
        return [_one_line(d).strip().lower().lstrip("@") for d in value if d.strip()]

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


class MeConfig(_Section):
    """The candidate."""

    name: str = Field(min_length=1)
    email: str
    aliases: list[str] = Field(default_factory=list)
    timezone: str = "UTC"
    country: str | None = None

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


class SecretSource(_Section):
    """Where a password comes from; the value itself never needs to sit in the file."""

    password: SecretStr | None = None
    password_command: str | None = None
    password_file: Path | None = None


Security = Literal["tls", "starttls", "plain"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class OAuth2Config(_Section):
    """A refresh-token flow run by silence-watch itself (part of ``mailbox:``).

    ``client_secret`` and ``refresh_token`` may also come from ``*_file``, the
    environment, or systemd credentials named ``mailbox-client-secret`` and
    ``mailbox-refresh-token``.
    """

    provider: Literal["google", "microsoft"] = "google"
    client_id: str = Field(min_length=1)
    client_secret: SecretStr | None = None
    client_secret_file: Path | None = None
    refresh_token: SecretStr | None = None
    refresh_token_file: Path | None = None
    refresh_token_command: str | None = None
    tenant: str = "common"  # Microsoft only: the directory the app is registered in
    token_url: str | None = None  # overrides the provider's token endpoint
    scope: str | None = None  # overrides the provider's default scope


class MailboxConfig(SecretSource):
    """Where the candidate's mail is read from."""

    kind: Literal["imap", "maildir"] = "imap"
    host: str | None = None
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "tls"
    username: str | None = None
    path: Path | None = None
    inbox: str = "INBOX"
    sent: str | None = None  # found by SPECIAL-USE when not set
    drafts: str | None = None  # found by SPECIAL-USE when not set
    all_mail: str | None = None  # Gmail's All Mail, found by SPECIAL-USE when not set
    timeout: float = Field(default=30.0, gt=0)
    auth: Literal["password", "oauth2"] = "password"
    token_command: str | None = None  # prints an OAuth2 access token (oama, mutt_oauth2.py)
    oauth2: OAuth2Config | None = None
    idle: bool = True  # push by IMAP IDLE where the server offers it
    poll_interval: float = Field(default=300.0, ge=1)  # seconds between polls without IDLE
    idle_renew: float = Field(default=540.0, ge=1, le=600)  # RFC 2177: renew before 29 min

    @model_validator(mode="after")
    def _complete(self) -> MailboxConfig:
        if self.kind == "maildir":
            if self.path is None:
                raise ValueError("path: required when kind is maildir")
            return self
        if not self.host:
            raise ValueError("host: required when kind is imap")
        if self.security == "plain" and not _is_loopback(self.host):
            raise ValueError(_PLAIN_REFUSED)
        if self.auth == "oauth2" and not self.token_command and self.oauth2 is None:
            raise ValueError("auth: oauth2 needs token_command or an oauth2: section")
        return self

    @property
    def effective_port(self) -> int:
        """The configured port, or the standard one for the security mode."""
        return self.port or (993 if self.security == "tls" else 143)


class SmtpConfig(SecretSource):
    """The server follow-ups are sent through.

    ``auth: oauth2`` logs in by XOAUTH2 with tokens from ``token_command`` or an
    ``oauth2:`` section, as for the mailbox (Microsoft needs the ``SMTP.Send`` scope).
    """

    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "tls"
    username: str | None = None
    timeout: float = Field(default=30.0, gt=0)
    auth: Literal["password", "oauth2"] = "password"
    token_command: str | None = None  # prints an OAuth2 access token (oama, mutt_oauth2.py)
    oauth2: OAuth2Config | None = None

    @model_validator(mode="after")
    def _plain_only_local(self) -> SmtpConfig:
        if self.security == "plain" and not _is_loopback(self.host):
            raise ValueError(_PLAIN_REFUSED)
        if self.auth == "oauth2" and not self.token_command and self.oauth2 is None:
            raise ValueError("auth: oauth2 needs token_command or an oauth2: section")
        if self.auth == "oauth2" and not self.username:
            raise ValueError("username: required when auth is oauth2")
        return self

    @property
    def effective_port(self) -> int:
        """The configured port, or the standard one for the security mode."""
        return self.port or {"tls": 465, "starttls": 587, "plain": 25}[self.security]


def _check_clock_time(value: str) -> str:
    """A valid "HH:MM", written the one way ("9:30" becomes "09:30")."""
    return format_clock_time(parse_clock_time(value))


class SendingConfig(_Section):
    """How drafts leave: kept as drafts, sent after approval, or sent on their own.

    ``window_days``/``window_start``/``window_end`` are read in the recipient's zone (the
    interview's ``timezone``, else ``me.timezone``). ``sent_copy: auto`` appends a copy to
    Sent only when the provider did not file one itself (Gmail and Office 365 do).
    """

    mode: Literal["draft", "approve", "auto"] = "approve"
    sent_copy: Literal["auto", "always", "never"] = "auto"
    window_days: tuple[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ...] = Field(
        default=("tue", "wed", "thu"), min_length=1
    )
    window_start: str = "09:30"
    window_end: str = "11:30"
    max_per_day: int = Field(default=3, ge=1, le=50)
    max_offset_minutes: int = Field(default=20, ge=0, le=120)

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


class DigestConfig(_Section):
    """The daily summary mail."""

    to: str | None = None
    at: str = "08:00"
    on_new_draft: bool = False  # also send one as soon as a new draft needs a decision

    _to = field_validator("to")(lambda v: None if v is None else _check_address(v))

    _at = field_validator("at")(_check_clock_time)

    @property
    def time(self) -> dt.time:
        """``at`` as a time of day."""
        return parse_clock_time(self.at)


class PolicyConfig(_Section):
    """When silence becomes worth a follow-up, and how many times to ask."""

    wait_business_days: int = Field(default=5, ge=1, le=30)
    agency_check_in: bool = True
    follow_ups: int = Field(default=2, ge=0, le=3)
    gap_business_days: int = Field(default=5, ge=1, le=20)
    closing_note: bool = True
    ghost_after_business_days: int = Field(default=5, ge=1, le=30)


class DaemonConfig(_Section):
    """How often ``silence-watch run`` does each kind of work (seconds).

    IMAP IDLE pushes new mail at once; ``sync_interval`` is the polling fallback (and the
    only trigger for a Maildir). Small values are for tests and previews.
    """

    sync_interval: float = Field(default=300.0, gt=0)  # poll the mailbox besides IDLE pushes
    evaluate_interval: float = Field(default=900.0, gt=0)  # re-decide even when no mail came
    send_interval: float = Field(default=300.0, gt=0)  # look for approved drafts to send
    housekeeping_interval: float = Field(default=3600.0, gt=0)  # status line, state checks
    retry_after: float = Field(default=60.0, gt=0)  # first retry of a failed job, then doubled
    job_timeout: float = Field(default=600.0, gt=0)  # a job running longer stops the watchdog
    ready_timeout: float = Field(default=60.0, gt=0)  # report ready even if the mailbox is down


class Settings(BaseSettings):
    """The whole configuration file."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
    )

    me: MeConfig
    mailbox: MailboxConfig
    smtp: SmtpConfig | None = None
    sending: SendingConfig = SendingConfig()
    state_dir: Path | None = None
    digest: DigestConfig = DigestConfig()
    policy: PolicyConfig = PolicyConfig()
    daemon: DaemonConfig = DaemonConfig()
    interviews: list[InterviewConfig] = Field(default_factory=list)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],  # noqa: ARG003 - signature fixed by pydantic-settings
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,  # noqa: ARG003 - not used: no .env files
        file_secret_settings: PydanticBaseSettingsSource,  # noqa: ARG003 - secrets are resolved per key
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment first (it overrides), then the YAML file passed in as init data."""
        return (env_settings, init_settings)

    @property
    def zone(self) -> ZoneInfo:
        """The candidate's time zone."""
        return ZoneInfo(self.me.timezone)

    def configured_interviews(self) -> list[Interview]:
        """The interviews of the file as core values (ids are assigned by the store)."""
        return [interview_from_config(item, self.zone) for item in self.interviews]


def interview_from_config(
    item: InterviewConfig,
    zone: ZoneInfo,
    interview_id: int = 0,
) -> Interview:
    """Turn a config entry into a core ``Interview``; a date without offset is in ``zone``."""
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
