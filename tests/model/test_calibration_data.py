"""The calibration tables in abm/data load, carry their sources and hold plausible values."""

from pathlib import Path

import pandas as pd
import pytest

from abm.calibration import REGIONS, public_miners, read_table, regions

DATA = Path(__file__).resolve().parents[2] / "abm" / "data"

SCHEMAS = {
    "btc_price_weekly.csv": ["date", "price_usd", "source_title", "source_url"],
    "bitcoin_network_history.csv": [
        "date",
        "block_height",
        "difficulty",
        "hashrate_ehs",
        "fees_btc_per_block",
        "source_title",
        "source_url",
        "note",
    ],
    "halvings.csv": ["block_height", "date", "subsidy_after_btc", "source_title", "source_url"],
    "published_hashprice.csv": [
        "date",
        "hashprice_usd_per_ph_day",
        "btc_price_usd",
        "difficulty",
        "fees_btc_per_block",
        "source_title",
        "source_url",
        "note",
    ],
    "public_miners.csv": [
        "firm",
        "region",
        "mw_site",
        "hashrate_ehs",
        "fleet_j_per_th",
        "power_cost_usd_per_mwh",
        "cash_usd_m",
        "debt_usd_m",
        "ai_deal_mw",
        "ai_deal_term_years",
        "ai_deal_tenant",
        "ai_deal_announced",
        "source_title",
        "source_url",
        "source_date",
        "note",
    ],
    "regions.csv": [
        "region",
        "iso_name",
        "deliverable_large_load_gw_per_year",
        "deliverable_low_gw_per_year",
        "deliverable_high_gw_per_year",
        "deliverable_value_kind",
        "data_centre_share",
        "large_load_study_years",
        "study_years_low",
        "study_years_high",
        "firm_headroom_share",
        "base_power_price_usd_per_mwh",
        "source_title",
        "source_url",
        "source_date",
        "note",
    ],
    "ai_demand_path.csv": ["date", "us_datacenter_demand_gw", "source_title", "source_url", "note"],
    "deals.csv": [
        "firm",
        "tenant",
        "kind",
        "mw_critical_it",
        "term_years",
        "total_value_usd",
        "usd_per_kw_month",
        "announced",
        "source_title",
        "source_url",
        "note",
    ],
}

RANGES = {
    "public_miners.csv": {
        "mw_site": (0, 5000),
        "hashrate_ehs": (0, 150),
        "fleet_j_per_th": (5, 60),
        "power_cost_usd_per_mwh": (5, 200),
        "ai_deal_mw": (0, 5000),
    },
    "regions.csv": {
        "firm_headroom_share": (0, 1),
        "deliverable_large_load_gw_per_year": (0.05, 20),
        "data_centre_share": (0, 1),
        "large_load_study_years": (0.1, 10),
        "base_power_price_usd_per_mwh": (5, 300),
    },
    "btc_price_weekly.csv": {"price_usd": (1_000, 1_000_000)},
    "bitcoin_network_history.csv": {
        "block_height": (0, 2_000_000),
        "difficulty": (1e9, 1e16),
        "hashrate_ehs": (1, 5000),
    },
    "published_hashprice.csv": {"hashprice_usd_per_ph_day": (5, 1000)},
    "ai_demand_path.csv": {"us_datacenter_demand_gw": (0, 1000)},
}


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_table_has_its_columns_and_rows(filename):
    frame = read_table(filename)
    missing = [c for c in SCHEMAS[filename] if c not in frame.columns]
    assert not missing, f"{filename} lacks {missing}"
    assert len(frame) > 0


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_every_row_names_its_source_or_says_it_is_a_gap(filename):
    frame = read_table(filename)
    has_source = frame["source_title"].fillna("").astype(str).str.strip() != ""
    note = (
        frame["note"].fillna("").astype(str).str.lower()
        if "note" in frame
        else pd.Series("", index=frame.index)
    )
    declared_gap = note.str.contains("gap|estimate|derived|assumption")
    bad = frame[~(has_source | declared_gap)]
    assert bad.empty, f"{filename}: rows without source: {bad.index.tolist()[:5]}"


@pytest.mark.parametrize("filename", sorted(RANGES))
def test_numbers_are_in_plausible_ranges(filename):
    frame = read_table(filename)
    for column, (low, high) in RANGES[filename].items():
        values = pd.to_numeric(frame[column], errors="coerce").dropna()
        assert ((values >= low) & (values <= high)).all(), (
            f"{filename}:{column} outside [{low}, {high}]"
        )


def test_dates_parse_and_btc_prices_cover_2024_weekly():
    prices = read_table("btc_price_weekly.csv")
    dates = pd.to_datetime(prices["date"])
    assert dates.is_monotonic_increasing
    assert dates.min() <= pd.Timestamp("2024-01-08")
    assert dates.max() >= pd.Timestamp("2025-06-30")
    gaps = dates.diff().dropna().dt.days
    assert gaps.between(6, 8).mean() > 0.95, "not weekly"


def test_halvings_are_every_210000_blocks_with_halving_subsidy():
    halvings = read_table("halvings.csv").sort_values("block_height")
    assert (halvings["block_height"] % 210_000 == 0).all()
    assert 840_000 in set(halvings["block_height"])
    subsidies = halvings["subsidy_after_btc"].to_numpy(float)
    assert (subsidies[1:] == subsidies[:-1] / 2).all()


def test_every_region_has_a_usable_row_and_shares_sum_to_one():
    table = regions()
    assert list(table["region"]) == list(REGIONS)
    assert table["firm_headroom_share"].sum() == pytest.approx(1.0)


def test_public_miners_load_with_regions_we_model():
    miners = public_miners()
    assert len(miners) >= 8
    assert set(miners["region"]) <= set(REGIONS)
    assert (miners["fleet_j_per_th"] > 5).all()


def test_parameters_table_and_data_folder_document_their_sources():
    assert (DATA / "SOURCES.md").is_file()
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for filename in SCHEMAS:
        assert filename in text, f"SOURCES.md says nothing of {filename}"


def test_a_hosts_sites_run_its_clients_machines_too():
    """``hosted_ehs`` adds hosting clients' hashrate to a host's sites: Core Scientific's
    ~500 MW held 6.6 EH/s of its own and 6.9 EH/s of clients' machines at the end of 2021, a
    fleet of 37 J/TH all-in, not 500 MW / 6.6 EH/s = 76 J/TH."""
    fleets_2022 = public_miners("public_miners_2022.csv").set_index("firm")
    core = fleets_2022.loc["Core Scientific"]
    assert core["hashrate_ehs"] == pytest.approx(6.6 + 6.9)
    assert core["fleet_j_per_th"] == pytest.approx(500 / 13.5)
    raw = read_table("public_miners_2022.csv").set_index("firm")
    for firm, row in fleets_2022.iterrows():
        hosted = raw.loc[firm, "hosted_ehs"]
        own = raw.loc[firm, "hashrate_ehs"]
        assert row["hashrate_ehs"] == pytest.approx(own + (0.0 if pd.isna(hosted) else hosted))
        assert 25 <= row["fleet_j_per_th"] <= 45, (firm, row["fleet_j_per_th"])
    # A table without the column reads each firm's own hashrate.
    latest = public_miners("public_miners.csv")
    assert "hosted_ehs" not in read_table("public_miners.csv")
    assert latest["hashrate_ehs"].sum() == pytest.approx(
        read_table("public_miners.csv")
        .dropna(subset=["mw_site", "hashrate_ehs"])["hashrate_ehs"]
        .sum()
    )
