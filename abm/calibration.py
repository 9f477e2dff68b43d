"""Calibration tables shipped in ``abm/data/``: the public miners, grid regions and capacity prices.

Each loader returns a pandas DataFrame with typed columns and raises ``ValueError`` naming
the file and the problem when a table is malformed.  ``abm/data/SOURCES.md`` says where
every table comes from.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from io import StringIO

import pandas as pd

REGIONS = ("ERCOT", "PJM", "MISO", "SPP", "NYISO", "OTHER_US")
"""Grid regions modelled, one GridOperator each (OTHER_US: the rest of the US grid)."""


def read_table(filename: str) -> pd.DataFrame:
    """Read a CSV from ``abm/data/`` (comments after '#' are not allowed: every row is data)."""
    text = resources.files("abm").joinpath("data", filename).read_text(encoding="utf-8")
    return pd.read_csv(StringIO(text))


def _require(frame: pd.DataFrame, filename: str, columns: list[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"abm/data/{filename}: missing column(s) {', '.join(missing)}")


@cache
def public_miners() -> pd.DataFrame:
    """Large US-listed miners, one row per firm and region, usable rows only.

    Rows without MW or hashrate (gaps in the sources) are dropped here; the table keeps
    them so the gap stays visible.  Missing fleet efficiency is derived from MW and
    hashrate (``J/TH = MW * 1e6 / (EH/s * 1e6)``); missing power cost stays NaN and the
    model fills it from the synthetic distribution.

    Returns:
        Columns ``firm, region, mw_site, hashrate_ehs, fleet_j_per_th,
        power_cost_usd_per_mwh, cash_usd_m, debt_usd_m, ai_deal_mw, ai_deal_announced``
        (MW, EH/s, J/TH, USD/MWh, USD million, USD million, MW, date or NaT).
    """
    filename = "public_miners.csv"
    frame = read_table(filename)
    numeric = [
        "mw_site",
        "hashrate_ehs",
        "fleet_j_per_th",
        "power_cost_usd_per_mwh",
        "cash_usd_m",
        "debt_usd_m",
        "ai_deal_mw",
    ]
    _require(frame, filename, ["firm", "region", *numeric])
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    unknown = sorted(set(frame["region"].dropna()) - set(REGIONS))
    if unknown:
        raise ValueError(f"abm/data/{filename}: unknown region(s) {', '.join(unknown)}")
    usable = frame.dropna(subset=["mw_site", "hashrate_ehs"])
    usable = usable[(usable["mw_site"] > 0) & (usable["hashrate_ehs"] > 0)].copy()
    derived = usable["mw_site"] / usable["hashrate_ehs"]  # MW per EH/s == J/TH
    usable["fleet_j_per_th"] = usable["fleet_j_per_th"].fillna(derived)
    announced = usable["ai_deal_announced"] if "ai_deal_announced" in usable else None
    usable["ai_deal_announced"] = pd.to_datetime(announced, errors="coerce", format="mixed")
    return usable[["firm", "region", *numeric, "ai_deal_announced"]].reset_index(drop=True)


@cache
def regions() -> pd.DataFrame:
    """Grid regions: deliverable large-load capacity, studies, start-pool shares and prices.

    Returns:
        Columns ``region, deliverable_large_load_gw_per_year, deliverable_low_gw_per_year,
        deliverable_high_gw_per_year, data_centre_share, large_load_study_years,
        study_years_low, study_years_high, firm_headroom_share,
        base_power_price_usd_per_mwh``, in the order of :data:`REGIONS`; start-pool shares
        renormalised to sum to 1.

    Raises:
        ValueError: Naming the file and the missing region, column or value.
    """
    filename = "regions.csv"
    frame = read_table(filename)
    numeric = [
        "deliverable_large_load_gw_per_year",
        "deliverable_low_gw_per_year",
        "deliverable_high_gw_per_year",
        "data_centre_share",
        "large_load_study_years",
        "study_years_low",
        "study_years_high",
        "firm_headroom_share",
        "base_power_price_usd_per_mwh",
    ]
    _require(frame, filename, ["region", *numeric])
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    frame = frame.drop_duplicates("region").set_index("region")
    missing = [r for r in REGIONS if r not in frame.index]
    if missing:
        raise ValueError(f"abm/data/{filename}: no row for region(s) {', '.join(missing)}")
    frame = frame.loc[list(REGIONS), numeric]
    if frame.isna().any().any():
        bad = frame.columns[frame.isna().any()].tolist()
        raise ValueError(f"abm/data/{filename}: empty value(s) in {', '.join(bad)}")
    outside = ~frame["deliverable_large_load_gw_per_year"].between(
        frame["deliverable_low_gw_per_year"], frame["deliverable_high_gw_per_year"]
    ) | ~frame["large_load_study_years"].between(
        frame["study_years_low"], frame["study_years_high"]
    )
    if outside.any():
        raise ValueError(
            f"abm/data/{filename}: default outside its low-high range for "
            f"{', '.join(frame.index[outside])}"
        )
    frame["firm_headroom_share"] = frame["firm_headroom_share"] / frame["firm_headroom_share"].sum()
    return frame.reset_index()


@cache
def capacity_prices() -> pd.DataFrame:
    """Published capacity auction prices by region and delivery year.

    Returns:
        Columns ``region, delivery_year_start, delivery_year_end, price_usd_per_mw_day``
        (dates as datetime64), sorted by region and start.  Regions absent from the table
        have no capacity price in the model.

    Raises:
        ValueError: Naming the file and the problem (unknown region, missing value).
    """
    filename = "capacity_prices.csv"
    frame = read_table(filename)
    columns = ["region", "delivery_year_start", "delivery_year_end", "price_usd_per_mw_day"]
    _require(frame, filename, columns)
    unknown = sorted(set(frame["region"]) - set(REGIONS))
    if unknown:
        raise ValueError(f"abm/data/{filename}: unknown region(s) {', '.join(unknown)}")
    frame = frame[columns].copy()
    for column in ("delivery_year_start", "delivery_year_end"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    frame["price_usd_per_mw_day"] = pd.to_numeric(frame["price_usd_per_mw_day"], errors="coerce")
    if frame.isna().any().any():
        raise ValueError(f"abm/data/{filename}: empty or malformed value(s)")
    return frame.sort_values(["region", "delivery_year_start"]).reset_index(drop=True)


def read_price_csv(path: str) -> pd.Series:
    """Read a scripted BTC path: a CSV with columns ``date`` and ``price_usd``.

    Raises:
        ValueError: Naming the file and what is wrong with it.
    """
    try:
        frame = pd.read_csv(path)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise ValueError(f"btc_price_csv {path!r}: cannot read ({error})") from None
    missing = {"date", "price_usd"} - set(frame.columns)
    if missing:
        raise ValueError(f"btc_price_csv {path!r}: missing column(s) {', '.join(sorted(missing))}")
    try:
        dates = pd.to_datetime(frame["date"])
        prices = pd.to_numeric(frame["price_usd"])
    except (ValueError, TypeError) as error:
        raise ValueError(f"btc_price_csv {path!r}: {error}") from None
    if len(frame) == 0 or (prices <= 0).any() or prices.isna().any():
        raise ValueError(f"btc_price_csv {path!r}: prices must be positive and present")
    return pd.Series(prices.to_numpy(float), index=dates).sort_index()
