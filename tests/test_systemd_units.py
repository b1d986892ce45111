"""The systemd units: they say what the issue asks, and `systemd-analyze verify` accepts them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNITS = ROOT / "systemd"
SYSTEM = UNITS / "silence-watch.service"
USER = UNITS / "silence-watch-user.service"
HARDENING = (
    "User=silence-watch",
    "StateDirectory=silence-watch",
    "ConfigurationDirectory=silence-watch",
    "ProtectSystem=strict",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "PrivateDevices=yes",
    "NoNewPrivileges=yes",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
    "LoadCredential=mailbox-password:",
)


def directives(path: Path) -> list[str]:
    """The active (uncommented) lines of a unit file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("unit", [SYSTEM, USER], ids=["system", "user"])
def test_both_units_notify_and_restart_except_for_config_errors(unit: Path) -> None:
    """Type=notify with a watchdog, a reload by SIGHUP, and no restart on exit 78."""
    lines = directives(unit)
    for wanted in (
        "Type=notify",
        "Restart=on-failure",
        "RestartPreventExitStatus=78",
        "ExecReload=/bin/kill -HUP $MAINPID",
    ):
        assert wanted in lines, wanted
    assert any(line.startswith("WatchdogSec=") for line in lines)


def test_the_system_unit_is_hardened() -> None:
    """The system unit runs as its own user with the sandboxing the issue lists."""
    lines = directives(SYSTEM)
    for wanted in HARDENING:
        assert any(line.startswith(wanted) for line in lines), wanted


def _verify(unit: Path, tmp_path: Path, *, user: bool) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed")
    binary = shutil.which("silence-watch")
    if binary is None:
        pytest.skip("the silence-watch console script is not on PATH")
    # verify checks that ExecStart's program exists: point it at the installed one.
    text = unit.read_text(encoding="utf-8")
    lines = [
        f"ExecStart={binary} {line.split(' ', 1)[1]}" if line.startswith("ExecStart=") else line
        for line in text.splitlines()
    ]
    copy = tmp_path / "silence-watch.service"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = dict(os.environ)
    argv = [tool, "verify", "--man=no", str(copy)]
    if user:
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        argv.insert(1, "--user")
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=30, check=False)


def test_systemd_analyze_verifies_the_system_unit(tmp_path: Path) -> None:
    """`systemd-analyze verify` reports nothing about the system unit."""
    done = _verify(SYSTEM, tmp_path, user=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""


def test_systemd_analyze_verifies_the_user_unit(tmp_path: Path) -> None:
    """`systemd-analyze --user verify` reports nothing about the user unit."""
    done = _verify(USER, tmp_path, user=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""


def test_install_doc_matches_the_units_and_the_files_it_names() -> None:
    """install.md names unit files that exist, the unit's paths, and the config `init` wrote."""
    doc = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    system = (ROOT / "systemd" / "silence-watch.service").read_text(encoding="utf-8")
    for unit in re.findall(r"systemd/[\w.-]+\.service", doc):
        assert (ROOT / unit).is_file(), unit
    (bin_dir,) = set(re.findall(r"PIPX_BIN_DIR=(\S+)", doc))
    assert f"ExecStart={bin_dir}/silence-watch " in system
    loaded = re.findall(r"^LoadCredential=[\w-]+:(\S+)", system, re.MULTILINE)
    credentials = {Path(p).parent for p in loaded}
    assert credentials == {Path("/etc/silence-watch/credentials")}
    assert "CREDENTIALS_DIRECTORY=/etc/silence-watch/credentials" in doc
    # The system service gets the file written in step 2, without what it must not carry.
    assert "~/.config/silence-watch/config.yaml /etc/silence-watch/config.yaml" in doc
    assert "remove `state_dir`, `password_command` and\n`password_file`" in doc
