"""The state directory: whose it is, a file where a folder should be, a corrupt database.

A state the user merely cannot write is named as such, with the chown that gives it back.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from silence_watch.core.errors import StateError
from silence_watch.store import Store
from silence_watch.store.access import DB_NAME, Who, foreign_owner, may_write, write_problem
from support.cli import corrupt_state, maildir_config, one_plain_line, run_cli
from support.config import ACME_INTERVIEW

if TYPE_CHECKING:
    from collections.abc import Iterator

NOBODY = Who(65534, frozenset({65534}))


def _root_made_state(tmp_path: Path) -> Path:
    """A state directory of nobody's with a database root created (``sudo silence-watch``)."""
    state = tmp_path / "state"
    Store.open(state).close()
    os.chown(state, NOBODY.uid, next(iter(NOBODY.gids)))
    return state


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to chown files to another user")
def test_a_database_root_made_is_named_with_its_owner_and_the_chown(tmp_path: Path) -> None:
    """The line says root owns it, that nothing is damaged, and `sudo chown -R nobody: DIR`."""
    state = _root_made_state(tmp_path)
    problem = write_problem(state, NOBODY)
    assert problem is not None
    assert f"{state / DB_NAME} belongs to root" in problem
    assert "nothing in it is damaged" in problem
    assert f"sudo chown -R nobody: {state}" in problem
    assert "move it aside" not in problem
    assert "backup" not in problem


def test_a_writable_state_has_no_problem(tmp_path: Path) -> None:
    """The user's own state: no line at all (and root may write anything)."""
    Store.open(tmp_path / "state").close()
    assert write_problem(tmp_path / "state", Who(os.geteuid(), frozenset({os.getegid()}))) is None
    assert write_problem(tmp_path / "state", Who(0, frozenset({0}))) is None


def _stat(mode: int, uid: int, gid: int) -> os.stat_result:
    """A stat result with only the fields ``may_write`` reads."""
    return os.stat_result((mode, 0, 0, 1, uid, gid, 0, 0, 0, 0))


def test_write_permission_follows_the_owner_group_and_other_bits() -> None:
    """Owner, group and other bits each decide for their reader; directories need x too."""
    user, member, stranger = Who(1000, frozenset({1000})), Who(1001, frozenset({50})), NOBODY
    group_file = _stat(stat.S_IFREG | 0o660, 1000, 50)
    assert may_write(group_file, user)
    assert may_write(group_file, member)
    assert not may_write(group_file, stranger)
    assert not may_write(_stat(stat.S_IFREG | 0o444, 1000, 1000), user)
    assert not may_write(_stat(stat.S_IFDIR | 0o600, 1000, 1000), user)  # cannot enter it
    assert may_write(_stat(stat.S_IFDIR | 0o700, 1000, 1000), user)
    assert may_write(_stat(stat.S_IFREG | 0o400, 1000, 1000), Who(0, frozenset({0})))


def test_a_directory_of_another_user_is_named_for_doctor(tmp_path: Path) -> None:
    """foreign_owner names the owner when it is not the user asking; None for their own."""
    (tmp_path / "state").mkdir()
    mine = Who(os.geteuid(), frozenset())
    assert foreign_owner(tmp_path / "state", mine) is None
    owner = foreign_owner(tmp_path / "state", NOBODY)
    assert owner is not None
    assert owner != "nobody"


@pytest.fixture
def world_readable_dir() -> Iterator[Path]:
    """A temp dir another user can read (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="sw-access-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run a command as another user")
def test_status_as_the_user_after_sudo_says_chown_not_move_aside(world_readable_dir: Path) -> None:
    """Run as nobody over a state root created: exit 1, one line with the chown, no traceback."""
    tmp = world_readable_dir
    state = _root_made_state(tmp)
    (tmp / "Maildir").mkdir()
    for sub in ("cur", "new", "tmp"):
        (tmp / "Maildir" / sub).mkdir()
    config = tmp / "config.yaml"
    config.write_text(
        "me: {name: Jordan Lee, email: jordan@example.com}\n"
        f"mailbox: {{kind: maildir, path: {tmp / 'Maildir'}}}\n"
        f"state_dir: {state}\n",
        encoding="utf-8",
    )
    config.chmod(0o644)
    done = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
         sys.executable, "-m", "silence_watch", "status", "--config", str(config)],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "HOME": str(tmp)},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"sudo chown -R nobody: {state}" in lines[0]
    assert "move it aside" not in lines[0]


def test_opening_the_store_refuses_with_the_ownership_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Store.open raises StateError carrying write_problem's line, before touching the file."""
    Store.open(tmp_path / "state").close()
    monkeypatch.setattr("silence_watch.store.access.Who.me", classmethod(lambda _cls: NOBODY))
    if os.geteuid() != 0:
        pytest.skip("only root's files are another user's here")
    with pytest.raises(StateError, match="sudo chown -R nobody:"):
        Store.open(tmp_path / "state")




def _with_state(tmp_path: Path, state: str) -> Path:
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    text = config.read_text(encoding="utf-8").replace(str(tmp_path / "state"), state)
    config.write_text(text, encoding="utf-8")
    return config


def test_a_state_dir_that_is_a_file_is_named_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """state_dir naming a file: exit 1, one line that says it is not a directory."""
    blocker = tmp_path / "state-file"
    blocker.write_text("not a directory\n", encoding="utf-8")
    config = _with_state(tmp_path, str(blocker))
    outcome = run_cli(capsys, "status", "--config", config)
    assert outcome.code == 1
    line = one_plain_line(outcome.err)
    assert f"{blocker} is not a directory" in line
    assert "set state_dir" in line
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 1
    assert f"✗ state directory: {blocker} is a file, not a directory" in doctor.out


def test_a_corrupt_state_database_is_reported_and_doctor_catches_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A garbage state.sqlite3: exit 1 with a way out; doctor fails its line and writes nothing."""
    state = corrupt_state(tmp_path)
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    outcome = run_cli(capsys, "status", "--config", config)
    assert outcome.code == 1
    assert "move it aside to start afresh" in one_plain_line(outcome.err)
    # the database is untouched; beside it only the validated settings status kept
    # (``config.snapshot``), never a -wal or -shm
    before = sorted(p.name for p in state.iterdir())
    assert set(before) <= {"state.sqlite3", "settings.snapshot.json"}
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 1
    assert "✗ state directory:" in doctor.out
    assert "is not a usable state database" in doctor.out
    assert "1 check failed" in doctor.out
    assert sorted(p.name for p in state.iterdir()) == before  # doctor wrote nothing


def test_doctor_opens_a_good_state_database_without_leaving_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Doctor reads a healthy database without a -wal/-shm of its own (it may run as root)."""
    config = maildir_config(tmp_path, ACME_INTERVIEW)
    Store.open(tmp_path / "state").close()
    doctor = run_cli(capsys, "doctor", "--config", config)
    assert doctor.code == 0, doctor.out
    assert "the state database opens" in doctor.out
    assert "is valid (1 interview)" in doctor.out
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == ["state.sqlite3"]
