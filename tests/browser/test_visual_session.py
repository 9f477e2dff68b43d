"""The visual session in a real browser: drawn offline, per-visitor models, charts that update,
tooltips, scenario picks, the firm view, refused values and the server's command line."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.browser.conftest import OUTPUT, free_port, start_viz, stop, wait_until_listening

pytestmark = pytest.mark.browser

TABS = ("Market structure", "Regions and leases", "Bitcoin and AI demand", "Firm close up")
CHARTS = ".gridrush-vega-view"
TIMEOUT_MS = 60_000


def drawn(page) -> dict[str, str]:
    """Chart name -> revision drawn, for every chart with a drawing (canvas or svg)."""
    return page.eval_on_selector_all(
        CHARTS,
        "els => Object.fromEntries(els"
        ".filter(e => e.querySelector('svg, canvas') && e.dataset.revision)"
        ".map(e => [e.dataset.chart, e.dataset.revision]))",
    )


def wait_drawn(page, revision: int, at_least: int = 1) -> dict[str, str]:
    """Wait until every chart on the tab has drawn ``revision`` (and there are some)."""
    page.wait_for_function(
        f"""() => {{ const els = [...document.querySelectorAll('{CHARTS}')];
            return els.length >= {at_least} && els.every(
                e => e.querySelector('svg, canvas') && e.dataset.revision === '{revision}'); }}""",
        timeout=TIMEOUT_MS,
    )
    return drawn(page)


def wait_charts(page, names: set[str], revision: int) -> None:
    """Wait until each chart of ``names`` is on the page with ``revision`` drawn."""
    page.wait_for_function(
        """([names, revision]) => names.every(n => {
            const e = document.querySelector(`.gridrush-vega-view[data-chart="${n}"]`);
            return e && e.querySelector('svg, canvas') && e.dataset.revision === revision; })""",
        arg=[sorted(names), str(revision)],
        timeout=TIMEOUT_MS,
    )


def clock_tick(page) -> int:
    text = page.locator(".gridrush-clock").inner_text()
    return int(re.search(r"tick (\d+) of", text).group(1))


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def step(page, times: int = 1) -> None:
    for _ in range(times):
        before = clock_tick(page)
        page.get_by_role("button", name="Step").click()
        page.wait_for_function(
            "(before) => !document.querySelector('.gridrush-clock')"
            ".innerText.includes(`tick ${before} `)",
            arg=before,
            timeout=TIMEOUT_MS,
        )


def test_every_chart_draws_offline_and_updates_on_step_with_no_console_errors_or_warnings(
    page_and_log,
):
    page, log = page_and_log
    OUTPUT.mkdir(parents=True, exist_ok=True)
    expected = {
        TABS[0]: {"mw_by_use", "control", "hhi"},
        TABS[1]: {"regions", "lease_network"},
        TABS[2]: {"power_gap", "hashprice", "lease_price"},
        TABS[3]: {"firm_mw_by_use", "firm_cash", "firm_value"},
    }
    assert re.match(
        r"\d{4}-\d\d-\d\d · tick 0 of \d+", page.locator(".gridrush-clock").inner_text()
    )
    for tab, names in expected.items():
        open_tab(page, tab)
        wait_charts(page, names, 0)
    open_tab(page, TABS[0])
    wait_charts(page, expected[TABS[0]], 0)
    page.wait_for_timeout(500)
    page.screenshot(path=str(OUTPUT / "loaded.png"), full_page=True)
    step(page)
    for tab, names in expected.items():
        open_tab(page, tab)
        wait_charts(page, names, 1)
    assert [t.inner_text().strip() for t in page.get_by_role("tab").all()] == [
        t.upper() for t in TABS
    ] or [t.inner_text().strip().lower() for t in page.get_by_role("tab").all()] == [
        t.lower() for t in TABS
    ]
    assert log.cdn_requests(), "the page asked for no front-end assets: is it Solara at all?"
    assert not log.failed_requests, log.failed_requests
    assert not log.off_machine_requests(), log.off_machine_requests()
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def test_two_sessions_step_independently(browser, viz_server):
    first = browser.new_context(viewport={"width": 1600, "height": 1400}).new_page()
    second = browser.new_context(viewport={"width": 1600, "height": 1400}).new_page()
    try:
        first.goto(viz_server.url, timeout=120_000)
        wait_drawn(first, 0, 3)
        step(first, 3)
        second.goto(viz_server.url, timeout=120_000)
        wait_drawn(second, 0, 3)
        assert clock_tick(second) == 0
        step(second)
        assert clock_tick(second) == 1
        assert clock_tick(first) == 3
    finally:
        first.context.close()
        second.context.close()


def test_reset_redraws_every_chart_from_the_new_model_which_then_steps(page_and_log):
    page, log = page_and_log
    wait_drawn(page, 0, 3)
    step(page, 3)
    wait_drawn(page, 3, 3)
    page.get_by_role("button", name="Reset").click()
    wait_drawn(page, 0, 3)  # the same knobs give the same tables: drawn again all the same
    assert clock_tick(page) == 0
    step(page, 2)
    wait_drawn(page, 2, 3)
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def test_hover_shows_a_tooltip_with_a_value_and_its_unit(page_and_log):
    page, log = page_and_log
    wait_drawn(page, 0, 3)
    step(page, 3)
    wait_drawn(page, 3, 3)
    chart = page.locator(f"{CHARTS}[data-chart='mw_by_use'] canvas").first
    box = chart.bounding_box()
    tooltip = page.locator("#vg-tooltip-element.visible")
    for share in (0.5, 0.55, 0.6, 0.65, 0.7):
        page.mouse.move(box["x"] + box["width"] * share, box["y"] + box["height"] * 0.4, steps=5)
        page.wait_for_timeout(300)
    tooltip.wait_for(timeout=10_000)
    text = tooltip.inner_text()
    assert "mining (MW)" in text and re.search(r"\d", text)
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def test_picking_a_named_scenario_sets_the_controls_to_its_values(page_and_log):
    from experiments.scenario_files import load_scenario, named_scenarios

    page, log = page_and_log
    wait_drawn(page, 0, 3)
    pick = next(
        name
        for name in named_scenarios()
        if "ai_demand_scale" in load_scenario(name).knobs and name != "baseline"
    )
    scale = load_scenario(pick).knobs["ai_demand_scale"]
    page.get_by_label("Named scenario").click(force=True)
    page.get_by_role("option", name=pick, exact=True).click()
    shown = f"AI demand scale: {scale:,.0f}" if float(scale).is_integer() else f"{scale:,.2f}"
    page.get_by_text(re.compile(re.escape(shown))).first.wait_for(timeout=TIMEOUT_MS)
    assert clock_tick(page) == 0
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def test_clicking_a_landlord_opens_the_firm_close_up(page_and_log):
    page, log = page_and_log
    wait_drawn(page, 0, 3)
    open_tab(page, TABS[1])
    wait_charts(page, {"lease_network"}, 0)
    landlord = page.locator(f"{CHARTS}[data-chart='lease_network'] .mark-symbol path").first
    landlord.click()
    page.get_by_text(re.compile(r"site\(s\), [\d,]+ MW, debt")).wait_for(timeout=TIMEOUT_MS)
    assert page.get_by_role("tab", name=TABS[3]).get_attribute("aria-selected") == "true"
    wait_charts(page, {"firm_mw_by_use", "firm_cash", "firm_value"}, 0)
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def wait_one_control_showing(page, label: str, value: str) -> None:
    """Wait until one input on the page is labelled ``label`` and it shows ``value``."""
    page.wait_for_function(
        """([label, value]) => {
            const inputs = [...document.querySelectorAll('label')]
                .filter(l => l.textContent.trim() === label)
                .map(l => document.getElementById(l.htmlFor)).filter(i => i);
            return inputs.length === 1 && inputs[0].value === value; }""",
        arg=[label, value],
        timeout=TIMEOUT_MS,
    )


def test_a_bad_value_typed_into_the_page_is_refused_in_one_line(page_and_log):
    page, log = page_and_log
    wait_drawn(page, 0, 3)
    seed = page.get_by_label("Random seed")
    kept = seed.input_value()
    for typed, says in (("abc", "'abc' is not a whole number"), ("-1", "'-1' is not a whole")):
        seed.fill(typed)
        seed.press("Enter")
        message = page.locator(".gridrush-message")
        message.wait_for(timeout=TIMEOUT_MS)
        page.get_by_text(f"Random seed: {says}").wait_for(timeout=TIMEOUT_MS)
        assert "\n" not in message.inner_text().strip()
        # A refused value is replaced by a new control showing the value kept; the old one
        # (holding the refused text) is gone once only one control shows the kept value.
        wait_one_control_showing(page, "Random seed", kept)
    assert "Traceback" not in page.inner_text("body")
    page.get_by_role("button", name="Reset").click()
    wait_drawn(page, 0, 3)
    assert clock_tick(page) == 0
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def test_an_out_of_range_value_sent_over_the_websocket_is_refused_and_never_run(
    browser_page, viz_server
):
    """The browser's slider clamps its value; a client that writes the widget's comm message
    itself does not. Rewrite the slider's own update on the real websocket and send it."""
    page, log = browser_page
    forge = {"v_model": None, "sent": []}

    def relay(socket) -> None:
        server = socket.connect_to_server()

        def to_server(message) -> None:
            value = forge["v_model"]
            if value is not None and isinstance(message, str) and '"v_model"' in message:
                changed = re.sub(r'"v_model":\s*-?[\d.]+', f'"v_model":{value}', message, count=1)
                if changed != message:
                    forge["v_model"] = None
                    forge["sent"].append(changed)
                    message = changed
            server.send(message)

        socket.on_message(to_server)
        server.on_message(socket.send)

    page.route_web_socket(re.compile(r"^ws://127\.0\.0\.1:\d+/"), relay)
    page.goto(viz_server.url, timeout=120_000)
    wait_drawn(page, 0, 3)
    running = page.locator(".gridrush-running")
    assert running.inner_text().startswith("Running: 200 miner sites")
    sliders = page.get_by_role("slider")
    assert sliders.first.get_attribute("aria-valuenow") == "200"  # Miner sites, 10-2,000
    forge["v_model"] = 1_000_000
    sliders.first.focus()
    page.keyboard.press("ArrowRight")
    message = page.locator(".gridrush-message")
    message.wait_for(timeout=TIMEOUT_MS)
    assert len(forge["sent"]) == 1 and '"v_model":1000000' in forge["sent"][0]
    assert message.inner_text().strip() == (
        "Miner sites: 1,000,000 is outside the page's range 10-2,000"
    )
    assert page.get_by_text(re.compile(r"^Miner sites: 200 ")).count() == 1
    page.get_by_role("button", name="Reset").click()
    step(page)
    wait_drawn(page, 1, 3)
    assert running.inner_text().startswith("Running: 200 miner sites")
    assert clock_tick(page) == 1
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


def test_screenshots_after_20_steps_and_30_s_of_play(page_and_log):
    page, log = page_and_log
    OUTPUT.mkdir(parents=True, exist_ok=True)
    wait_drawn(page, 0, 3)
    step(page, 20)
    wait_drawn(page, 20, 3)
    page.screenshot(path=str(OUTPUT / "after_20_steps.png"), full_page=True)
    page.get_by_role("button", name="Play", exact=True).click()
    time.sleep(30)
    pause = page.get_by_role("button", name="Pause", exact=True)
    if pause.count():  # Play stops by itself at the horizon
        pause.click()
    paused = clock_tick(page)
    page.wait_for_timeout(1000)
    assert clock_tick(page) - paused <= 1
    assert paused > 20 + 30  # at least 1 tick/s; speed itself is measured in benchmarks/
    n_ticks = int(re.search(r"of (\d+)", page.locator(".gridrush-clock").inner_text()).group(1))
    assert paused <= n_ticks
    page.wait_for_timeout(1000)
    page.screenshot(path=str(OUTPUT / "after_30s_play.png"), full_page=True)
    assert not log.console_errors, log.console_errors
    assert not log.console_warnings, log.console_warnings


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


def test_server_listens_only_on_localhost_by_default_and_sigterm_stops_it_all():
    port = free_port()
    process = start_viz(port)
    try:
        wait_until_listening(port, process)
        addresses = listening_addresses(port)
        assert addresses, "no listening socket found"
        # 0100007F is 127.0.0.1; the IPv6 loopback is ...01000000 in /proc's byte order.
        assert addresses <= {"0100007F", "00000000000000000000000001000000"}, addresses
        process.send_signal(signal.SIGTERM)  # to the launcher only, not its group
        process.wait(timeout=20)
        deadline = time.time() + 10
        while listening_addresses(port) and time.time() < deadline:
            time.sleep(0.2)
        assert not listening_addresses(port), "the Solara child kept serving after SIGTERM"
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


@pytest.mark.parametrize("port", ["-1", "70000"])
def test_an_invalid_port_is_one_line_and_status_2(port):
    result = subprocess.run(
        [sys.executable, "-m", "experiments", "viz", "--port", port],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1 and "a port is a number from 1 to 65535" in lines[0], lines


def test_a_busy_port_is_one_line_and_status_2(viz_server):
    result = subprocess.run(
        [sys.executable, "-m", "experiments", "viz", "--port", str(viz_server.port)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1 and "already in use" in lines[0], lines
