"""Experiments on gridrush: single runs, named scenarios, sweeps on Dask, analysis, validation.

Load a sweep's results in one line::

    import experiments
    df = experiments.load("sweeps/policy")  # parameters joined to final metrics, a row per run
"""

from experiments.sweep import load

__all__ = ["load"]
