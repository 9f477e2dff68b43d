"""Serve Solara's front end from ``viz/cdn`` so the visual session renders with no internet.

Solara's page loads its front end (the Vue app, fonts, requirejs, Mesa's grid layout, and
vega / vega-lite / vega-embed for Altair charts) from ``/_solara/cdn/<package>@<version>/<file>``.
Solara's server answers those URLs from its proxy cache folder
(``solara.server.settings.assets.proxy_cache_dir``) and, on a miss, fetches the file from the
public CDN (``solara.settings.assets.cdn``) and stores it there (``solara/server/cdn_helper.py``).
``viz/cdn/`` holds every file the page asks for (see ``viz/cdn/README.md``), so pointing the
cache folder at it is enough. Three more settings make that hold everywhere:

- ``SOLARA_ASSETS_PROXY=True``: Solara turns its proxy off when it believes it runs inside
  VS Code (``VSCODE_PID`` or ``VSCODE_CWD`` in the environment, which every terminal of VS Code
  passes on), in Colab or in Voila; the page then loads everything from the public CDN itself.
- ``SOLARA_ASSETS_CDN`` set to an address no client can fetch: a missing file becomes a 404
  that a browser test sees, never a silent download from the internet written into ``viz/cdn``.
  With the proxy on, the browser never sees this address; only the proxy uses it.
- ``SOLARA_TELEMETRY_MIXPANEL_ENABLE=False``: the server does not report usage to Mixpanel.

Settings are read once, when ``solara.server.settings`` is first imported, so a launcher sets
them in the environment of the ``solara run`` process (:func:`offline_environment`), or calls
:func:`configure_offline_assets` in its own process before it imports ``solara.server``.

The server must also run with ``solara run --production``: the development mode asks for the
unminified Vue app (12.7 MB, not vendored) and checks in with solara.dev from the browser.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

CDN_DIR = Path(__file__).resolve().parent / "cdn"
"""The vendored front-end files, laid out as ``<package>@<version>/<file>`` like the CDN."""

NO_CDN = "offline://vendored-assets-only/"
"""Upstream for Solara's asset proxy on a cache miss: not fetchable, so a miss fails at once."""


def offline_environment(
    base: Mapping[str, str] | None = None, cdn_dir: Path = CDN_DIR
) -> dict[str, str]:
    """Environment for a ``solara run`` process that takes every front-end file from ``cdn_dir``.

    Args:
        base: Environment to start from; the current process's environment when None.
        cdn_dir: Folder laid out as ``<package>@<version>/<file>``; ``viz/cdn`` by default.

    Returns:
        A copy of ``base`` with Solara's asset and telemetry settings overridden.
    """
    environment = dict(os.environ if base is None else base)
    environment.update(
        SOLARA_ASSETS_PROXY="True",
        SOLARA_ASSETS_PROXY_CACHE_DIR=str(Path(cdn_dir).resolve()),
        SOLARA_ASSETS_CDN=NO_CDN,
        SOLARA_TELEMETRY_MIXPANEL_ENABLE="False",
    )
    environment.setdefault("MPLBACKEND", "Agg")
    return environment


def configure_offline_assets(cdn_dir: Path = CDN_DIR) -> None:
    """Apply :func:`offline_environment` to this process, for a server started in-process.

    Call it before ``solara.server`` is imported. If Solara's settings were already read, they
    are updated too, which works as long as the server's routes were not yet built without the
    asset proxy.

    Args:
        cdn_dir: Folder laid out as ``<package>@<version>/<file>``; ``viz/cdn`` by default.

    Raises:
        RuntimeError: Solara's server was already imported with its asset proxy turned off,
            so ``/_solara/cdn/`` is not served at all.
    """
    environment = offline_environment(os.environ, cdn_dir)
    os.environ.update(environment)
    if "solara.settings" in sys.modules:
        import solara.settings

        if not solara.settings.assets.proxy and "solara.server.starlette" in sys.modules:
            raise RuntimeError(
                "solara.server.starlette was imported with the asset proxy off: "
                "call configure_offline_assets() before importing solara.server"
            )
        solara.settings.assets.proxy = True
        solara.settings.assets.cdn = NO_CDN
    if "solara.server.settings" in sys.modules:
        import solara.server.settings

        solara.server.settings.assets.proxy_cache_dir = Path(
            environment["SOLARA_ASSETS_PROXY_CACHE_DIR"]
        )
        solara.server.settings.telemetry.mixpanel_enable = False
