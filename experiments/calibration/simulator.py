"""One model run in the calibration window, from its parameters to its summary statistics.

The run starts on the window's first day from the backtest's start state
(``experiments.validation.backtest_knobs``: the chain, fleets, fees and ASIC prices of
2022-01-03 and the observed weekly BTC path) and stops at the last tick on or before the
window's end, so nothing after the window is simulated or compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from abm import PowerMarketModel, knob_specs
from experiments.calibration.record import Targets, Window, model_statistics


def window_start_knobs(window: Window) -> dict[str, Any]:
    """The backtest's start-state knobs, with the horizon cut at the window's end.

    Raises:
        ValueError: A table the start state is read from is missing, or the window does not
            start on the backtest's start date (the only date whose start state is built).
    """
    from experiments.validation import backtest_knobs

    prepared = backtest_knobs()
    if prepared is None:
        raise ValueError("a table of abm/data/ the 2022 start state is read from is missing")
    knobs, _provenance = prepared
    if knobs["start_date"] != window.start:
        raise ValueError(
            f"calibration window must start on {knobs['start_date']} (the start state of the "
            f"2022 fleets), not {window.start}"
        )
    tick_days = float(knobs.get("tick_days", knob_specs()["tick_days"].default))
    return {**knobs, "horizon_years": window.horizon_years(tick_days)}


def particle_seed(root_seed: int, parameters: dict[str, float]) -> int:
    """The model seed of a particle: from the root seed and the particle's parameter values.

    The same parameters under the same root seed always run on the same seed (a particle can
    be replayed from the posterior table alone), whichever worker runs it and in which order.
    """
    values = np.array([parameters[name] for name in sorted(parameters)], dtype=np.float64)
    words = values.view(np.uint32).tolist()
    sequence = np.random.SeedSequence([root_seed, *words])
    return int(sequence.generate_state(1, dtype=np.uint32)[0])


@dataclass(frozen=True)
class WindowSimulator:
    """The model pyabc calls: calibrated knobs in, summary statistics out (picklable).

    Attributes:
        knobs: Every knob the runs share (start state, horizon, ``n_miners``).
        targets: Where the statistics are taken.
        root_seed: Root of the particles' seeds (:func:`particle_seed`).
    """

    knobs: dict[str, Any]
    targets: Targets
    root_seed: int

    def run_frame(self, parameters: dict[str, float]):
        """The model frame of the run at ``parameters`` (its seed from :func:`particle_seed`)."""
        plain = {name: float(value) for name, value in parameters.items()}
        model = PowerMarketModel(
            **{**self.knobs, **plain, "seed": particle_seed(self.root_seed, plain)}
        )
        model.run()
        return model.datacollector.get_model_vars_dataframe()

    def __call__(self, parameters: dict[str, float]) -> dict[str, np.ndarray]:
        """Summary statistics of the run at ``parameters``."""
        return model_statistics(self.run_frame(dict(parameters)), self.targets)
