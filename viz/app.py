"""The interactive visual session: the market structure forming, tick by tick.

Serve it with ``gridrush viz`` (127.0.0.1:8765 by default, assets served locally, no
internet needed) or ``solara run viz/app.py``; in Jupyter, display ``page``.

Controls set the knobs of a new model on Reset; the scenario picker loads a named scenario
from ``experiments/scenarios/``: its knobs apply wherever a control is left at its default,
and a control you have moved wins.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import solara
from mesa.visualization import SolaraViz
from mesa.visualization.utils import update_counter

from abm import PowerMarketModel, knob_specs
from viz import figures

SCENARIO_DIR = Path(__file__).resolve().parents[1] / "experiments" / "scenarios"


def named_scenarios() -> dict[str, dict[str, Any]]:
    """Knobs of each named scenario in ``experiments/scenarios/`` (file stem -> knobs)."""
    scenarios: dict[str, dict[str, Any]] = {}
    for path in sorted(SCENARIO_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            scenarios[path.stem] = dict(tomllib.load(handle).get("knobs", {}))
    return scenarios or {"baseline": {}}


def _control(
    name: str, kind: str, label: str, low: float, high: float, step: float
) -> dict[str, Any]:
    spec = knob_specs()[name]
    unit = f" ({spec.unit})" if spec.unit and spec.unit.lower() not in label.lower() else ""
    return {
        "type": kind,
        "value": spec.default,
        "label": f"{label}{unit}",
        "min": low,
        "max": high,
        "step": step,
    }


CONTROLS: dict[str, dict[str, Any]] = {
    "seed": {
        "type": "InputText",
        "value": str(knob_specs()["seed"].default),
        "label": "Random seed",
    },
    "n_miners": _control("n_miners", "SliderInt", "Miners", 10, 2000, 10),
    "btc_price_usd": _control(
        "btc_price_usd", "SliderInt", "Initial BTC price", 10_000, 300_000, 1_000
    ),
    "btc_volatility_annual": _control(
        "btc_volatility_annual", "SliderFloat", "BTC volatility", 0.0, 1.5, 0.05
    ),
    "ai_demand_scale": _control("ai_demand_scale", "SliderFloat", "AI demand scale", 0.0, 3.0, 0.1),
    "ai_max_lease_usd_per_kw_month": _control(
        "ai_max_lease_usd_per_kw_month", "SliderInt", "Hyperscalers' max lease", 50, 600, 10
    ),
    "grid_headroom_gw": _control(
        "grid_headroom_gw", "SliderFloat", "Grid headroom", 0.0, 60.0, 1.0
    ),
    "grid_policy": {
        "type": "Select",
        "value": knob_specs()["grid_policy"].default,
        "values": ["first_come", "highest_bid", "ai_priority"],
        "label": "Grid allocation policy",
    },
    "scenario_name": {
        "type": "Select",
        "value": "baseline" if "baseline" in named_scenarios() else next(iter(named_scenarios())),
        "values": list(named_scenarios()),
        "label": "Named scenario",
    },
}


class VisualModel(PowerMarketModel):
    """PowerMarketModel built from the app's controls and a named scenario."""

    def __init__(self, scenario=None, scenario_name: str = "baseline", **controls: Any) -> None:
        """Merge the named scenario's knobs with the controls (a moved control wins).

        Args:
            scenario: Ignored unless no controls are given (Mesa passes a scenario of defaults).
            scenario_name: Stem of a TOML file in ``experiments/scenarios/``.
            **controls: Control values, keyed by knob.
        """
        if scenario is not None:
            controls = {
                **{k: getattr(scenario, k) for k in CONTROLS if hasattr(scenario, k)},
                **controls,
            }
        knobs = dict(named_scenarios().get(scenario_name, {}))
        for name, value in controls.items():
            if name not in CONTROLS:
                knobs[name] = value
                continue
            default = CONTROLS[name]["value"]
            if str(value) != str(default) or name not in knobs:
                knobs[name] = value
        knobs["seed"] = int(knobs.get("seed", knob_specs()["seed"].default))
        self.scenario_name = scenario_name
        super().__init__(**knobs)


def _figure_component(build):
    @solara.component
    def View(model):
        update_counter.get()
        figure = solara.use_memo(lambda: build(model), dependencies=[model.steps, id(model)])
        return solara.FigureMatplotlib(figure, format="png", dependencies=[model.steps, id(model)])

    View.__name__ = build.__name__
    return View


@solara.component
def LargestFirms(model):
    """Table of the firms controlling most MW now."""
    update_counter.get()
    with solara.Column() as column:
        solara.Markdown(
            f"**Largest firms by MW controlled** — {model.date:%Y-%m-%d}, tick {model.steps}"
        )
        solara.DataFrame(figures.largest_firms(model), items_per_page=10)
    return column


COMPONENTS = [
    (_figure_component(figures.market_structure_figure), 0),
    (_figure_component(figures.miner_economics_figure), 0),
    (_figure_component(figures.power_gap_figure), 0),
    (_figure_component(figures.regions_figure), 0),
    (_figure_component(figures.lease_network_figure), 0),
    (_figure_component(figures.concentration_figure), 0),
    (LargestFirms, 0),
]

model = VisualModel()
page = SolaraViz(
    model, components=COMPONENTS, model_params=CONTROLS, name="gridrush: the race for grid power"
)
