"""The chart widget of the visual session: a Vega-Lite chart embedded once, fed data per tick.

Solara's own ``FigureAltair`` re-embeds the whole chart on every change, after a 100 ms
debounce: a Step could never be redrawn within 0.1 s and, during Play, a debounce reset by
each tick would hold the chart still. :class:`VegaView` embeds the spec once and hands each
tick's tables to the live Vega view (``view.data(name, rows)``), which redraws in place; zoom,
pan and the hover state survive the update.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipyvuetify as v
import traitlets


class VegaView(v.VuetifyTemplate):
    """A Vega-Lite chart whose named data sources are replaced in place.

    Attributes:
        name: Chart name, shown as the element's ``data-chart`` attribute.
        spec: JSON text of a Vega-Lite spec whose data are named sources.
        datasets: JSON text of named source -> columns (name -> list of values). Text, not a
            dict: the page's renderer would otherwise walk every value of every column on each
            render looking for widgets, which cost more than drawing a tick.
        revision: Number of the datasets value; the element's ``data-revision`` shows the
            last one drawn.
        drawn: The last revision the browser has drawn, sent back by the browser.
        on_drawn: Called with (name, revision) when the browser reports a drawing.
        renderer: Vega's renderer, ``canvas`` (fast to redraw) or ``svg``.
        listen_to_click: Whether clicks on marks are sent to :attr:`on_click`.
        on_click: Called with the clicked mark's datum (its plain fields).
    """

    template_file = str(Path(__file__).resolve().parent / "vega_view.vue")
    name = traitlets.Unicode("").tag(sync=True)
    spec = traitlets.Unicode("{}").tag(sync=True)
    datasets = traitlets.Unicode("{}").tag(sync=True)
    revision = traitlets.Int(0).tag(sync=True)
    renderer = traitlets.Unicode("canvas").tag(sync=True)
    listen_to_click = traitlets.Bool(False).tag(sync=True)
    cdn = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    on_click = traitlets.Callable(None, allow_none=True)
    drawn = traitlets.Int(-1).tag(sync=True)
    on_drawn = traitlets.Callable(None, allow_none=True)

    @traitlets.observe("drawn")
    def _report_drawn(self, change: dict[str, Any]) -> None:
        """Tell :attr:`on_drawn` which revision the browser has drawn (for Play's pacing)."""
        if self.on_drawn is not None:
            self.on_drawn(self.name, change["new"])

    def vue_chart_click(self, datum: dict[str, Any]) -> None:
        """Forward a click from the browser to :attr:`on_click`."""
        callback: Callable[[dict[str, Any]], None] | None = self.on_click
        if callback is not None and isinstance(datum, dict):
            callback(datum)

    @traitlets.default("cdn")
    def _cdn(self) -> str | None:
        import solara.settings

        if not solara.settings.assets.proxy:
            return solara.settings.assets.cdn
        return None
