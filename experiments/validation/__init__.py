"""Validation: the model's outputs against observations it was not fitted to.

- :mod:`~experiments.validation.checks`: checks as data (a tolerance that judges and prints,
  intervals, the calibration window);
- :mod:`~experiments.validation.backtest`: the run from January 2022 on that date's fleets and
  chain, as an ensemble over seeds or posterior draws;
- :mod:`~experiments.validation.observed`: the backtest's outputs against the observed record;
- :mod:`~experiments.validation.statics`: comparative statics (the model against itself);
- :mod:`~experiments.validation.figures` and :mod:`~experiments.validation.report`: the
  figures and the Markdown report ``gridrush validate`` writes.
"""

from experiments.validation.backtest import (
    BACKTEST_END,
    BACKTEST_START,
    Ensemble,
    ai_backtest_knobs,
    backtest_knobs,
    epoch_table,
    read_posterior,
    run_ensemble,
)
from experiments.validation.checks import (
    CALIBRATION_END,
    CALIBRATION_START,
    Check,
    CheckGroup,
    Interval,
    Report,
    Static,
    Tolerance,
    window_of,
)
from experiments.validation.report import FULL, QUICK, Effort, write_validation_report

__all__ = [
    "BACKTEST_END",
    "BACKTEST_START",
    "CALIBRATION_END",
    "CALIBRATION_START",
    "FULL",
    "QUICK",
    "Check",
    "CheckGroup",
    "Effort",
    "Ensemble",
    "Interval",
    "Report",
    "Static",
    "Tolerance",
    "ai_backtest_knobs",
    "backtest_knobs",
    "epoch_table",
    "read_posterior",
    "run_ensemble",
    "window_of",
    "write_validation_report",
]
