"""The deal record as a validation target: a run's contracted MW by date and firm against it."""

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from abm import PowerMarketModel
from experiments.validation.deal_record import (
    compare_contracts,
    compare_with_deal_record,
    firm_key,
    model_contracts,
    record_contracts,
)

DEALS = Path(__file__).resolve().parents[2] / "abm" / "data" / "deals.csv"


def test_bracketed_qualifiers_do_not_split_a_firm():
    assert firm_key("IREN (Iris Energy)") == firm_key("IREN") == "IREN"
    assert firm_key("TeraWulf (Abernathy JV)") == "TeraWulf"


def test_the_record_holds_every_dated_deal_of_deals_csv():
    with DEALS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["announced"] and r["mw_critical_it"]]
    record = record_contracts()
    assert len(record) == len(rows)
    assert record["mw_it"].sum() == pytest.approx(sum(float(r["mw_critical_it"]) for r in rows))
    assert record["date"].is_monotonic_increasing


def test_hand_made_contracts_compare_by_date_and_by_firm():
    dates = pd.date_range("2026-01-01", periods=5, freq="91D")  # about a year
    model = pd.DataFrame(
        {
            "date": pd.to_datetime(["2026-01-01", "2026-04-02", "2026-10-01", "2027-06-01"]),
            "firm": ["Alpha", "Alpha", "Beta", "Alpha"],
            "mw_it": [100.0, 50.0, 30.0, 999.0],
            "seeded": [True, False, False, False],
        }
    )
    record = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-01-01", "2025-01-01", "2026-02-01", "2025-06-01"]),
            "firm": ["Alpha", "Beta", "Alpha", "Gamma"],
            "mw_it": [200.0, 60.0, 40.0, 500.0],
        }
    )
    result = compare_contracts(model, record, dates, ["Alpha", "Beta"])
    # By date: Gamma is not modelled; the 2027 contract lies past the last date.
    assert result.by_date["model_mw_it"].tolist() == [100.0, 150.0, 150.0, 180.0, 180.0]
    assert result.by_date["record_mw_it"].tolist() == [260.0, 300.0, 300.0, 300.0, 300.0]
    # By firm: the record's window is 2024-01-01 to 2026-02-01 (2.09 years); the run's is
    # its own 364 days, shorter; seeded deals are not counted as found.
    record_years = (pd.Timestamp("2026-02-01") - pd.Timestamp("2024-01-01")).days / 365.25
    run_years = 364 / 365.25
    firms = result.by_firm.set_index("firm")
    assert firms.loc["Alpha", "record_mw_it_per_year"] == pytest.approx(240 / record_years)
    assert firms.loc["Alpha", "model_mw_it_per_year"] == pytest.approx(50 / run_years)
    assert firms.loc["Alpha", "seeded_mw_it"] == 100.0
    assert firms.loc["Beta", "model_mw_it_per_year"] == pytest.approx(30 / run_years)
    assert not firms.loc["Gamma", "in_model"]
    expected = (80 / run_years) / (300 / record_years)
    assert result.pace_ratio() == pytest.approx(expected)


def test_a_runs_contracts_are_its_seeded_deals_and_its_signed_contracts():
    model = PowerMarketModel(seed=1, horizon_years=1.0)
    model.run()
    contracts = model_contracts(model)
    seeded = contracts[contracts["seeded"]]
    assert seeded["mw_it"].sum() == pytest.approx(model.public_ai_deal_mw.sum())
    signed = model.contracts_table()
    assert contracts.loc[~contracts["seeded"], "mw_it"].sum() == pytest.approx(
        signed["mw"].sum() * model.scenario.it_share
    )
    result = compare_with_deal_record(model)
    assert result.by_date["model_mw_it"].iloc[0] == pytest.approx(seeded["mw_it"].sum())
    assert np.all(np.diff(result.by_date["model_mw_it"]) >= 0)
    # The record's firms that the run does not model are listed, not compared.
    assert not result.by_firm.set_index("firm").loc["Galaxy Digital", "in_model"]
