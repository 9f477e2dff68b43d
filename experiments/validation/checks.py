"""Checks as data: a tolerance that judges and prints, and a check that holds both sides.

Every check of the report compares a model *output* (a predictive interval over seeds or
posterior draws) with an *observation* the model was not fitted to, and says whether that
observation fell in the calibration window (:data:`CALIBRATION_START` to
:data:`CALIBRATION_END`) or after it, out of sample. A :class:`Tolerance` is written once, next to
the check it belongs to; it decides pass or fail and describes itself in the report, so the
printed rule and the applied rule cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

CALIBRATION_START = dt.date(2022, 1, 1)
"""First day of the calibration window (the backtest's start month)."""
CALIBRATION_END = dt.date(2024, 4, 19)
"""Last day of the calibration window: the day before the fourth halving (block 840,000,
2024-04-20). Observations after it are out of sample."""

CALIBRATION = "calibration window"
OUT_OF_SAMPLE = "out of sample"


def window_of(when: dt.date) -> str:
    """Whether an observation dated ``when`` is in the calibration window or out of sample."""
    if isinstance(when, dt.datetime):
        when = when.date()
    return CALIBRATION if when <= CALIBRATION_END else OUT_OF_SAMPLE


@dataclass(frozen=True)
class Interval:
    """The model's predictive distribution of one output: a low, a median and a high quantile.

    Attributes:
        low: Lower quantile (the report uses the 5th percentile).
        median: Median over runs.
        high: Upper quantile (the 95th percentile).
        runs: Runs behind the quantiles (1: a point, not an interval).
    """

    low: float
    median: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float], coverage: float = 0.90) -> Interval:
        """Quantiles of ``values`` (NaNs dropped) covering ``coverage`` of the runs."""
        finite = sorted(v for v in values if v is not None and math.isfinite(v))
        if not finite:
            return cls(math.nan, math.nan, math.nan, 0)
        tail = (1.0 - coverage) / 2.0
        return cls(
            _quantile(finite, tail),
            _quantile(finite, 0.5),
            _quantile(finite, 1 - tail),
            len(finite),
        )

    def format(self, spec: str = ",.1f", unit: str = "") -> str:
        """``median [low–high] unit``; a single run prints as a point."""
        suffix = f" {unit}" if unit else ""
        if self.runs <= 1 or self.low == self.high:
            return f"{self.median:{spec}}{suffix}"
        return f"{self.median:{spec}} [{self.low:{spec}}–{self.high:{spec}}]{suffix}"


def _quantile(ordered: list[float], q: float) -> float:
    """Linear-interpolation quantile of sorted values (numpy's default method)."""
    position = q * (len(ordered) - 1)
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (position - below) * (ordered[above] - ordered[below])


@dataclass(frozen=True)
class Tolerance:
    """How far an observation may lie outside the model's interval and still agree.

    Attributes:
        kind: ``relative`` (a share of the observation), ``absolute`` (in ``unit``),
            ``at_least`` (the observation is a lower bound: the interval's top must reach it,
            less ``amount``), ``ratio`` (the median within a factor ``amount`` either way).
        amount: The allowance: 0.25 for ±25 %, 5 for ±5 points, 2 for a factor of two.
        unit: Unit of an absolute allowance (``points``, ``MW``).
        reason: Why this allowance, stated with it.
    """

    kind: Literal["relative", "absolute", "at_least", "ratio"]
    amount: float
    unit: str = ""
    reason: str = ""

    def excess(self, interval: Interval, observed: float) -> float:
        """How far the observation lies outside the interval, in the tolerance's own terms.

        0 when it lies inside; a share of the observation for ``relative``; units for
        ``absolute`` and ``at_least``; the log-factor for ``ratio``.
        """
        if self.kind == "ratio":
            if interval.median <= 0 or observed <= 0:
                return math.inf
            return abs(math.log(interval.median / observed))
        if self.kind == "at_least":
            return max(observed - interval.high, 0.0)
        gap = max(interval.low - observed, observed - interval.high, 0.0)
        return gap / abs(observed) if self.kind == "relative" else gap

    def judge(self, interval: Interval, observed: float) -> bool:
        """Whether the observation agrees with the interval within the allowance."""
        if not math.isfinite(observed) or interval.runs == 0:
            return False
        limit = math.log(self.amount) if self.kind == "ratio" else self.amount
        return self.excess(interval, observed) <= limit + 1e-12

    def describe(self) -> str:
        """The rule in words, as the report prints it."""
        unit = f" {self.unit}" if self.unit else ""
        text = {
            "relative": f"observed within ±{100 * self.amount:g} % of the model's interval",
            "absolute": f"observed within ±{self.amount:g}{unit} of the model's interval",
            "at_least": f"model's interval reaches the lower bound less {self.amount:g}{unit}",
            "ratio": f"model median within a factor {self.amount:g} of the observed",
        }[self.kind]
        return f"{text} ({self.reason})" if self.reason else text


@dataclass(frozen=True)
class Check:
    """One model output beside one observation.

    Attributes:
        section: The report section.
        name: What is compared.
        observed_on: Date of the observation (sets the window).
        observed: The observation, in ``unit``.
        model: The model's interval, in ``unit``.
        tolerance: The rule; None for a figure reported, not judged.
        unit: Unit of both sides.
        source: Where the observation comes from.
        note: Method or caveat.
        fix: What a failure says about the model.
        spec: Format of the numbers.
        observed_text: How to print the observation when a number alone would mislead
            (a lower bound, a count of events).
    """

    section: str
    name: str
    observed_on: dt.date
    observed: float
    model: Interval
    tolerance: Tolerance | None
    unit: str = ""
    source: str = ""
    note: str = ""
    fix: str = ""
    spec: str = ",.1f"
    observed_text: str = ""

    @property
    def window(self) -> str:
        """Calibration window or out of sample, by the observation's date."""
        return window_of(self.observed_on)

    @property
    def passed(self) -> bool | None:
        """The verdict; None when reported only."""
        if self.tolerance is None:
            return None
        return self.tolerance.judge(self.model, self.observed)

    @property
    def error(self) -> float:
        """Model median over observed, less one."""
        if not self.observed:
            return math.nan
        return self.model.median / self.observed - 1.0

    def cells(self) -> list[str]:
        """The report's row: check, window, model, observed, tolerance, verdict, note."""
        observed = self.observed_text or f"{self.observed:{self.spec}} {self.unit}".strip()
        error = "" if math.isnan(self.error) else f"; median {100 * self.error:+.0f} %"
        return [
            self.name,
            f"{self.window} ({self.observed_on.isoformat()})",
            self.model.format(self.spec, self.unit),
            observed,
            "reported, not judged" if self.tolerance is None else self.tolerance.describe(),
            verdict_text(self.passed, reported=self.tolerance is None),
            (self.source + error + (f"; {self.note}" if self.note else "")).strip("; "),
        ]


@dataclass(frozen=True)
class CheckGroup:
    """Many checks summarised as one line: every member must pass.

    Attributes:
        section: The report section.
        name: What the group compares.
        members: The checks (each keeps its own window and tolerance).
        fix: What a failure says about the model.
    """

    section: str
    name: str
    members: tuple[Check, ...]
    fix: str = ""

    @property
    def window(self) -> str:
        """The members' window, or both."""
        windows = sorted({m.window for m in self.members})
        return " and ".join(windows)

    @property
    def passed(self) -> bool | None:
        """True when every judged member passes."""
        judged = [m.passed for m in self.members if m.passed is not None]
        return all(judged) if judged else None

    @property
    def n_within(self) -> int:
        """Members that pass."""
        return sum(m.passed is True for m in self.members)

    def worst(self) -> Check:
        """The member furthest from its observation (by the median's relative error)."""
        return max(self.members, key=lambda m: abs(m.error) if math.isfinite(m.error) else -1)

    def cells(self) -> list[str]:
        """The report's summary row."""
        worst = self.worst()
        first, last = self.members[0].observed_on, self.members[-1].observed_on
        tolerance = self.members[0].tolerance
        return [
            self.name,
            f"{self.window} ({first.isoformat()} to {last.isoformat()})",
            f"{self.n_within} of {len(self.members)} within; worst median "
            f"{100 * worst.error:+.0f} % ({worst.observed_on.isoformat()})",
            f"{len(self.members)} observations",
            "every one: " + (tolerance.describe() if tolerance else "reported"),
            verdict_text(self.passed),
            self.members[0].source,
        ]


def verdict_text(passed: bool | None, reported: bool = False) -> str:
    """``pass``, ``**fail**``, or ``reported``."""
    if reported or passed is None:
        return "reported"
    return "pass" if passed else "**fail**"


@dataclass(frozen=True)
class Static:
    """A comparative static: the model against itself under a changed input, several seeds.

    Attributes:
        name: The comparison.
        treated: Mean outcome with the change.
        control: Mean outcome without it.
        unit: Unit of both.
        expectation: What the change should do, in words.
        holds: Whether it did.
        note: Seeds and mechanism.
        fix: What a failure says about the model.
    """

    name: str
    treated: float
    control: float
    unit: str
    expectation: str
    holds: bool
    note: str = ""
    fix: str = ""

    @property
    def passed(self) -> bool:
        """Whether the expected direction holds."""
        return bool(self.holds)

    def cells(self) -> list[str]:
        """The report's row: comparison, with, without, expectation, verdict, note."""
        return [
            self.name,
            f"{self.treated:,.2f} {self.unit}".strip(),
            f"{self.control:,.2f} {self.unit}".strip(),
            self.expectation,
            verdict_text(self.passed),
            self.note,
        ]


@dataclass
class Report:
    """Everything one validation run found, as data; rendering lives in ``report.py``.

    Attributes:
        checks: Checks and check groups against observations, in report order.
        statics: Comparative statics (a separate section).
        tables: (title, Markdown lines) shown after the checks.
        figures: (file name, caption) of the PNGs written beside the report.
        method: Paragraphs describing how the runs were set up.
        command: The command that regenerates the report.
    """

    checks: list[Check | CheckGroup] = field(default_factory=list)
    statics: list[Static] = field(default_factory=list)
    tables: list[tuple[str, list[str]]] = field(default_factory=list)
    figures: list[tuple[str, str]] = field(default_factory=list)
    method: list[str] = field(default_factory=list)
    command: str = "gridrush validate"

    def judged(self) -> list[Check | CheckGroup]:
        """Checks with a verdict."""
        return [c for c in self.checks if c.passed is not None]

    @property
    def n_passed(self) -> int:
        """Checks against observations that passed."""
        return sum(c.passed is True for c in self.checks)

    @property
    def n_failed(self) -> int:
        """Checks against observations that failed."""
        return sum(c.passed is False for c in self.checks)

    def failures(self) -> list[Check | CheckGroup]:
        """Failed checks, in report order."""
        return [c for c in self.checks if c.passed is False]
