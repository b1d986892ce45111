"""The settings kept as validated: read back the same, and only for the same file."""

from __future__ import annotations

import dataclasses
import inspect
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from silence_watch.config import load_settings, parse_settings, plain, settings
from silence_watch.config.servers import MailboxConfig, OAuth2Config, SmtpConfig
from silence_watch.config.snapshot import SNAPSHOT_FILE, _canon
from silence_watch.core.errors import ConfigError

if TYPE_CHECKING:
    from pathlib import Path

    from pydantic import BaseModel

FULL = """
me: {name: Jordan Lee, email: jordan@example.com, timezone: America/New_York, country: US,
     aliases: [j.lee@example.org]}
mailbox:
  kind: imap
  host: imap.example.com
  username: jordan@example.com
  password: s3cret
  auth: oauth2
  oauth2: {client_id: abc, client_secret: shh, refresh_token_file: ~/token}
smtp: {host: smtp.example.com, port: 587, security: starttls, password_command: pass mail}
sending: {mode: draft, window_days: [mon, fri], window_start: "9:15"}
digest: {to: me@example.com, at: "07:30"}
policy: {follow_ups: 1}
discovery: {auto_confirm: true}
daemon: {sync_interval: 60}
state_dir: STATE
interviews:
  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: Dana.Ruiz@acme.example}]
    domains: [ACME.example]
    expect_reply_by: 2026-11-25
    agency: {name: Talent Bridge, contacts: [{name: Sam Cole, email: sam@tb.example}]}
    timezone: Europe/Berlin
    aliases: [Acme]
    language: de
  - {company: Globex, date: 2026-11-20 10:00}
"""

SECTIONS: list[type[BaseModel]] = [
    settings.ContactConfig, settings.AgencyConfig, settings.InterviewConfig, settings.MeConfig,
    OAuth2Config, MailboxConfig, SmtpConfig, settings.SendingConfig, settings.DigestConfig,
    settings.PolicyConfig, settings.DiscoveryConfig, settings.DaemonConfig, settings.Settings,
]  # fmt: skip


def _config(tmp_path: Path, text: str = FULL) -> Path:
    state = tmp_path / "state"
    state.mkdir(exist_ok=True)
    path = tmp_path / "config.yaml"
    path.write_text(text.replace("STATE", str(state)), encoding="utf-8")
    return path


@pytest.mark.parametrize("model", SECTIONS, ids=lambda model: model.__name__)
def test_each_plain_section_has_its_models_fields_and_properties(model: type[BaseModel]) -> None:
    """Each plain section has its model's fields in order, and every property and method."""
    kind = plain.SECTIONS[model.__name__]
    assert tuple(f.name for f in dataclasses.fields(kind)) == tuple(model.model_fields)
    own = {
        name
        for klass in model.__mro__
        if klass.__module__.startswith("silence_watch")
        for name, member in vars(klass).items()
        if not name.startswith("_") and (isinstance(member, property) or inspect.isfunction(member))
    }
    assert own <= set(dir(kind))


def test_the_top_keys_are_the_settings_fields() -> None:
    """The keys an environment variable may override are the settings' own."""
    assert tuple(settings.Settings.model_fields) == plain.TOP_KEYS


def test_an_unchanged_file_is_read_back_with_the_same_values(tmp_path: Path) -> None:
    """The second start reads the kept values: equal to the validation's, secrets included."""
    path = _config(tmp_path)
    validated = load_settings(path)
    assert isinstance(validated, settings.Settings)
    kept = (tmp_path / "state" / SNAPSHOT_FILE).read_text(encoding="utf-8")
    assert "s3cret" not in kept
    assert "shh" not in kept
    again = load_settings(path)
    assert isinstance(again, plain.Settings)
    assert _canon(again) == _canon(validated)
    assert again.mailbox.password is not None
    assert again.mailbox.password.get_secret_value() == "s3cret"
    assert repr(again.mailbox.password) == repr(validated.mailbox.password)
    assert again.configured_interviews() == validated.configured_interviews()
    assert again.me.addresses == validated.me.addresses
    assert again.sending.window_start_time == validated.sending.window_start_time
    assert again.digest.time == validated.digest.time
    assert again.zone == validated.zone
    assert again.mailbox.effective_port == validated.mailbox.effective_port


def test_a_preview_keeps_no_snapshot(tmp_path: Path) -> None:
    """``run --once --dry-run`` keeps nothing: not even the validated settings."""
    path = _config(tmp_path)
    assert isinstance(load_settings(path, keep=False), settings.Settings)
    assert not (tmp_path / "state" / SNAPSHOT_FILE).exists()
    assert isinstance(load_settings(path, keep=False), settings.Settings)  # validated again


def test_a_changed_file_is_validated_again(tmp_path: Path) -> None:
    """Another text is validated; a broken one says what is wrong, as always."""
    path = _config(tmp_path)
    load_settings(path)
    path.write_text(path.read_text(encoding="utf-8").replace("follow_ups: 1", "follow_ups: 2"))
    changed = load_settings(path)
    assert isinstance(changed, settings.Settings)
    assert changed.policy.follow_ups == 2
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("follow_ups: 2", "follow_ups: many"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    with pytest.raises(ConfigError) as direct:
        parse_settings(path.read_text(encoding="utf-8"), source=str(path))
    assert caught.value.problems == direct.value.problems == [
        "policy.follow_ups: must be a whole number"
    ]


def test_an_override_in_the_environment_is_never_read_from_the_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``SILENCE_WATCH_<KEY>`` set the file is validated with the override, every time."""
    path = _config(tmp_path)
    load_settings(path)
    monkeypatch.setenv("SILENCE_WATCH_POLICY__FOLLOW_UPS", "3")
    assert load_settings(path).policy.follow_ups == 3


def test_a_snapshot_for_another_text_or_a_spoilt_one_is_not_read(tmp_path: Path) -> None:
    """A snapshot that does not match the text, or cannot be read, means validating again."""
    path = _config(tmp_path)
    load_settings(path)
    snapshot = tmp_path / "state" / SNAPSHOT_FILE
    document = json.loads(snapshot.read_text(encoding="utf-8"))
    document["key"] = "0" * 64
    snapshot.write_text(json.dumps(document), encoding="utf-8")
    assert isinstance(load_settings(path), settings.Settings)
    snapshot.write_text("{not json", encoding="utf-8")
    assert isinstance(load_settings(path), settings.Settings)
    assert isinstance(load_settings(path), plain.Settings)  # kept again by the one before


def test_a_time_pydantic_reads_from_text_is_not_kept(tmp_path: Path) -> None:
    """A date written as quoted text gets pydantic's own zone type: that file is not kept."""
    text = FULL.replace("2026-11-18T15:00:00-05:00", '"2026-11-18T15:00:00-05:00"')
    path = _config(tmp_path, text)
    load_settings(path)
    assert not (tmp_path / "state" / SNAPSHOT_FILE).exists()
    assert isinstance(load_settings(path), settings.Settings)


def test_a_start_with_a_kept_snapshot_imports_no_pydantic(tmp_path: Path) -> None:
    """Reading the kept values back needs neither pydantic nor the settings' models."""
    path = _config(tmp_path)
    load_settings(path)
    probe = (
        "import sys; from silence_watch.config import load_settings;"
        f" s = load_settings(__import__('pathlib').Path({str(path)!r}));"
        " print(type(s).__module__, 'pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["silence_watch.config.plain", "False"]
