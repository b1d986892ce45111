"""Installing: scripts/install on the system Python, apt waiting for its lock, the README."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APT = ROOT / "scripts" / "apt.sh"
LOCKED = "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)"


def _fake_apt(tmp_path: Path, failures: int, message: str = LOCKED) -> Path:
    """A command that fails ``failures`` times with ``message``, then succeeds."""
    counter = tmp_path / "tries"
    counter.write_text("0", encoding="utf-8")
    script = tmp_path / "fake-apt"
    script.write_text(
        "#!/usr/bin/env bash\n"
        f"n=$(cat {counter}); echo $((n + 1)) > {counter}\n"
        f'if [ "$n" -lt {failures} ]; then echo "{message}" >&2; exit 100; fi\n'
        'echo "installed"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def _retry(command: Path, wait: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f'source "{APT}"; APT_WHO=t apt_retry "{command}"'],
        capture_output=True, text=True, check=False, timeout=60,
        env={**os.environ, "APT_LOCK_WAIT": wait, "APT_LOCK_POLL": "0.05"},
    )  # fmt: skip


def test_apt_waits_while_another_apt_holds_the_lock(tmp_path: Path) -> None:
    """Two 'Could not get lock' failures, then success: one waiting line, exit 0."""
    fake = _fake_apt(tmp_path, failures=2)
    done = _retry(fake, "10")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "tries").read_text(encoding="utf-8").strip() == "3"
    assert done.stderr.count("another apt or dpkg is running; waiting for it") == 1


def test_apt_gives_up_after_the_bounded_wait_and_says_what_to_do(tmp_path: Path) -> None:
    """A lock held past APT_LOCK_WAIT: exit 1, the wait's length and what to check."""
    fake = _fake_apt(tmp_path, failures=10_000)
    done = _retry(fake, "0.2")
    assert done.returncode == 1
    assert "still held its lock after 0.2 s" in done.stderr
    assert "run this again" in done.stderr


def test_apt_fails_at_once_on_any_other_error(tmp_path: Path) -> None:
    """A failure that is not about the lock is shown and not retried."""
    fake = _fake_apt(tmp_path, failures=5, message="E: Unable to locate package nope")
    done = _retry(fake, "10")
    assert done.returncode == 1
    assert "Unable to locate package nope" in done.stderr
    assert (tmp_path / "tries").read_text(encoding="utf-8").strip() == "1"


def _system_python() -> str:
    """The distribution's Python when there is one (what a new user has), else this one."""
    for candidate in ("/usr/bin/python3", sys.executable):
        if Path(candidate).exists():
            return candidate
    return sys.executable  # pragma: no cover - sys.executable always exists


def test_scripts_install_reaches_a_running_demo_with_the_system_python(tmp_path: Path) -> None:
    """A fresh HOME, only /usr/bin on PATH: scripts/install, then the demo runs; PATH advice."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHON": _system_python()}
    cache = Path.home() / ".cache" / "pip"
    if cache.is_dir():
        env["PIP_CACHE_DIR"] = str(cache)  # the same downloads as every other install here
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install")],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    command = home / ".local" / "bin" / "silence-watch"
    assert command.is_symlink()
    assert f"{home}/.local/bin is not on your PATH yet" in done.stdout
    demo = subprocess.run(
        [str(command), "demo"], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert demo.returncode == 0, demo.stderr
    assert "THE DIGEST" in demo.stdout
    removed = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install"), "--remove"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert removed.returncode == 0
    assert not command.exists()
    assert not (home / ".local" / "share" / "silence-watch" / "venv").exists()


def test_scripts_install_refuses_an_unknown_option() -> None:
    """A mistyped option: exit 2 and a pointer to --help; nothing installed."""
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install"), "--oath"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown option --oath" in done.stderr


def test_the_readme_quick_start_installs_without_pip_into_the_system() -> None:
    """The quick start is two commands: install and the demo, then every test; no bare pip."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", quick, flags=re.DOTALL)
    commands = [line.split("#")[0].strip() for line in blocks[0].splitlines() if line.strip()]
    assert commands == ["./scripts/install && ~/.local/bin/silence-watch demo", "./scripts/test"]
    assert "externally-managed-environment" in quick


def test_ci_runs_exactly_the_readme_test_command() -> None:
    """.ci/run executes ./scripts/test, the command the README gives for the tests."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n./scripts/test\n```" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec ./scripts/test\n" in ci


def test_the_licence_is_an_spdx_expression() -> None:
    """The project says license = "MIT" (PEP 639), with no deprecated licence classifier."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]


def test_install_doc_promises_only_what_works() -> None:
    """docs/install.md installs from a checkout (the package is not on PyPI yet)."""
    text = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    assert "pipx install silence-watch" not in text
    assert "./scripts/install" in text
    assert "pipx ensurepath" in text


@pytest.mark.parametrize("script", ["install", "test"])
def test_the_scripts_are_valid_bash(script: str) -> None:
    """`bash -n` accepts scripts/install and scripts/test (and the apt helpers they source)."""
    bash = shutil.which("bash") or "/bin/bash"
    for path in (ROOT / "scripts" / script, APT):
        done = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
