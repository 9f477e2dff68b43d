"""A run's kept metrics, as written by a sweep worker, against the model's own DataFrame."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from abm import MODEL_COLUMNS, PowerMarketModel
from experiments.sweep import RunSpec, metrics_table


@pytest.fixture(scope="module")
def model() -> PowerMarketModel:
    model = PowerMarketModel(seed=4, n_miners=15, horizon_years=0.5)
    model.run()
    return model


def spec(final: list[str], timeseries: list[str], every: int) -> RunSpec:
    return RunSpec(
        run_id=17,
        point=3,
        replication=1,
        seed=4,
        knobs={},
        output="",
        final_metrics=final,
        timeseries_metrics=timeseries,
        every=every,
    )


@pytest.mark.parametrize(
    ("final", "timeseries", "every"),
    [
        (list(MODEL_COLUMNS), [], 1),
        (["mw_leased", "hashprice_usd_per_ph_day"], ["mw_mining"], 4),
        # Time series that name the columns every series row carries anyway.
        (["tick", "date"], ["date", "mw_mining", "tick"], 5),
    ],
)
def test_rows_are_the_last_tick_then_every_nth_tick(model, tmp_path, final, timeseries, every):
    frame = model.datacollector.get_model_vars_dataframe()
    frame["date"] = pd.to_datetime(frame["date"])
    path = tmp_path / "run.parquet"
    pq.write_table(
        metrics_table(model.datacollector.model_vars, spec(final, timeseries, every)), path
    )
    written = pd.read_parquet(path)

    assert written["run_id"].eq(17).all()
    last = written[written["kind"] == "final"]
    assert len(last) == 1
    assert last["tick"].item() == frame["tick"].iloc[-1]
    for name in final:
        value, expected = last[name].item(), frame[name].iloc[-1]
        assert value == expected or (pd.isna(value) and pd.isna(expected)), name

    series = written[written["kind"] == "timeseries"].reset_index(drop=True)
    kept = frame.iloc[::every].reset_index(drop=True) if timeseries else frame.iloc[0:0]
    assert len(series) == len(kept)
    for name in {*timeseries, "date", "tick"} if timeseries else ():
        assert series[name].tolist() == kept[name].tolist(), name
    if timeseries:
        assert written["date"].dtype == "datetime64[ms]"
        dropped = sorted(set(final) - set(timeseries) - {"date", "tick"})
        assert series[dropped].isna().all().all()
