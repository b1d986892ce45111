"""Whose the state is: may this user write the state directory and its database (shell).

A state database that is merely not writable for this user (``sudo silence-watch run``
once, and root owns it now) is not damaged: the way out is the ``chown`` that gives it
back, never "move it aside", which would lose every draft and approval. The checks read
``stat`` only and are written for any uid, so tests need no second account.
"""

from __future__ import annotations

import os
import pwd
import stat
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

DB_NAME = "state.sqlite3"
"""The state database's file name inside ``state_dir``."""
_SUFFIXES = ("", "-wal", "-shm")


@dataclass(frozen=True, slots=True)
class Who:
    """A user as the kernel sees them: uid and groups."""

    uid: int
    gids: frozenset[int]

    @classmethod
    def me(cls) -> Who:
        """The user this process runs as."""
        return cls(os.geteuid(), frozenset({os.getegid(), *os.getgroups()}))


def user_name(uid: int) -> str:
    """The login name of ``uid``, or the number when it has none."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def may_write(info: os.stat_result, who: Who) -> bool:
    """Whether ``who`` may write a file with this ``stat`` (a directory: and enter it)."""
    if who.uid == 0:
        return True
    if info.st_uid == who.uid:
        bits = stat.S_IWUSR | (stat.S_IXUSR if stat.S_ISDIR(info.st_mode) else 0)
    elif info.st_gid in who.gids:
        bits = stat.S_IWGRP | (stat.S_IXGRP if stat.S_ISDIR(info.st_mode) else 0)
    else:
        bits = stat.S_IWOTH | (stat.S_IXOTH if stat.S_ISDIR(info.st_mode) else 0)
    return info.st_mode & bits == bits


def state_files(state_dir: Path) -> list[Path]:
    """The state directory, then the database and its WAL files (those that exist or not)."""
    return [state_dir, *(state_dir / f"{DB_NAME}{suffix}" for suffix in _SUFFIXES)]


def write_problem(state_dir: Path, who: Who | None = None) -> str | None:
    """Why ``who`` cannot write the state in ``state_dir``, and the command that fixes it.

    None when every existing part is writable. The line says whose the file is, that it
    is not damaged, and the ``chown`` (or ``chmod``) that gives it back.
    """
    me = who or Who.me()
    name = user_name(me.uid)
    for path in state_files(state_dir):
        try:
            info = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            continue  # not made yet (or state_dir is a file: opening says so)
        except PermissionError:
            return _not_enterable(state_dir, name)
        if may_write(info, me):
            continue
        if info.st_uid != me.uid:
            owner = user_name(info.st_uid)
            return (
                f"{path} belongs to {owner}, so {name} cannot write it (nothing in it is "
                f"damaged); give the state back to {name} with: "
                f"sudo chown -R {name}: {state_dir}  (or run silence-watch as {owner})"
            )
        return (
            f"{path} is read-only (nothing in it is damaged); "
            f"make it writable with: chmod u+w {path}"
        )
    return None


def _not_enterable(state_dir: Path, name: str) -> str:
    try:
        owner = user_name(state_dir.parent.stat().st_uid)
    except OSError:
        owner = "another user"
    return (
        f"{state_dir} cannot be opened by {name} (nothing in it is damaged); "
        f"if {owner} made it, give it back with: sudo chown -R {name}: {state_dir}"
    )


def foreign_owner(state_dir: Path, who: Who | None = None) -> str | None:
    """The owner of an existing state directory when it is not ``who`` (root running doctor)."""
    me = who or Who.me()
    try:
        uid = state_dir.stat().st_uid
    except OSError:
        return None
    return None if uid == me.uid else user_name(uid)
