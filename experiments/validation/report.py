"""The validation report: run the backtest ensembles, collect the checks, write Markdown and PNGs.

``gridrush validate`` calls :func:`write_validation_report`, which writes ``docs/validation.md``
and its figures under ``docs/validation/``. The checks are data
(:mod:`experiments.validation.checks`); this module only runs, collects and renders them.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from abm.fleet import ContractKind
from abm.scenario import PowerMarketScenario
from abm.submodels import lease_market
from experiments.atomic import write_text_atomically
from experiments.scenario_files import path_knobs
from experiments.validation import figures, observed
from experiments.validation.backtest import (
    BACKTEST_END,
    BACKTEST_START,
    ai_backtest_knobs,
    backtest_knobs,
    read_posterior,
    run_ensemble,
)
from experiments.validation.checks import (
    CALIBRATION_END,
    CALIBRATION_START,
    Check,
    CheckGroup,
    Report,
    verdict_text,
)
from experiments.validation.statics import comparative_statics


@dataclass(frozen=True)
class Effort:
    """How much simulation the report spends.

    Attributes:
        seeds: One backtest run per seed (the intervals are over these runs).
        n_miners: Miners in each run.
        static_seeds: Seeds averaged for each comparative static.
    """

    seeds: tuple[int, ...]
    n_miners: int
    static_seeds: tuple[int, ...]


FULL = Effort(seeds=tuple(range(1, 21)), n_miners=200, static_seeds=(1, 2, 3, 4, 5))
QUICK = Effort(seeds=(1, 2, 3), n_miners=60, static_seeds=(1, 2))


def _markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    return [line(header), "| " + " | ".join("---" for _ in header) + " |", *map(line, rows)]


CHECK_HEADER = [
    "check",
    "window (observed on)",
    "model",
    "observed",
    "tolerance",
    "verdict",
    "source",
]


POWERED_SHELL_REFERENCES_USD_PER_W = (
    ("Morgan Stanley, low", 5.19),
    ("CoreWeave's bid for Core Scientific", 6.9),
    ("Morgan Stanley, high", 7.81),
)
"""Published values of a leased powered shell, USD per W gross (``parameters.csv`` notes)."""

SHELL_VALUE_RATES = (0.08, 0.09, 0.11, 0.14, 0.20)
"""Discount rates the shell is valued at: a buyer's (8-9 %) to the model's miners' (11-20 %)."""


def powered_shell_table() -> tuple[str, list[str]]:
    """The value of a signed powered shell at each lease structure's own costs and rates.

    Not a check: a closed-form value of the contract terms, set beside the published
    values to show which rates and structures get there.
    """
    s = PowerMarketScenario()
    rows = lease_market.powered_shell_values_usd_per_w(s, SHELL_VALUE_RATES)
    low, high = POWERED_SHELL_REFERENCES_USD_PER_W[0][1], POWERED_SHELL_REFERENCES_USD_PER_W[2][1]
    lines = _markdown_table(
        [
            "structure",
            "miner's rate",
            "valued at",
            "USD/W gross",
            "USD/W IT",
            "net of the miner's capex (USD/W gross)",
            f"inside {low}-{high}",
        ],
        [
            [
                r["structure"].replace("_", "-"),
                f"{r['miner_rate']:.0%}",
                f"{r['valued_at_rate']:.2%}",
                f"{r['shell_usd_per_w_gross']:.2f}",
                f"{r['shell_usd_per_w_it']:.2f}",
                f"{r['net_of_capex_usd_per_w_gross']:.2f}",
                "yes" if low <= r["shell_usd_per_w_gross"] <= high else "no",
            ]
            for r in rows
        ],
    )
    lines.append("")
    rates = []
    for name, target in POWERED_SHELL_REFERENCES_USD_PER_W:
        for kind, label in (
            (ContractKind.LEASE, "tenant-funded"),
            (ContractKind.LANDLORD_BUILT, "landlord-built"),
        ):
            rate = lease_market.rate_for_shell_value(s, target, kind)
            rates.append(f"{label} {rate:.2%}" if rate == rate else f"{label}: none")
        lines.append(f"- {name}, {target} USD/W: reached at " + ", ".join(rates[-2:]) + ".")
    lines.append(
        f"- At the base rent of {s.hyperscaler_base_wtp_usd_per_kw_month:g} USD/kW IT-month "
        f"(landlord-built: plus its fit-out premium), terms of {s.lease_term_years:g} "
        f"(tenant-funded) and {s.landlord_built_term_years:g} years (landlord-built) and the "
        "terminal values of `abm/economics/valuation.py`. A buyer with a "
        "hyperscaler's cost of capital (8-9 %) pays the published values; the model's "
        "miners, valuing at 11-20 %, value the same shell lower. A landlord-built hall's "
        "value includes the hall it paid for."
    )
    return (
        "Powered-shell value per lease structure (closed form of the contract terms, not a check)",
        lines,
    )


def collect(
    effort: Effort,
    scratch: Path,
    figures_dir: Path,
    overrides: Mapping[str, Any] | None = None,
    draws: list[dict[str, Any]] | None = None,
    named_inputs: tuple[str, ...] = (),
) -> Report:
    """Run the backtest ensembles and the comparative statics; draw the figures.

    Args:
        effort: Seeds and miners.
        scratch: A folder for temporary price paths.
        figures_dir: Where the PNGs go.
        overrides: Knobs laid over the backtest's (a calibrated scenario's knobs).
        draws: Posterior parameter draws (one per run, cycled).
        named_inputs: How the report names the scenario file and the posterior sample.

    Returns:
        The report as data.
    """
    report = Report()
    prepared = backtest_knobs()
    if prepared is None:
        raise FileNotFoundError("a table the backtest needs is missing from abm/data/")
    knobs, provenance = prepared
    knobs = {**knobs, **(overrides or {})}
    ensemble = run_ensemble(knobs, effort.seeds, effort.n_miners, draws or ())
    difficulty, epochs = observed.difficulty_checks(ensemble)
    shares = observed.us_share_checks(ensemble)
    hashprice, published = observed.hashprice_checks(ensemble)
    distress, events = observed.distress_checks(ensemble)
    with_ai = run_ensemble(ai_backtest_knobs(knobs), effort.seeds, effort.n_miners, draws or ())
    deals, by_firm = observed.deal_checks(with_ai)
    report.checks += [*difficulty, *shares, *hashprice, *distress, *deals]
    report.statics = comparative_statics(effort.static_seeds, effort.n_miners, scratch)

    report.method = [
        f"Every check compares a model output with an observation. The calibration window is "
        f"{CALIBRATION_START} to {CALIBRATION_END} (the day before the fourth halving); each "
        "check says whether its observation falls in it or after it (out of sample). No "
        "parameter has been fitted to either window in the runs below unless a calibrated "
        "scenario is named here; the tolerances are written once in "
        "`experiments/validation/observed.py` and were stated before the runs they judge.",
        f"The backtest runs from {BACKTEST_START} to {BACKTEST_END} on the chain, fleets, fees "
        "and ASIC prices of the start date (table below) and the observed weekly BTC path. "
        f"Intervals: {ensemble.kind}; each model cell is the median and the 5th-95th "
        "percentiles over the runs. The network, US-share, hashprice and distress checks run "
        "with `ai_demand_scale = 0` (Morgan Stanley's path is new demand from a 2025 start); "
        "the deal-record checks run the same start with AI demand on, as LBNL's US totals "
        "(15.5 GW at the start, 66.2 GW at the end of 2028, `ai_demand_basis = total`).",
        "Caveats: some defaults are sourced from 2024-2025 reports (operating cost, power "
        "prices), which overlap the tested years; the ASIC frontier follows the dated releases "
        "of `asic_frontier_history.csv` (knob `asic_frontier_csv`), as the BTC path follows the "
        "observed one, and the improvement rate only after the last release (2025-01); the AI "
        "tenants' pipelines (`ai_tenants.csv`) are estimated from the deals of 2024-2025 and "
        "run for their years from the run's start, so the deal-record checks test the AI "
        "demand path and those estimates, not a forecast of the deals; the 2022 start has "
        "no order backlog of ASICs bought in the 2021 boom (no manufacturer's order book was "
        "found; public miners' filings give a lower bound, e.g. TeraWulf's 18,000 S19 XP and "
        "Cipher's 27,000 S19j Pro and 60,000 MicroBT M30S for 2022 delivery, about 11 EH/s, "
        "for firms with no site in the 2022 fleet table; the knob "
        "`rest_of_world_orders_at_start_ehs` takes such a book, left at 0 here); fees follow "
        "`fees_history.csv` (knob `fees_csv`), a straight line between sparse observations.",
    ]
    if overrides or draws:
        start_state = prepared[0]
        changed = {
            k: v
            for k, v in (overrides or {}).items()
            # Seeds and miners are the report's own (one run per seed); dates compare as text.
            if k not in (*path_knobs(), "seed", "n_miners") and str(start_state.get(k)) != str(v)
        }
        report.method.append(
            "Calibrated inputs: "
            + "; ".join(
                [
                    *(f"scenario `{name}`" for name in named_inputs[:1]),
                    *(f"posterior sample `{name}`" for name in named_inputs[1:]),
                ]
            )
            + (
                ". Knobs it sets apart from the start state: "
                + ", ".join(f"`{k} = {v}`" for k, v in changed.items())
                if changed
                else ""
            )
            + (
                f". Each run draws its calibrated knobs from the posterior ({len(draws)} draws)."
                if draws
                else "."
            )
        )
    report.tables.append(
        (
            "Backtest: what the run starts from (all dated on or before 2022-01)",
            _markdown_table(["knob", "value", "from"], [list(p) for p in provenance]),
        )
    )
    report.tables.append(
        (
            "Backtest: difficulty at every retarget",
            _markdown_table(
                ["epoch from block", "date", "window", "observed (T)", "model (T)", "within"],
                [
                    [
                        f"{r.height:,}",
                        str(r.date.date()),
                        "calibration" if r.date.date() <= CALIBRATION_END else "out of sample",
                        f"{r.observed / 1e12:.2f}",
                        f"{r.median / 1e12:.2f} [{r.low / 1e12:.2f}–{r.high / 1e12:.2f}]",
                        "yes" if r.within else "**no**",
                    ]
                    for r in epochs.itertuples()
                ],
            ),
        )
    )
    report.tables.append(
        (
            "Backtest: distress and exits on record, 2022-2023 (miner_distress_events.csv)",
            _markdown_table(["date", "firm", "event", "MW"], events.astype(str).values.tolist()),
        )
    )
    report.tables.append(
        (
            "Backtest: MW contracted for AI by firm, to 2025-11-30 (deals.csv against the "
            "AI-on runs)",
            _markdown_table(
                ["firm", "observed (MW)", "model (MW)"],
                [
                    [r.firm, "" if pd.isna(r.observed_mw) else f"{r.observed_mw:,.0f}", r.model_mw]
                    for r in by_firm.itertuples()
                ],
            ),
        )
    )

    report.tables.append(powered_shell_table())

    share_points = [(pd.Timestamp(c.observed_on), c.observed) for c in shares]
    figures.backtest_figure(
        figures_dir / "backtest.png",
        ensemble.band("difficulty"),
        epochs,
        ensemble.band("us_share_pct"),
        share_points,
        ensemble.band("hashprice_usd_per_ph_day"),
        published,
    )
    report.figures.append(
        (
            "backtest.png",
            "Backtest from 2022-01-03 on the observed BTC path: difficulty, US share and "
            "hashprice, the model's median and 90 % band against the observations (dashed: "
            "end of the calibration window).",
        )
    )
    band, record = observed.cumulative_deal_mw(with_ai)
    figures.deals_figure(figures_dir / "deals.png", band, record)
    report.figures.append(
        ("deals.png", "MW contracted for AI on miners' sites: model band against deals.csv.")
    )
    figures.statics_figure(figures_dir / "statics.png", report.statics)
    report.figures.append(("statics.png", "Comparative statics, mean over seeds."))
    return report


def render_markdown(report: Report, effort: Effort, figures_dir: str) -> str:
    """The report as Markdown."""
    windows = {}
    for check in report.checks:
        for window in check.window.split(" and "):
            windows.setdefault(window, [0, 0])
            if check.passed is not None:
                windows[window][0 if check.passed else 1] += 1
    lines = [
        "# gridrush validation report",
        "",
        f"Regenerate with `{report.command}` (writes this file and `docs/validation/*.png`).",
        f"Generated {dt.date.today()} with {len(effort.seeds)} runs per backtest, "
        f"{effort.n_miners} miners per run and {len(effort.static_seeds)} seeds per "
        "comparative static.",
        "",
        f"**Checks against observations: {report.n_passed} passed, {report.n_failed} failed.** "
        + "; ".join(f"{w}: {p} passed, {f} failed" for w, (p, f) in sorted(windows.items()))
        + ".",
        "",
        *report.method,
    ]
    section = None
    for check in report.checks:
        if check.section != section:
            section = check.section
            lines += ["", f"## {section}", "", *_markdown_table(CHECK_HEADER, [])]
        lines.append(_markdown_table(CHECK_HEADER, [check.cells()])[-1])
    lines += [
        "",
        "## Comparative statics (the model against itself, not against observations)",
        "",
        *_markdown_table(
            ["comparison", "with the change", "without", "expected", "verdict", "note"],
            [s.cells() for s in report.statics],
        ),
    ]
    for title, rows in report.tables:
        lines += ["", f"## {title}", "", *rows]
    if report.figures:
        lines += ["", "## Figures", ""]
        for name, caption in report.figures:
            lines += [f"![{caption}]({figures_dir}/{name})", "", f"*{caption}*", ""]
    lines += ["", "## Failures and what they say about the model", ""]
    failed: list[Check | CheckGroup] = report.failures()
    failed_statics = [s for s in report.statics if not s.passed]
    if not failed and not failed_statics:
        lines.append("None in this run.")
    for check in failed:
        cells = check.cells()
        lines.append(
            f"- **{cells[0]}** ({cells[1]}): model {cells[2]}, observed {cells[3]}. {check.fix}"
        )
    for static in failed_statics:
        lines.append(
            f"- **{static.name}** (comparative static): {verdict_text(False)}; {static.fix}"
        )
    return "\n".join(lines) + "\n"


def _as_given(path: Path) -> str:
    """A path relative to the working folder where it lies inside it (no machine's layout)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.name


def write_validation_report(
    docs_dir: Path,
    quick: bool = False,
    scenario: Path | None = None,
    posterior: Path | None = None,
) -> Report:
    """Run every check and write ``validation.md`` and its figures into ``docs_dir``.

    Args:
        docs_dir: Folder for ``validation.md``; figures go to ``docs_dir/validation/``.
        quick: Fewer runs and miners (the test suite's setting).
        scenario: A scenario file (a calibrated one) whose knobs are laid over the backtest's.
        posterior: A posterior sample (CSV, one column per knob): each run takes one draw.

    Returns:
        The report (``n_failed`` counts failed checks).
    """
    from experiments.scenario_files import load_scenario, with_paths

    effort = QUICK if quick else FULL
    overrides = None
    if scenario is not None:
        chosen = load_scenario(scenario)
        overrides = with_paths(chosen.knobs, chosen.paths)
    draws = read_posterior(posterior) if posterior else None
    figures_dir = docs_dir / "validation"
    figures_dir.mkdir(parents=True, exist_ok=True)
    scratch = figures_dir / ".paths"
    scratch.mkdir(exist_ok=True)
    try:
        named = tuple(_as_given(path) for path in (scenario, posterior) if path is not None)
        if scenario is None and posterior is not None:
            named = ("(none)", *named)
        report = collect(effort, scratch, figures_dir, overrides, draws, named)
        report.command = " ".join(
            [
                "gridrush validate",
                *(["--quick"] if quick else []),
                *([f"--scenario {_as_given(scenario)}"] if scenario else []),
                *([f"--posterior {_as_given(posterior)}"] if posterior else []),
            ]
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    write_text_atomically(docs_dir / "validation.md", render_markdown(report, effort, "validation"))
    return report
