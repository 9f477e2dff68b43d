"""The chart widget of the visual session: a Vega-Lite chart embedded once, fed changes per tick.

Solara's own ``FigureAltair`` (and Mesa's Altair components built on it) re-embeds the whole
chart with all its data on every change, after a 100 ms debounce: a Step could never be
redrawn within 0.1 s and, during Play, a debounce reset by each tick would hold the chart
still. :class:`VegaView` embeds the spec once with the tables then, and applies each tick's
changes to the live Vega view as Vega changesets (``view.change(name,
vega.changeset().insert(rows))``, or a removal of every row and an insert for a table that
is replaced), then redraws in place: zoom, pan and the hover state survive the update, and
what travels is the new rows only (:class:`viz.charts.ChartFeed`). The changes of every chart
on the page travel together, in one message of a :class:`ChartChannel`: each message the
server sends is handed over to its event loop, which costs milliseconds on a busy machine.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipyvuetify as v
import traitlets


class VegaView(v.VuetifyTemplate):
    """A Vega-Lite chart whose named data sources change in place.

    Attributes:
        name: Chart name, shown as the element's ``data-chart`` attribute.
        channel: Unique name under which the chart receives its changes in the page
            (:class:`ChartChannel`).
        spec: JSON text of a Vega-Lite spec whose data are named sources.
        datasets: JSON text of ``{"revision": tick, "tables": {source: {column: [values]}}}``,
            every table at one tick: what the chart is embedded with, or replaces its data
            with when it changes. Text, not a dict: the page's renderer would otherwise walk
            every value of every column looking for widgets.
        revision: The newest revision sent (by :attr:`datasets` or a :class:`ChartChannel`).
        drawn: The last revision the browser has drawn, sent back by the browser; the
            element's ``data-revision`` shows it too.
        on_drawn: Called with (name, revision) when the browser reports a drawing.
        on_resync: Called with no argument when the browser has missed a change (it then
            needs :attr:`datasets` set anew).
        renderer: Vega's renderer, ``canvas`` (fast to redraw) or ``svg``.
        listen_to_click: Whether clicks on marks are sent to :attr:`on_click`.
        on_click: Called with the clicked mark's datum (its plain fields).
    """

    template_file = str(Path(__file__).resolve().parent / "vega_view.vue")
    name = traitlets.Unicode("").tag(sync=True)
    channel = traitlets.Unicode().tag(sync=True)
    spec = traitlets.Unicode("{}").tag(sync=True)
    datasets = traitlets.Unicode('{"feed": "", "revision": -1, "tables": {}}').tag(sync=True)
    revision = traitlets.Int(-1)
    renderer = traitlets.Unicode("canvas").tag(sync=True)
    listen_to_click = traitlets.Bool(False).tag(sync=True)
    cdn = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    on_click = traitlets.Callable(None, allow_none=True)
    drawn = traitlets.Int(-1).tag(sync=True)
    on_drawn = traitlets.Callable(None, allow_none=True)
    on_resync = traitlets.Callable(None, allow_none=True)

    @traitlets.observe("datasets")
    def _datasets_revision(self, change: dict[str, Any]) -> None:
        """Keep :attr:`revision` at the tables' revision when all of them are set."""
        self.revision = max(self.revision, int(json.loads(change["new"])["revision"]))

    @traitlets.default("channel")
    def _new_channel(self) -> str:
        return uuid.uuid4().hex

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

    def vue_resync(self, _data: Any = None) -> None:
        """The browser missed a change: ask :attr:`on_resync` for every table anew."""
        if self.on_resync is not None:
            self.on_resync()

    @traitlets.default("cdn")
    def _cdn(self) -> str | None:
        import solara.settings

        if not solara.settings.assets.proxy:
            return solara.settings.assets.cdn
        return None


class ChartChannel(v.VuetifyTemplate):
    """The page's one channel for the charts' changes: one message a tick for all of them."""

    template_file = str(Path(__file__).resolve().parent / "chart_channel.vue")

    def send_changes(self, changes: dict[VegaView, dict[str, Any]]) -> None:
        """Send each chart its change (:meth:`viz.charts.ChartFeed.update`'s message)."""
        if not changes:
            return
        text = json.dumps({chart.channel: change for chart, change in changes.items()})
        self.send({"method": "change_data", "args": [text]})
        for chart, change in changes.items():
            chart.revision = int(change["to"])


SOLARA_NAVIGATOR_TYPO = "modules.export = {"


def spell_navigator_exports() -> None:
    """Give Solara's Navigator widget its template with ``module.exports`` spelled right.

    Solara's ``solara/widgets/vue/navigator.vue`` (1.64) starts its script with
    ``modules.export = {``: the page's Vue loader (ipyvue) cannot evaluate that, warns "Failed
    to evaluate Vue script and find module.exports, falling back to old method" in the browser
    console, and then reads the object another way. Every Solara page has a Navigator (the
    router's), so every page showed the warning. The template is read from the file Solara
    ships, corrected, and written once to a temporary file that the widget then loads; a
    Solara whose template is right is left as it is.
    """
    import hashlib
    import os
    import tempfile

    from solara.widgets.widgets import Navigator

    shipped = Path(Navigator.template_file)
    text = shipped.read_text(encoding="utf-8")
    if SOLARA_NAVIGATOR_TYPO not in text:
        return
    text = text.replace(SOLARA_NAVIGATOR_TYPO, "module.exports = {", 1)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    corrected = Path(tempfile.gettempdir()) / f"gridrush-solara-navigator-{digest}.vue"
    if not corrected.exists():
        # Written under another name, then renamed: two servers starting at once never read
        # half a file.
        partial = corrected.with_suffix(f".{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(corrected)
    Navigator.template_file = str(corrected)
