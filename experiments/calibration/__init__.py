"""Calibration of the model's free knobs against the observed record of a window (ABC-SMC).

``gridrush calibrate`` runs :func:`run_calibration`: pyabc's ABC-SMC over the knobs of a priors
file (:mod:`.priors`), each particle a model run from the 2022 start state to the end of the
window (:mod:`.simulator`), compared with the window's observations by a weighted distance
(:mod:`.record`). ``docs/calibration.md`` describes the method, the statistics and the cost.
"""

from experiments.calibration.priors import (
    DEFAULT_PRIORS,
    CalibrationError,
    CalibrationPriors,
    Prior,
    read_priors,
)
from experiments.calibration.record import (
    WINDOW_END,
    WINDOW_START,
    ObservedRecord,
    Targets,
    WeightedDistance,
    Window,
    model_statistics,
    observed_record,
)
from experiments.calibration.simulator import WindowSimulator, window_start_knobs
from experiments.calibration.smc import (
    CalibrationOutcome,
    CalibrationSettings,
    run_calibration,
)

__all__ = [
    "DEFAULT_PRIORS",
    "WINDOW_END",
    "WINDOW_START",
    "CalibrationError",
    "CalibrationOutcome",
    "CalibrationPriors",
    "CalibrationSettings",
    "ObservedRecord",
    "Prior",
    "Targets",
    "WeightedDistance",
    "Window",
    "WindowSimulator",
    "model_statistics",
    "observed_record",
    "read_priors",
    "run_calibration",
    "window_start_knobs",
]
