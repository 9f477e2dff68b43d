"""The books can fail: cash, debt and MW reconciled against a journal kept apart from them.

Every step that moves money updates the agents' balances (``fleet.cash_usd``,
``Hyperscaler.paid_usd``) and separately records the payment, payer and payee in
``model.journal``; every MW a site gains or loses is journalled where it moves.  These tests
reconcile the two.  A landlord that is never credited its rent, or a seller that keeps its
MW after a sale, breaks them (see docs/ODD.md section 7.11).
"""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from abm import MinerStatus, PowerMarketModel
from abm.submodels.books import Party, Purpose
from abm.submodels.grid import RequestKind


class Opening:
    """Balances at the start, kept by the test."""

    def __init__(self, model: PowerMarketModel) -> None:
        self.cash_usd = model.fleet.cash_usd.copy()
        self.debt_usd = model.fleet.debt_usd.copy()
        self.mw = model.fleet.mw.copy()


def assert_books_reconcile(model: PowerMarketModel, opening: Opening) -> None:
    fleet, journal = model.fleet, model.journal
    scale = max(float(np.abs(opening.cash_usd).max()), 1e6)
    # Each site's cash moved by exactly its net receipts in the journal.
    np.testing.assert_allclose(
        fleet.cash_usd - opening.cash_usd, journal.site_net_usd(), rtol=1e-9, atol=1e-9 * scale
    )
    # Debt moved by exactly what lenders advanced.
    np.testing.assert_allclose(
        fleet.debt_usd - opening.debt_usd, journal.site_debt_drawn_usd, rtol=1e-9, atol=1e-3
    )
    # What each hyperscaler says it paid is what the journal says it paid.
    paid = np.array([h.paid_usd for h in model.hyperscalers])
    np.testing.assert_allclose(paid, -journal.hyperscaler_usd.sum(axis=0), rtol=1e-9, atol=1e-3)
    # Every dollar has a payer and a payee: each purpose nets to zero over all accounts.
    net = journal.site_usd.sum(axis=1) + journal.hyperscaler_usd.sum(axis=1)
    net += journal.party_usd.sum(axis=1)
    gross = (
        np.abs(journal.site_usd).sum(axis=1)
        + np.abs(journal.hyperscaler_usd).sum(axis=1)
        + np.abs(journal.party_usd).sum(axis=1)
    )
    assert np.all(np.abs(net) <= 1e-9 * gross + 1e-3), dict(zip(Purpose, net, strict=True))
    # Every MW of every site: its start, plus what the grid connected, plus bought, less sold.
    np.testing.assert_allclose(fleet.mw, journal.site_mw_expected(), rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(journal.site_mw_start, opening.mw)
    granted = sum(
        g.energised_mw_by_kind[RequestKind.MINING_EXPANSION] for g in model.grid_operators
    )
    assert journal.site_mw_connected.sum() == pytest.approx(granted, rel=1e-9, abs=1e-6)
    total_expected = opening.mw.sum() + journal.site_mw_connected.sum()
    assert fleet.mw.sum() == pytest.approx(total_expected, rel=1e-12)
    assert model.metrics["mw_sites_total"] == pytest.approx(total_expected, rel=1e-12)


def test_books_reconcile_through_leases_sales_and_expansions():
    model = PowerMarketModel(seed=1)
    opening = Opening(model)
    model.run()
    journal = model.journal
    # The run exercises what the books must follow: rent, site sales, expansions.
    assert -journal.hyperscaler_usd[Purpose.RENT].sum() > 1e9
    assert journal.site_mw_sold.sum() > 0 and journal.site_sales_between_miners_usd > 0
    assert journal.site_mw_connected.sum() > 0
    assert_books_reconcile(model, opening)


def test_books_reconcile_through_an_ai_cloud_host_re_contracting_with_new_gpus():
    # With a compute price that holds, IREN's seeded conversion re-contracts ~5.75 years in.
    model = PowerMarketModel(seed=1, horizon_years=6.0, compute_price_decline_annual=0.0)
    opening = Opening(model)
    model.run()
    renewals = model.renewals_table()
    assert len(renewals) and (renewals["choice"] == "convert").all()
    assert_books_reconcile(model, opening)


def test_each_landlord_receives_the_rent_its_contract_says_every_tick():
    model = PowerMarketModel(seed=2, n_miners=80, horizon_years=3.0)
    s = model.scenario
    checked = 0
    for _ in range(model.n_ticks):
        fleet = model.fleet
        leased = fleet.status == MinerStatus.LEASED
        premium = np.array(
            [
                model.market.terms_by_kind[k].revenue_premium_usd_per_kw_month if k else 0.0
                for k in fleet.contract
            ]
        )
        rent_before = fleet.rent_usd_per_kw_month + premium
        mw_before = fleet.mw.copy()
        received_before = model.journal.site_usd[Purpose.RENT].copy()
        model.step()
        stable = leased & (model.fleet.status == MinerStatus.LEASED)
        received = model.journal.site_usd[Purpose.RENT] - received_before
        # The contract: MW x IT share x (rent + the structure's premium) per kW-month, for one
        # tick's months.
        due = mw_before * 1000.0 * s.it_share * rent_before * model.tick_years * 12.0
        np.testing.assert_allclose(received[stable], due[stable], rtol=1e-9)
        checked += int(stable.sum())
    assert checked > 100


def test_site_sales_pay_the_estate_what_the_buyer_paid():
    model = PowerMarketModel(seed=1)
    model.run()
    journal = model.journal
    bought = -journal.site_usd[Purpose.SITE_PURCHASE].sum()
    by_hyperscalers = -journal.hyperscaler_usd[Purpose.SITE_PURCHASE].sum()
    assert journal.party_usd[Purpose.SITE_PURCHASE, Party.ESTATES] == pytest.approx(
        bought + by_hyperscalers, rel=1e-12
    )
    assert bought == pytest.approx(journal.site_sales_between_miners_usd, rel=1e-12)


knob_strategy = st.fixed_dictionaries(
    {
        "seed": st.integers(0, 2**31),
        "n_miners": st.integers(1, 80),
        "ai_demand_scale": st.sampled_from([0.0, 0.5, 1.0, 3.0]),
        "btc_price_usd": st.floats(5_000, 400_000),
        "btc_volatility_annual": st.floats(0.0, 1.2),
        "ai_max_lease_usd_per_kw_month": st.floats(50, 500),
        "grid_headroom_gw": st.floats(0.0, 60.0),
        "grid_policy": st.sampled_from(["first_come", "highest_bid", "ai_priority"]),
        "tick_days": st.sampled_from([7.0, 14.0, 30.0]),
        "synthetic_cash_usd_per_mw": st.floats(0.0, 1e6),
        "convert_capex_usd_per_kw_it": st.floats(1_000, 40_000),
    }
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(knobs=knob_strategy)
def test_books_reconcile_every_tick_for_any_knobs(knobs):
    model = PowerMarketModel(horizon_years=3.0, **knobs)
    opening = Opening(model)
    for _ in range(model.n_ticks):
        model.step()
        assert_books_reconcile(model, opening)


def _fleet_snapshots(n_ticks: int, n_sites: int, n_regions: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    shape = (n_ticks, n_sites)
    return {
        "status": rng.integers(0, len(MinerStatus), shape).astype(np.int8),
        "tenant": rng.integers(0, 3, shape).astype(np.int8),
        "mw": rng.uniform(0.0, 300.0, shape),
        "running_share": rng.uniform(0.0, 1.0, shape),
        "ths": rng.uniform(0.0, 2e7, shape),
        "j_per_th": rng.uniform(12.0, 35.0, shape),
        "value_usd_per_w": rng.uniform(-0.5, 6.0, shape),
        "btc_held": rng.uniform(0.0, 50.0, shape),
        "site_power_price_usd_per_mwh": rng.uniform(20.0, 90.0, shape),
        "region_power_price_usd_per_mwh": rng.uniform(20.0, 90.0, (n_ticks, n_regions)),
        "region_greenfield_ai_mw": rng.uniform(0.0, 500.0, (n_ticks, n_regions)),
    }


def test_the_fleet_columns_are_the_sums_over_the_sites_each_tick():
    from abm.economics import bitcoin
    from abm.submodels.books import ACTIVE_STATUSES, fleet_metrics

    n_ticks, n_sites, n_regions, n_firms, n_hyperscalers = 4, 500, 3, 5, 3
    snapshots = _fleet_snapshots(n_ticks, n_sites, n_regions, seed=3)
    rng = np.random.default_rng(4)
    region = rng.integers(0, n_regions, n_sites)
    firm = rng.integers(0, n_firms, n_sites)
    columns = fleet_metrics(snapshots, region, firm, n_firms, n_hyperscalers)
    status, mw = snapshots["status"], snapshots["mw"]
    ths, j_per_th = snapshots["ths"], snapshots["j_per_th"]
    for t in range(n_ticks):
        s, m = status[t], mw[t]
        mining, converting = s == MinerStatus.MINING, s == MinerStatus.CONVERTING
        active = np.isin(s, ACTIVE_STATUSES)
        running = snapshots["running_share"][t]
        cost = bitcoin.energy_cost_usd_per_ph_day(
            j_per_th[t], snapshots["site_power_price_usd_per_mwh"][t]
        )
        owner = np.where(s == MinerStatus.ACQUIRED, n_firms + snapshots["tenant"][t], firm)
        held = np.bincount(
            owner[s != MinerStatus.EXITED],
            weights=m[s != MinerStatus.EXITED],
            minlength=n_firms + n_hyperscalers,
        )
        load = (
            np.bincount(region, weights=m, minlength=n_regions)
            + snapshots["region_greenfield_ai_mw"][t]
        )
        expected = {
            "mw_sites_total": m.sum(),
            "mw_mining": (m * running)[mining].sum(),
            "mw_curtailed": max(m[mining].sum() - (m * running)[mining].sum(), 0.0),
            "mw_leased": m[s == MinerStatus.LEASED].sum(),
            "mw_converting_still_mining": (m * running)[converting].sum(),
            "mw_idle": m[(s == MinerStatus.IDLE) | (s == MinerStatus.EXITED)].sum(),
            "miners_mining": int(mining.sum()),
            "miners_exited": int(np.isin(s, [MinerStatus.EXITED, MinerStatus.ACQUIRED]).sum()),
            "power_price_usd_per_mwh": (snapshots["region_power_price_usd_per_mwh"][t] * load).sum()
            / load.sum(),
            "miner_value_usd_per_w": (snapshots["value_usd_per_w"][t] * m)[active].sum()
            / m[active].sum(),
            "hhi_power": 1e4 * (held**2).sum() / held.sum() ** 2,
            "fleet_breakeven_hashprice_usd_per_ph_day": (cost * ths[t])[mining].sum()
            / ths[t][mining].sum(),
            "mw_asic_installed": (ths[t] * j_per_th[t] / 1e6)[active].sum(),
            "btc_treasury_btc": snapshots["btc_held"][t].sum(),
        }
        for name, value in expected.items():
            assert columns[name][t] == pytest.approx(value, rel=1e-12, abs=1e-9), name
    # Ticks derived together or one at a time give the same columns, bit for bit.
    for t in range(n_ticks):
        alone = fleet_metrics(
            {name: values[t : t + 1] for name, values in snapshots.items()},
            region,
            firm,
            n_firms,
            n_hyperscalers,
        )
        assert {name: values[0] for name, values in alone.items()} == {
            name: values[t] for name, values in columns.items()
        }
