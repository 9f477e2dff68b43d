"""What a sweep's quantities are: axis labels with units and the range each can take.

Knobs come from the parameter table (``abm/data/parameters.csv``, through
:func:`abm.knob_specs`); model columns from ``columns.csv`` beside this module, one row per
column of :data:`abm.MODEL_COLUMNS` with a short label, its unit (as in ``docs/ODD.md``) and
the range the quantity can take (blank: unbounded). Figures label their axes from here so
that every figure names a quantity the same way.
"""

from __future__ import annotations

import csv
import math
import textwrap
from dataclasses import dataclass
from functools import cache
from importlib import resources

from abm import knob_specs

COLUMNS_FILE = "columns.csv"


@dataclass(frozen=True)
class Quantity:
    """A knob or model column as a figure or table shows it.

    Attributes:
        name: The knob or column name.
        label: A short name for an axis ("Miner sites mining").
        unit: Its unit ("MW"), empty when dimensionless.
        minimum: Lowest value it can take (``-inf`` if unbounded).
        maximum: Highest value it can take (``inf`` if unbounded).
    """

    name: str
    label: str
    unit: str
    minimum: float = -math.inf
    maximum: float = math.inf

    @property
    def axis_label(self) -> str:
        """``label [unit]``, or the label alone for a dimensionless quantity."""
        return f"{self.label} [{self.unit}]" if self.unit else self.label


@cache
def column_table() -> dict[str, Quantity]:
    """The model columns' labels, units and ranges, keyed by column name."""
    text = resources.files("experiments.analysis").joinpath(COLUMNS_FILE).read_text("utf-8")
    table = {}
    for row in csv.DictReader(text.splitlines()):
        table[row["name"]] = Quantity(
            name=row["name"],
            label=row["label"],
            unit=row["unit"],
            minimum=float(row["min"]) if row["min"] else -math.inf,
            maximum=float(row["max"]) if row["max"] else math.inf,
        )
    return table


def _short(description: str) -> str:
    """A knob's description up to its first aside (parenthesis, colon or comma)."""
    for mark in (" (", ":", ","):
        description = description.split(mark)[0]
    return description.strip()


def quantity(name: str, knob: bool = False) -> Quantity:
    """The quantity a model column or a knob denotes.

    Args:
        name: A model column or a knob.
        knob: Read ``name`` as a knob first (``btc_price_usd`` is both: the price at the
            start as a knob, the price at each tick as a column).

    Unknown names are labelled with themselves and no unit, so a figure still draws.
    """
    columns = column_table()
    specs = knob_specs()
    if name in columns and not (knob and name in specs):
        return columns[name]
    if name in specs:
        spec = specs[name]
        return Quantity(
            name=name,
            label=_short(spec.description) or name,
            unit=spec.unit,
            minimum=spec.minimum if spec.minimum is not None else -math.inf,
            maximum=spec.maximum if spec.maximum is not None else math.inf,
        )
    return Quantity(name=name, label=name, unit="")


def axis_label(name: str, width: int | None = None, knob: bool = False) -> str:
    """The axis label of a knob or model column: its short name and unit.

    Args:
        name: The knob or column.
        width: Wrap the label onto lines of at most this many characters (small panels).
        knob: Read ``name`` as a knob first (see :func:`quantity`).
    """
    label = quantity(name, knob).axis_label
    return textwrap.fill(label, width) if width else label
