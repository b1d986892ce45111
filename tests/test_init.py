"""`init` writes a commented example that watches nothing until the candidate fills it in."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from silence_watch.config import load_settings
from support.cli import run_cli

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_init_writes_a_config_with_no_live_interview(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The sample Acme interview is commented out: status shows none, nothing is overdue."""
    config = tmp_path / "config.yaml"
    made = run_cli(capsys, "init", "--config", config)
    assert made.code == 0, made.err
    assert config.stat().st_mode & 0o777 == 0o600
    text = config.read_text(encoding="utf-8")
    assert "#  - company: Acme Corp" in text
    settings = load_settings(config)
    assert settings.interviews == []
    state = text.replace("# state_dir: ~/.local/state/silence-watch", f"state_dir: {tmp_path}")
    config.write_text(state, encoding="utf-8")
    status = run_cli(capsys, "status", "--config", config)
    assert status.out.startswith("No interviews yet.")


def test_doctor_on_a_fresh_init_names_the_examples_still_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Right after init, doctor's "examples" line lists me.email and the example servers."""
    config = tmp_path / "config.yaml"
    run_cli(capsys, "init", "--config", config)
    text = config.read_text(encoding="utf-8").replace(
        "# state_dir: ~/.local/state/silence-watch", f"state_dir: {tmp_path / 'state'}"
    )
    config.write_text(text, encoding="utf-8")
    outcome = run_cli(capsys, "doctor", "--config", config)
    (line,) = [x for x in outcome.out.splitlines() if x[2:].startswith("examples:")]
    assert line.startswith("! examples: still the sample's example values: me.email,")
    assert "mailbox.host" in line
    assert "smtp.host" in line
    assert "interviews[" not in line


def test_the_packaged_example_and_the_repository_copy_are_the_same() -> None:
    """config/silence-watch.example.yaml is what `init` writes (one source of truth)."""
    packaged = resources.files("silence_watch") / "data" / "silence-watch.example.yaml"
    copy = ROOT / "config" / "silence-watch.example.yaml"
    assert packaged.read_text(encoding="utf-8") == copy.read_text(encoding="utf-8")
