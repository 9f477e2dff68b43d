"""gridrush: an agent-based market simulation of the race for grid power.

Bitcoin miners choose each tick to mine, lease their powered sites to AI hyperscalers or
convert them into AI compute hosts, while grid operators allocate scarce interconnection
capacity.  Quick start::

    from abm import PowerMarketModel
    model = PowerMarketModel(seed=7, n_miners=200, ai_demand_scale=1.0)
    model.run()
    df = model.datacollector.get_model_vars_dataframe()
"""

from abm.agents import GridOperator, Hyperscaler, Miner, MinerStatus
from abm.model import AGENT_COLUMNS, MODEL_COLUMNS, HorizonReached, PowerMarketModel
from abm.scenario import PowerMarketScenario, knob_specs, validate_knobs
from abm.strategies import MinerStrategy, SiteOffers, ValueMaximising

__all__ = [
    "AGENT_COLUMNS",
    "MODEL_COLUMNS",
    "GridOperator",
    "HorizonReached",
    "Hyperscaler",
    "Miner",
    "MinerStatus",
    "MinerStrategy",
    "PowerMarketModel",
    "PowerMarketScenario",
    "SiteOffers",
    "ValueMaximising",
    "knob_specs",
    "validate_knobs",
]
