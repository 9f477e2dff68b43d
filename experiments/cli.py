"""The ``gridrush`` command line: runs, scenarios, sweeps, calibration, analysis, validation, viz.

Bad input (a malformed file, an unknown knob, an out-of-range value, a sweep of zero runs, an
unwritable folder, a folder that is not a sweep) ends with one line naming the problem on
stderr and exit status 2; nothing already written is touched.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

app = typer.Typer(
    help="gridrush: the race for grid power between Bitcoin miners and AI hyperscalers.",
    no_args_is_help=False,
    add_completion=False,
)
console = Console(soft_wrap=True)


def fail(message: str) -> None:
    """Print one error line and exit with status 2."""
    print(f"gridrush: error: {' '.join(str(message).split())}", file=sys.stderr)
    raise typer.Exit(code=2)


def clean_errors(command: Callable) -> Callable:
    """Turn the project's input errors into one line and exit status 2."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        from experiments.scenario_files import ScenarioError
        from experiments.sweep import SweepError

        try:
            return command(*args, **kwargs)
        except (ScenarioError, SweepError, ValueError) as error:
            fail(str(error))
        except PermissionError as error:
            fail(f"{error.filename}: permission denied")
        except OSError as error:
            fail(f"{error.filename}: {error.strerror}" if error.filename else str(error))
        except KeyboardInterrupt:
            print("gridrush: interrupted; the same command resumes a sweep", file=sys.stderr)
            raise typer.Exit(code=130) from None

    return wrapper


@app.command()
@clean_errors
def run(
    scenario: Annotated[
        str,
        typer.Argument(help="Named scenario (see `gridrush scenarios`) or a scenario TOML file"),
    ] = "baseline",
    set_: Annotated[
        list[str], typer.Option("--set", help="Override a knob: --set KNOB=VALUE (repeatable)")
    ] = [],  # noqa: B006
    seed: Annotated[int | None, typer.Option(help="Random seed (overrides the scenario's)")] = None,
    out: Annotated[
        Path | None, typer.Option(help="Output folder (default: a fresh folder under runs/)")
    ] = None,
) -> None:
    """Run one scenario, print the market structure it ends in and write its results."""
    from experiments.scenario_files import load_scenario, parse_assignment
    from experiments.single_run import fresh_run_folder, simulate, summary_rows, write_run

    chosen = load_scenario(scenario)
    overrides = dict(parse_assignment(item) for item in set_)
    if seed is not None:
        overrides["seed"] = seed
    knobs = chosen.resolved(overrides)
    folder = out if out is not None else fresh_run_folder(Path("runs"), Path(chosen.name).stem)
    if folder.exists() and any(folder.iterdir()):
        fail(f"{folder}: exists and is not empty; choose a new --out folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as error:
        fail(f"{folder}: cannot write results there ({error.strerror})")
    with console.status(
        f"running {chosen.name}: {knobs['n_miners']} miners, {knobs['horizon_years']} years"
    ):
        result = simulate(knobs)
    description = chosen.description + (f" (overrides: {', '.join(set_)})" if set_ else "")
    write_run(result, folder, knobs, description)
    table = Table(
        title=f"Market structure at the end of '{chosen.name}' (seed {knobs['seed']})",
        show_header=False,
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    for label, value in summary_rows(result.model_frame):
        table.add_row(label, value)
    console.print(table)
    console.print(
        f"{result.wall_seconds:.2f} s; results in {folder}/ "
        "(model.parquet, agents.parquet, scenario.toml, market_structure.png)"
    )


@app.command()
@clean_errors
def scenarios() -> None:
    """List the named scenarios, one line each."""
    from experiments.scenario_files import load_scenario, named_scenarios

    for name in named_scenarios():
        console.print(f"[bold]{name:<18}[/bold] {load_scenario(name).description}", highlight=False)


@app.command()
@clean_errors
def sweep(
    sweep_file: Annotated[
        Path,
        typer.Argument(
            help="Sweep TOML file (see experiments/examples/), or a results folder to resume "
            "from its own copies"
        ),
    ],
    out: Annotated[
        Path | None, typer.Option(help="Results folder (default: sweeps/<file stem>)")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes of the local Dask cluster (default: CPUs)")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Use an existing Dask scheduler, e.g. tcp://host:8786")
    ] = None,
    allow_version_change: Annotated[
        bool,
        typer.Option(
            "--allow-version-change",
            help="Resume a folder made with another gridrush model version (mixes two models)",
        ),
    ] = False,
    in_process: Annotated[
        bool,
        typer.Option(
            "--in-process",
            help="Run every run in this process, one after another, without Dask "
            "(for debugging and small sweeps)",
        ),
    ] = False,
    no_worker_timeout: Annotated[
        float | None,
        typer.Option(
            help="Stop after this many seconds with no live Dask worker "
            "(default: 120 local, 1800 with --scheduler)"
        ),
    ] = None,
) -> None:
    """Run or resume a parameter sweep on Dask; finished runs are skipped.

    A results folder given instead of a sweep file resumes from the folder's own copies of the
    sweep file, base scenario and input files.
    """
    from experiments.sweep import MARKER, SweepError, parse_sweep, run_sweep

    if workers is not None and workers < 1:
        fail("--workers must be at least 1")
    if workers is not None and scheduler:
        fail("give either --workers (local cluster) or --scheduler (existing cluster), not both")
    if in_process and (workers is not None or scheduler):
        fail("--in-process runs without Dask: drop --workers and --scheduler")
    if no_worker_timeout is not None and not no_worker_timeout > 0:
        fail("--no-worker-timeout must be a positive number of seconds")
    if sweep_file.is_dir():
        if out is not None and out.absolute() != sweep_file.absolute():
            fail(f"{sweep_file}: resuming a results folder writes into it; drop --out")
        folder, source = sweep_file, None
    else:
        folder = out if out is not None else Path("sweeps") / sweep_file.stem
        source = sweep_file
        try:
            parse_sweep(sweep_file)  # bad input fails here, before any folder is made
        except SweepError as error:
            if (folder / MARKER).is_file():
                fail(f"{error}; {folder} resumes from its own copies: gridrush sweep {folder}")
            raise
    columns = [
        TextColumn("[bold]sweep"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("failed {task.fields[failed]}"),
        TextColumn("{task.fields[rate]:.2f} runs/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    ]
    import time

    started = time.perf_counter()
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("runs", total=None, failed=0, rate=0.0)
        first_done: list[int] = []

        def on_progress(done: int, failed: int, total: int) -> None:
            if not first_done:
                first_done.append(done)
            elapsed = max(time.perf_counter() - started, 1e-9)
            progress.update(
                task,
                total=total,
                completed=done,
                failed=failed,
                rate=(done - first_done[0]) / elapsed,
            )

        outcome = run_sweep(
            source,
            folder,
            workers=workers,
            scheduler=scheduler,
            on_progress=on_progress,
            allow_version_change=allow_version_change,
            no_worker_timeout_s=no_worker_timeout,
            in_process=in_process,
        )
    if outcome.set_aside:
        shown = "; ".join(f"{name} ({reason})" for name, reason in outcome.set_aside[:3])
        more = f"; and {len(outcome.set_aside) - 3} more" if len(outcome.set_aside) > 3 else ""
        print(
            f"gridrush: {len(outcome.set_aside)} run file(s) did not verify and were "
            f"recomputed, the files moved to {folder}/set-aside/: {shown}{more}",
            file=sys.stderr,
        )
    console.print(
        f"{outcome.total} runs: {outcome.skipped} already finished, "
        f"{outcome.finished} finished now, "
        f"{outcome.failed} failed, in {outcome.seconds:.1f} s; results in {folder}/"
    )
    if outcome.failed:
        print(
            f"gridrush: {outcome.failed} run(s) failed; "
            f"see the error column of {folder}/manifest.parquet",
            file=sys.stderr,
        )
        raise typer.Exit(code=1)


@app.command()
@clean_errors
def calibrate(
    out: Annotated[Path, typer.Option(help="Calibration folder (a second call resumes it)")],
    priors: Annotated[
        Path | None,
        typer.Option(
            help="Priors TOML file (default: experiments/calibration/priors.toml)",
        ),
    ] = None,
    populations: Annotated[
        int, typer.Option(help="ABC-SMC populations wanted in all (more continues a folder)")
    ] = 8,
    population_size: Annotated[int, typer.Option(help="Particles per population")] = 100,
    n_miners: Annotated[int, typer.Option(help="Miners in each model run")] = 60,
    seed: Annotated[int, typer.Option(help="Root seed of the particles' model runs")] = 2022,
    window_end: Annotated[
        str | None,
        typer.Option(
            help="End the window earlier than the 2024-04-19 halving (YYYY-MM-DD; quick looks)"
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes of the local Dask cluster (default: CPUs)")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="Use an existing Dask scheduler, e.g. tcp://host:8786")
    ] = None,
    in_process: Annotated[
        bool,
        typer.Option("--in-process", help="Run every model run in this process, without Dask"),
    ] = False,
) -> None:
    """Calibrate the model's free knobs on 2022-01 to the April 2024 halving (ABC-SMC, pyabc).

    Writes the posterior sample, a scenario of the calibrated knobs for `gridrush run` and
    a summary into the folder; docs/calibration.md describes the method.
    """
    import datetime as dt
    import time

    from experiments.calibration import (
        DEFAULT_PRIORS,
        WINDOW_END,
        WINDOW_START,
        CalibrationSettings,
        Window,
        read_priors,
        run_calibration,
    )

    if workers is not None and workers < 1:
        fail("--workers must be at least 1")
    if workers is not None and scheduler:
        fail("give either --workers (local cluster) or --scheduler (existing cluster), not both")
    if in_process and (workers is not None or scheduler):
        fail("--in-process runs without Dask: drop --workers and --scheduler")
    if populations < 1:
        fail("--populations must be at least 1")
    end = WINDOW_END
    if window_end is not None:
        try:
            end = dt.date.fromisoformat(window_end)
        except ValueError:
            fail(f"--window-end {window_end!r} is not a date (YYYY-MM-DD)")
        if end <= WINDOW_START:
            fail(f"--window-end {end} is not after the window's start {WINDOW_START}")
    settings = CalibrationSettings(
        priors=read_priors(priors if priors is not None else DEFAULT_PRIORS),
        population_size=population_size,
        n_miners=n_miners,
        seed=seed,
        window=Window(WINDOW_START, end),
    )
    columns = [
        TextColumn("[bold]calibrate"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("populations; epsilon {task.fields[epsilon]}"),
        TextColumn("acceptance {task.fields[acceptance]}"),
        TimeElapsedColumn(),
    ]
    started = time.perf_counter()
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("populations", total=populations, epsilon="-", acceptance="-")

        def on_population(done: int, wanted: int, last) -> None:
            progress.update(
                task,
                completed=done,
                epsilon=f"{last.epsilon:.3g}",
                acceptance=f"{last.acceptance_rate:.2f}",
            )

        outcome = run_calibration(
            out,
            settings,
            populations,
            workers=workers,
            scheduler=scheduler,
            in_process=in_process,
            on_population=on_population,
        )
        progress.update(task, completed=len(outcome.populations))
    table = Table(title=f"Posterior after {len(outcome.populations)} populations")
    for column in ("knob", "mean", "median", "90 % interval"):
        table.add_column(column, justify="left" if column == "knob" else "right")
    for knob, values in outcome.estimates.items():
        table.add_row(
            knob,
            f"{values['mean']:.4g}",
            f"{values['median']:.4g}",
            f"{values['low']:.4g} to {values['high']:.4g}",
        )
    console.print(table)
    console.print(
        f"{outcome.new_populations} population(s) sampled now, {len(outcome.populations)} in "
        f"all, in {time.perf_counter() - started:.1f} s; results in {out}/ (posterior.parquet, "
        f"calibrated.toml, summary.md); replay: gridrush run {out / 'calibrated.toml'}"
    )


@app.command()
@clean_errors
def analyze(
    folder: Annotated[Path, typer.Argument(help="A sweep results folder")],
    outcome: Annotated[
        str | None,
        typer.Option(
            help="Outcome of interest for scenario discovery (PRIM, CART), e.g. "
            "'mw_mining_final >= 0.3 * mw_sites_total' (overrides [analysis] outcome)"
        ),
    ] = None,
    compare: Annotated[
        list[str],
        typer.Option(help="Grid factor to compare level by level (repeatable; default: all)"),
    ] = [],  # noqa: B006
) -> None:
    """Write a sweep's report: intervals, paired differences, bands over time, sensitivity,
    scenario discovery; figures in PNG, SVG and PDF with the table behind each."""
    from experiments.analysis import analyze_sweep
    from experiments.sweep import MARKER, folder_sweep, load

    if not (folder / MARKER).is_file():
        fail(f"{folder}: not a gridrush sweep results folder")
    folder_sweep(folder)  # the folder's own copies must read back
    if load(folder).empty:
        fail(
            f"{folder}: no finished run to analyze; see the status and error columns of "
            f"{folder / 'manifest.parquet'}"
        )
    with console.status(f"analysing {folder}"):
        report = analyze_sweep(folder, outcome=outcome, compare=compare or None)
    console.print(f"report: {report}")


@app.command()
@clean_errors
def validate(
    docs: Annotated[Path, typer.Option(help="Folder for validation.md and its figures")] = Path(
        "docs"
    ),
    quick: Annotated[bool, typer.Option(help="Fewer seeds and miners (a smoke test)")] = False,
    scenario: Annotated[
        Path | None,
        typer.Option(help="Scenario file (a calibrated one) whose knobs the backtest takes"),
    ] = None,
    posterior: Annotated[
        Path | None,
        typer.Option(
            help="Posterior sample, CSV (one column per knob) or the posterior.parquet of "
            "gridrush calibrate: one draw per run"
        ),
    ] = None,
) -> None:
    """Write the validation report: model outputs against observations, with intervals."""
    from experiments.validation import write_validation_report

    with console.status("running the backtest ensembles and comparative statics"):
        report = write_validation_report(docs, quick=quick, scenario=scenario, posterior=posterior)
    console.print(
        f"{report.n_passed} passed, {report.n_failed} failed against observations; "
        f"report: {docs / 'validation.md'}"
    )


@app.command()
def viz(
    host: Annotated[
        str, typer.Option(help="Interface to listen on (localhost only unless you say otherwise)")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8765,
) -> None:
    """Serve the interactive visual session (no internet needed)."""
    from viz.serve import serve

    sys.exit(serve(host=host, port=port))


EXIT_GRACE_S = 60.0
"""How long the interpreter may take to shut down once a command has ended before the process
exits anyway, with the command's status (see :func:`main`)."""


def exit_even_if_shutdown_hangs(code: object) -> None:
    """Make sure the process ends :data:`EXIT_GRACE_S` seconds from now with the status
    ``code`` stands for.

    A command's work and its one line of output are done when it ends; what follows is Python's
    shutdown, which waits for other threads and runs exit handlers (Dask's among them). A Dask
    worker process killed at the wrong moment can leave one of those waiting forever; a daemon
    timer then ends the process with the command's own status instead of hanging.
    """
    status = code if isinstance(code, int) else 0 if code is None else 1

    def end_now() -> None:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a stream already closed
                stream.flush()
        os._exit(status)

    timer = threading.Timer(EXIT_GRACE_S, end_now)
    timer.daemon = True
    timer.start()


def main() -> None:
    """Entry point of ``gridrush`` and ``python -m experiments``: the command, then an exit
    that cannot hang."""
    try:
        app()
    except SystemExit as ended:
        exit_even_if_shutdown_hangs(ended.code)
        raise
