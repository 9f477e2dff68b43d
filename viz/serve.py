"""Serve the visual session with every front-end asset from this package: no internet needed.

The server runs as ``solara run --production`` in a child process whose environment comes
from :func:`viz.offline.offline_environment`: Solara's asset proxy forced on and pointed at
``viz/cdn/``, no upstream CDN, no telemetry (see ``viz/offline.py`` and ``viz/cdn/README.md``).
"""

from __future__ import annotations

import ipaddress
import signal
import socket
import subprocess
import sys
from pathlib import Path

from viz.offline import offline_environment

APP = Path(__file__).resolve().parent / "app.py"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
SESSION_CULL_TIMEOUT = "2m"
"""How long a session whose page lost its connection (without closing) keeps its model.

A closed page frees its session at once; a dropped connection may come back, so Solara keeps
it for a while (24 h by default), which would hold every abandoned model in memory."""


class ServeError(ValueError):
    """The server cannot start as asked; the message says why in one line."""


def check_address(host: str, port: int) -> None:
    """Refuse a port out of range or already taken on ``host``, before the server starts.

    Raises:
        ServeError: The port is not 1-65535, the host does not resolve, or something
            already listens there.
    """
    if not 1 <= port <= 65535:
        raise ServeError(f"--port {port}: a port is a number from 1 to 65535")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host, port))
    except socket.gaierror:
        raise ServeError(f"--host {host}: not an address of this machine") from None
    except OSError as error:
        if error.errno in (98, 48):  # EADDRINUSE on Linux, macOS
            raise ServeError(
                f"--port {port}: already in use on {host} (another gridrush viz?); "
                "pick another with --port"
            ) from None
        raise ServeError(f"--host {host} --port {port}: cannot listen ({error.strerror})") from None


def is_local(host: str) -> bool:
    """Whether ``host`` listens only on this machine (loopback)."""
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_command(host: str, port: int) -> list[str]:
    """The ``solara run`` command for the app."""
    return [
        sys.executable,
        "-m",
        "solara",
        "run",
        str(APP),
        "--host",
        host,
        "--port",
        str(port),
        "--no-open",
        "--production",
    ]


def serve(host: str = "127.0.0.1", port: int = 8765) -> int:
    """Run the server in the foreground until interrupted; returns its exit status.

    Listening beyond this machine (any non-loopback ``host``) is allowed only when asked for
    explicitly, and is announced. A bad or busy port is one line on stderr and status 2.
    SIGTERM or SIGINT stops the server child too (it runs in its own process group).
    """
    try:
        check_address(host, port)
    except ServeError as error:
        print(f"gridrush viz: {error}", file=sys.stderr)
        return 2
    if not is_local(host):
        print(
            f"gridrush viz: listening on {host}:{port}, reachable from other machines",
            file=sys.stderr,
        )
    environment = offline_environment()
    environment.setdefault("SOLARA_KERNEL_CULL_TIMEOUT", SESSION_CULL_TIMEOUT)
    # Solara's "This website runs on Solara" badge sits on top of the page's lowest chart.
    environment.setdefault("SOLARA_THEME_SHOW_BANNER", "False")
    child = subprocess.Popen(
        server_command(host, port), env=environment, cwd=APP.parent.parent, start_new_session=True
    )

    def stop_child(signum: int, _frame) -> None:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop_child) for sig in (signal.SIGTERM, signal.SIGINT)}
    shown = "127.0.0.1" if host in ("localhost", "::1") else host
    print(f"gridrush viz: http://{shown}:{port}/  (Ctrl-C to stop)", flush=True)
    try:
        while True:
            try:
                status = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                continue
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
    return 0 if status in (0, -signal.SIGTERM, -signal.SIGINT) else status
