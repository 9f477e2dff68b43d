"""The protocol code against the chain's own history (formula identities, not validation).

These used to be checks of the validation report; they test the consensus rules and the
hashprice formula fed observed inputs, so a failure is a bug in ``abm/economics/bitcoin.py`` or a
wrong row of ``abm/data/``, not a finding about the model's behaviour.
"""

import pandas as pd
import pytest

from abm import calibration
from abm.calibration import read_table
from abm.economics import bitcoin

HALVINGS = read_table("halvings.csv").sort_values("block_height")


@pytest.mark.parametrize("height", HALVINGS["block_height"].astype(int).tolist())
def test_subsidy_halves_at_every_halving_block_on_record(height):
    after = float(HALVINGS.loc[HALVINGS["block_height"] == height, "subsidy_after_btc"].iloc[0])
    assert bitcoin.block_subsidy_btc(height) == after
    assert bitcoin.block_subsidy_btc(height - 1) == 2 * after


def test_every_recorded_retarget_is_recomputed_from_its_epoch_within_one_percent():
    retargets = calibration.difficulty_retargets()
    following = retargets.shift(-1)
    consecutive = (following["height"] - retargets["height"]) == 2016
    # The first blocks of two epochs are 2016 intervals apart; Core times 2015 of them.
    span = (following["date"] - retargets["date"]).dt.total_seconds() * 2015 / 2016
    predicted = pd.Series(
        [
            bitcoin.retarget_difficulty(d, t) if ok else float("nan")
            for d, t, ok in zip(retargets["difficulty"], span, consecutive, strict=True)
        ]
    )
    errors = (predicted / following["difficulty"] - 1)[consecutive]
    assert len(errors) >= 100
    # Block timestamps may drift by up to two hours: 0.6 % of two weeks.
    assert errors.abs().max() <= 0.01


PUBLISHED = read_table("published_hashprice.csv").dropna(
    subset=["hashprice_usd_per_ph_day", "btc_price_usd", "difficulty", "fees_btc_per_block"]
)


@pytest.mark.parametrize("row", PUBLISHED.to_dict("records"), ids=lambda r: str(r["date"]))
def test_hashprice_formula_on_published_inputs_matches_the_published_hashprice(row):
    subsidy = 3.125 if pd.Timestamp(row["date"]) >= pd.Timestamp("2024-04-20") else 6.25
    value = bitcoin.hashprice_usd_per_ph_day(
        row["btc_price_usd"], row["difficulty"], subsidy, row["fees_btc_per_block"]
    )
    # The published figures use daily or monthly averages of price and difficulty.
    assert value == pytest.approx(row["hashprice_usd_per_ph_day"], rel=0.05)
