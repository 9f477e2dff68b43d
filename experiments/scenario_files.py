"""Scenario files: TOML with a description and a ``[knobs]`` table.

A scenario file looks like::

    description = "AI boom: demand 1.6x the Morgan Stanley path"
    [knobs]
    ai_demand_scale = 1.6

Named scenarios ship in ``experiments/scenarios/``; any other file can be given by path.
Knobs are validated against ``abm/data/parameters.csv`` when the file is read, so a bad file
fails before anything runs. A relative file path in a knob (``btc_price_csv``) is read beside
the scenario file, else from the working folder. Besides the table's checks, this edge refuses
what the model would silently accept: a price CSV with non-finite, out-of-range, duplicate or
unsorted rows, and a horizon shorter than half a tick (which would run one whole tick).
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import tomli_w

from abm import calibration, knob_specs, validate_knobs

SCENARIO_DIR = Path(__file__).resolve().parent / "scenarios"


class ScenarioError(ValueError):
    """A scenario file or knob is wrong; the message names the file and the problem."""


@dataclass(frozen=True)
class ScenarioFile:
    """A scenario read from a file.

    Attributes:
        name: File stem (``baseline``) or the path given.
        description: One line saying what the scenario is.
        knobs: The knobs the file sets (not the defaults it leaves alone), as written.
        paths: Each file path a knob names, as written -> the file it was found at.
    """

    name: str
    description: str
    knobs: dict[str, Any]
    paths: dict[str, Path] = field(default_factory=dict)

    def resolved(self, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """Every knob, typed: defaults, then the file's knobs, then ``overrides``."""
        return check_knobs({**self.knobs, **(overrides or {})}, self.paths)


def path_knobs() -> list[str]:
    """The knobs whose value is a file path (``btc_price_csv``)."""
    return [name for name, spec in knob_specs().items() if spec.kind == "path"]


def resolve_input(value: str, beside: Path) -> Path:
    """The file a path knob's value names: beside ``beside`` (a folder) if there, else as given
    (relative to the working folder), made absolute."""
    candidate = Path(value)
    if not candidate.is_absolute() and (beside / candidate).is_file():
        return (beside / candidate).absolute()
    return candidate.absolute()


def input_paths(knobs: Mapping[str, Any], beside: Path) -> dict[str, Path]:
    """Each non-empty path-knob value of ``knobs`` -> the file it names (see
    :func:`resolve_input`)."""
    return {
        str(knobs[name]): resolve_input(str(knobs[name]), beside)
        for name in path_knobs()
        if knobs.get(name)
    }


def with_paths(knobs: Mapping[str, Any], paths: Mapping[str, Path]) -> dict[str, Any]:
    """``knobs`` with each path-knob value replaced by the file ``paths`` maps it to."""
    mapped = dict(knobs)
    for name in path_knobs():
        if mapped.get(name) and str(mapped[name]) in paths:
            mapped[name] = str(paths[str(mapped[name])])
    return mapped


def check_price_csv(path: Path) -> None:
    """Refuse a BTC price CSV the model would read into inf, NaN or a silently reordered path.

    Each price must be a finite number within the ``btc_price_usd`` knob's range, each date a
    date, and the dates strictly increasing.

    Raises:
        ScenarioError: Naming the file, the row (1 = first data row) and the problem.
    """
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise ScenarioError(f"{path}: no such file (btc_price_csv)") from None
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: not UTF-8 text (btc_price_csv)") from None
    except (OSError, ValueError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ScenarioError(f"{path}: not a readable CSV (btc_price_csv: {first})") from None
    missing = {"date", "price_usd"} - set(frame.columns)
    if missing:
        raise ScenarioError(
            f"{path}: btc_price_csv needs columns date and price_usd (missing: "
            f"{', '.join(sorted(missing))})"
        )
    if frame.empty:
        raise ScenarioError(f"{path}: btc_price_csv has no rows")
    spec = knob_specs()["btc_price_usd"]
    low = spec.minimum if spec.minimum is not None else 0.0
    high = spec.maximum if spec.maximum is not None else math.inf
    dates = pd.to_datetime(frame["date"], errors="coerce", format="mixed")
    prices = pd.to_numeric(frame["price_usd"], errors="coerce")
    for row, (text, date) in enumerate(zip(frame["date"], dates, strict=True), start=1):
        if pd.isna(date):
            raise ScenarioError(f"{path}: row {row}: date {text!r} is not a date (btc_price_csv)")
    for row, (text, price) in enumerate(zip(frame["price_usd"], prices, strict=True), start=1):
        if not np.isfinite(price) or not low <= price <= high:
            raise ScenarioError(
                f"{path}: row {row}: price_usd {text!r} is not a number within "
                f"{low:g}-{high:g} {spec.unit} (btc_price_csv)"
            )
    steps = dates.diff().iloc[1:]
    if (steps <= pd.Timedelta(0)).any():
        row = int(np.argmax((steps <= pd.Timedelta(0)).to_numpy())) + 2
        raise ScenarioError(
            f"{path}: row {row}: date {frame['date'].iloc[row - 1]!r} does not come after the "
            "row before (btc_price_csv dates must be increasing, without repeats)"
        )


def check_knobs(knobs: Mapping[str, Any], paths: Mapping[str, Path] | None = None) -> dict:
    """Every knob resolved and typed (:func:`abm.validate_knobs`), plus this edge's checks.

    Args:
        knobs: User knobs, path knobs as written.
        paths: Path-knob values as written -> the files they name (default: as given).

    Returns:
        Every knob, typed, with each path knob replaced by the file it names.

    Raises:
        ValueError: Naming the knob or file and the problem.
    """
    resolved = validate_knobs(with_paths(knobs, paths or {}))
    for name in path_knobs():
        if name == "btc_price_csv" and resolved[name]:
            check_price_csv(Path(resolved[name]))
        if name == "fees_csv" and resolved[name]:
            calibration.read_fees_csv(resolved[name])  # one error line naming the file
        if name == "asic_frontier_csv" and resolved[name]:
            calibration.read_frontier_csv(resolved[name])  # one error line naming the file
    ticks = resolved["horizon_years"] * 365.25 / resolved["tick_days"]
    if ticks < 0.5:
        raise ValueError(
            f"knob 'horizon_years' = {resolved['horizon_years']:g} years is shorter than half a "
            f"tick (tick_days = {resolved['tick_days']:g}): the run would last one whole tick"
        )
    return resolved


def named_scenarios() -> dict[str, Path]:
    """The scenarios shipped with gridrush, name -> file."""
    return {path.stem: path for path in sorted(SCENARIO_DIR.glob("*.toml"))}


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, or raise :class:`ScenarioError` naming it."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ScenarioError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: not valid TOML ({error})") from None
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: not UTF-8 text, so not a TOML file") from None
    except IsADirectoryError:
        raise ScenarioError(f"{path}: is a folder, not a TOML file") from None
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read ({error.strerror})") from None


def load_scenario(
    name_or_path: str | Path, paths: Mapping[str, Path] | None = None
) -> ScenarioFile:
    """Read a named scenario (``baseline``) or a scenario file, validating its knobs.

    Args:
        name_or_path: A named scenario or a scenario file.
        paths: Where to read the files its path knobs name, by value as written (a sweep
            folder's own copies); default: beside the scenario file, else the working folder.

    Raises:
        ScenarioError: Unknown name, unreadable or malformed file, or a bad knob.
    """
    text = str(name_or_path)
    named = named_scenarios()
    path = named[text] if text in named else Path(text)
    if text not in named and path.suffix != ".toml" and not path.exists():
        raise ScenarioError(f"unknown scenario '{text}' (named scenarios: {', '.join(named)})")
    data = read_toml(path)
    unknown_tables = sorted(set(data) - {"description", "knobs"})
    if unknown_tables:
        raise ScenarioError(
            f"{path}: unknown key '{unknown_tables[0]}' (expected 'description' and [knobs])"
        )
    knobs = data.get("knobs", {})
    if not isinstance(knobs, dict):
        raise ScenarioError(f"{path}: 'knobs' must be a table")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise ScenarioError(f"{path}: 'description' must be a string, got {description!r}")
    found = dict(paths) if paths is not None else input_paths(knobs, path.absolute().parent)
    try:
        check_knobs(knobs, found)
    except ScenarioError:
        raise  # names the file at fault (a price CSV)
    except ValueError as error:
        raise ScenarioError(f"{path}: {error}") from None
    return ScenarioFile(
        name=path.stem if text in named else text,
        description=description,
        knobs=knobs,
        paths=found,
    )


def parse_assignment(text: str) -> tuple[str, Any]:
    """``KNOB=VALUE`` from the command line; the value is read as TOML (numbers, strings)."""
    if "=" not in text:
        raise ScenarioError(f"--set expects KNOB=VALUE, got '{text}'")
    name, raw = (part.strip() for part in text.split("=", 1))
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw  # a bare word, e.g. grid_policy=ai_priority
    return name, value


def write_resolved(path: Path, knobs: dict[str, Any], description: str) -> None:
    """Write the fully resolved knobs as a scenario file that repeats the run exactly."""
    serialisable = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in knobs.items()}
    path.write_text(
        tomli_w.dumps({"description": description, "knobs": serialisable}), encoding="utf-8"
    )
