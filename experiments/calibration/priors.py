"""Priors of a calibration: which knobs are fitted, over which ranges, and the distance weights.

A priors file is TOML (``experiments/calibration/priors.toml`` is the default)::

    [parameters.rest_of_world_hurdle_rate]
    distribution = "uniform"        # or "log-uniform" (scale knobs)
    low = 0.10
    high = 0.30
    why = "parameters.csv note: sweep 0.10-0.30"
    [distance]
    difficulty = 1.0                # weight of each statistic group; 0 leaves it out
    hashprice = 1.0
    us_share = 1.0

Every knob must be a float knob of ``abm/data/parameters.csv`` and its bounds inside the knob's
range there; anything else is refused with one line naming the file and the problem.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from abm import knob_specs
from experiments.scenario_files import ScenarioError, read_toml

DEFAULT_PRIORS = Path(__file__).resolve().parent / "priors.toml"
DISTRIBUTIONS = ("uniform", "log-uniform")
STATISTIC_GROUPS = ("difficulty", "hashprice", "us_share")
"""Groups of summary statistics the distance can weigh (see ``experiments.calibration.record``)."""


class CalibrationError(ScenarioError):
    """A priors file, calibration folder or option is wrong; the message names the problem."""


@dataclass(frozen=True)
class Prior:
    """The prior of one calibrated knob.

    Attributes:
        knob: Knob name in ``abm/data/parameters.csv``.
        distribution: ``uniform`` or ``log-uniform``.
        low: Lower bound, in the knob's unit.
        high: Upper bound, in the knob's unit.
        why: Where the bounds come from.
    """

    knob: str
    distribution: str
    low: float
    high: float
    why: str = ""

    def scipy_arguments(self) -> tuple[str, float, float]:
        """``(name, a, b)`` of the ``scipy.stats`` distribution pyabc's ``RV`` builds.

        ``uniform`` takes ``(loc, scale)``; ``loguniform`` takes ``(a, b)``.
        """
        if self.distribution == "uniform":
            return "uniform", self.low, self.high - self.low
        return "loguniform", self.low, self.high

    def quantile(self, share: float) -> float:
        """The prior's quantile at ``share`` (0-1), in the knob's unit."""
        if self.distribution == "uniform":
            return self.low + share * (self.high - self.low)
        return math.exp(math.log(self.low) + share * (math.log(self.high) - math.log(self.low)))


@dataclass(frozen=True)
class CalibrationPriors:
    """What a calibration fits and how it weighs the statistics.

    Attributes:
        priors: One per calibrated knob, in file order.
        weights: Statistic group -> weight in the distance (groups not named weigh 1).
        source: The file they were read from.
    """

    priors: tuple[Prior, ...]
    weights: dict[str, float]
    source: str

    @property
    def knobs(self) -> list[str]:
        """The calibrated knobs, in file order."""
        return [prior.knob for prior in self.priors]

    def identity(self) -> dict[str, Any]:
        """The priors and weights as plain data (what a resumed calibration must match)."""
        return {
            "priors": [
                {"knob": p.knob, "distribution": p.distribution, "low": p.low, "high": p.high}
                for p in self.priors
            ],
            "weights": dict(self.weights),
        }


def _number(path: Path, where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CalibrationError(f"{path}: {where} must be a finite number, got {value!r}")
    return float(value)


def read_priors(path: Path = DEFAULT_PRIORS) -> CalibrationPriors:
    """Read and check a priors file.

    Args:
        path: A priors TOML file (default: the shipped ``priors.toml``).

    Returns:
        The priors and distance weights.

    Raises:
        CalibrationError: Naming the file and the first problem: an unknown table or key, an
            unknown or non-float knob, an unknown distribution, bounds not increasing, a bound
            outside the knob's range, a log-uniform bound not positive, a bad weight.
    """
    data = read_toml(path)
    unknown = sorted(set(data) - {"parameters", "distance"})
    if unknown:
        raise CalibrationError(
            f"{path}: unknown table '{unknown[0]}' (expected [parameters.KNOB] and [distance])"
        )
    tables = data.get("parameters", {})
    if not isinstance(tables, dict) or not tables:
        raise CalibrationError(f"{path}: no [parameters.KNOB] table: nothing to calibrate")
    specs = knob_specs()
    priors = []
    for knob, table in tables.items():
        if knob not in specs:
            raise CalibrationError(
                f"{path}: unknown parameter '{knob}' (see abm/data/parameters.csv for the knobs)"
            )
        spec = specs[knob]
        if spec.kind != "float":
            raise CalibrationError(
                f"{path}: parameter '{knob}' is of type {spec.kind}; only float knobs are "
                "calibrated"
            )
        if not isinstance(table, dict):
            raise CalibrationError(f"{path}: parameters.{knob} must be a table")
        extra = sorted(set(table) - {"distribution", "low", "high", "why"})
        if extra:
            raise CalibrationError(
                f"{path}: parameters.{knob}: unknown key '{extra[0]}' "
                "(expected distribution, low, high, why)"
            )
        distribution = table.get("distribution", "uniform")
        if distribution not in DISTRIBUTIONS:
            raise CalibrationError(
                f"{path}: parameters.{knob}: distribution {distribution!r} is not one of "
                f"{', '.join(DISTRIBUTIONS)}"
            )
        for key in ("low", "high"):
            if key not in table:
                raise CalibrationError(f"{path}: parameters.{knob}: '{key}' is missing")
        low = _number(path, f"parameters.{knob}.low", table["low"])
        high = _number(path, f"parameters.{knob}.high", table["high"])
        if not low < high:
            raise CalibrationError(
                f"{path}: parameters.{knob}: low = {low:g} is not below high = {high:g}"
            )
        unit = f" {spec.unit}" if spec.unit else ""
        if spec.minimum is not None and low < spec.minimum:
            raise CalibrationError(
                f"{path}: parameters.{knob}: low = {low:g} is below the knob's minimum "
                f"{spec.minimum:g}{unit} (abm/data/parameters.csv)"
            )
        if spec.maximum is not None and high > spec.maximum:
            raise CalibrationError(
                f"{path}: parameters.{knob}: high = {high:g} is above the knob's maximum "
                f"{spec.maximum:g}{unit} (abm/data/parameters.csv)"
            )
        if distribution == "log-uniform" and low <= 0:
            raise CalibrationError(
                f"{path}: parameters.{knob}: a log-uniform prior needs low > 0, got {low:g}"
            )
        priors.append(Prior(knob, distribution, low, high, str(table.get("why", ""))))
    weights_table = data.get("distance", {})
    if not isinstance(weights_table, dict):
        raise CalibrationError(f"{path}: 'distance' must be a table")
    weights = {group: 1.0 for group in STATISTIC_GROUPS}
    for group, value in weights_table.items():
        if group not in STATISTIC_GROUPS:
            raise CalibrationError(
                f"{path}: distance: unknown statistic group '{group}' (expected "
                f"{', '.join(STATISTIC_GROUPS)})"
            )
        weight = _number(path, f"distance.{group}", value)
        if weight < 0:
            raise CalibrationError(f"{path}: distance.{group} must not be negative")
        weights[group] = weight
    if not any(weights.values()):
        raise CalibrationError(f"{path}: every distance weight is 0: nothing to compare")
    return CalibrationPriors(tuple(priors), weights, str(path))
