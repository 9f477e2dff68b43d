"""Sums over many sites, computed the same way whatever the machine's core count.

``numpy.dot`` hands long vectors to BLAS, and OpenBLAS splits a dot product of more than
10,000 elements over threads.  At the model's sizes that costs far more than it saves
(thread start-up, and on a busy machine threads waiting for a core: milliseconds for what
takes microseconds on one core), and the split changes the last bits of the result with
the number of threads.  :func:`sum_product` keeps each BLAS call at 10,000 elements or
fewer, so a fleet of up to 10,000 rows gets exactly ``numpy.dot``'s result and a larger
one the same result on every machine.
"""

from __future__ import annotations

import numpy as np

BLAS_SINGLE_THREAD_ELEMENTS = 10_000
"""Longest vector whose dot product OpenBLAS computes on one thread."""


def sum_product(a: np.ndarray, b: np.ndarray) -> float:
    """``sum(a * b)`` of two 1-D arrays of equal length, as ``numpy.dot`` on blocks."""
    n = a.shape[0]
    if n <= BLAS_SINGLE_THREAD_ELEMENTS:
        return float(np.dot(a, b))
    block = BLAS_SINGLE_THREAD_ELEMENTS
    return float(
        sum(
            np.dot(a[start : start + block], b[start : start + block])
            for start in range(0, n, block)
        )
    )


def row_sum_products(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """:func:`sum_product` of each row of ``a`` with the same row of ``b`` (2-D, equal shapes)."""
    if a.shape[1] <= BLAS_SINGLE_THREAD_ELEMENTS:
        return np.vecdot(a, b)  # numpy.dot's result, row by row
    return np.array([sum_product(x, y) for x, y in zip(a, b, strict=True)])
