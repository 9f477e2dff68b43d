"""The interconnection queue: filing, removal and the earliest ready tick, against a list."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from abm.economics.grid import GridPolicy, queue_priority_order
from abm.submodels.grid import NEVER, InterconnectionQueue, RequestKind


def file_one(queue: InterconnectionQueue, owner: int, ready_tick: int) -> None:
    queue.file(
        owner=owner,
        kind=RequestKind.GREENFIELD_AI,
        mw=float(owner),
        filed_tick=owner,
        ready_tick=ready_tick,
        bid_usd_per_kw_month=1.0,
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 50), st.sets(st.integers(0, 40), max_size=6)),
        min_size=1,
        max_size=25,
    )
)
def test_queue_matches_a_list_through_filings_and_removals(rounds):
    queue = InterconnectionQueue()
    expected: list[tuple[int, int]] = []  # (owner, ready tick) in filing order
    owner = 0
    for ready_tick, drop in rounds:
        file_one(queue, owner, ready_tick)
        expected.append((owner, ready_tick))
        owner += 1
        positions = sorted(p for p in drop if p < len(expected))
        if positions:
            np.random.default_rng(owner).shuffle(positions)  # any order of positions
            queue.remove_at(np.array(positions))
            expected = [e for k, e in enumerate(expected) if k not in set(positions)]
        assert len(queue) == len(expected)
        assert queue.owner.tolist() == [o for o, _ in expected]
        assert queue.mw.tolist() == [float(o) for o, _ in expected]
        assert queue.ready_tick.tolist() == [r for _, r in expected]
        assert queue.earliest_ready_tick == min((r for _, r in expected), default=NEVER)


def test_filing_arrays_grows_the_queue_and_single_values_repeat():
    queue = InterconnectionQueue()
    owners = np.arange(40)
    queue.file(
        owner=owners,
        kind=RequestKind.MINING_EXPANSION,
        mw=owners * 2.0,
        filed_tick=3,
        ready_tick=owners + 10,
        bid_usd_per_kw_month=0.0,
    )
    assert len(queue) == 40
    assert queue.filed_tick.tolist() == [3] * 40
    assert queue.mw.tolist() == (owners * 2.0).tolist()
    assert queue.earliest_ready_tick == 10
    queue.remove_at(np.flatnonzero(queue.owner % 2 == 0))
    assert queue.owner.tolist() == list(range(1, 40, 2))
    assert queue.earliest_ready_tick == 11
    queue.remove_at(np.arange(len(queue)))
    assert len(queue) == 0
    assert queue.earliest_ready_tick == NEVER


@pytest.mark.parametrize("policy", list(GridPolicy))
def test_priority_order_of_ready_requests_follows_the_policy(policy):
    queue = InterconnectionQueue()
    rng = np.random.default_rng(3)
    for tick in range(12):
        count = int(rng.integers(1, 4))
        queue.file(
            owner=np.arange(count),
            kind=rng.integers(0, 3, count).astype(np.int8),
            mw=rng.uniform(1, 50, count),
            filed_tick=tick,
            ready_tick=tick + 3,
            bid_usd_per_kw_month=rng.uniform(80, 200, count),
        )
    ready = np.flatnonzero(queue.ready_tick <= 10)
    expected = ready[
        queue_priority_order(
            policy,
            queue.filed_tick[ready],
            queue.bid_usd_per_kw_month[ready],
            queue.kind[ready] != RequestKind.MINING_EXPANSION,
        )
    ]
    assert queue.priority_order(policy, ready).tolist() == expected.tolist()


def test_filed_requests_start_in_study_and_keep_their_first_filing_tick():
    queue = InterconnectionQueue()
    file_one(queue, 4, ready_tick=9)
    assert queue.approved.tolist() == [False]
    assert queue.first_filed_tick.tolist() == [4]
    assert queue.next_study_end_tick == 9
    queue.file(
        owner=5,
        kind=RequestKind.BROWNFIELD_AI,
        mw=5.0,
        filed_tick=12,
        ready_tick=7,
        bid_usd_per_kw_month=1.0,
        first_filed_tick=2,
    )
    assert queue.first_filed_tick.tolist() == [4, 2]
    assert queue.next_study_end_tick == 7 and queue.earliest_ready_tick == 7


def test_take_at_returns_the_records_it_removes():
    queue = InterconnectionQueue()
    for owner in range(5):
        file_one(queue, owner, ready_tick=10 + owner)
    taken = queue.take_at(np.array([1, 3]))
    assert taken["owner"].tolist() == [1, 3]
    assert queue.owner.tolist() == [0, 2, 4]
    assert queue.earliest_ready_tick == 10


def test_only_mining_expansions_are_flexible_load():
    queue = InterconnectionQueue()
    for kind in RequestKind:
        queue.file(
            owner=0,
            kind=kind,
            mw=1.0,
            filed_tick=0,
            ready_tick=0,
            bid_usd_per_kw_month=0.0,
        )
    assert queue.is_flexible.tolist() == [k == RequestKind.MINING_EXPANSION for k in RequestKind]
    assert (queue.is_flexible == ~queue.is_ai_load).all()
