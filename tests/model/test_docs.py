"""The documentation states what the code does."""

import importlib.util
from pathlib import Path

from abm.scenario import PowerMarketScenario, knob_specs

ROOT = Path(__file__).resolve().parents[2]


def load_parameter_table_module():
    spec = importlib.util.spec_from_file_location(
        "parameter_table", ROOT / "docs" / "parameter_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_odd_parameter_table_is_generated_from_the_current_parameters():
    module = load_parameter_table_module()
    text = (ROOT / "docs" / "ODD.md").read_text(encoding="utf-8")
    assert module.render(text) == text, "run: .venv/bin/python docs/parameter_table.py"


def test_every_knob_has_a_unit_or_is_dimensionless_and_a_source_or_note():
    for spec in knob_specs().values():
        assert spec.description, spec.name
        assert spec.source, f"{spec.name} has neither a source nor a note"


def test_scenario_declares_exactly_the_knobs_of_the_table():
    declared = set(PowerMarketScenario._scenario_defaults)
    assert declared == set(knob_specs())


def test_odd_names_every_required_model_column():
    text = (ROOT / "docs" / "ODD.md").read_text(encoding="utf-8")
    for column in (
        "hashprice_usd_per_ph_day",
        "mw_acquired",
        "hhi_power",
        "miner_value_usd_per_w",
        "grid_queue_mw",
    ):
        assert f"`{column}`" in text or column in text


def test_powered_shell_value_quoted_in_odd_matches_the_code():
    value = PowerMarketScenario().powered_shell_value_usd_per_w()
    assert f"{value:.2f} USD per W" in (ROOT / "docs" / "ODD.md").read_text(encoding="utf-8")
    assert 5.19 <= value <= 7.81


def test_odd_section_7_names_the_file_of_every_submodel_one_to_one():
    import re

    text = (ROOT / "docs" / "ODD.md").read_text(encoding="utf-8")
    section = text[text.index("## 7. Submodels") : text.index("## 8. Parameters")]
    headings = re.findall(r"^### 7\.\d+ .*$", section, re.M)
    named = [re.search(r"`(abm/[^`]+\.py)`", h).group(1) for h in headings]
    for path in named:
        assert (ROOT / path).is_file(), path
    submodels = sorted(
        f"abm/submodels/{p.name}"
        for p in (ROOT / "abm" / "submodels").glob("*.py")
        if p.name != "__init__.py"
    )
    assert sorted(named) == sorted([*submodels, "abm/strategies.py"])
