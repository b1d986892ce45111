"""The fault-injection switch: die at a named step, to prove what survives a crash (shell).

``SILENCE_WATCH_TEST_CRASH_AT=<step>`` (steps in ``CRASH_STEPS``) kills this process with
SIGKILL at that step: the supported test mode of the fault-injection tests, in the spirit
of stamina's ``set_testing``. Unset, it does nothing.
"""

from __future__ import annotations

import os
import signal

CRASH_ENV = "SILENCE_WATCH_TEST_CRASH_AT"
CRASH_STEPS = (
    "approved",
    "id_committed",
    "after_250",
    "sent_committed",
    "copy_appended",
    "confirm",
)


def crash_point(step: str) -> None:
    """SIGKILL this process here when ``$SILENCE_WATCH_TEST_CRASH_AT`` is ``step``."""
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)
