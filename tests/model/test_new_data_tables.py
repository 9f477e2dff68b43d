"""The sourced tables for the mining, sites, grid and calibration reworks load and hold up.

Each table in ``abm/data`` added for issues 10-13 is read with pandas (not through the model's
loaders, which are being restructured) and checked for its columns, for a source URL and date on
every row, for a stated value kind (reported, derived, assumption or gap) and for plausible units.
The retarget history is also checked against the protocol itself: heights every 2,016 blocks, no
missing retarget, and each change consistent with the difficulty column and the 4x clamp.
"""

from pathlib import Path

import pandas as pd
import pytest

DATA = Path(__file__).resolve().parents[2] / "abm" / "data"

SOURCE_COLUMNS = ["source_title", "source_url", "source_date"]

SCHEMAS = {
    "difficulty_retargets.csv": [
        "height",
        "date_utc",
        "difficulty",
        "difficulty_change_pct",
        "epoch_timespan_s",
        "target_bits_hex",
        "date_kind",
        "note",
    ],
    "miner_sites.csv": [
        "firm",
        "fleet_table",
        "site",
        "state",
        "country",
        "region",
        "mw_energised",
        "mw_under_development",
        "mw_basis",
        "as_of",
        "service_type",
        "ai_evidence",
        "mining_mw",
        "suitability_class",
        "suitability_basis",
        "note",
    ],
    "miner_balance_sheets.csv": [
        "firm",
        "as_of",
        "btc_held",
        "cash_usd_m",
        "debt_usd_m",
        "convertible_notes_usd_m",
        "note",
    ],
    "public_miners_2022.csv": [
        "firm",
        "region",
        "mw_site",
        "hashrate_ehs",
        "btc_held",
        "cash_usd_m",
        "debt_usd_m",
        "as_of",
        "sites",
        "note",
    ],
    "large_load_capacity.csv": [
        "region",
        "metric",
        "value",
        "unit",
        "period",
        "as_of",
        "value_kind",
        "note",
    ],
    "curtailment_records.csv": [
        "region",
        "reporter",
        "metric",
        "value",
        "unit",
        "period",
        "value_kind",
        "note",
    ],
    "ai_demand_sources.csv": [
        "institution",
        "figure",
        "value",
        "unit",
        "target_year",
        "power_basis",
        "total_or_incremental",
        "as_of",
        "note",
    ],
    "us_hashrate_share.csv": [
        "date",
        "period",
        "us_share_pct",
        "us_hashrate_ehs",
        "method",
        "note",
    ],
    "asic_supply.csv": [
        "manufacturer",
        "period",
        "period_start",
        "period_end",
        "computing_power_sold_ehs",
        "value_kind",
        "note",
    ],
    "asic_prices.csv": ["date", "efficiency_tier", "price_usd_per_th", "value_kind", "note"],
    "asic_frontier_history.csv": [
        "model",
        "hashrate_ths",
        "power_w",
        "j_per_th",
        "available_from",
        "note",
    ],
    "miner_distress_events.csv": [
        "date",
        "firm",
        "event",
        "mw_affected",
        "btc_held_at_event",
        "cash_usd_m_at_event",
        "liabilities_usd_m",
        "value_kind",
        "note",
    ],
    "fees_history.csv": [
        "period_start",
        "period_end",
        "period_kind",
        "fees_btc_per_block",
        "fee_share_pct",
        "subsidy_btc",
        "value_kind",
        "note",
    ],
}

RANGES = {
    "difficulty_retargets.csv": {
        "height": (600_000, 1_000_000),
        "difficulty": (1e13, 1e15),
        "difficulty_change_pct": (-75, 300),
        "epoch_timespan_s": (302_400, 4_838_400),
    },
    "miner_sites.csv": {"mw_energised": (0, 2000), "mw_under_development": (0, 3000)},
    "miner_balance_sheets.csv": {
        "btc_held": (0, 100_000),
        "cash_usd_m": (0, 10_000),
        "debt_usd_m": (0, 10_000),
        "convertible_notes_usd_m": (0, 10_000),
    },
    "public_miners_2022.csv": {
        "mw_site": (0, 2000),
        "hashrate_ehs": (0, 50),
        "hosted_ehs": (0, 50),
        "btc_held": (0, 100_000),
    },
    "us_hashrate_share.csv": {"us_share_pct": (0, 100), "us_hashrate_ehs": (1, 2000)},
    "asic_supply.csv": {"computing_power_sold_ehs": (0, 1000)},
    "asic_prices.csv": {"price_usd_per_th": (0.5, 200)},
    "asic_frontier_history.csv": {"j_per_th": (5, 40), "hashrate_ths": (50, 500)},
    "fees_history.csv": {"fees_btc_per_block": (0.001, 50), "fee_share_pct": (0, 100)},
}

US_REGIONS = {"ERCOT", "PJM", "MISO", "SPP", "NYISO", "OTHER_US"}
VALUE_KIND_WORDS = ("reported", "derived", "assumption", "gap", "press", "estimate")
FIRMS_WITH_SITES = {
    "MARA Holdings",
    "Riot Platforms",
    "CleanSpark",
    "Cipher Mining",
    "TeraWulf",
    "Hut 8",
    "IREN",
    "Core Scientific",
    "Bitfarms",
    "Bitdeer",
    "Applied Digital",
    "Galaxy Digital",
}


def read(filename: str) -> pd.DataFrame:
    """Read one table of ``abm/data`` as pandas would for a researcher."""
    return pd.read_csv(DATA / filename)


def rows_without_source(frame: pd.DataFrame) -> list[int]:
    """Indices of rows lacking an http(s) URL, a title, or a parseable date (YYYY[-MM[-DD]])."""
    url_ok = frame["source_url"].fillna("").astype(str).str.match(r"https?://\S+")
    title_ok = frame["source_title"].fillna("").astype(str).str.strip() != ""
    date_ok = frame["source_date"].fillna("").astype(str).str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?")
    return frame.index[~(url_ok & title_ok & date_ok)].tolist()


def rows_without_value_kind(frame: pd.DataFrame) -> list[int]:
    """Indices of rows whose note (or value_kind) does not say how the value was obtained."""
    text = frame["note"].fillna("").astype(str).str.lower()
    if "value_kind" in frame:
        text = text + " " + frame["value_kind"].fillna("").astype(str).str.lower()
    stated = text.apply(lambda note: any(word in note for word in VALUE_KIND_WORDS))
    return frame.index[~stated].tolist()


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_table_has_its_columns_and_rows(filename):
    frame = read(filename)
    missing = [c for c in SCHEMAS[filename] + SOURCE_COLUMNS if c not in frame.columns]
    assert not missing, f"{filename} lacks {missing}"
    assert len(frame) >= 5, f"{filename} has only {len(frame)} rows"


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_every_row_has_a_source_url_title_and_date(filename):
    bad = rows_without_source(read(filename))
    assert not bad, f"{filename}: rows without source URL/title/date: {bad[:5]}"


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_every_row_says_whether_it_is_reported_derived_assumed_or_a_gap(filename):
    bad = rows_without_value_kind(read(filename))
    assert not bad, f"{filename}: rows without a stated value kind: {bad[:5]}"


@pytest.mark.parametrize("filename", sorted(RANGES))
def test_numbers_are_in_plausible_unit_ranges(filename):
    frame = read(filename)
    for column, (low, high) in RANGES[filename].items():
        values = pd.to_numeric(frame[column], errors="coerce").dropna()
        outside = values[(values < low) | (values > high)]
        assert outside.empty, f"{filename}:{column} outside [{low}, {high}]: {outside.tolist()[:3]}"


def test_source_check_flags_a_row_without_url_or_with_a_bad_date():
    frame = pd.DataFrame(
        {
            "source_title": ["ok", "ok", "ok", ""],
            "source_url": ["https://example.org/a", "", "https://example.org/c", "https://x.org"],
            "source_date": ["2025-09-30", "2025", "30 Sep 2025", "2025-09"],
        }
    )
    assert rows_without_source(frame) == [1, 2, 3]


def test_value_kind_check_flags_a_silent_note():
    frame = pd.DataFrame({"note": ["derived: a/b", "looks right", "gap: not found"]})
    assert rows_without_value_kind(frame) == [1]


def test_retargets_cover_2022_to_november_2025_every_2016_blocks_without_holes():
    frame = read("difficulty_retargets.csv")
    heights = frame["height"].to_numpy()
    assert (heights % 2016 == 0).all()
    assert (pd.Series(heights).diff().dropna() == 2016).all(), "a retarget is missing"
    dates = pd.to_datetime(frame["date_utc"], utc=True)
    assert dates.is_monotonic_increasing
    assert dates.min() <= pd.Timestamp("2022-01-01", tz="UTC")
    assert dates.max() >= pd.Timestamp("2025-11-01", tz="UTC")
    assert set(frame["date_kind"]) <= {"reported", "derived"}


def test_retarget_changes_agree_with_the_difficulty_column_and_the_timespan():
    frame = read("difficulty_retargets.csv")
    difficulty = frame["difficulty"].to_numpy(float)
    change = 100 * (difficulty[1:] / difficulty[:-1] - 1)
    assert change == pytest.approx(frame["difficulty_change_pct"].to_numpy(float)[1:], abs=2e-3)
    # Bitcoin Core: new target = old target x actual timespan / 1,209,600 s, and difficulty is
    # inversely proportional to target, so timespan = 1,209,600 x D_old / D_new.
    timespan = 1_209_600 * difficulty[:-1] / difficulty[1:]
    assert timespan == pytest.approx(frame["epoch_timespan_s"].to_numpy(float)[1:], rel=1e-5)


def test_retarget_at_the_halving_epoch_matches_the_chain():
    frame = read("difficulty_retargets.csv").set_index("height")
    # getblock for blocks 840,000 and 840,672 report these difficulties (bits 17034219, 170331db).
    assert frame.loc[838_656, "difficulty"] == pytest.approx(86_388_558_925_171.02, rel=1e-12)
    assert frame.loc[840_672, "difficulty"] == pytest.approx(88_104_191_118_793.16, rel=1e-12)
    assert frame.loc[840_672, "target_bits_hex"] == "170331db"


def test_sites_use_the_model_regions_and_cover_the_named_firms():
    frame = read("miner_sites.csv")
    us = frame["country"] == "US"
    assert set(frame.loc[us, "region"]) <= US_REGIONS
    assert set(frame.loc[~us, "region"]) == {"CANADA"}
    assert FIRMS_WITH_SITES <= set(frame["firm"])
    assert set(frame.loc[frame["firm"] == "IREN", "country"]) == {"US", "CA"}


def test_pjm_auction_prices_and_ercot_threshold_are_the_published_values():
    frame = read("large_load_capacity.csv")
    prices = frame[(frame["region"] == "PJM") & (frame["metric"] == "capacity_price_bra")]
    by_year = dict(zip(prices["period"], pd.to_numeric(prices["value"]), strict=True))
    assert by_year == {"2025/2026": 269.92, "2026/2027": 329.17, "2027/2028": 333.44}
    threshold = frame[(frame["region"] == "ERCOT") & (frame["metric"] == "large_load_threshold")]
    assert pd.to_numeric(threshold["value"]).tolist() == [75]
    assert set(frame["value_kind"]) <= {"reported", "derived", "assumption", "gap"}


def test_demand_figures_state_their_power_basis_and_horizon():
    frame = read("ai_demand_sources.csv")
    assert (frame["power_basis"].fillna("").str.strip() != "").all()
    assert (frame["total_or_incremental"].fillna("").str.strip() != "").all()
    lbnl = frame[frame["figure"].str.startswith("us_datacentre_capacity_2028")]
    assert sorted(pd.to_numeric(lbnl["value"])) == [74, 132]


def test_us_share_has_a_point_at_the_2022_backtest_start():
    frame = read("us_hashrate_share.csv")
    dates = pd.to_datetime(frame["date"])
    assert dates.is_monotonic_increasing
    start = frame[(dates >= "2021-12-01") & (dates <= "2022-02-28")]
    assert not start.empty and start["us_share_pct"].between(30, 45).all()


def test_fee_points_outside_single_blocks_are_below_one_btc_and_derived_ones_reproduce():
    frame = read("fees_history.csv")
    means = frame[frame["period_kind"] != "block"]
    assert (means["fees_btc_per_block"] < 1).all(), "a period mean above 1 BTC/block"
    with_share = means.dropna(subset=["fee_share_pct"])
    share = with_share["fee_share_pct"] / 100
    implied = with_share["subsidy_btc"] * share / (1 - share)
    # Fees per block and the fee share of block rewards must describe the same week.
    assert with_share["fees_btc_per_block"].to_numpy() == pytest.approx(
        implied.to_numpy(), rel=0.05
    )


def test_frontier_efficiency_is_power_over_hashrate_on_every_release_row():
    frame = read("asic_frontier_history.csv")
    assert frame["j_per_th"].to_numpy() == pytest.approx(
        (frame["power_w"] / frame["hashrate_ths"]).to_numpy(), abs=0.06
    )


def test_sources_and_corrections_documents_name_every_new_table():
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for filename in SCHEMAS:
        assert f"**{filename}**" in sources, f"SOURCES.md has no section for {filename}"
    corrections = (DATA / "CORRECTIONS.md").read_text(encoding="utf-8")
    for subject in ("TeraWulf", "Cipher", "IREN", "btc_price_weekly.csv", "Morgan Stanley"):
        assert subject in corrections, f"CORRECTIONS.md says nothing of {subject}"
