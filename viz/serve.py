"""Serve the visual session with every front-end asset from this package: no internet needed.

The server runs as ``solara run --production`` in a child process whose environment comes
from :func:`viz.offline.offline_environment`: Solara's asset proxy forced on and pointed at
``viz/cdn/``, no upstream CDN, no telemetry (see ``viz/offline.py`` and ``viz/cdn/README.md``).
"""

from __future__ import annotations

import ipaddress
import subprocess
import sys
from pathlib import Path

from viz.offline import offline_environment

APP = Path(__file__).resolve().parent / "app.py"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


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
    explicitly, and is announced.
    """
    if not is_local(host):
        print(
            f"gridrush viz: listening on {host}:{port}, reachable from other machines",
            file=sys.stderr,
        )
    shown = "127.0.0.1" if host in ("localhost", "::1") else host
    print(f"gridrush viz: http://{shown}:{port}/  (Ctrl-C to stop)")
    try:
        return subprocess.call(
            server_command(host, port), env=offline_environment(), cwd=APP.parent.parent
        )
    except KeyboardInterrupt:
        return 0
