"""The deal record as a validation target: MW contracted by date and by firm, run against record.

``abm/data/deals.csv`` lists the AI contracts public miners announced (critical-IT MW, date,
firm).  Deals announced by a run's start date are seeded into it (the population starts them
as retrofits); deals after it are what the run should find on its own.  The model does not
fit its build rate to this record, so the record is a test: :func:`compare_with_deal_record`
sets the MW a run contracted, by firm and by date, beside the MW the record has.

Two views, because a run from late 2025 starts after most of the record:

- **by date**: cumulative critical-IT MW contracted at each date of the run, the run's
  contracts (seeded ones at the start date) against the record's announcements up to the
  same date (both for the firms the run models);
- **by firm**: each firm's pace, critical-IT MW contracted a year, in the record's own
  window (first to last announcement) and in the run's first years after its start (as long
  a window, or the run's horizon if shorter), seeded deals excluded.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from abm import PowerMarketModel
from abm.calibration import read_table

DAYS_PER_YEAR = 365.25


def firm_key(name: str) -> str:
    """A firm's name without its bracketed qualifier (``IREN (Iris Energy)`` is ``IREN``).

    The deal record and the fleet tables name some firms with a former name or a joint
    venture in brackets; both sides are matched on the key.
    """
    return str(name).split(" (")[0].strip()


def record_contracts() -> pd.DataFrame:
    """The deal record: one row per announced deal with a date and a size.

    The one reader of ``deals.csv`` for validation (the backtest's deal checks use it too).

    Returns:
        Columns ``date, firm, mw_it, tenant, kind, rent_usd_per_kw_month`` (firm as
        :func:`firm_key`; critical-IT MW; rent where the record derives one), sorted by date.
        Deals without an announcement date or MW (gaps in ``deals.csv``) are left out.
    """
    table = read_table("deals.csv")
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(table["announced"], errors="coerce", format="mixed"),
            "firm": [firm_key(f) for f in table["firm"]],
            "mw_it": pd.to_numeric(table["mw_critical_it"], errors="coerce"),
            "tenant": table["tenant"],
            "kind": table["kind"],
            "rent_usd_per_kw_month": pd.to_numeric(table["usd_per_kw_month"], errors="coerce"),
        }
    ).dropna(subset=["date", "mw_it"])
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


def model_contracts(model: PowerMarketModel) -> pd.DataFrame:
    """The AI contracts of a run: seeded deals at the start date, then every signed one.

    Returns:
        Columns ``date, firm, mw_it, seeded`` (firm as :func:`firm_key`; critical-IT MW: a
        signed contract's gross MW times ``it_share``), sorted by date.
    """
    fleet, s = model.fleet, model.scenario
    seeded_rows = np.flatnonzero(model.public_ai_deal_mw > 0) if s.ai_demand_scale > 0 else []
    seeded = pd.DataFrame(
        {
            "date": model.dates[0],
            "firm": [firm_key(model.firm_names[fleet.firm[i]]) for i in seeded_rows],
            "mw_it": model.public_ai_deal_mw[seeded_rows],
            "seeded": True,
        }
    )
    table = model.contracts_table()
    signed = pd.DataFrame(
        {
            "date": table["date"],
            "firm": [firm_key(f) for f in table["firm"]],
            "mw_it": table["mw"].to_numpy(float) * s.it_share,
            "seeded": False,
        }
    )
    frame = pd.concat([seeded, signed], ignore_index=True)
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


@dataclass(frozen=True)
class DealRecordComparison:
    """A run's contracts beside the deal record.

    Attributes:
        by_date: One row per date of the run: ``date``, ``model_mw_it`` (cumulative MW the
            run contracted by then, seeded deals included) and ``record_mw_it`` (cumulative MW
            the record announced by then), both for the firms the run models.
        by_firm: One row per firm in the run or the record: ``firm``, ``in_model``,
            ``record_mw_it`` and ``record_mw_it_per_year`` (over the record's window),
            ``model_mw_it`` and ``model_mw_it_per_year`` (signed after the start, over the
            run's window), ``seeded_mw_it``.
        record_window_years: First to last dated announcement in the record, years.
        model_window_years: The run's window the pace is measured over, years.
    """

    by_date: pd.DataFrame
    by_firm: pd.DataFrame
    record_window_years: float
    model_window_years: float

    def pace_ratio(self) -> float:
        """Run's pace over the record's, MW a year, summed over the firms the run models.

        NaN when the record has no deal of those firms.
        """
        firms = self.by_firm[self.by_firm["in_model"]]
        record = float(firms["record_mw_it_per_year"].sum())
        return float(firms["model_mw_it_per_year"].sum()) / record if record > 0 else np.nan


def compare_contracts(
    model: pd.DataFrame,
    record: pd.DataFrame,
    dates: pd.DatetimeIndex,
    modelled_firms: list[str],
) -> DealRecordComparison:
    """Compare a run's contracts (as :func:`model_contracts`) with the record.

    Args:
        model: The run's contracts: ``date, firm, mw_it, seeded``.
        record: The record: ``date, firm, mw_it``.
        dates: The run's tick dates (start first).
        modelled_firms: Keys of the firms the run models (:func:`firm_key`).

    Returns:
        The comparison by date and by firm.
    """
    start, end = dates[0], dates[-1]
    record_years = max((record["date"].max() - record["date"].min()).days / DAYS_PER_YEAR, 0.0)
    record_years = record_years if record_years > 0 else 1.0
    run_years = (end - start).days / DAYS_PER_YEAR
    window_years = min(record_years, run_years) if run_years > 0 else record_years
    window_end = start + pd.Timedelta(days=window_years * DAYS_PER_YEAR)

    def cumulative(frame: pd.DataFrame) -> np.ndarray:
        frame = frame[frame["firm"].isin(modelled_firms)].sort_values("date")
        totals = frame["mw_it"].cumsum().to_numpy(float)
        position = np.searchsorted(frame["date"].to_numpy(), dates.to_numpy(), side="right")
        return np.where(position > 0, totals[np.maximum(position - 1, 0)], 0.0)

    by_date = pd.DataFrame(
        {"date": dates, "model_mw_it": cumulative(model), "record_mw_it": cumulative(record)}
    )
    found = model[~model["seeded"] & (model["date"] <= window_end)]
    firms = sorted(set(modelled_firms) | set(record["firm"]))
    by_firm = pd.DataFrame(
        {
            "firm": firms,
            "in_model": [f in modelled_firms for f in firms],
            "record_mw_it": [float(record.loc[record["firm"] == f, "mw_it"].sum()) for f in firms],
            "model_mw_it": [float(found.loc[found["firm"] == f, "mw_it"].sum()) for f in firms],
            "seeded_mw_it": [
                float(model.loc[model["seeded"] & (model["firm"] == f), "mw_it"].sum())
                for f in firms
            ],
        }
    )
    by_firm["record_mw_it_per_year"] = by_firm["record_mw_it"] / record_years
    by_firm["model_mw_it_per_year"] = by_firm["model_mw_it"] / window_years
    return DealRecordComparison(
        by_date=by_date,
        by_firm=by_firm,
        record_window_years=record_years,
        model_window_years=window_years,
    )


def compare_with_deal_record(model: PowerMarketModel) -> DealRecordComparison:
    """The MW a run contracted by date and firm, against ``deals.csv`` (run the model first)."""
    public_firms = sorted(
        {firm_key(model.firm_names[f]) for f in np.unique(model.fleet.firm[model.fleet.is_public])}
    )
    return compare_contracts(
        model_contracts(model), record_contracts(), model.dates[: model.steps + 1], public_firms
    )
