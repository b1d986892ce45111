"""Headless Chromium for looking at the HTML digest as a phone and a desktop show it.

Chromium's own window cannot be narrower than 500 pixels, so a 400-pixel phone is emulated
through the DevTools protocol (``Emulation.setDeviceMetricsOverride`` with ``mobile``, so
the page's ``<meta name=viewport>`` counts, as on a phone). The protocol is spoken over
``--remote-debugging-pipe``: NUL-terminated JSON on file descriptors 3 (to Chromium) and 4
(from it), which needs no library. Every call has a deadline; the browser is killed on the
way out. Used by ``tests/test_digest_render.py`` and ``scripts/render-digest``.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

#: What the page reports about itself: overflow, and every command link with its box.
MEASURE = """(() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
      wide.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(box.right));
    }
  }
  const links = [...document.querySelectorAll('a[href]')].map(a => {
    a.scrollIntoView({block: 'center'});
    const box = a.getBoundingClientRect();
    const url = new URL(a.href);
    const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {text: a.textContent.trim(), protocol: url.protocol,
      to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'),
      body: url.searchParams.get('body'), inReplyTo: url.searchParams.get('in-reply-to'),
      left: box.left, right: box.right, width: box.width, height: box.height,
      reachable: at !== null && (at === a || a.contains(at))};
  });
  window.scrollTo(0, 0);
  return {width, innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight, wide, links};
})()"""


def find_chromium() -> str | None:
    """The Chromium on PATH (Debian's ``chromium``), if any."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    """Chromium did not start or did not answer in time."""


class Chromium:
    """One headless Chromium, driven over the DevTools pipe."""

    def __init__(self, executable: str, *, timeout: float = 30.0) -> None:
        """Start the browser (``executable``); each call must answer within ``timeout``."""
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="sw-chromium-")
        to_browser, self._to_browser = os.pipe()
        self._from_browser, from_browser = os.pipe()

        def pipes() -> None:  # in the child: the protocol's fds 3 and 4, inheritable
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self._process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
             f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=pipes,  # noqa: PLW1509 - no threads start Chromium; the fds must be 3 and 4
            close_fds=False,
        )  # fmt: skip
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self._session: str | None = None

    def __enter__(self) -> Self:
        """Attach to a fresh page."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session = attached["sessionId"]
        self.call("Page.enable")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the browser (killed if it does not go), and its profile."""
        try:
            self._session = None
            self.call("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one command and wait for its answer (events before it are dropped)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if self._session is not None:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))

    def wait_for(self, event: str) -> None:
        """Wait for one event of this page (``Page.loadEventFired``)."""
        while self._read().get("method") != event:
            pass

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_browser], [], [], max(left, 0))
            if not ready:
                raise BrowserError(f"Chromium did not answer within {self.timeout:g} s")
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return dict(json.loads(message))

    def open(self, page: Path, width: int, height: int = 900) -> None:
        """Show ``page`` in a viewport ``width`` pixels wide (a phone below 500)."""
        self._viewport(width, height)
        self.call("Page.navigate", {"url": page.resolve().as_uri()})
        self.wait_for("Page.loadEventFired")

    def _viewport(self, width: int, height: int) -> None:
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500}
        self.call("Emulation.setDeviceMetricsOverride", metrics)

    def measure(self) -> dict[str, Any]:
        """What ``MEASURE`` finds on the open page."""
        result = self.call("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"the measuring script failed: {result['exceptionDetails']}")
        return dict(result["result"]["value"])

    def screenshot(self, path: Path, width: int) -> None:
        """A PNG of the whole open page at ``width``."""
        height = int(self.measure()["height"])
        self._viewport(width, height)
        shot = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.write_bytes(base64.b64decode(shot["data"]))
