"""The visual session in a real browser: drawn offline, Step, Reset, Play and Pause."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import OUTPUT, free_port, start_viz, stop, wait_until_listening

pytestmark = pytest.mark.browser

N_FIGURES = 6  # market structure, miner economics, power gap, regions, who leases to whom, HHI


def drawn_images(page) -> list[str]:
    """The src of every chart image that has actually been decoded and drawn."""
    return page.eval_on_selector_all(
        "img", "els => els.filter(e => e.complete && e.naturalWidth > 200).map(e => e.src)"
    )


def wait_for_charts(page, count: int = N_FIGURES, timeout_ms: int = 90_000) -> list[str]:
    page.wait_for_function(
        "() => [...document.querySelectorAll('img')]"
        f".filter(e => e.complete && e.naturalWidth > 200).length >= {count}",
        timeout=timeout_ms,
    )
    return drawn_images(page)


def shown_time(page) -> float:
    text = page.get_by_text(re.compile(r"Time: \d")).first.inner_text()
    return float(re.search(r"Time: ([\d.]+)", text).group(1))


def test_page_draws_every_view_offline_with_no_console_errors(page_and_log):
    page, log = page_and_log
    images = wait_for_charts(page)
    assert len(images) >= N_FIGURES
    assert page.get_by_text("Largest firms by MW controlled").count() == 1
    assert page.locator("table").count() >= 1
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "loaded.png"), full_page=True)
    cdn = [u for u in log.requests if "/_solara/cdn/" in u]
    assert cdn, "the page asked for no front-end assets: is it Solara at all?"
    assert not log.failed_requests, log.failed_requests
    assert not any(
        not u.startswith("http://127.0.0.1") for u in log.requests if u.startswith("http")
    )
    assert not log.console_errors, log.console_errors


def test_step_advances_the_tick_and_changes_the_charts(page_and_log):
    page, log = page_and_log
    before = wait_for_charts(page)
    assert shown_time(page) == 0.0
    page.get_by_role("button", name="Step").click()
    page.wait_for_function("() => document.body.innerText.includes('Time: 1')", timeout=30_000)
    page.wait_for_function(
        "(old) => [...document.querySelectorAll('img')].filter(e => e.naturalWidth > 200)"
        ".some(e => !old.includes(e.src))",
        arg=before,
        timeout=30_000,
    )
    after = drawn_images(page)
    assert len(after) >= N_FIGURES and after != before
    assert not log.console_errors, log.console_errors


def test_changing_a_control_and_reset_rebuilds_the_model(page_and_log):
    page, log = page_and_log
    wait_for_charts(page)
    page.get_by_role("button", name="Step").click()
    page.wait_for_function("() => document.body.innerText.includes('Time: 1')", timeout=30_000)
    table_before = page.locator("table").first.inner_text()
    seed = page.get_by_label("Random seed")
    seed.fill("7")
    seed.press("Enter")
    page.get_by_role("button", name="Reset").click()
    page.wait_for_function("() => document.body.innerText.includes('Time: 0')", timeout=30_000)
    page.wait_for_function(
        "(old) => { const t = document.querySelector('table'); return t && t.innerText !== old; }",
        arg=table_before,
        timeout=30_000,
    )
    assert page.locator("table").first.inner_text() != table_before
    assert not log.console_errors, log.console_errors


def test_play_then_pause_advances_several_ticks(page_and_log):
    page, log = page_and_log
    wait_for_charts(page)
    start = shown_time(page)
    page.get_by_role("button", name="▶").click()
    page.wait_for_function(
        "() => { const m = document.body.innerText.match(/Time: ([\\d.]+)/); "
        f"return m && parseFloat(m[1]) >= {start + 3}; }}",
        timeout=60_000,
    )
    page.get_by_role("button", name="❚❚").click()
    paused_at = shown_time(page)
    page.wait_for_timeout(1500)
    assert shown_time(page) - paused_at <= 1  # at most the tick in flight when paused
    assert paused_at >= start + 3
    assert not log.console_errors, log.console_errors


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(name)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_server_listens_only_on_localhost_by_default():
    port = free_port()
    process = start_viz(port)
    try:
        wait_until_listening(port, process)
        addresses = listening_addresses(port)
        assert addresses, "no listening socket found"
        # 0100007F is 127.0.0.1; the IPv6 loopback is ...01000000 in /proc's byte order.
        assert addresses <= {"0100007F", "00000000000000000000000001000000"}, addresses
    finally:
        stop(process)


def test_listening_beyond_localhost_happens_only_when_asked():
    port = free_port()
    process = start_viz(port, ["--host", "0.0.0.0"])
    try:
        wait_until_listening(port, process)
        assert "00000000" in listening_addresses(port)
    finally:
        stop(process)
