"""Scenario files: TOML with a description and a ``[knobs]`` table.

A scenario file looks like::

    description = "AI boom: demand 1.6x the Morgan Stanley path"
    [knobs]
    ai_demand_scale = 1.6

Named scenarios ship in ``experiments/scenarios/``; any other file can be given by path.
Knobs are validated against ``abm/data/parameters.csv`` when the file is read, so a bad file
fails before anything runs.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from abm import validate_knobs

SCENARIO_DIR = Path(__file__).resolve().parent / "scenarios"


class ScenarioError(ValueError):
    """A scenario file or knob is wrong; the message names the file and the problem."""


@dataclass(frozen=True)
class ScenarioFile:
    """A scenario read from a file.

    Attributes:
        name: File stem (``baseline``) or the path given.
        description: One line saying what the scenario is.
        knobs: The knobs the file sets (not the defaults it leaves alone).
    """

    name: str
    description: str
    knobs: dict[str, Any]

    def resolved(self, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """Every knob, typed: defaults, then the file's knobs, then ``overrides``."""
        return validate_knobs({**self.knobs, **(overrides or {})})


def named_scenarios() -> dict[str, Path]:
    """The scenarios shipped with gridrush, name -> file."""
    return {path.stem: path for path in sorted(SCENARIO_DIR.glob("*.toml"))}


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, or raise :class:`ScenarioError` naming it."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ScenarioError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: not valid TOML ({error})") from None
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read ({error.strerror})") from None


def load_scenario(name_or_path: str | Path) -> ScenarioFile:
    """Read a named scenario (``baseline``) or a scenario file, validating its knobs.

    Raises:
        ScenarioError: Unknown name, unreadable or malformed file, or a bad knob.
    """
    text = str(name_or_path)
    named = named_scenarios()
    path = named[text] if text in named else Path(text)
    if text not in named and path.suffix != ".toml" and not path.exists():
        raise ScenarioError(f"unknown scenario '{text}' (named scenarios: {', '.join(named)})")
    data = read_toml(path)
    unknown_tables = sorted(set(data) - {"description", "knobs"})
    if unknown_tables:
        raise ScenarioError(
            f"{path}: unknown key '{unknown_tables[0]}' (expected 'description' and [knobs])"
        )
    knobs = data.get("knobs", {})
    if not isinstance(knobs, dict):
        raise ScenarioError(f"{path}: 'knobs' must be a table")
    try:
        validate_knobs(knobs)
    except ValueError as error:
        raise ScenarioError(f"{path}: {error}") from None
    return ScenarioFile(
        name=path.stem if text in named else text,
        description=str(data.get("description", "")),
        knobs=knobs,
    )


def parse_assignment(text: str) -> tuple[str, Any]:
    """``KNOB=VALUE`` from the command line; the value is read as TOML (numbers, strings)."""
    if "=" not in text:
        raise ScenarioError(f"--set expects KNOB=VALUE, got '{text}'")
    name, raw = (part.strip() for part in text.split("=", 1))
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw  # a bare word, e.g. grid_policy=ai_priority
    return name, value


def write_resolved(path: Path, knobs: dict[str, Any], description: str) -> None:
    """Write the fully resolved knobs as a scenario file that repeats the run exactly."""
    serialisable = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in knobs.items()}
    path.write_text(
        tomli_w.dumps({"description": description, "knobs": serialisable}), encoding="utf-8"
    )
