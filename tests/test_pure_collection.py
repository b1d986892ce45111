"""The core's tests need no IMAP harness: they collect and pass without imapclient or aiosmtpd."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Tests of the pure core: they must run wherever the core runs.
PURE = (
    "tests/test_policy.py",
    "tests/test_classify.py",
    "tests/test_commands.py",
    "tests/test_dates.py",
    "tests/test_invites.py",
    "tests/test_match.py",
    "tests/test_threads.py",
    "tests/test_subjects.py",
    "tests/test_senders.py",
    "tests/test_quotes.py",
    "tests/test_clocktimes.py",
)

#: Runs pytest with imapclient and aiosmtpd made impossible to import.
BLOCKED_RUN = """
import sys
from importlib.abc import MetaPathFinder

class Blocked(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"imapclient", "aiosmtpd"}:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by the test)")
        return None

sys.meta_path.insert(0, Blocked())
import pytest
sys.exit(pytest.main(["-q", "-p", "no:randomly", "-p", "no:cacheprovider", *sys.argv[1:]]))
"""


@pytest.mark.timeout(300)
def test_pure_tests_run_without_the_imap_harness() -> None:
    """Blocking imapclient and aiosmtpd leaves every pure test collected and passing."""
    done = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, *PURE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert " passed" in done.stdout
    assert "error" not in done.stdout.splitlines()[-1]


def test_the_block_is_real() -> None:
    """The same block makes the harness fail to import, so the test above proves something."""
    probe = BLOCKED_RUN.split("import pytest", maxsplit=1)[0] + "import support.dovecot\n"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT / "tests",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "blocked by the test" in done.stderr
