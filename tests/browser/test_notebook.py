"""The notebook's code runs: its cells build the page and draw the views."""

import json
from pathlib import Path

import altair as alt
import pandas as pd

NOTEBOOK = Path(__file__).resolve().parents[2] / "viz" / "notebook.ipynb"


def test_notebook_cells_run_and_draw_the_same_views():
    cells = [c for c in json.loads(NOTEBOOK.read_text())["cells"] if c["cell_type"] == "code"]
    namespace: dict = {}
    results = []
    for cell in cells:
        lines = "".join(cell["source"]).rstrip().splitlines()
        *body, last = lines
        exec("\n".join(body), namespace)  # noqa: S102 - the notebook's own code
        results.append(eval(last, namespace))  # noqa: S307 - its last expression, as Jupyter shows it
    assert results[0] is not None  # the page element
    for chart in results[1:3]:
        assert isinstance(chart, alt.TopLevelMixin)
        assert chart.to_dict()["datasets"], "the chart carries no data"
    assert isinstance(results[3], pd.DataFrame) and "mw" in results[3].columns
