"""Solara pages draw fully from the vendored front end in ``viz/cdn``, with no internet.

Served app: Mesa's own Boltzmann wealth example (from the installed mesa package), whose page
needs everything Mesa's SolaraViz can ask for: the Vue app and its fonts, requirejs, the grid
layout, an Altair space drawing (vega, vega-lite, vega-embed) and a matplotlib plot.
"""

from __future__ import annotations

from pathlib import Path

import mesa
import pytest

from tests.browser.conftest import DRAWN_CHARTS_JS, OUTPUT
from viz.offline import offline_environment

pytestmark = pytest.mark.browser

BOLTZMANN_APP = Path(mesa.__file__).parent / "examples/basic/boltzmann_wealth_model/app.py"
PAGE_TIMEOUT_MS = 60_000


def load(page, log, url: str) -> None:
    """Open the page; fail with what the browser saw if its controls never appear."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(url, timeout=120_000)
    try:
        page.get_by_role("button", name="Step").wait_for(timeout=PAGE_TIMEOUT_MS)
    except PlaywrightTimeout:
        pytest.fail(f"page never drew its controls: {log.failed_requests} {log.console_errors}")


def wait_for_boltzmann_charts(page) -> dict[str, int]:
    """Wait until the Altair space drawing and the matplotlib Gini plot are both drawn."""
    page.wait_for_function(
        f"() => {{ const n = ({DRAWN_CHARTS_JS})(); return n.vega_embed >= 1 && n.img >= 1; }}",
        timeout=PAGE_TIMEOUT_MS,
    )
    return page.evaluate(DRAWN_CHARTS_JS)


@pytest.mark.parametrize(
    "terminal",
    [{}, {"VSCODE_PID": "1"}],
    ids=["plain-terminal", "vscode-terminal"],  # Solara turns its asset proxy off inside VS Code
)
def test_boltzmann_page_draws_every_chart_from_vendored_assets(solara_app, browser_page, terminal):
    page, log = browser_page
    server = solara_app(BOLTZMANN_APP, offline_environment() | terminal)
    load(page, log, server.url)

    drawn = wait_for_boltzmann_charts(page)
    page.get_by_text("Time: 0.0").wait_for(timeout=PAGE_TIMEOUT_MS)
    page.get_by_role("button", name="Step").click()
    page.get_by_text("Time: 1.0").wait_for(timeout=PAGE_TIMEOUT_MS)
    wait_for_boltzmann_charts(page)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"offline-boltzmann-{'-'.join(terminal) or 'plain'}.png"))

    assert drawn["vega_embed"] >= 1 and drawn["img"] >= 1, drawn
    assert not log.failed_requests, log.failed_requests
    assert not log.console_errors, log.console_errors
    assert not log.off_machine_requests(), log.off_machine_requests()
    cdn = log.cdn_requests()
    assert any("/vega@5/" in url for url in cdn), "the page loaded no vega: no Altair chart?"
    assert all(log.statuses.get(url) in (200, 304) for url in cdn), log.statuses


def test_without_the_vendored_assets_the_check_fails(solara_app, browser_page, tmp_path):
    """The assertions above can fail: with an empty asset folder the page draws nothing."""
    page, log = browser_page
    empty = tmp_path / "empty-cdn"
    empty.mkdir()
    server = solara_app(BOLTZMANN_APP, offline_environment(cdn_dir=empty))
    page.goto(server.url, timeout=120_000)
    page.wait_for_timeout(5_000)

    assert any("404" in failure and "/_solara/cdn/" in failure for failure in log.failed_requests)
    assert log.console_errors
    assert page.evaluate(DRAWN_CHARTS_JS) == {"vega_embed": 0, "svg": 0, "canvas": 0, "img": 0}
