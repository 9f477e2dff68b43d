"""Regenerate the parameter table of docs/ODD.md from abm/data/parameters.csv.

Run:  .venv/bin/python docs/parameter_table.py          (rewrites the table in place)
      .venv/bin/python docs/parameter_table.py --check  (exit 1 if the table is stale)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from abm.scenario import knob_specs

ODD = Path(__file__).with_name("ODD.md")
START, END = "<!-- parameters:start -->", "<!-- parameters:end -->"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def parameter_table() -> str:
    """The Markdown table of every knob: name, default, unit, range, meaning, source."""
    rows = [
        "| knob | default | unit | range | meaning | source or note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for spec in knob_specs().values():
        low = "" if spec.minimum is None else f"{spec.minimum:g}"
        high = "" if spec.maximum is None else f"{spec.maximum:g}"
        span = f"{low} – {high}" if (low or high) else ""
        default = spec.default if spec.default != "" else "(none)"
        cells = [f"`{spec.name}`", _cell(default), _cell(spec.unit), span]
        cells += [_cell(spec.description), _cell(spec.source)]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def render(text: str) -> str:
    """``text`` with the block between the markers replaced by the current table."""
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{parameter_table()}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the table is current")
    args = parser.parse_args()
    text = ODD.read_text(encoding="utf-8")
    updated = render(text)
    if args.check:
        return 0 if updated == text else 1
    ODD.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
