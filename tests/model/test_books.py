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
