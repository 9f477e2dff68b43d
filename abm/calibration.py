"""Calibration tables shipped in ``abm/data/``: the public miners, grid regions and capacity prices.

Each loader returns a pandas DataFrame with typed columns and raises ``ValueError`` naming
the file and the problem when a table is malformed.  ``abm/data/SOURCES.md`` says where
every table comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
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
def public_miners(filename: str = "public_miners.csv") -> pd.DataFrame:
    """Large US-listed miners, one row per firm and region, usable rows only.

    Rows without MW or hashrate (gaps in the sources) are dropped here; the table keeps
    them so the gap stays visible.  Missing fleet efficiency is derived from MW and
    hashrate (``J/TH = MW * 1e6 / (EH/s * 1e6)``); missing power cost stays NaN and the
    model fills it from the synthetic distribution.  ``hosted_ehs`` is the hashrate of
    hosting clients' machines on the firm's sites: the sites' MW runs them too, so they are
    added to ``hashrate_ehs`` (the model runs a site's machines as the firm's; without it a
    host's MW over its own hashrate would be read as an absurd fleet efficiency).  A table
    without the optional columns (``fleet_j_per_th``, ``power_cost_usd_per_mwh``,
    ``ai_deal_mw``, ``ai_deal_announced``, ``hosted_ehs``) reads them as empty.

    Args:
        filename: A table in ``abm/data/`` (the ``public_miners_file`` knob).

    Returns:
        Columns ``firm, region, mw_site, hashrate_ehs, fleet_j_per_th,
        power_cost_usd_per_mwh, cash_usd_m, debt_usd_m, ai_deal_mw, ai_deal_announced``
        (MW, EH/s on the firm's sites, J/TH, USD/MWh, USD million, USD million, MW, date or
        NaT).

    Raises:
        ValueError: A required column is missing or a usable row names an unknown region.
    """
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
    optional = ["fleet_j_per_th", "power_cost_usd_per_mwh", "ai_deal_mw"]
    hosted = pd.to_numeric(frame["hosted_ehs"], errors="coerce") if "hosted_ehs" in frame else None
    _require(frame, filename, ["firm", "region", *[c for c in numeric if c not in optional]])
    for column in numeric:
        frame[column] = pd.to_numeric(frame.get(column), errors="coerce")
    if hosted is not None:  # machines on the firm's sites: its own and its clients'
        frame["hashrate_ehs"] = frame["hashrate_ehs"] + hosted.fillna(0.0)
    usable = frame.dropna(subset=["mw_site", "hashrate_ehs"])
    usable = usable[(usable["mw_site"] > 0) & (usable["hashrate_ehs"] > 0)].copy()
    unknown = sorted(set(usable["region"].dropna()) - set(REGIONS))
    if unknown:
        raise ValueError(f"abm/data/{filename}: unknown region(s) {', '.join(unknown)}")
    derived = usable["mw_site"] / usable["hashrate_ehs"]  # MW per EH/s == J/TH
    usable["fleet_j_per_th"] = usable["fleet_j_per_th"].fillna(derived)
    announced = usable["ai_deal_announced"] if "ai_deal_announced" in usable else None
    usable["ai_deal_announced"] = pd.to_datetime(announced, errors="coerce", format="mixed")
    return usable[["firm", "region", *numeric, "ai_deal_announced"]].reset_index(drop=True)


SUITABILITY_CLASSES = ("A", "B", "C")
"""AI suitability classes of a mining site, best first (``site_suitability_classes.csv``)."""


@cache
def site_suitability_classes() -> pd.DataFrame:
    """What a site's AI suitability class does to a retrofit and to the rent a tenant pays.

    Returns:
        Indexed by ``suitability_class`` in the order of :data:`SUITABILITY_CLASSES`:
        ``retrofit_cost_multiplier`` (times the data-hall capex of a class-A site),
        ``rent_factor`` (times the rent a tenant bids for a class-A site),
        ``synthetic_mw_share`` (share of private miners' MW in the class; sums to 1) and
        ``default_for_unlisted_sites`` (the class of a public row the site table does not list).

    Raises:
        ValueError: Naming the file and the missing class, column or bad value.
    """
    filename = "site_suitability_classes.csv"
    frame = read_table(filename)
    numeric = ["retrofit_cost_multiplier", "rent_factor", "synthetic_mw_share"]
    _require(
        frame,
        filename,
        ["suitability_class", *numeric, "default_for_unlisted_sites", "source_url", "note"],
    )
    frame = frame.set_index("suitability_class")
    missing = [c for c in SUITABILITY_CLASSES if c not in frame.index]
    if missing:
        raise ValueError(f"abm/data/{filename}: no row for class(es) {', '.join(missing)}")
    frame = frame.loc[list(SUITABILITY_CLASSES)]
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    if frame[numeric].isna().any().any() or (frame[numeric] < 0).any().any():
        raise ValueError(f"abm/data/{filename}: empty or negative value(s)")
    if abs(frame["synthetic_mw_share"].sum() - 1.0) > 1e-9:
        raise ValueError(f"abm/data/{filename}: synthetic_mw_share must sum to 1")
    frame["default_for_unlisted_sites"] = (
        frame["default_for_unlisted_sites"].astype(str).str.lower() == "true"
    )
    if frame["default_for_unlisted_sites"].sum() != 1:
        raise ValueError(
            f"abm/data/{filename}: exactly one class must be default_for_unlisted_sites"
        )
    return frame


@cache
def miner_sites() -> pd.DataFrame:
    """The public miners' US mining sites one by one, with their AI suitability class.

    From ``abm/data/miner_sites.csv`` (filings, company releases and press, each row with its
    source): sites in the US grid regions with ``mining_mw`` > 0, that is the MW mining at the
    table's date (AI-only campuses, sites under development and Canadian sites are kept in
    the table but not returned).

    Returns:
        Columns ``firm, fleet_table, site, region, mining_mw, suitability_class`` (MW; class
        in :data:`SUITABILITY_CLASSES`; ``fleet_table`` the public-miners table whose firm
        totals the site splits).

    Raises:
        ValueError: Naming the file and the problem (missing column, unknown region or class).
    """
    filename = "miner_sites.csv"
    frame = read_table(filename)
    _require(
        frame,
        filename,
        ["firm", "fleet_table", "site", "country", "region", "mining_mw", "suitability_class"],
    )
    frame["mining_mw"] = pd.to_numeric(frame["mining_mw"], errors="coerce")
    unknown_class = sorted(set(frame["suitability_class"].dropna()) - set(SUITABILITY_CLASSES))
    if unknown_class or frame["suitability_class"].isna().any():
        raise ValueError(
            f"abm/data/{filename}: every site needs a class in {', '.join(SUITABILITY_CLASSES)}"
            + (f" (unknown: {', '.join(unknown_class)})" if unknown_class else "")
        )
    mining = frame[(frame["country"] == "US") & (frame["mining_mw"] > 0)]
    unknown = sorted(set(mining["region"]) - set(REGIONS))
    if unknown:
        raise ValueError(f"abm/data/{filename}: unknown region(s) {', '.join(unknown)}")
    columns = ["firm", "fleet_table", "site", "region", "mining_mw", "suitability_class"]
    return mining[columns].reset_index(drop=True)


@cache
def regions() -> pd.DataFrame:
    """Grid regions: deliverable large-load capacity, studies, start-pool shares and prices.

    Returns:
        Columns ``region, deliverable_large_load_gw_per_year, deliverable_low_gw_per_year,
        deliverable_high_gw_per_year, data_centre_share, large_load_study_years,
        study_years_low, study_years_high, firm_headroom_share,
        base_power_price_usd_per_mwh, system_peak_gw``, in the order of :data:`REGIONS`;
        start-pool shares renormalised to sum to 1.

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
        "system_peak_gw",
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


def _read_positive_series(
    knob: str, path: str, date_column: str, value_column: str, values_are: str
) -> pd.Series:
    """A CSV's ``value_column`` (positive numbers) indexed by its ``date_column``, sorted;
    ValueError naming ``knob``, the file and what is wrong with it."""
    try:
        frame = pd.read_csv(path)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise ValueError(f"{knob} {path!r}: cannot read ({error})") from None
    missing = {date_column, value_column} - set(frame.columns)
    if missing:
        raise ValueError(f"{knob} {path!r}: missing column(s) {', '.join(sorted(missing))}")
    try:
        dates = pd.to_datetime(frame[date_column], format="mixed")
        values = pd.to_numeric(frame[value_column])
    except (ValueError, TypeError) as error:
        raise ValueError(f"{knob} {path!r}: {error}") from None
    if len(frame) == 0 or (values <= 0).any() or values.isna().any():
        raise ValueError(f"{knob} {path!r}: {values_are} must be positive and present")
    return pd.Series(values.to_numpy(float), index=pd.DatetimeIndex(dates)).sort_index()


def read_price_csv(path: str) -> pd.Series:
    """Read a scripted BTC path: a CSV with columns ``date`` and ``price_usd``.

    Raises:
        ValueError: Naming the file and what is wrong with it.
    """
    return _read_positive_series("btc_price_csv", path, "date", "price_usd", "prices")


def read_frontier_csv(path: str) -> pd.Series:
    """Read dated ASIC releases: efficiency (J/TH) of each model, indexed by the date of its
    first shipments (columns ``available_from`` and ``j_per_th``, as
    ``abm/data/asic_frontier_history.csv``).

    Raises:
        ValueError: Naming the file and what is wrong with it.
    """
    return _read_positive_series(
        "asic_frontier_csv", path, "available_from", "j_per_th", "j_per_th"
    )


def read_fees_csv(path: str) -> pd.Series:
    """Read observed mean fees per block, BTC, indexed by date.

    Either columns ``date`` and ``fees_btc_per_block``, or the periods of
    ``abm/data/fees_history.csv`` (``period_start``, ``period_end``, ``fees_btc_per_block``), each
    dated at its midpoint; rows whose ``period_kind`` is ``block`` are one block's fees, not a
    mean, and are left out.

    Raises:
        ValueError: Naming the file and what is wrong with it.
    """
    try:
        frame = pd.read_csv(path)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise ValueError(f"fees_csv {path!r}: cannot read ({error})") from None
    if "period_kind" in frame.columns:
        frame = frame[frame["period_kind"] != "block"]
    try:
        if "date" in frame.columns:
            dates = pd.to_datetime(frame["date"])
        elif {"period_start", "period_end"} <= set(frame.columns):
            start = pd.to_datetime(frame["period_start"])
            dates = start + (pd.to_datetime(frame["period_end"]) - start) / 2
        else:
            raise ValueError("needs a date column or period_start and period_end")
        if "fees_btc_per_block" not in frame.columns:
            raise ValueError("missing column fees_btc_per_block")
        fees = pd.to_numeric(frame["fees_btc_per_block"])
    except (ValueError, TypeError) as error:
        raise ValueError(f"fees_csv {path!r}: {error}") from None
    if len(frame) == 0 or fees.isna().any() or (fees < 0).any():
        raise ValueError(f"fees_csv {path!r}: fees must be present and not negative")
    return pd.Series(fees.to_numpy(float), index=pd.DatetimeIndex(dates)).sort_index()


@cache
def btc_treasuries(as_of) -> dict[str, float]:
    """BTC each public miner held at its latest balance sheet on or before ``as_of``.

    From ``abm/data/miner_balance_sheets.csv`` (company filings; rows without a BTC figure
    are gaps and are skipped).  Cached per date, as the other tables: do not modify.
    """
    table = read_table("miner_balance_sheets.csv")
    _require(table, "miner_balance_sheets.csv", ["firm", "as_of", "btc_held"])
    table = table.dropna(subset=["btc_held"])
    table = table[pd.to_datetime(table["as_of"]) <= pd.Timestamp(as_of)]
    latest = table.sort_values("as_of").groupby("firm")["btc_held"].last()
    return {firm: float(btc) for firm, btc in latest.items()}


@cache
def deal_structures(as_of) -> dict[str, str]:
    """Structure of each firm's latest AI deal announced on or before ``as_of``.

    From ``abm/data/deals.csv``: ``convert`` where the miner hosts the compute itself (the
    deal's kind), ``tenant_funded`` where CoreWeave, which fits out its halls, is the tenant
    (Core Scientific, Galaxy), ``landlord_built`` otherwise (the miner finances the hall:
    Cipher, TeraWulf, Hut 8, Applied Digital).
    """
    table = read_table("deals.csv")
    _require(table, "deals.csv", ["firm", "tenant", "kind", "announced"])
    announced = pd.to_datetime(table["announced"], errors="coerce", format="mixed")
    table = table[announced.notna() & (announced <= pd.Timestamp(as_of))].assign(
        announced=announced
    )
    structures: dict[str, str] = {}
    for row in table.sort_values("announced").itertuples():
        if row.kind == "convert":
            structures[row.firm] = "convert"
        elif str(row.tenant).startswith("CoreWeave"):
            structures[row.firm] = "tenant_funded"
        else:
            structures[row.firm] = "landlord_built"
    return structures


@cache
def difficulty_retargets() -> pd.DataFrame:
    """Every difficulty adjustment from 2020 on: height, date and difficulty of each epoch.

    Returns:
        Columns ``height, date, difficulty`` sorted by height; ``height`` is the epoch's first
        block (a multiple of 2016), ``date`` its timestamp (UTC, tz-naive), ``difficulty`` the
        difficulty of that epoch.
    """
    filename = "difficulty_retargets.csv"
    frame = read_table(filename)
    _require(frame, filename, ["height", "date_utc", "difficulty"])
    try:
        dates = pd.to_datetime(frame["date_utc"], utc=True).dt.tz_localize(None)
        heights = pd.to_numeric(frame["height"]).astype("int64")
        difficulty = pd.to_numeric(frame["difficulty"])
    except (ValueError, TypeError) as error:
        raise ValueError(f"abm/data/{filename}: {error}") from None
    if (heights % 2016 != 0).any():
        raise ValueError(f"abm/data/{filename}: a height is not a multiple of 2016")
    table = pd.DataFrame({"height": heights, "date": dates, "difficulty": difficulty})
    return table.sort_values("height").reset_index(drop=True)


@dataclass(frozen=True, slots=True)
class ObservedChain:
    """The chain on a date, read off the retarget history.

    Attributes:
        height: Height of the last block found by the date (interpolated inside its epoch at
            the epoch's mean block interval).
        difficulty: Difficulty of that epoch.
        epoch_elapsed_s: Seconds from the epoch's first block to the date.
        mean_block_seconds: The epoch's observed mean block interval, s.
    """

    height: int
    difficulty: float
    epoch_elapsed_s: float
    mean_block_seconds: float


def observed_chain(when: pd.Timestamp) -> ObservedChain | None:
    """The chain at ``when`` (UTC) from ``difficulty_retargets.csv``, or None outside its range.

    The date must fall inside an epoch whose first block and whose successor's first block
    are both in the table.
    """
    table = difficulty_retargets()
    when = pd.Timestamp(when)
    position = int(table["date"].searchsorted(when, side="right")) - 1
    if position < 0 or position + 1 >= len(table):
        return None
    epoch, following = table.iloc[position], table.iloc[position + 1]
    if following["height"] - epoch["height"] != 2016:
        return None
    epoch_seconds = (following["date"] - epoch["date"]).total_seconds()
    elapsed = (when - epoch["date"]).total_seconds()
    mean_block_seconds = epoch_seconds / 2016
    return ObservedChain(
        height=int(epoch["height"]) + int(elapsed / mean_block_seconds),
        difficulty=float(epoch["difficulty"]),
        epoch_elapsed_s=elapsed,
        mean_block_seconds=mean_block_seconds,
    )


AI_TENANT_COLUMNS = [
    "name",
    "kind",
    "credit",
    "demand_share",
    "tenant_funded_gw_per_year",
    "landlord_built_gw_per_year",
    "ai_cloud_gw_per_year",
    "pipeline_years",
    "project_debt_rate",
]


@cache
def ai_tenants() -> pd.DataFrame:
    """The AI firms that sign deals on miners' sites, one row each (``abm/data/ai_tenants.csv``).

    Each has a share of US AI power demand, a miner-site pipeline per contract structure (GW
    gross a year, for ``pipeline_years`` from the start), a credit quality and the rate at
    which a landlord finances a hall leased to it (``project_debt_rate``, from the secured
    notes issued against its leases).
    """
    table = read_table("ai_tenants.csv")
    _require(table, "ai_tenants.csv", AI_TENANT_COLUMNS)
    return table


@cache
def ai_cloud_operators() -> frozenset[str]:
    """Miner firms that run AI cloud (GPU) operations (``abm/data/ai_cloud_operators.csv``)."""
    table = read_table("ai_cloud_operators.csv")
    _require(table, "ai_cloud_operators.csv", ["firm"])
    return frozenset(table["firm"])


@cache
def deal_tenants(as_of) -> dict[str, str]:
    """Tenant named in each firm's latest AI deal announced on or before ``as_of``
    (``abm/data/deals.csv``, e.g. 'Fluidstack (Google backstop)')."""
    table = read_table("deals.csv")
    _require(table, "deals.csv", ["firm", "tenant", "announced"])
    announced = pd.to_datetime(table["announced"], errors="coerce", format="mixed")
    table = table[announced.notna() & (announced <= pd.Timestamp(as_of))].assign(
        announced=announced
    )
    return {row.firm: str(row.tenant) for row in table.sort_values("announced").itertuples()}
