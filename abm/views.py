"""The market's structure as tables: what the visual session and the notebook draw.

Pure functions of a :class:`~abm.PowerMarketModel`'s public state (its data collector, fleet
arrays, grid operators, hyperscalers and firm names); nothing here changes the model, draws or
imports a plotting library. Every table is a :class:`pandas.DataFrame` with units in its
column names, so a researcher can read, filter or export it as it is.

The views over time take ``first_tick``: the rows of the ticks from there on only, computed
from those ticks' records alone, so a display that has drawn ticks ``0 .. t-1`` asks for
``first_tick=t`` and appends the rows (the whole run costs the same as its last tick).

Views:

- :func:`mw_by_use` -- MW of miners' sites by use over time, in total or for one region;
- :func:`lease_flows` -- who leases to whom now: landlord firm, tenant hyperscaler, MW;
- :func:`region_conditions` -- each grid region now: headroom, queue, price, curtailment;
- :func:`control_shares` -- share of sites' MW controlled by each large firm over time;
- :func:`firm_sites`, :func:`firm_mw_by_use`, :func:`firm_money` -- one firm close up.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from abm.agents import MinerStatus
from abm.model import PowerMarketModel

USES: tuple[tuple[str, str], ...] = (
    ("mining", "mw_mining"),
    ("mining until AI is energised", "mw_converting_still_mining"),
    ("curtailed", "mw_curtailed"),
    ("converting, not mining", "mw_converting_not_mining"),
    ("leased shell", "mw_leased"),
    ("hosting AI", "mw_hpc"),
    ("acquired", "mw_acquired"),
    ("idle or on sale", "mw_idle"),
)
"""Uses of miners' sites in drawing order, with the model column of each one's MW.

Mining until AI is energised: tranches that have signed an AI contract (lease or conversion)
and keep mining while their hall is built and until their AI load is energised; converting,
not mining: such tranches whose machines are off (curtailed or uneconomic); leased shell:
powered shell leased to a hyperscaler; hosting AI: site converted into an AI /
HPC host; acquired: bought by a hyperscaler after its miner's insolvency; idle or on sale:
mothballed, or an insolvent miner's site waiting for a buyer."""

USE_OF_STATUS: dict[str, str] = {
    "mining": "mining",
    "idle": "idle or on sale",
    "exited": "idle or on sale",
    "converting": "mining until AI is energised",
    "leased": "leased shell",
    "hpc": "hosting AI",
    "acquired": "acquired",
}
"""Use shown for each site status of the agent frame (lower-case ``MinerStatus`` names).

The agent frame has no running share, so a site's curtailed MW is counted as mining there,
and a converting site (which mines until its AI load is energised) as mining until AI is
energised: the split into mining and curtailed, and of converting sites into those still
mining and those not, exists for the total only (``mw_curtailed``,
``mw_converting_not_mining``)."""

REGIONAL_USES: tuple[str, ...] = tuple(dict.fromkeys(USE_OF_STATUS.values()))
"""Uses that the agent frame can tell apart (all of :data:`USES` but curtailed)."""

ALL_REGIONS = "all regions"
"""Region name that selects the whole US in :func:`mw_by_use`."""

_CONTRACT_OF_STATUS = {
    MinerStatus.CONVERTING: "converting for a contract",
    MinerStatus.LEASED: "lease (powered shell)",
    MinerStatus.HPC: "hosting (converted)",
    MinerStatus.ACQUIRED: "site bought",
}


def _dates(model: PowerMarketModel, first_tick: int = 0) -> np.ndarray:
    """The date of each collected tick from ``first_tick`` on, as datetime64."""
    # numpy converts the recorded timestamps directly; pandas' parser costs ~100x more.
    return np.array(model.datacollector.model_vars["date"][first_tick:], dtype="datetime64[us]")


def model_columns(model: PowerMarketModel, *names: str, first_tick: int = 0) -> pd.DataFrame:
    """Some collected model columns, one row per tick from ``first_tick`` on.

    Reads the collector's ``model_vars`` (Mesa's record behind
    ``get_model_vars_dataframe``) for the columns and ticks asked only: building the whole
    frame of every column each tick would cost more than the tick.

    Returns:
        Columns ``date`` (datetime64) and ``names``; row ``i`` is tick ``first_tick + i``.
    """
    record = model.datacollector.model_vars
    table = pd.DataFrame(
        {name: np.asarray(record[name][first_tick:], dtype=float) for name in names}
    )
    table.insert(0, "date", _dates(model, first_tick))
    return table


def _use_codes(status_codes: np.ndarray) -> np.ndarray:
    """Index into :data:`REGIONAL_USES` of each site status code."""
    lookup = np.array(
        [REGIONAL_USES.index(USE_OF_STATUS[s.name.lower()]) for s in MinerStatus], dtype=np.int64
    )
    return lookup[status_codes]


def _by_tick_and_use(status: np.ndarray, mw: np.ndarray) -> np.ndarray:
    """MW summed per (tick, use of :data:`REGIONAL_USES`) from arrays ticks x sites."""
    n_ticks, n_uses = len(status), len(REGIONAL_USES)
    flat = np.arange(n_ticks)[:, None] * n_uses + _use_codes(status)
    summed = np.bincount(flat.ravel(), weights=mw.ravel(), minlength=n_ticks * n_uses)
    return summed.reshape(n_ticks, n_uses)


def _use_table(model: PowerMarketModel, first_tick: int, mw: np.ndarray) -> pd.DataFrame:
    table = pd.DataFrame(mw, columns=list(REGIONAL_USES))
    table.insert(0, "date", _dates(model, first_tick)[: len(table)])
    table.insert(0, "tick", first_tick + np.arange(len(table)))
    return table


def mw_by_use(
    model: PowerMarketModel, region: str = ALL_REGIONS, first_tick: int = 0
) -> pd.DataFrame:
    """MW of miners' sites by use, one row per collected tick from ``first_tick`` on.

    Args:
        model: The model.
        region: A name of ``model.region_names``, or :data:`ALL_REGIONS` for the whole US.
        first_tick: First tick returned (0: the whole run; ``model.steps``: the tick now).

    Returns:
        Columns ``tick``, ``date`` (datetime64) and one column of MW per use: the labels of
        :data:`USES` for the whole US; for one region, :data:`REGIONAL_USES` (curtailed MW
        counted as mining).

    Raises:
        ValueError: ``region`` is not one of the model's regions.
    """
    if region == ALL_REGIONS:
        table = model_columns(model, *(column for _, column in USES), first_tick=first_tick)
        table.columns = ["date", *(label for label, _ in USES)]
        table.insert(0, "tick", first_tick + np.arange(len(table)))
        return table
    if region not in model.region_names:
        raise ValueError(
            f"unknown region '{region}' (regions: {', '.join(model.region_names)}, {ALL_REGIONS})"
        )
    here = model.fleet.region == model.region_names.index(region)
    status, mw = (a[:, here] for a in _fleet_by_tick(model, "status", "mw", first_tick=first_tick))
    return _use_table(model, first_tick, _by_tick_and_use(status, mw))


def lease_flows(model: PowerMarketModel) -> pd.DataFrame:
    """MW under contract from each miner firm to each hyperscaler now.

    Returns:
        Columns ``landlord`` (firm), ``tenant`` (hyperscaler), ``contract`` (lease, hosting,
        converting for a contract, site bought), ``mw`` and ``sites``; largest first.
    """
    fleet = model.fleet
    statuses = tuple(_CONTRACT_OF_STATUS)
    rows = np.flatnonzero((fleet.tenant >= 0) & fleet.in_status(*statuses))
    columns = ["landlord", "tenant", "contract", "mw", "sites"]
    if rows.size == 0:
        return pd.DataFrame(columns=columns).astype({"mw": float, "sites": int})
    names = np.asarray(model.firm_names, dtype=object)
    tenants = np.asarray([h.name for h in model.hyperscalers], dtype=object)
    contract = pd.Series(fleet.status[rows]).map(
        {int(k): v for k, v in _CONTRACT_OF_STATUS.items()}
    )
    frame = pd.DataFrame(
        {
            "landlord": names[fleet.firm[rows]],
            "tenant": tenants[fleet.tenant[rows]],
            "contract": contract.to_numpy(),
            "mw": fleet.mw[rows].astype(float),
            "sites": 1,
        }
    )
    flows = frame.groupby(["landlord", "tenant", "contract"], as_index=False).agg(
        mw=("mw", "sum"), sites=("sites", "sum")
    )
    return flows.sort_values(["mw", "landlord"], ascending=[False, True]).reset_index(drop=True)


def region_conditions(model: PowerMarketModel) -> pd.DataFrame:
    """Each grid region now: its grid's state and the MW of miners' sites in it by use.

    Returns:
        One row per region (``model.region_names`` order): ``region``, ``headroom_mw`` (firm
        large-load capacity not yet allocated), ``queue_mw`` (waiting for interconnection),
        ``granted_ai_mw`` (firm capacity granted to new AI loads), ``utilisation`` (system
        peak over firm capacity, 0-1), ``power_price_usd_per_mwh``, ``curtailment_share``
        (0-1, of the flexible mining load's energy),
        ``sites_mw`` (miners' sites there) and ``ai_on_sites_mw`` (leased, hosting or
        acquired).
    """
    fleet = model.fleet
    n = len(model.region_names)
    sites_mw = np.bincount(fleet.region, weights=fleet.mw, minlength=n)
    serving = fleet.in_status(MinerStatus.LEASED, MinerStatus.HPC, MinerStatus.ACQUIRED)
    ai_mw = np.bincount(fleet.region, weights=fleet.mw * serving, minlength=n)
    return pd.DataFrame(
        {
            "region": [g.region for g in model.grid_operators],
            "headroom_mw": [float(g.headroom_mw) for g in model.grid_operators],
            "queue_mw": [float(g.queue_mw) for g in model.grid_operators],
            "granted_ai_mw": [float(g.granted_ai_mw) for g in model.grid_operators],
            "utilisation": [float(g.utilisation) for g in model.grid_operators],
            "power_price_usd_per_mwh": [
                float(g.power_price_usd_per_mwh) for g in model.grid_operators
            ],
            "curtailment_share": [float(g.curtailment_share) for g in model.grid_operators],
            "sites_mw": sites_mw,
            "ai_on_sites_mw": ai_mw,
        }
    )


def control_shares(model: PowerMarketModel, top: int = 8, first_tick: int = 0) -> pd.DataFrame:
    """Share of miners' sites' MW controlled by each firm, per tick (the firms behind the HHI).

    A site is controlled by its miner firm until a hyperscaler acquires it, then by that
    hyperscaler. The ``top`` firms controlling most MW now are shown by name, the rest as
    ``other firms``. Sites on sale after an insolvency are controlled by no one and left out,
    as in the model's ``hhi_power``.

    Args:
        model: The model.
        top: Firms shown by name.
        first_tick: First tick returned. Rows of earlier ticks stay valid as long as the firms
            shown by name are the same (the ranking is the one of the tick now).

    Returns:
        Columns ``tick``, ``date``, ``firm``, ``mw`` and ``share`` (0-1 of controlled MW).
    """
    fleet = model.fleet
    names = np.asarray([*model.firm_names, *(h.name for h in model.hyperscalers)], dtype=object)
    status, mw = _fleet_by_tick(model, "status", "mw", first_tick=first_tick)
    if len(status) == 0:
        return pd.DataFrame({"tick": [], "date": [], "firm": [], "mw": [], "share": []}).astype(
            {"tick": int, "date": "datetime64[ns]", "firm": object, "mw": float}
        )
    mw = mw * (status != MinerStatus.EXITED)
    # An acquisition is for good: the tenant now is the buyer whenever the status was acquired.
    buyer = model.n_firms + np.maximum(fleet.tenant, 0)
    controller = np.where(status == MinerStatus.ACQUIRED, buyer, fleet.firm)
    n_codes, n_ticks = len(names), len(status)
    flat = np.arange(n_ticks)[:, None] * n_codes + controller
    held = np.bincount(flat.ravel(), weights=mw.ravel(), minlength=n_ticks * n_codes)
    held = held.reshape(n_ticks, n_codes)
    ranking = np.argsort(-held[-1], kind="stable")[:top]
    # Named firms in code order: rows keep their order from tick to tick while the same firms
    # are named (two firms of near-equal MW may swap ranks on rounding alone).
    ranking = np.sort(ranking[held[-1, ranking] > 0])
    others = held.sum(axis=1) - held[:, ranking].sum(axis=1)
    columns = [*names[ranking], "other firms"]
    wide = np.column_stack([held[:, ranking], np.maximum(others, 0.0)])
    totals = wide.sum(axis=1, keepdims=True)
    shares = np.divide(wide, totals, out=np.zeros_like(wide), where=totals > 0)
    rows = np.repeat(np.arange(n_ticks), len(columns))
    return pd.DataFrame(
        {
            "tick": first_tick + rows,
            "date": _dates(model, first_tick)[rows],
            "firm": np.tile(np.asarray(columns, dtype=object), n_ticks),
            "mw": wide.ravel(),
            "share": shares.ravel(),
        }
    )


def firm_codes(model: PowerMarketModel) -> pd.DataFrame:
    """Every miner firm with the MW of its sites now, largest first.

    Returns:
        Columns ``firm`` (name), ``code`` (index into ``model.firm_names``), ``mw`` and
        ``sites``.
    """
    fleet = model.fleet
    mw = np.bincount(fleet.firm, weights=fleet.mw, minlength=model.n_firms)
    sites = np.bincount(fleet.firm, minlength=model.n_firms)
    table = pd.DataFrame(
        {"firm": model.firm_names, "code": np.arange(model.n_firms), "mw": mw, "sites": sites}
    )
    return table.sort_values(["mw", "firm"], ascending=[False, True]).reset_index(drop=True)


def _firm_code(model: PowerMarketModel, firm: str) -> int:
    try:
        return model.firm_names.index(firm)
    except ValueError:
        raise ValueError(f"unknown firm '{firm}'") from None


def firm_sites(model: PowerMarketModel, firm: str) -> pd.DataFrame:
    """One firm's sites now: where, what use, how big, its money and its path values.

    Returns:
        One row per site: ``site``, ``region``, ``use``, ``mw``, ``tenant`` (hyperscaler or
        empty), ``cash_usd``, ``debt_usd``, ``value_usd_per_w`` (enterprise value under its
        current path) and ``pivot_propensity_usd_per_mw`` (best AI path's value minus what
        staying requires; above 0 the site is offered to AI tenants).

    Raises:
        ValueError: ``firm`` is not in ``model.firm_names``.
    """
    fleet = model.fleet
    rows = np.flatnonzero(fleet.firm == _firm_code(model, firm))
    statuses = [MinerStatus(code).name.lower() for code in fleet.status[rows]]
    tenants = [model.hyperscalers[t].name if t >= 0 else "" for t in fleet.tenant[rows].tolist()]
    return pd.DataFrame(
        {
            "site": fleet.name[rows],
            "region": [model.region_names[r] for r in fleet.region[rows]],
            "use": [USE_OF_STATUS[s] for s in statuses],
            "mw": fleet.mw[rows].astype(float),
            "tenant": tenants,
            "cash_usd": fleet.cash_usd[rows].astype(float),
            "debt_usd": fleet.debt_usd[rows].astype(float),
            "value_usd_per_w": fleet.value_usd_per_w[rows].astype(float),
            "pivot_propensity_usd_per_mw": fleet.pivot_propensity[rows].astype(float),
        }
    )


def _fleet_by_tick(model: PowerMarketModel, *columns: str, first_tick: int = 0) -> list:
    """Columns of the agent frame from ``first_tick`` on, each as an array ticks x sites.

    Read from the collector's kept tables (fleet order), not from the agent frame: building
    the frame of every site at every tick would cost more than the tick.
    """
    collector = model.datacollector
    arrays = []
    for column in columns:
        values = collector.fleet_history(column, first_tick)
        arrays.append(values.astype(np.int64) if column == "status" else values.astype(float))
    return arrays


def firm_mw_by_use(model: PowerMarketModel, firm: str, first_tick: int = 0) -> pd.DataFrame:
    """One firm's MW by use, one row per collected tick from ``first_tick`` on (columns as
    :func:`mw_by_use` for a region)."""
    mine = model.fleet.firm == _firm_code(model, firm)
    status, mw = (a[:, mine] for a in _fleet_by_tick(model, "status", "mw", first_tick=first_tick))
    return _use_table(model, first_tick, _by_tick_and_use(status, mw))


def firm_money(model: PowerMarketModel, firm: str, first_tick: int = 0) -> pd.DataFrame:
    """One firm's cash and the value of its sites over time, one row per collected tick from
    ``first_tick`` on.

    The agent frame records cash and value per W each tick; debt and the pivot propensity
    exist for the current tick only (:func:`firm_sites`).

    Returns:
        Columns ``tick``, ``date``, ``cash_usd`` (summed over its sites), ``mw`` (its sites
        still held: not exited, not acquired) and ``value_usd_per_w`` (MW-weighted mean over
        them; NaN when it holds none).
    """
    mine = model.fleet.firm == _firm_code(model, firm)
    status, site_mw, value_per_w, cash = (
        array[:, mine]
        for array in _fleet_by_tick(
            model, "status", "mw", "value_usd_per_w", "cash_usd", first_tick=first_tick
        )
    )
    held = (status != MinerStatus.EXITED) & (status != MinerStatus.ACQUIRED)
    site_mw = site_mw * held
    mw = site_mw.sum(axis=1)
    value = (value_per_w * site_mw).sum(axis=1)
    table = pd.DataFrame(
        {
            "cash_usd": cash.sum(axis=1),
            "mw": mw,
            "value_usd_per_w": np.divide(value, mw, out=np.full_like(value, np.nan), where=mw > 0),
        }
    )
    table.insert(0, "date", _dates(model, first_tick)[: len(table)])
    table.insert(0, "tick", first_tick + np.arange(len(table)))
    return table
