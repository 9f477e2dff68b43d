"""Serve the visual session with every front-end asset from this package: no internet needed.

Solara's page loads its front end (the Vue app, fonts, requirejs, the grid layout of Mesa's
SolaraViz) from a public CDN at run time, through a local proxy that first looks in a cache
folder (``solara/server/cdn_helper.py``). ``viz/cdn/`` holds exactly the files the page asks
for, taken from their npm packages (see ``viz/cdn/README.md`` and ``viz/vendor_cdn.sh``); the
launcher points Solara's cache at it, so nothing is fetched from outside.
"""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from pathlib import Path

CDN_DIR = Path(__file__).resolve().parent / "cdn"
APP = Path(__file__).resolve().parent / "app.py"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def offline_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a Solara server that takes its assets from ``viz/cdn`` and phones no one."""
    env = dict(os.environ if base is None else base)
    env["SOLARA_ASSETS_PROXY_CACHE_DIR"] = str(CDN_DIR)
    env["SOLARA_TELEMETRY_MIXPANEL_ENABLE"] = "False"
    env.setdefault("MPLBACKEND", "Agg")
    return env


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
