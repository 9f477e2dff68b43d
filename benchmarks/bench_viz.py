"""The visual session as a visitor feels it, measured in the browser.

Run:  .venv/bin/python benchmarks/bench_viz.py [--write benchmarks/README.md]

Starts ``gridrush viz`` on a free port, opens it in headless Debian Chromium (Playwright) and
measures, on the default scenario and the first tab (three charts):

- **Step**: time from the click on Step to every chart on the page redrawn with the new tick
  (the charts' ``data-revision``, set after Vega has drawn), timed inside the page with
  ``performance.now()``, for 20 Steps from tick 0, and for 20 Steps near the horizon (after
  Play), where the time series are long;
- **Play**: ticks per second drawn by the page (the newest tick that every chart has drawn)
  over windows of 5 s, from tick 20 until Play is paused 40 ticks before the horizon, at the
  default Play speed setting; and the time of that whole stretch.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from markdown_block import replace_block  # benchmarks/ is the script's folder

MARKER_START = "<!-- bench_viz:start -->"
MARKER_END = "<!-- bench_viz:end -->"
CHROMIUM = "/usr/bin/chromium"

STEP_AND_WAIT_JS = """async (target) => {
    const step = [...document.querySelectorAll('button')]
        .find(b => b.innerText.trim().toUpperCase() === 'STEP');
    const charts = () => [...document.querySelectorAll('.gridrush-vega-view')];
    const start = performance.now();
    step.click();
    for (;;) {
        await new Promise(resolve => requestAnimationFrame(resolve));
        if (charts().length && charts().every(e => Number(e.dataset.revision) >= target)) {
            return performance.now() - start;
        }
        if (performance.now() - start > 30000) {
            throw new Error(`tick ${target} not drawn 30 s after Step`);
        }
    }
}"""

DRAWN_TICK_JS = """() => Math.min(...[...document.querySelectorAll('.gridrush-vega-view')]
    .map(e => Number(e.dataset.revision)))"""

ALL_DRAWN_JS = """(tick) => [...document.querySelectorAll('.gridrush-vega-view')]
    .every(e => e.dataset.revision === String(tick))"""

LATE_STEPS = 20
"""Steps timed again near the horizon, after Play, where every time series is long."""

PAUSE_MARGIN_TICKS = 20
"""Ticks Play may still show after Pause is asked (the model runs up to 0.5 s ahead of the
page): Play is paused ``LATE_STEPS + PAUSE_MARGIN_TICKS`` before the horizon, so the late Steps
never run into it."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_listening(port: int, timeout_s: float = 90) -> None:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gridrush viz did not listen on {port}")


def measure(url: str) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        page = browser.new_page(viewport={"width": 1600, "height": 1200})
        page.goto(url, timeout=120_000)
        page.wait_for_function(
            "() => document.querySelectorAll("
            "'.gridrush-vega-view[data-revision=\"0\"]').length >= 3",
            timeout=120_000,
        )
        page.wait_for_timeout(1000)
        steps_ms = [page.evaluate(STEP_AND_WAIT_JS, tick) for tick in range(1, 21)]
        clock = page.locator(".gridrush-clock")
        n_ticks = int(re.search(r"of (\d+)", clock.inner_text()).group(1))
        pause_at = n_ticks - LATE_STEPS - PAUSE_MARGIN_TICKS
        page.get_by_role("button", name="Play", exact=True).click()
        windows: list[float] = []
        start_tick, start = page.evaluate(DRAWN_TICK_JS), time.perf_counter()
        window_tick, window_start = start_tick, start
        while True:
            page.wait_for_timeout(200)
            tick, now = page.evaluate(DRAWN_TICK_JS), time.perf_counter()
            if tick >= pause_at:
                page.get_by_role("button", name="Pause", exact=True).click()
                # Paused once Play is offered again; the tick Play stopped at is then shown.
                page.get_by_role("button", name="Play", exact=True).wait_for(timeout=60_000)
                page.wait_for_timeout(1000)
                break
            if now - window_start >= 5:
                windows.append((tick - window_tick) / (now - window_start))
                window_tick, window_start = tick, now
        paused = int(re.search(r"tick (\d+) of", clock.inner_text()).group(1))
        page.wait_for_function(ALL_DRAWN_JS, arg=paused, timeout=60_000)
        late = min(LATE_STEPS, n_ticks - paused)
        late_ms = [page.evaluate(STEP_AND_WAIT_JS, paused + i) for i in range(1, late + 1)]
        browser.close()
    return {
        "steps_ms": steps_ms,
        "late_ms": late_ms,
        "late_from": paused,
        "windows": windows,
        "play_from": start_tick,
        "play_ticks": tick - start_tick,
        "play_s": now - start,
    }


def spread(times_ms: list[float]) -> str:
    """``median X ms, p90 Y ms, fastest Z ms, slowest W ms``."""
    ordered = sorted(times_ms)
    p90 = statistics.quantiles(ordered, n=10)[-1]
    return (
        f"median {statistics.median(ordered):.0f} ms, p90 {p90:.0f} ms, "
        f"fastest {ordered[0]:.0f} ms, slowest {ordered[-1]:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    load = os.getloadavg()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "experiments", "viz", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_listening(port)
        result = measure(f"http://127.0.0.1:{port}/")
    finally:
        server.terminate()
        server.wait(timeout=20)
    windows = result["windows"]
    late_from = result["late_from"]
    rows = [
        f"| Step: click to every chart redrawn, 20 Steps from tick 0 | "
        f"{spread(result['steps_ms'])} |",
        f"| Step: the same, {len(result['late_ms'])} Steps from tick {late_from} "
        f"(long histories) | {spread(result['late_ms'])} |",
        f"| Play: ticks drawn per second, 5 s windows from tick 20 | median "
        f"{statistics.median(windows):.1f}, first window {windows[0]:.1f}, "
        f"last {windows[-1]:.1f} |",
        f"| Play: tick {result['play_from']} to tick {result['play_from'] + result['play_ticks']} "
        f"({result['play_ticks']} ticks) | "
        f"{result['play_s']:.0f} s ({result['play_ticks'] / result['play_s']:.1f} ticks/s) |",
    ]
    block = "\n".join(
        [
            MARKER_START,
            f"Measured by `benchmarks/bench_viz.py` on {platform.machine()} "
            f"({os.cpu_count()} cores, shared; load average {load[0]:.1f} before, "
            f"{os.getloadavg()[0]:.1f} after), {time.strftime('%Y-%m-%d')}: "
            "`gridrush viz` in headless Chromium, default scenario, first tab (three charts), "
            "Play speed setting 20 ticks/s.",
            "",
            "| what | measured |",
            "| --- | --- |",
            *rows,
            MARKER_END,
        ]
    )
    print(block)
    if args.write:
        replace_block(args.write, MARKER_START, MARKER_END, block)


if __name__ == "__main__":
    main()
