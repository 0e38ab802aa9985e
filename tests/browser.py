"""Headless Chromium driven over the DevTools protocol, for tests that read pages as a browser does.

Chromium is started with `--remote-debugging-pipe`: it reads commands from its fd 3 and writes replies and
events to its fd 4, each a JSON message ended by a NUL byte, so no port, websocket or library is needed.
`Browser.visit(url)` loads a page and reports what went wrong on it for real: uncaught exceptions, console
errors (Chromium logs a blocked or missing resource there too) and failed requests (`Network.loadingFailed`,
and responses of status 400 or more), with the page's text and, when asked, a PNG screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio"]


def _high(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Visit:
    url: str
    errors: list[str] = field(default_factory=list)  # exceptions and console errors
    failed: list[str] = field(default_factory=list)  # requests that failed or answered >= 400
    requests: list[str] = field(default_factory=list)  # every URL the page asked for, itself included
    text: str = ""
    scroll_width: int = 0  # the page's width as laid out: more than the window's means it scrolls sideways
    screenshot: bytes = b""


class Browser:
    def __init__(self, profile: Path, timeout: float = 60) -> None:
        program = chromium()
        assert program is not None, "chromium is not installed"
        self.timeout = timeout
        commands_read, self._send = os.pipe()
        self._receive, replies_write = os.pipe()
        # Above 4, so that putting one end at fd 3 cannot close the other before it is put at fd 4.
        commands_read, replies_write = (_high(fd) for fd in (commands_read, replies_write))
        # bash puts the two pipe ends at fds 3 and 4, where --remote-debugging-pipe looks for them (dash
        # cannot: it reads fds of one digit only).
        shell = f'exec "$0" "$@" 3<&{commands_read} 4>&{replies_write}'
        self.process = subprocess.Popen(
            ["bash", "-c", shell, program, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}"],
            pass_fds=(commands_read, replies_write), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(commands_read)
        os.close(replies_write)
        self._buffer = b""
        self._next = 0
        self._events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def close(self) -> None:
        with contextlib.suppress(OSError, AssertionError, TimeoutError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._send)
        os.close(self._receive)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._receive], [], [], left)[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._receive, 1 << 20)
            if not chunk:
                raise OSError("chromium closed its DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def call(self, method: str, params: dict[str, Any] | None = None, session: bool = False) -> dict[str, Any]:
        """Send one command and wait for its reply; events that arrive meanwhile are kept for `_until`."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._send, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                assert "error" not in reply, f"{method}: {reply['error']}"
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)

    def _until(self, method: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not any(event["method"] == method for event in self._events):
            event = self._read(deadline)
            if "method" in event:
                self._events.append(event)

    def visit(self, url: str, width: int = 1280, height: int = 900, screenshot: bool = False,
              whole: bool = True) -> Visit:
        """Load `url` at `width` (a phone's metrics below 600); `screenshot` the whole page, or with `whole`
        False only the first `height` pixels."""
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                         "mobile": width < 600}, session=True)
        self._events = []
        navigated = self.call("Page.navigate", {"url": url}, session=True)
        visit = Visit(url)
        if navigated.get("errorText"):
            visit.failed.append(f"{url}: {navigated['errorText']}")
        else:
            self._until("Page.loadEventFired")
        # One more round trip after the load, so late console messages and failures are in.
        visit.text = self.call("Runtime.evaluate", {"expression": "document.body ? document.body.innerText : ''",
                                                    "returnByValue": True}, session=True)["result"]["value"]
        visit.scroll_width = self.call("Runtime.evaluate", {"expression": "document.documentElement.scrollWidth",
                                                            "returnByValue": True}, session=True)["result"]["value"]
        if screenshot:
            shot = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": whole},
                             session=True)
            visit.screenshot = base64.b64decode(shot["data"])
        self._read_events(visit)
        return visit

    def _read_events(self, visit: Visit) -> None:
        urls: dict[str, str] = {}
        for event in self._events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                visit.errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                visit.errors.append(" ".join(str(arg.get("value", arg.get("description", "")))
                                             for arg in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                visit.errors.append(params["entry"]["text"])
            elif method == "Network.requestWillBeSent":
                urls[params["requestId"]] = params["request"]["url"]
                visit.requests.append(params["request"]["url"])
            elif method == "Network.loadingFailed":
                visit.failed.append(f"{urls.get(params['requestId'], '?')}: {params['errorText']}")
            elif method == "Network.responseReceived" and params["response"].get("status", 0) >= 400:
                visit.failed.append(f"{params['response']['url']}: HTTP {params['response']['status']}")
