"""Market clearing and concentration, as pure functions.

The lease market for powered shell is a sealed-bid uniform-price double auction run per
grid region each tick: miners offer whole sites (indivisible, MW of critical IT) at a
reservation rent; hyperscalers bid divisible quantities of MW at a maximum rent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from abm.economics.sums import row_sum_products


@dataclass(frozen=True, slots=True)
class LeaseClearing:
    """Outcome of one lease auction.

    Attributes:
        price_usd_per_kw_month: Uniform clearing rent (NaN when nothing trades).
        offer_accepted: Boolean mask over the offers, in their original order.
        bid_awarded_mw: MW awarded to each bid, in their original order.
    """

    price_usd_per_kw_month: float
    offer_accepted: np.ndarray
    bid_awarded_mw: np.ndarray

    @property
    def traded_mw(self) -> float:
        """MW of critical IT that changed hands."""
        return float(self.bid_awarded_mw.sum())


def clear_lease_auction(
    offer_price_usd_per_kw_month: np.ndarray,
    offer_mw: np.ndarray,
    bid_price_usd_per_kw_month: np.ndarray,
    bid_mw: np.ndarray,
) -> LeaseClearing:
    """Clear a uniform-price double auction with indivisible offers and divisible bids.

    Offers are taken cheapest first while the MW they add up to can still be absorbed by
    bids at or above the offer's price (the first offer that does not fit ends the merit
    order, so the accepted set is a prefix and the supply curve stays monotone).  The
    uniform price is the midpoint between the last accepted offer and the marginal bid
    (the lowest bid needed to absorb the accepted MW): every accepted seller receives at
    least its offer and every served buyer pays at most its bid.  Bids are served highest
    first.

    Args:
        offer_price_usd_per_kw_month: Reservation rent of each offer.
        offer_mw: Size of each offer, MW (> 0).
        bid_price_usd_per_kw_month: Maximum rent of each bid.
        bid_mw: Quantity of each bid, MW (>= 0).

    Returns:
        The clearing price, the accepted offers and the MW awarded per bid.
    """
    offer_price = np.asarray(offer_price_usd_per_kw_month, dtype=float)
    offer_size = np.asarray(offer_mw, dtype=float)
    bid_price = np.asarray(bid_price_usd_per_kw_month, dtype=float)
    bid_size = np.asarray(bid_mw, dtype=float)
    accepted = np.zeros(offer_price.shape, dtype=bool)
    awarded = np.zeros(bid_price.shape, dtype=float)
    if offer_price.size == 0 or bid_price.size == 0 or bid_size.sum() <= 0:
        return LeaseClearing(float("nan"), accepted, awarded)
    # Most auctions fail at once: the cheapest offer asks more than the best bid with MW.
    if offer_price.min() > bid_price[bid_size > 0].max():
        return LeaseClearing(float("nan"), accepted, awarded)

    offer_order = np.argsort(offer_price, kind="stable")
    bid_order = np.argsort(-bid_price, kind="stable")
    sorted_bid_price = bid_price[bid_order]
    cumulative_bid_mw = np.cumsum(bid_size[bid_order])
    cumulative_offer_mw = np.cumsum(offer_size[offer_order])
    # Demand at each offer's price: MW of bids priced at or above it.
    bids_at_or_above = np.searchsorted(-sorted_bid_price, -offer_price[offer_order], side="right")
    demand_at_offer = np.where(
        bids_at_or_above > 0, cumulative_bid_mw[np.maximum(bids_at_or_above - 1, 0)], 0.0
    )
    fits = cumulative_offer_mw <= demand_at_offer + 1e-9
    n_accepted = int(np.argmin(fits)) if not fits.all() else fits.size
    if n_accepted == 0:
        return LeaseClearing(float("nan"), accepted, awarded)

    accepted[offer_order[:n_accepted]] = True
    quantity_mw = cumulative_offer_mw[n_accepted - 1]
    marginal_bid = int(np.searchsorted(cumulative_bid_mw, quantity_mw - 1e-9, side="left"))
    price = 0.5 * (offer_price[offer_order[n_accepted - 1]] + sorted_bid_price[marginal_bid])
    served_before = np.concatenate(([0.0], cumulative_bid_mw[:-1]))
    awarded_sorted = np.clip(quantity_mw - served_before, 0.0, bid_size[bid_order])
    awarded[bid_order] = awarded_sorted
    return LeaseClearing(float(price), accepted, awarded)


def herfindahl_hirschman_index(holdings: np.ndarray) -> float:
    """Herfindahl-Hirschman index of a set of holdings, on the 0-10,000 scale.

    ``HHI = sum_i (100 * s_i)^2`` with ``s_i`` each holder's share (US DOJ convention:
    above 2,500 is highly concentrated); 0 when nothing is held.
    """
    return float(herfindahl_hirschman_indices(np.asarray(holdings, dtype=float)[None, :])[0])


def herfindahl_hirschman_indices(holdings: np.ndarray) -> np.ndarray:
    """:func:`herfindahl_hirschman_index` of each row of ``holdings`` (e.g. ticks x firms)."""
    totals = holdings.sum(axis=1)
    return np.divide(
        1e4 * row_sum_products(holdings, holdings),
        totals * totals,
        out=np.zeros(len(holdings)),
        where=~(totals <= 0),
    )
