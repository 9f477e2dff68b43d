"""Browser-test fixtures: Solara servers on localhost, Debian's Chromium driven by Playwright.

- ``solara_app``: a factory that serves any Solara app file with ``solara run --production`` on a
  free 127.0.0.1 port, with the front end taken from ``viz/cdn`` exactly as ``gridrush viz``
  does (``viz.offline.offline_environment``); waits until the page answers; stops it at teardown.
- ``viz_server``: the real ``gridrush viz`` process (``python -m experiments viz``).
- ``browser_page``: a fresh Chromium page and a :class:`PageLog` of its console errors and
  warnings, failed requests (no answer, or HTTP status >= 400) and every request made.
- ``page_and_log``: ``browser_page`` already opened on ``viz_server``.

Tests using them are marked ``browser`` (``pytest -m browser``). Chromium is Debian's
(``apt-get install chromium``), never a browser downloaded by Playwright.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from viz.offline import offline_environment

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output" / "browser"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_START_TIMEOUT_S = 90

# The elements a drawn chart leaves in the page's main area: Altair/Vega charts (svg or canvas
# inside .vega-embed), matplotlib figures (img with a decoded picture), other svg or canvas.
DRAWN_CHARTS_JS = """() => {
    const main = document.querySelector('main') || document.body;
    const all = (selector) => [...main.querySelectorAll(selector)];
    return {
        vega_embed: all('.vega-embed').filter(e => e.querySelector('svg, canvas')).length,
        svg: all('svg').filter(e => e.getBoundingClientRect().width > 50).length,
        canvas: all('canvas').filter(e => e.width > 50).length,
        img: all('img').filter(e => e.complete && e.naturalWidth > 50).length,
    };
}"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    """Stop a server started in its own session, with everything it started."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_until_listening(
    port: int, process: subprocess.Popen, timeout: float = SERVER_START_TIMEOUT_S
) -> None:
    """Wait until ``process`` accepts connections on 127.0.0.1:``port``."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise RuntimeError(f"server exited early:\n{output}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not start listening on port {port}")


def wait_until_answering(
    url: str, process: subprocess.Popen, log: Path, timeout: float = SERVER_START_TIMEOUT_S
) -> None:
    """Wait until ``url`` answers HTTP 200; fail with the server's log if it never does."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s:\n{log.read_text()[-4000:]}")


@dataclass
class Server:
    """A running server process and the address its page answers on."""

    url: str
    port: int
    process: subprocess.Popen
    log: Path | None = None


def solara_command(app: Path, port: int) -> list[str]:
    """``solara run`` for ``app`` on 127.0.0.1, production mode (what ``gridrush viz`` runs)."""
    return [
        sys.executable,
        "-m",
        "solara",
        "run",
        str(app),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-open",
        "--production",
    ]


@pytest.fixture
def solara_app(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Factory: ``solara_app(app_file, environment=None)`` serves the app and returns a Server.

    ``environment`` replaces the server's environment; by default it is this process's
    environment with the offline front-end configuration of ``gridrush viz`` applied. Every
    server started is stopped at teardown; its log is ``<tmp_path>/solara-<port>.log``.
    """
    started: list[subprocess.Popen] = []

    def serve(app: Path, environment: Mapping[str, str] | None = None) -> Server:
        port = free_port()
        log = tmp_path / f"solara-{port}.log"
        with log.open("w") as log_file:
            process = subprocess.Popen(
                solara_command(Path(app), port),
                env=dict(offline_environment() if environment is None else environment),
                cwd=ROOT,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        started.append(process)
        url = f"http://127.0.0.1:{port}/"
        wait_until_answering(url, process, log)
        return Server(url, port, process, log)

    yield serve
    for process in started:
        stop(process)


def start_viz(port: int, extra: list[str] | None = None) -> subprocess.Popen:
    """Start ``gridrush viz`` on ``port`` in its own session; its output goes to a pipe."""
    return subprocess.Popen(
        [sys.executable, "-m", "experiments", "viz", "--port", str(port), *(extra or [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        text=True,
    )


@pytest.fixture(scope="module")
def viz_server() -> Iterator[Server]:
    """The real ``gridrush viz`` server, shared by a module's tests."""
    port = free_port()
    process = start_viz(port)
    try:
        wait_until_listening(port, process)
        yield Server(f"http://127.0.0.1:{port}/", port, process)
    finally:
        stop(process)


@dataclass
class PageLog:
    """What the browser reported while the test ran."""

    console_errors: list[str] = field(default_factory=list)
    console_warnings: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)

    def record_console(self, message) -> None:
        """Keep a console message of type error or warning, with where it came from."""
        where = message.location.get("url", "") if message.location else ""
        if message.type == "error":
            self.console_errors.append(message.text)
        elif message.type == "warning":
            self.console_warnings.append(f"{message.text} ({where})")

    def cdn_requests(self) -> list[str]:
        """Requests for front-end assets through Solara's ``/_solara/cdn/`` proxy."""
        return [url for url in self.requests if "/_solara/cdn/" in url]

    def off_machine_requests(self) -> list[str]:
        """Requests to any host other than this machine's loopback."""
        local = ("http://127.0.0.1", "ws://127.0.0.1")
        return [
            u
            for u in self.requests
            if u.split(":")[0] in ("http", "https", "ws", "wss") and not u.startswith(local)
        ]


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium, shared by a module's tests."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium (make test does it)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield instance
        instance.close()


@pytest.fixture
def browser_page(browser):
    """A fresh page (own context) and the :class:`PageLog` recording it; not yet navigated."""
    context = browser.new_context(viewport={"width": 1600, "height": 2200})
    page = context.new_page()
    log = PageLog()
    page.on("console", log.record_console)
    page.on("pageerror", lambda e: log.console_errors.append(str(e)))
    page.on("requestfailed", lambda r: log.failed_requests.append(f"{r.failure} {r.url}"))

    def on_response(response) -> None:
        log.statuses[response.url] = response.status
        if response.status >= 400:
            log.failed_requests.append(f"{response.status} {response.url}")

    page.on("response", on_response)
    page.on("request", lambda r: log.requests.append(r.url))
    yield page, log
    context.close()


@pytest.fixture
def page_and_log(browser_page, viz_server):
    """``browser_page`` opened on ``gridrush viz``."""
    page, log = browser_page
    page.goto(viz_server.url, timeout=120_000)
    return page, log
