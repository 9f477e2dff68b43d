"""Scenario discovery: which regions of the knobs lead to an outcome of interest (EMA Workbench).

The outcome of interest is a condition on each run, written as an expression over the run's
values, for example ``mw_mining_final >= 0.3 * mw_sites_total`` or ``ai_unserved_mw_2028 >
20000``. Names in it:

- a final metric, bare or with ``_final`` (``mw_mining``, ``mw_mining_final``);
- a time-series metric in a year, ``<metric>_<year>``: its last kept value dated in that year;
- a varied knob (``ai_demand_scale``).

PRIM (Friedman and Fisher 1999) peels the knob space towards boxes dense in runs of interest;
every box on its peeling trajectory trades coverage (share of all runs of interest inside) for
density (share of the runs inside that are of interest). CART (Breiman et al. 1984) splits the
same cases into a tree of boxes. Both come from ``ema_workbench.analysis``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

PRIM_DENSITY_MIN = 0.8
"""The reported PRIM box: the highest coverage among boxes at least this dense."""
PEEL_ALPHA = 0.05
MASS_MIN = 0.05


def _ema_analysis():
    """``ema_workbench.analysis``, imported without its note about optional parallel backends."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from ema_workbench import analysis
    return analysis


class OutcomeError(ValueError):
    """An outcome-of-interest expression that cannot be evaluated on the sweep's runs."""


def outcome_cases(
    results: pd.DataFrame, series: pd.DataFrame | None, parameters: list[str]
) -> pd.DataFrame:
    """One row per run with every name an outcome expression may use (see the module).

    Args:
        results: Final values per run (``experiments.load``).
        series: Time series in long form, or None if the sweep kept none.
        parameters: The varied knobs.
    """
    skip = {"run_id", "point", "replication", "seed", "status", "wall_s", "error", "tick", "date"}
    finals = [c for c in results.columns if c not in skip and c not in parameters]
    cases = results[["run_id", *parameters, *finals]].copy()
    for name in finals:
        cases[f"{name}_final"] = cases[name]
    if series is not None and not series.empty:
        metrics = [
            c
            for c in series.columns
            if c not in skip and c not in parameters and pd.api.types.is_numeric_dtype(series[c])
        ]
        years = pd.to_datetime(series["date"]).dt.year
        last = series.assign(year=years).sort_values("date").groupby(["run_id", "year"]).last()
        for metric in metrics:
            wide = last[metric].unstack("year")
            wide.columns = [f"{metric}_{year}" for year in wide.columns]
            cases = cases.merge(wide, left_on="run_id", right_index=True, how="left")
    return cases.set_index("run_id")


def evaluate_outcome(cases: pd.DataFrame, expression: str) -> pd.Series:
    """The outcome of interest of each run, True or False.

    Raises:
        OutcomeError: The expression names an unknown value, is malformed, or is not a
            condition (true or false per run).
    """
    try:
        value = cases.eval(expression, engine="python")
    except pd.errors.UndefinedVariableError as error:
        names = ", ".join(sorted(c for c in cases.columns if not c.endswith("_final"))[:40])
        raise OutcomeError(f"outcome '{expression}': {error} (names: {names}, ...)") from None
    except (SyntaxError, TypeError, ValueError, KeyError, AttributeError) as error:
        raise OutcomeError(f"outcome '{expression}': {error}") from None
    if not isinstance(value, pd.Series) or not pd.api.types.is_bool_dtype(value):
        raise OutcomeError(
            f"outcome '{expression}' is not a condition (use a comparison, e.g. 'x >= 0.3')"
        )
    return value


@dataclass
class PrimResult:
    """A PRIM box and the trajectory it was chosen from.

    Attributes:
        trajectory: Every box on the peeling trajectory: id, coverage, density, mass, n,
            res_dim (restricted knobs).
        chosen: The id of the reported box.
        limits: The reported box's restrictions: parameter, low, high (numbers) or levels.
        box_init: The unrestricted limits (for drawing).
        box_limits: The reported box's limits on every knob (for drawing).
    """

    trajectory: pd.DataFrame
    chosen: int
    limits: pd.DataFrame
    box_init: pd.DataFrame
    box_limits: pd.DataFrame


def _categorical(x: pd.DataFrame) -> pd.DataFrame:
    x = x.copy()
    for name in x.columns:
        if not pd.api.types.is_numeric_dtype(x[name]):
            x[name] = x[name].astype("category")
    return x


def prim_box(x: pd.DataFrame, y: np.ndarray, density_min: float = PRIM_DENSITY_MIN) -> PrimResult:
    """Run PRIM on cases ``x`` (the knobs of each run) with outcome ``y`` and pick a box.

    The reported box is the one with the highest coverage among those with density at least
    ``density_min``; if none is that dense, the densest.
    """
    prim = _ema_analysis().prim
    x = _categorical(x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        algorithm = prim.Prim(
            x, np.asarray(y, dtype=bool), peel_alpha=PEEL_ALPHA, mass_min=MASS_MIN
        )
        box = algorithm.find_box()
    trajectory = box.peeling_trajectory[
        ["id", "coverage", "density", "mass", "n", "k", "res_dim"]
    ].reset_index(drop=True)
    dense = trajectory[trajectory["density"] >= density_min]
    chosen = (
        int(dense.sort_values(["coverage", "density"]).iloc[-1]["id"])
        if not dense.empty
        else int(trajectory.sort_values(["density", "coverage"]).iloc[-1]["id"])
    )
    limits = box.box_lims[chosen]
    rows = []
    for name in x.columns:
        low, high = limits[name].iloc[0], limits[name].iloc[1]
        init_low, init_high = algorithm.box_init[name].iloc[0], algorithm.box_init[name].iloc[1]
        if isinstance(low, set):
            if low != init_low:
                rows.append(
                    {
                        "parameter": name,
                        "low": np.nan,
                        "high": np.nan,
                        "levels": ", ".join(sorted(map(str, low))),
                    }
                )
        elif low != init_low or high != init_high:
            rows.append({"parameter": name, "low": float(low), "high": float(high), "levels": ""})
    return PrimResult(
        trajectory=trajectory,
        chosen=chosen,
        limits=pd.DataFrame(rows, columns=["parameter", "low", "high", "levels"]),
        box_init=algorithm.box_init,
        box_limits=limits,
    )


@dataclass
class CartResult:
    """A CART tree over the cases and its leaves as boxes.

    Attributes:
        classifier: The fitted scikit-learn tree.
        feature_names: Its features (knobs; one per level for a categorical knob).
        leaves: One row per leaf: box, node, runs, coverage, density, mass.
    """

    classifier: object
    feature_names: list[str]
    leaves: pd.DataFrame


def cart_tree(x: pd.DataFrame, y: np.ndarray) -> CartResult:
    """Fit EMA Workbench's CART to cases ``x`` and outcome ``y`` (leaves >= 5 % of cases).

    The leaves' coverage, density and mass are counted from the fitted tree's own leaf of
    each case: EMA Workbench 3.0's box statistics come out as zero when a knob is categorical.
    """
    cart = _ema_analysis().cart
    # At least one case per leaf on small sweeps (EMA truncates mass_min * cases to an int).
    mass_min = max(MASS_MIN, 1.0 / max(len(x), 1))
    y = np.asarray(y, dtype=bool)
    x = _categorical(x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        algorithm = cart.CART(x, y, mass_min=mass_min)
        algorithm.build_tree()
    features = pd.get_dummies(x, prefix_sep=cart.CART.sep)[algorithm.feature_names]
    leaf = algorithm.clf.apply(features.to_numpy(dtype=float))
    rows = []
    for number, node in enumerate(np.unique(leaf), start=1):
        inside = leaf == node
        rows.append(
            {
                "box": f"leaf {number}",
                "node": int(node),
                "runs": int(inside.sum()),
                "coverage": float(y[inside].sum() / max(y.sum(), 1)),
                "density": float(y[inside].mean()),
                "mass": float(inside.mean()),
            }
        )
    names = [name.replace(cart.CART.sep, " = ") for name in algorithm.feature_names]
    return CartResult(algorithm.clf, names, pd.DataFrame(rows))
