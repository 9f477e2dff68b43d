"""Scenario: every knob of a gridrush run, with its default, unit, range and source.

Defaults, units, ranges and sources live in one table, ``abm/data/parameters.csv``; the
:class:`PowerMarketScenario` below declares each knob's type (Mesa's ``Scenario`` pattern) and
takes its default from that table.  ``validate_knobs`` is the single gate every run passes:
an unknown knob or a value out of range raises a ``ValueError`` naming it.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from mesa.experimental.scenarios import Scenario

from abm.economics import finance
from abm.economics.grid import GridPolicy

PARAMETERS_FILE = "parameters.csv"

AI_DEMAND_CHOICES = {
    "ai_demand_basis": ("incremental", "total"),
    "ai_demand_power_basis": ("facility", "it"),
}
"""The values the AI-demand basis knobs accept."""


@dataclass(frozen=True, slots=True)
class KnobSpec:
    """One row of the parameter table.

    Attributes:
        name: Knob name.
        default: Default value, typed.
        kind: One of ``int``, ``float``, ``str``, ``date``, ``path``.
        unit: Unit of the value ('' when dimensionless).
        minimum: Smallest allowed value (None = unbounded).
        maximum: Largest allowed value (None = unbounded).
        description: What the knob means.
        source: Source title, URL and date, or the note saying why there is none.
    """

    name: str
    default: Any
    kind: str
    unit: str
    minimum: float | None
    maximum: float | None
    description: str
    source: str


def _parse(kind: str, text: str) -> Any:
    if kind == "int":
        return int(float(text))
    if kind == "float":
        return float(text)
    if kind == "date":
        return dt.date.fromisoformat(text)
    return text


def _coerce(spec: KnobSpec, value: Any) -> Any:
    """Convert a user value to the knob's type, or raise ValueError naming the knob."""
    try:
        if spec.kind == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            return int(value)
        if spec.kind == "float":
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if spec.kind == "date":
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        if spec.kind == "path":
            return "" if value is None else str(value)
        return str(value)
    except (TypeError, ValueError):
        raise ValueError(f"knob '{spec.name}' expects a {spec.kind}, got {value!r}") from None


@cache
def knob_specs() -> dict[str, KnobSpec]:
    """The parameter table, keyed by knob name (read once per process)."""
    text = resources.files("abm").joinpath("data", PARAMETERS_FILE).read_text(encoding="utf-8")
    specs: dict[str, KnobSpec] = {}
    for row in csv.DictReader(text.splitlines()):
        source = ", ".join(p for p in (row["source_title"], row["source_url"], row["as_of"]) if p)
        if row["note"]:
            source = f"{source} ({row['note']})" if source else row["note"]
        specs[row["name"]] = KnobSpec(
            name=row["name"],
            default=_parse(row["type"], row["value"]) if row["value"] else "",
            kind=row["type"],
            unit=row["unit"],
            minimum=float(row["min"]) if row["min"] else None,
            maximum=float(row["max"]) if row["max"] else None,
            description=row["description"],
            source=source,
        )
    return specs


def _default(name: str) -> Any:
    return knob_specs()[name].default


class PowerMarketScenario(Scenario):
    """Every knob of a gridrush run; defaults, units and sources in ``abm/data/parameters.csv``.

    Build one with keyword overrides: ``PowerMarketScenario(n_miners=500, grid_policy=
    "ai_priority")``; unknown knobs and out-of-range values raise ``ValueError``.
    ``docs/ODD.md`` lists every knob with its unit and source.
    """

    seed: int = _default("seed")
    n_miners: int = _default("n_miners")
    n_hyperscalers: int = _default("n_hyperscalers")
    start_date: dt.date = _default("start_date")
    horizon_years: float = _default("horizon_years")
    tick_days: float = _default("tick_days")
    btc_price_usd: float = _default("btc_price_usd")
    btc_drift_annual: float = _default("btc_drift_annual")
    btc_volatility_annual: float = _default("btc_volatility_annual")
    btc_price_csv: str = _default("btc_price_csv")
    start_block_height: int = _default("start_block_height")
    difficulty_start: float = _default("difficulty_start")
    network_hashrate_ehs_start: float = _default("network_hashrate_ehs_start")
    fees_btc_per_block: float = _default("fees_btc_per_block")
    fees_csv: str = _default("fees_csv")
    us_hashrate_share: float = _default("us_hashrate_share")
    asic_frontier_j_per_th: float = _default("asic_frontier_j_per_th")
    asic_improvement_annual: float = _default("asic_improvement_annual")
    asic_frontier_csv: str = _default("asic_frontier_csv")
    asic_floor_j_per_th: float = _default("asic_floor_j_per_th")
    asic_price_usd_per_th: float = _default("asic_price_usd_per_th")
    asic_life_years: float = _default("asic_life_years")
    rest_of_world_j_per_th: float = _default("rest_of_world_j_per_th")
    rest_of_world_power_price_usd_per_mwh: float = _default("rest_of_world_power_price_usd_per_mwh")
    rest_of_world_entry_elasticity: float = _default("rest_of_world_entry_elasticity")
    rest_of_world_lag_weeks: float = _default("rest_of_world_lag_weeks")
    rest_of_world_max_growth_annual: float = _default("rest_of_world_max_growth_annual")
    synthetic_power_cost_usd_per_mwh_mean: float = _default("synthetic_power_cost_usd_per_mwh_mean")
    synthetic_power_cost_usd_per_mwh_sd: float = _default("synthetic_power_cost_usd_per_mwh_sd")
    synthetic_j_per_th_mean: float = _default("synthetic_j_per_th_mean")
    synthetic_j_per_th_sd: float = _default("synthetic_j_per_th_sd")
    synthetic_cash_usd_per_mw: float = _default("synthetic_cash_usd_per_mw")
    synthetic_debt_usd_per_mw: float = _default("synthetic_debt_usd_per_mw")
    mining_opex_usd_per_mwh: float = _default("mining_opex_usd_per_mwh")
    idle_cost_usd_per_mw_year: float = _default("idle_cost_usd_per_mw_year")
    interest_rate_annual: float = _default("interest_rate_annual")
    discount_rate_min: float = _default("discount_rate_min")
    discount_rate_max: float = _default("discount_rate_max")
    horizon_min_years: float = _default("horizon_min_years")
    horizon_max_years: float = _default("horizon_max_years")
    risk_aversion_max: float = _default("risk_aversion_max")
    it_share: float = _default("it_share")
    lease_term_years: float = _default("lease_term_years")
    lease_capex_usd_per_kw_it: float = _default("lease_capex_usd_per_kw_it")
    lease_lead_time_months: float = _default("lease_lead_time_months")
    lease_noi_margin: float = _default("lease_noi_margin")
    lease_terminal_multiple: float = _default("lease_terminal_multiple")
    convert_capex_usd_per_kw_it: float = _default("convert_capex_usd_per_kw_it")
    convert_gpu_capex_usd_per_kw_it: float = _default("convert_gpu_capex_usd_per_kw_it")
    gpu_useful_life_years: float = _default("gpu_useful_life_years")
    compute_price_decline_annual: float = _default("compute_price_decline_annual")
    gpu_capex_decline_annual: float = _default("gpu_capex_decline_annual")
    convert_risk_premium: float = _default("convert_risk_premium")
    convert_revenue_usd_per_kw_month: float = _default("convert_revenue_usd_per_kw_month")
    convert_term_years: float = _default("convert_term_years")
    convert_lead_time_months: float = _default("convert_lead_time_months")
    convert_noi_margin: float = _default("convert_noi_margin")
    convert_prepayment_share: float = _default("convert_prepayment_share")
    lease_debt_share: float = _default("lease_debt_share")
    convert_debt_share: float = _default("convert_debt_share")
    switching_hurdle: float = _default("switching_hurdle")
    hyperscaler_base_wtp_usd_per_kw_month: float = _default("hyperscaler_base_wtp_usd_per_kw_month")
    hyperscaler_urgency: float = _default("hyperscaler_urgency")
    ai_max_lease_usd_per_kw_month: float = _default("ai_max_lease_usd_per_kw_month")
    ai_demand_scale: float = _default("ai_demand_scale")
    ai_demand_gw_2028: float = _default("ai_demand_gw_2028")
    ai_demand_growth_after_2028: float = _default("ai_demand_growth_after_2028")
    ai_pipeline_under_construction_gw: float = _default("ai_pipeline_under_construction_gw")
    grid_headroom_gw: float = _default("grid_headroom_gw")
    grid_policy: str = _default("grid_policy")
    scarcity_adder_usd_per_mwh: float = _default("scarcity_adder_usd_per_mwh")
    scarcity_exponent: float = _default("scarcity_exponent")
    curtailment_threshold: float = _default("curtailment_threshold")
    seasonal_amplitude: float = _default("seasonal_amplitude")
    system_peak_seasonal_amplitude: float = _default("system_peak_seasonal_amplitude")
    load_duration_depth: float = _default("load_duration_depth")
    load_duration_exponent: float = _default("load_duration_exponent")
    deliverable_firm_share: float = _default("deliverable_firm_share")
    planning_reserve_margin: float = _default("planning_reserve_margin")
    dr_payment_usd_per_mwh: float = _default("dr_payment_usd_per_mwh")
    btm_cost_usd_per_kw_month: float = _default("btm_cost_usd_per_kw_month")
    btm_lead_time_years: float = _default("btm_lead_time_years")
    site_sale_discount: float = _default("site_sale_discount")
    hyperscaler_capex_budget_usd_bn_per_year: float = _default(
        "hyperscaler_capex_budget_usd_bn_per_year"
    )
    debt_capacity_share_of_value: float = _default("debt_capacity_share_of_value")
    min_lease_site_mw: float = _default("min_lease_site_mw")
    public_equity_raise_share_of_value: float = _default("public_equity_raise_share_of_value")
    retrofit_capacity_gw_per_year: float = _default("retrofit_capacity_gw_per_year")
    hyperscaler_discount_rate: float = _default("hyperscaler_discount_rate")
    procurement_lookahead_years: float = _default("procurement_lookahead_years")
    btm_build_share_per_year: float = _default("btm_build_share_per_year")
    pipeline_build_years: float = _default("pipeline_build_years")
    fleet_review_weeks: float = _default("fleet_review_weeks")
    min_request_share_of_need: float = _default("min_request_share_of_need")
    site_bidders_per_region: int = _default("site_bidders_per_region")
    site_resale_interval_weeks: float = _default("site_resale_interval_weeks")
    expansion_share: float = _default("expansion_share")
    ai_priority_lead_time_factor: float = _default("ai_priority_lead_time_factor")
    ai_priority_curtailment_factor: float = _default("ai_priority_curtailment_factor")
    asic_debt_share: float = _default("asic_debt_share")
    run_ramp_start_ratio: float = _default("run_ramp_start_ratio")
    run_ramp_width_ratio: float = _default("run_ramp_width_ratio")
    retrofit_budget_start_share: float = _default("retrofit_budget_start_share")
    adaptive_half_life_years: float = _default("adaptive_half_life_years")
    trend_lookback_weeks: float = _default("trend_lookback_weeks")
    refleet_efficiency_gain: float = _default("refleet_efficiency_gain")
    asic_deliveries_ehs_per_year: float = _default("asic_deliveries_ehs_per_year")
    asic_inventory_years: float = _default("asic_inventory_years")
    asic_price_elasticity: float = _default("asic_price_elasticity")
    asic_price_floor_usd_per_th: float = _default("asic_price_floor_usd_per_th")
    rest_of_world_power_price_sd_usd_per_mwh: float = _default(
        "rest_of_world_power_price_sd_usd_per_mwh"
    )
    rest_of_world_cheap_power_share: float = _default("rest_of_world_cheap_power_share")
    rest_of_world_cheap_power_price_usd_per_mwh: float = _default(
        "rest_of_world_cheap_power_price_usd_per_mwh"
    )
    rest_of_world_j_per_th_sd: float = _default("rest_of_world_j_per_th_sd")
    rest_of_world_power_additions_gw_per_year: float = _default(
        "rest_of_world_power_additions_gw_per_year"
    )
    rest_of_world_hurdle_rate: float = _default("rest_of_world_hurdle_rate")
    rest_of_world_entry_lag_months: float = _default("rest_of_world_entry_lag_months")
    site_collateral_usd_per_mw: float = _default("site_collateral_usd_per_mw")
    synthetic_site_mw_median: float = _default("synthetic_site_mw_median")
    synthetic_site_mw_sigma: float = _default("synthetic_site_mw_sigma")
    rest_of_world_scrap_after_idle_months: float = _default("rest_of_world_scrap_after_idle_months")
    rest_of_world_entry_base_floor_share: float = _default("rest_of_world_entry_base_floor_share")
    rest_of_world_orders_at_start_ehs: float = _default("rest_of_world_orders_at_start_ehs")
    rest_of_world_orders_at_start_months: float = _default("rest_of_world_orders_at_start_months")
    landlord_built_capex_usd_per_kw_it: float = _default("landlord_built_capex_usd_per_kw_it")
    landlord_built_term_years: float = _default("landlord_built_term_years")
    landlord_built_lead_time_months: float = _default("landlord_built_lead_time_months")
    landlord_built_debt_share: float = _default("landlord_built_debt_share")
    project_debt_rate: float = _default("project_debt_rate")
    tenant_pipeline_scale: float = _default("tenant_pipeline_scale")
    pivot_tranche_mw: float = _default("pivot_tranche_mw")
    btc_drift_years: float = _default("btc_drift_years")
    btc_drift_after_annual: float = _default("btc_drift_after_annual")
    public_miners_file: str = _default("public_miners_file")
    grid_deliverable_scale: float = _default("grid_deliverable_scale")
    large_load_threshold_mw: float = _default("large_load_threshold_mw")
    small_load_study_years: float = _default("small_load_study_years")
    study_pass_probability: float = _default("study_pass_probability")
    mining_peak_load_share: float = _default("mining_peak_load_share")
    flexible_first_study_factor: float = _default("flexible_first_study_factor")
    capacity_price_after_auctions_usd_per_mw_day: float = _default(
        "capacity_price_after_auctions_usd_per_mw_day"
    )
    ai_demand_basis: str = _default("ai_demand_basis")
    ai_demand_gw_start: float = _default("ai_demand_gw_start")
    ai_demand_power_basis: str = _default("ai_demand_power_basis")

    def __init__(self, **knobs: Any) -> None:
        """Build a scenario from keyword overrides of the defaults.

        Args:
            **knobs: Knob values; see ``abm/data/parameters.csv``.

        Raises:
            ValueError: A knob is unknown, of the wrong type or out of range.
        """
        resolved = validate_knobs(knobs)
        super().__init__(rng=resolved["seed"], **resolved)

    @property
    def n_ticks(self) -> int:
        """Ticks to the horizon: ``round(horizon_years * 365.25 / tick_days)``, at least 1."""
        return max(1, round(self.horizon_years * 365.25 / self.tick_days))

    def powered_shell_value_usd_per_w(self) -> float:
        """Value of turning 1 W of mine into leased powered shell at this scenario's lease terms.

        Rent at the hyperscalers' base willingness to pay, discounted at the miners' interest
        rate: the figure the docs compare with Morgan Stanley's USD 5.19-7.81 per W.
        """
        return finance.powered_shell_value_usd_per_w(
            self.hyperscaler_base_wtp_usd_per_kw_month,
            self.it_share,
            self.lease_noi_margin,
            self.lease_term_years,
            self.interest_rate_annual,
            self.lease_lead_time_months / 12,
            self.lease_capex_usd_per_kw_it * self.it_share / 1000,
            self.lease_terminal_multiple,
        )

    def knobs(self) -> dict[str, Any]:
        """The fully resolved knobs, in table order (what a run needs to be repeated)."""
        return {name: getattr(self, name) for name in knob_specs()}


def validate_knobs(knobs: dict[str, Any]) -> dict[str, Any]:
    """Resolve user knobs against the table: defaults filled in, types coerced, ranges checked.

    Args:
        knobs: User overrides (any subset of the table's names).

    Returns:
        Every knob, typed, in table order.

    Raises:
        ValueError: Naming the first unknown knob, wrong type or out-of-range value.
    """
    specs = knob_specs()
    unknown = sorted(set(knobs) - set(specs))
    if unknown:
        raise ValueError(f"unknown knob '{unknown[0]}' (see abm/data/parameters.csv for the knobs)")
    resolved: dict[str, Any] = {}
    for name, spec in specs.items():
        value = _coerce(spec, knobs[name]) if name in knobs else spec.default
        if spec.kind in ("int", "float"):
            if not math.isfinite(value):
                raise ValueError(f"knob '{name}' must be finite, got {value!r}")
            if spec.minimum is not None and value < spec.minimum:
                raise ValueError(
                    f"knob '{name}' = {value!r} is below its minimum "
                    f"{spec.minimum:g} {spec.unit}".rstrip()
                )
            if spec.maximum is not None and value > spec.maximum:
                raise ValueError(
                    f"knob '{name}' = {value!r} is above its maximum "
                    f"{spec.maximum:g} {spec.unit}".rstrip()
                )
        resolved[name] = value
    if resolved["grid_policy"] not in {p.value for p in GridPolicy}:
        choices = ", ".join(p.value for p in GridPolicy)
        raise ValueError(
            f"knob 'grid_policy' = {resolved['grid_policy']!r} is not one of {choices}"
        )
    for name, choices in AI_DEMAND_CHOICES.items():
        if resolved[name] not in choices:
            raise ValueError(
                f"knob '{name}' = {resolved[name]!r} is not one of {', '.join(choices)}"
            )
    if resolved["btc_price_csv"] and not Path(resolved["btc_price_csv"]).is_file():
        raise ValueError(f"knob 'btc_price_csv': no file at {resolved['btc_price_csv']!r}")
    if resolved["fees_csv"] and not Path(resolved["fees_csv"]).is_file():
        raise ValueError(f"knob 'fees_csv': no file at {resolved['fees_csv']!r}")
    if resolved["asic_frontier_csv"] and not Path(resolved["asic_frontier_csv"]).is_file():
        raise ValueError(f"knob 'asic_frontier_csv': no file at {resolved['asic_frontier_csv']!r}")
    if not resources.files("abm").joinpath("data", resolved["public_miners_file"]).is_file():
        raise ValueError(
            f"knob 'public_miners_file': no table {resolved['public_miners_file']!r} in abm/data/"
        )
    for low, high in (
        ("discount_rate_min", "discount_rate_max"),
        ("horizon_min_years", "horizon_max_years"),
    ):
        if resolved[low] > resolved[high]:
            raise ValueError(f"knob '{low}' = {resolved[low]} exceeds '{high}' = {resolved[high]}")
    return resolved
