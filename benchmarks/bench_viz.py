"""The visual session as a visitor feels it, measured in the browser.

Run:  .venv/bin/python benchmarks/bench_viz.py [--write benchmarks/README.md]

Starts ``gridrush viz`` on a free port, opens it in headless Debian Chromium (Playwright) and
measures, on the default scenario and the first tab (three charts):

- **Step**: time from the click on Step to every chart on the page redrawn with the new tick
  (the charts' ``data-revision``, set after Vega has drawn), timed inside the page with
  ``performance.now()``, for 20 Steps from tick 0;
- **Play**: ticks per second shown by the page (every chart redrawn for each tick; Play waits
  for the browser's drawing before the next tick) over windows of 5 s, from tick 20 to the
  horizon, at the default Play speed setting; and the time of the whole run.
"""

from __future__ import annotations

import argparse
import platform
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
        if (charts().length && charts().every(e => e.dataset.revision === String(target))) {
            return performance.now() - start;
        }
    }
}"""

DRAWN_TICK_JS = """() => Math.min(...[...document.querySelectorAll('.gridrush-vega-view')]
    .map(e => Number(e.dataset.revision)))"""


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
        page.get_by_role("button", name="Play", exact=True).click()
        windows: list[float] = []
        start_tick, start = page.evaluate(DRAWN_TICK_JS), time.perf_counter()
        last_tick, last = start_tick, start
        while True:
            page.wait_for_timeout(5000)
            tick, now = page.evaluate(DRAWN_TICK_JS), time.perf_counter()
            windows.append((tick - last_tick) / (now - last))
            last_tick, last = tick, now
            if page.get_by_role("button", name="Play", exact=True).count():
                break  # Play stopped at the horizon
        browser.close()
    return {
        "steps_ms": steps_ms,
        "windows": windows,
        "play_ticks": last_tick - start_tick,
        "play_s": last - start,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
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
    steps = sorted(result["steps_ms"])
    windows = result["windows"]
    rows = [
        f"| Step: click to every chart redrawn (20 Steps from tick 0) | median "
        f"{statistics.median(steps):.0f} ms, fastest {steps[0]:.0f} ms, "
        f"slowest {steps[-1]:.0f} ms |",
        f"| Play: ticks drawn per second, 5 s windows from tick 20 | median "
        f"{statistics.median(windows):.1f}, first window {windows[0]:.1f}, "
        f"last {windows[-1]:.1f} |",
        f"| Play: tick 20 to the horizon ({result['play_ticks']} ticks) | "
        f"{result['play_s']:.0f} s ({result['play_ticks'] / result['play_s']:.1f} ticks/s) |",
    ]
    block = "\n".join(
        [
            MARKER_START,
            f"Measured by `benchmarks/bench_viz.py` on {platform.machine()} "
            f"({__import__('os').cpu_count()} cores, shared), {time.strftime('%Y-%m-%d')}: "
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
