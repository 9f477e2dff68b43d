"""ABC-SMC calibration with pyabc: run or resume, then write the posterior and a scenario.

Calibration folder (``gridrush calibrate --out DIR``):

- ``calibration.json``: written first; the calibration's identity (priors, distance weights,
  population size, seed, ``n_miners``, window, the observed statistics' SHA-256, the model
  version) and, per population done, its wall time. A second call on the folder resumes only
  when its identity is the same;
- ``history.db``: pyabc's History (SQLite), every population's particles, weights, distances
  and summary statistics. A population is stored whole or not at all, so a call killed mid-way
  resumes at the population it was sampling;
- ``posterior.parquet``: the last population: one row per particle, the calibrated knobs,
  ``weight`` (summing to 1) and ``distance``;
- ``calibrated.toml``: a scenario for ``gridrush run`` (the backtest's start state, the
  posterior median of each knob), its header recording data files with SHA-256, window,
  priors, distance, pyabc and gridrush versions;
- ``btc_price_weekly.csv``, ``fees_history.csv`` and ``asic_frontier_history.csv``: the
  observed BTC and fee paths and the dated ASIC releases the scenario follows (copies, read
  beside it);
- ``summary.md``: posterior mean, median and 90 % interval per knob, acceptance rate and
  wall time per population.

``--populations`` is the number of populations wanted in all: a call with more continues the
stored History; where the populations run (``--workers``, ``--scheduler``) is not part of the
identity. pyabc draws proposals from NumPy's global generator (its Dask sampler reseeds it
from the operating system in every task), so two calibrations with the same seed draw
different particles from the same posterior (in process, ``in_process=True``, the generator is
seeded from the seed and the population, so such a calibration replays exactly); each
particle's model run is reproducible from its parameters and the seed
(``simulator.particle_seed``).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import logging
import math
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import tomli_w

from abm import knob_specs
from experiments.atomic import write_atomically, write_text_atomically
from experiments.calibration.priors import CalibrationError, CalibrationPriors
from experiments.calibration.record import (
    DATA_FILES,
    ERROR_SCALES,
    WINDOW_END,
    ObservedRecord,
    WeightedDistance,
    Window,
    observed_record,
)
from experiments.calibration.simulator import WindowSimulator, window_start_knobs
from experiments.provenance import model_version, provenance

MARKER = "calibration.json"
HISTORY = "history.db"
LOCK = ".gridrush-calibration.lock"
FOLDER_FORMAT = 1
START_STATE_FILES = (
    "btc_price_weekly.csv",
    "public_miners_2022.csv",
    "fees_history.csv",
    "asic_frontier_history.csv",
    "asic_prices.csv",
    "parameters.csv",
)
"""Tables the start state and the knobs' defaults come from (recorded with their SHA-256)."""
INTERVAL = (0.05, 0.95)
"""Posterior interval reported: the 90 % central interval of the weighted sample."""


@dataclass(frozen=True)
class CalibrationSettings:
    """What a calibration is (its identity, apart from the observations).

    Attributes:
        priors: The knobs fitted, their priors and the distance weights.
        population_size: Particles per population.
        n_miners: Miners in each model run.
        seed: Root seed of the particles' model runs.
        window: The calibration window.
    """

    priors: CalibrationPriors
    population_size: int = 100
    n_miners: int = 60
    seed: int = 2022
    window: Window = field(default_factory=Window)

    def __post_init__(self) -> None:
        if self.population_size < 2:
            raise CalibrationError("--population-size must be at least 2")
        if self.n_miners < 1:
            raise CalibrationError("n_miners must be at least 1")
        if self.seed < 0:
            raise CalibrationError("--seed must not be negative")
        if self.window.end > WINDOW_END:
            raise CalibrationError(
                f"the calibration window ends by {WINDOW_END} (the halving); what follows is "
                f"the out-of-sample period, not {self.window.end}"
            )


@dataclass(frozen=True)
class PopulationRecord:
    """One population of a calibration.

    Attributes:
        t: Population index (0 = the first).
        epsilon: Acceptance threshold of the distance.
        evaluations: Model runs it took.
        accepted: Particles accepted.
        wall_s: Wall time, seconds (NaN when not recorded).
    """

    t: int
    epsilon: float
    evaluations: int
    accepted: int
    wall_s: float

    @property
    def acceptance_rate(self) -> float:
        """Accepted particles per model run."""
        return self.accepted / self.evaluations if self.evaluations else math.nan


@dataclass(frozen=True)
class CalibrationOutcome:
    """What a call did and where the results are.

    Attributes:
        folder: The calibration folder.
        populations: Every stored population.
        new_populations: Populations sampled by this call.
        seconds: Wall time of this call.
        posterior: The last population (knobs, ``weight``, ``distance``).
        estimates: Knob -> posterior summary (mean, median, interval bounds).
    """

    folder: Path
    populations: list[PopulationRecord]
    new_populations: int
    seconds: float
    posterior: pd.DataFrame
    estimates: dict[str, dict[str, float]]


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes (hex)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_file(name: str) -> Path:
    """A table of ``abm/data/``."""
    return Path(__file__).resolve().parents[2] / "abm" / "data" / name


def statistics_digest(statistics: dict[str, np.ndarray]) -> str:
    """SHA-256 of the observed statistics (group names and values), 16 hex digits."""
    digest = hashlib.sha256()
    for group in sorted(statistics):
        digest.update(group.encode() + b"\0")
        digest.update(np.ascontiguousarray(statistics[group], dtype=np.float64).tobytes())
    return digest.hexdigest()[:16]


def identity(settings: CalibrationSettings, record: ObservedRecord) -> dict[str, Any]:
    """The identity a resumed calibration must match (see the module docstring)."""
    return {
        "format": FOLDER_FORMAT,
        **settings.priors.identity(),
        "population_size": settings.population_size,
        "n_miners": settings.n_miners,
        "seed": settings.seed,
        "window": [record.window.start.isoformat(), record.window.end.isoformat()],
        "observations": record.targets.counts(),
        "observed_statistics_sha256": statistics_digest(record.statistics),
        "model_version": model_version(),
    }


def first_difference(stored: dict[str, Any], wanted: dict[str, Any]) -> str | None:
    """The first key whose value differs, said in a few words, or None."""
    for key in sorted(set(stored) | set(wanted)):
        if stored.get(key) != wanted.get(key):
            return f"{key} was {stored.get(key)!r}, now {wanted.get(key)!r}"
    return None


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the folder's lock: one calibration works on a folder at a time."""
    with (folder / LOCK).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CalibrationError(
                f"{folder}: another gridrush calibrate is working on this folder"
            ) from None
        yield


def prepare_folder(folder: Path, wanted: dict[str, Any]) -> dict[str, Any]:
    """Make a new calibration folder or check a stored one's identity; return its marker.

    Raises:
        CalibrationError: The folder holds something that is not a calibration, or a
            calibration with another identity.
    """
    marker = folder / MARKER
    if marker.is_file():
        try:
            stored = json.loads(marker.read_text(encoding="utf-8"))
            stored_identity = stored["identity"]
        except (ValueError, KeyError, TypeError):
            raise CalibrationError(f"{marker}: not a readable calibration record") from None
        difference = first_difference(stored_identity, wanted)
        if difference:
            raise CalibrationError(
                f"{folder}: holds a calibration with other settings ({difference}); use a new "
                "--out folder or the folder's own settings"
            )
        return stored
    if folder.exists() and any(p.name != LOCK for p in folder.iterdir()):
        raise CalibrationError(f"{folder}: exists, is not empty and is not a calibration folder")
    folder.mkdir(parents=True, exist_ok=True)
    stored = {"identity": wanted, "provenance": provenance(), "wall_s": {}}
    stored["provenance"]["pyabc"] = metadata.version("pyabc")
    write_text_atomically(marker, json.dumps(stored, indent=2, default=str))
    return stored


def pyabc_priors(priors: CalibrationPriors):
    """The priors as a ``pyabc.Distribution``."""
    import pyabc

    return pyabc.Distribution(
        **{prior.knob: pyabc.RV(*prior.scipy_arguments()) for prior in priors.priors}
    )


def make_sampler(workers: int | None, scheduler: str | None, in_process: bool):
    """pyabc's sampler: in this process, or on Dask (a local cluster or a scheduler).

    Returns:
        (sampler, closer): ``closer()`` shuts the Dask client and local cluster down.
    """
    import pyabc

    if in_process:
        return pyabc.sampler.SingleCoreSampler(), lambda: None
    from experiments.sweep import SweepError, connect

    try:
        client, cluster = connect(workers, scheduler)
    except SweepError as error:
        raise CalibrationError(str(error)) from None

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return pyabc.sampler.DaskDistributedSampler(dask_client=client), close


def population_records(history, wall_s: dict[str, float]) -> list[PopulationRecord]:
    """Every stored population of a pyabc History (the prior's pre-population left out)."""
    table = history.get_all_populations()
    table = table[table["t"] >= 0].sort_values("t")
    return [
        PopulationRecord(
            t=int(row.t),
            epsilon=float(row.epsilon),
            evaluations=int(row.samples),
            accepted=int(row.particles),
            wall_s=float(wall_s.get(str(int(row.t)), math.nan)),
        )
        for row in table.itertuples()
    ]


def posterior_frame(history, knobs: list[str]) -> pd.DataFrame:
    """The last population: one row per particle, the knobs, ``weight`` and ``distance``."""
    population = history.get_population()
    rows = [
        {
            **{knob: float(particle.parameter[knob]) for knob in knobs},
            "weight": float(particle.weight),
            "distance": float(particle.distance),
        }
        for particle in population.particles
    ]
    frame = pd.DataFrame(rows, columns=[*knobs, "weight", "distance"])
    frame["weight"] = frame["weight"] / frame["weight"].sum()
    return frame


def weighted_quantile(values: np.ndarray, weights: np.ndarray, share: float) -> float:
    """Quantile of a weighted sample (the inverse of its weighted empirical CDF, interpolated
    between the midpoints of the particles' weights)."""
    order = np.argsort(values)
    values, weights = np.asarray(values)[order], np.asarray(weights)[order]
    cumulative = (np.cumsum(weights) - 0.5 * weights) / weights.sum()
    return float(np.interp(share, cumulative, values))


def estimates(posterior: pd.DataFrame, knobs: list[str]) -> dict[str, dict[str, float]]:
    """Per knob: weighted mean, median and the bounds of the :data:`INTERVAL`."""
    weights = posterior["weight"].to_numpy()
    result = {}
    for knob in knobs:
        values = posterior[knob].to_numpy()
        result[knob] = {
            "mean": float(np.average(values, weights=weights)),
            "median": weighted_quantile(values, weights, 0.5),
            "low": weighted_quantile(values, weights, INTERVAL[0]),
            "high": weighted_quantile(values, weights, INTERVAL[1]),
        }
    return result


def _rounded(value: float) -> float:
    # Four significant digits: finer than any posterior interval a calibration can give.
    return float(f"{value:.4g}")


def scenario_text(
    settings: CalibrationSettings,
    record: ObservedRecord,
    fitted: dict[str, dict[str, float]],
    populations: list[PopulationRecord],
) -> str:
    """``calibrated.toml``: the backtest's start state with the posterior medians."""
    from experiments.validation import backtest_knobs

    prepared = backtest_knobs()
    if prepared is None:
        raise CalibrationError("a table of abm/data/ the 2022 start state is read from is missing")
    knobs, _ = prepared
    knobs = {
        **knobs,
        "btc_price_csv": "btc_price_weekly.csv",
        "fees_csv": "fees_history.csv",
        "asic_frontier_csv": "asic_frontier_history.csv",
        "n_miners": settings.n_miners,
        "seed": settings.seed,
        **{knob: _rounded(values["median"]) for knob, values in fitted.items()},
    }
    end = dt.date.fromordinal(
        knobs["start_date"].toordinal() + round(knobs["horizon_years"] * 365.25)
    )
    serialisable = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in knobs.items()}
    files = [*DATA_FILES, *START_STATE_FILES]
    header = [
        "# Calibrated by `gridrush calibrate` (ABC-SMC, pyabc); see docs/calibration.md.",
        f"# {model_version()}; pyabc {metadata.version('pyabc')}",
        f"# Window: {record.window.start} to {record.window.end} (the model stops at "
        f"{record.window.last_tick(knob_specs()['tick_days'].default).date()}); observations: "
        + ", ".join(f"{group} {n}" for group, n in record.targets.counts().items()),
        "# Priors: "
        + "; ".join(
            f"{p.knob} {p.distribution} [{p.low:g}, {p.high:g}]" for p in settings.priors.priors
        ),
        "# Distance: weighted RMS of errors over scales "
        + ", ".join(f"{g} {s:g}" for g, s in ERROR_SCALES.items())
        + "; weights "
        + ", ".join(f"{g} {w:g}" for g, w in settings.priors.weights.items()),
        f"# Populations: {len(populations)} of {settings.population_size} particles; last "
        f"epsilon {populations[-1].epsilon:.4g}; n_miners {settings.n_miners}, seed "
        f"{settings.seed}",
        "# Knobs: posterior median of each calibrated knob (90 % intervals in summary.md).",
        "# Data (abm/data/, SHA-256):",
        *[f"#   {name} {sha256_of(data_file(name))}" for name in files],
        "",
    ]
    document = {
        "description": (
            f"Backtest from {knobs['start_date']} to {end} on the fleets of 2022, calibrated on "
            f"{record.window.start} to {record.window.end} (posterior medians); after the "
            "window it is out of sample"
        ),
        "knobs": serialisable,
    }
    return "\n".join(header) + tomli_w.dumps(document)


def summary_text(
    settings: CalibrationSettings,
    record: ObservedRecord,
    fitted: dict[str, dict[str, float]],
    populations: list[PopulationRecord],
    prior_runs: int,
) -> str:
    """``summary.md``: the posterior per knob and the cost per population."""
    lines = [
        "# Calibration summary",
        "",
        f"Window {record.window.start} to {record.window.end}; observations: "
        + ", ".join(f"{group} {n}" for group, n in record.targets.counts().items())
        + f"; {settings.population_size} particles a population, n_miners "
        f"{settings.n_miners}, seed {settings.seed}.",
        "",
        "| knob | prior | posterior mean | median | 90 % interval |",
        "| --- | --- | --- | --- | --- |",
    ]
    for prior in settings.priors.priors:
        values = fitted[prior.knob]
        unit = knob_specs()[prior.knob].unit
        lines.append(
            f"| `{prior.knob}` ({unit}) | {prior.distribution} [{prior.low:g}, {prior.high:g}] "
            f"| {values['mean']:.4g} | {values['median']:.4g} | "
            f"{values['low']:.4g} to {values['high']:.4g} |"
        )
    lines += [
        "",
        "| population | epsilon | model runs | accepted | acceptance rate | wall time (s) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for pop in populations:
        lines.append(
            f"| {pop.t} | {pop.epsilon:.4g} | {pop.evaluations} | {pop.accepted} | "
            f"{pop.acceptance_rate:.3f} | {pop.wall_s:.1f} |"
        )
    evaluations = sum(p.evaluations for p in populations)
    accepted = sum(p.accepted for p in populations)
    wall = sum(p.wall_s for p in populations if math.isfinite(p.wall_s))
    lines += [
        "",
        f"In all: {evaluations + prior_runs} model runs ({prior_runs} of them the prior sample "
        f"that sets the first threshold, in population 0's wall time), acceptance rate "
        f"{accepted / evaluations:.3f} (accepted over proposed), wall time {wall:.1f} s.",
        "",
    ]
    return "\n".join(lines)


def run_calibration(
    folder: Path,
    settings: CalibrationSettings,
    populations: int,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    in_process: bool = False,
    record: ObservedRecord | None = None,
    on_population: Callable[[int, int, PopulationRecord], None] | None = None,
) -> CalibrationOutcome:
    """Run or resume a calibration until the folder holds ``populations`` populations.

    Args:
        folder: The calibration folder (made if missing).
        settings: Priors, population size, ``n_miners``, seed, window.
        populations: Populations wanted in all.
        workers: Processes of a local Dask cluster (default: CPUs).
        scheduler: Address of an existing Dask scheduler.
        in_process: Run every model run in this process (no Dask).
        record: Observations to calibrate against (default: ``abm/data/`` in the window;
            a test passes statistics the model made itself).
        on_population: Called after each population with (done, wanted, its record).

    Raises:
        CalibrationError: Bad settings, or a folder of another calibration.
    """
    import pyabc

    if populations < 1:
        raise CalibrationError("--populations must be at least 1")
    started = time.perf_counter()
    record = record if record is not None else observed_record(settings.window)
    wanted = identity(settings, record)
    marker = prepare_folder(folder, wanted)
    knobs = {**window_start_knobs(settings.window), "n_miners": settings.n_miners}
    simulator = WindowSimulator(knobs, record.targets, settings.seed)
    # pyabc logs every population at INFO; the command reports progress itself.
    for name in ("ABC", "pyabc", "Sampler", "Epsilon", "Distance", "Acceptor", "History"):
        logging.getLogger(name).setLevel(logging.WARNING)
    database = f"sqlite:///{(folder / HISTORY).absolute()}"
    new_populations = 0
    with folder_lock(folder):
        sampler, close = make_sampler(workers, scheduler, in_process)
        try:
            done = _stored_populations(folder, database)
            wall_s = dict(marker.get("wall_s", {}))
            while done < populations:
                tick = time.perf_counter()
                if in_process:
                    # pyabc proposes from NumPy's global generator; in process it is seeded
                    # from the root seed and the population, so the calibration replays.
                    np.random.seed([settings.seed, done])  # noqa: NPY002 (pyabc reads it)
                # A fresh ABCSMC per population, continuing the stored History (pyabc's
                # documented resume, ABCSMC.load): the threshold and proposal of population t
                # come from population t - 1 as stored, the same whether or not a call ended
                # in between (one ABCSMC run twice would reuse its first prior sample).
                abc = pyabc.ABCSMC(
                    simulator,
                    pyabc_priors(settings.priors),
                    WeightedDistance(settings.priors.weights),
                    population_size=settings.population_size,
                    sampler=sampler,
                )
                if done:
                    history = abc.load(database, abc_id=1)
                else:
                    (folder / HISTORY).unlink(missing_ok=True)
                    history = abc.new(database, record.statistics)
                abc.run(max_nr_populations=1)
                wall_s[str(done)] = time.perf_counter() - tick
                if history.n_populations <= done:
                    raise CalibrationError(
                        f"{folder}: pyabc stopped before storing population {done}; the same "
                        "command resumes it"
                    )
                marker["wall_s"] = wall_s
                write_text_atomically(folder / MARKER, json.dumps(marker, indent=2, default=str))
                done = history.n_populations
                new_populations += 1
                if on_population is not None:
                    on_population(done, populations, population_records(history, wall_s)[-1])
        finally:
            close()
        history = pyabc.History(database, create=False)
        records = population_records(history, wall_s)
        prior_runs = history.total_nr_simulations - sum(r.evaluations for r in records)
        posterior = posterior_frame(history, settings.priors.knobs)
        fitted = estimates(posterior, settings.priors.knobs)
        write_atomically(folder / "posterior.parquet", lambda tmp: posterior.to_parquet(tmp))
        # The scenario's input files beside it, so the folder replays anywhere.
        for name in ("btc_price_weekly.csv", "fees_history.csv", "asic_frontier_history.csv"):
            write_atomically(
                folder / name, lambda tmp, name=name: shutil.copyfile(data_file(name), tmp)
            )
        write_text_atomically(
            folder / "calibrated.toml", scenario_text(settings, record, fitted, records)
        )
        write_text_atomically(
            folder / "summary.md", summary_text(settings, record, fitted, records, prior_runs)
        )
    return CalibrationOutcome(
        folder=folder,
        populations=records,
        new_populations=new_populations,
        seconds=time.perf_counter() - started,
        posterior=posterior,
        estimates=fitted,
    )


def _stored_populations(folder: Path, database: str) -> int:
    """Populations the folder's History holds (0 without one, or with one a call left before
    its first population was stored)."""
    import pyabc

    if not (folder / HISTORY).is_file():
        return 0
    stored = pyabc.History(database, create=False)
    return stored.n_populations if stored.id is not None else 0
