"""The interactive visual session: the market structure forming, tick by tick.

Serve it with ``gridrush viz`` (127.0.0.1:8765 by default, assets served locally, no internet
needed) or ``solara run viz/app.py``; in Jupyter, display ``Page()``.

Every browser session has its own model (Solara's per-session state): one visitor's Step or
Reset never moves another's, and a session's model goes when its page closes. Controls set the
knobs of a new model on Reset; picking a named scenario (``experiments/scenarios/``) sets the
controls to its values and starts it. Every value received from the page is checked against
the control's range and the knob table (:func:`abm.validate_knobs`, the API's gate) before it
is used; a bad one is refused with a one-line message in the page. The model never steps past
its horizon.

The views are the tables of :mod:`abm.views`, drawn by :mod:`viz.charts` with
:class:`viz.widgets.VegaView`: each chart is embedded once with its tables, then gets only
each tick's changes (the new rows), all charts of the page in one message. Play steps the
model at its speed and shows the newest tick whenever the page has drawn the one before.
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

import reacton.core
import solara
import solara.lab

from abm import PowerMarketModel, knob_specs, validate_knobs, views
from experiments.scenario_files import ScenarioError, load_scenario, named_scenarios
from viz import charts
from viz.widgets import ChartChannel, VegaView, spell_navigator_exports

# Before any page is built: Solara's router widget would otherwise warn in every page's console.
spell_navigator_exports()

TITLE = "gridrush: the race for grid power"
TABS = ("Market structure", "Regions and leases", "Bitcoin and AI demand", "Firm close up")
PLAY_SPEEDS_TICKS_PER_S = (2, 5, 10, 20, 30)
DEFAULT_PLAY_SPEED = 20
PLAY_AHEAD_MAX_S = 0.5
"""During Play, the model runs ahead of the page's drawing by at most this many seconds of
ticks; past that it waits for the drawing (a backlog would make the page lag ever more)."""


@dataclass(frozen=True)
class Control:
    """A knob the page lets a visitor set, with the range the page allows.

    Attributes:
        knob: Knob name (``abm/data/parameters.csv``).
        label: What the page calls it.
        low: Lowest value allowed (the slider's start).
        high: Highest value allowed (the slider's end).
        step: Slider step.
        choices: Allowed values of a text knob (a select instead of a slider).
    """

    knob: str
    label: str
    low: float = 0
    high: float = 0
    step: float = 1
    choices: tuple[str, ...] = ()

    @property
    def unit(self) -> str:
        """The knob's unit from the knob table (empty when it has none)."""
        return knob_specs()[self.knob].unit

    def shown(self, value: Any) -> str:
        """``label: value unit``, as the page shows it."""
        if isinstance(value, str):
            return f"{self.label}: {value}"
        number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
        return f"{self.label}: {number} {self.unit}".rstrip()

    def check(self, value: Any) -> Any:
        """``value`` typed as the knob, or ValueError naming the control and the problem."""
        if self.knob == "seed" and isinstance(value, str):
            text = value.strip()
            if not text.isdigit() or len(text) > 10:
                raise ValueError(f"{self.label}: '{value[:20]}' is not a whole number 0-9999999999")
            value = int(text)
        try:
            typed = validate_knobs({self.knob: value})[self.knob]
        except ValueError as error:
            raise ValueError(f"{self.label}: {error}") from None
        if self.choices:
            if typed not in self.choices:
                raise ValueError(f"{self.label}: '{typed}' is not one of {', '.join(self.choices)}")
        elif self.high > self.low and not self.low <= typed <= self.high:
            raise ValueError(
                f"{self.label}: {typed:,} is outside the page's range {self.low:,}-{self.high:,}"
            )
        return typed


CONTROLS: tuple[Control, ...] = (
    Control("seed", "Random seed", 0, 9_999_999_999),
    Control("n_miners", "Miner sites", 10, 2000, 10),
    Control("btc_price_usd", "Initial BTC price", 10_000, 300_000, 1_000),
    Control("btc_volatility_annual", "BTC volatility", 0.0, 1.5, 0.05),
    Control("ai_demand_scale", "AI demand scale", 0.0, 3.0, 0.1),
    Control("ai_max_lease_usd_per_kw_month", "Hyperscalers' max lease", 50, 600, 10),
    Control("grid_headroom_gw", "Grid headroom", 0.0, 60.0, 1.0),
    Control(
        "grid_policy",
        "Grid allocation policy",
        choices=("first_come", "highest_bid", "ai_priority"),
    ),
)
CONTROL_OF = {control.knob: control for control in CONTROLS}


def scenario_knobs(name: str) -> dict[str, Any]:
    """Every knob of the named scenario, resolved (defaults, then the scenario's file)."""
    return load_scenario(name).resolved()


def default_scenario() -> str:
    """The scenario a new session starts with: ``baseline`` when it ships."""
    names = list(named_scenarios())
    return "baseline" if "baseline" in names else names[0]


def build_model(knobs: dict[str, Any]) -> PowerMarketModel:
    """A model from fully resolved knobs (checked again by the model itself)."""
    return PowerMarketModel(**knobs)


def new_session() -> tuple[str, dict[str, Any], PowerMarketModel]:
    """What a new visitor starts with: the default scenario, its knobs and its model."""
    name = default_scenario()
    knobs = scenario_knobs(name)
    return name, knobs, build_model(knobs)


class Session:
    """One visitor's run: the scenario and knobs it started from, its model, whether it closed.

    The page's callbacks and its Play thread reach the model only through the session, so
    :meth:`close` (when the page closes) lets the model go even if a widget outlives it.
    """

    def __init__(self) -> None:
        """Start a session on the default scenario."""
        self.scenario, self.knobs, model = new_session()
        self.model: PowerMarketModel | None = model
        self.closed = threading.Event()
        self.lock = threading.Lock()
        """Held while the model steps and while its tables are read (Play runs in a thread)."""
        self.drawn: dict[str, int] = {}
        self.drawing = threading.Condition()
        self.feeds: dict[VegaView, tuple[charts.ChartFeed, weakref.ref]] = {}
        """Each chart on the page: its feed and the model it draws (held with :attr:`lock`)."""
        self.channel: ChartChannel | None = None
        """The page's channel for the charts' changes, once it is on the page."""

    def send_changes(self) -> None:
        """Send every chart on the page what it needs to show the model's tick now, at once.

        Under :attr:`lock`, so two ticks' messages never leave out of order; charts already
        at the tick get nothing.
        """
        with self.lock:
            model, channel = self.model, self.channel
            if model is None or channel is None:
                return
            changes = {}
            for widget, (feed, drawn_model) in list(self.feeds.items()):
                if model is drawn_model():
                    change = feed.update(model)
                    if change is not None:
                        changes[widget] = change
            channel.send_changes(changes)

    def mark_drawn(self, chart: str, revision: int) -> None:
        """Record that the browser has drawn ``revision`` of ``chart``."""
        with self.drawing:
            self.drawn[chart] = revision
            self.drawing.notify_all()

    def has_drawn(self, revision: int) -> bool:
        """Whether every chart on the page has drawn ``revision`` (or a later one)."""
        with self.drawing:
            return all(drawn >= revision for drawn in self.drawn.values())

    def wait_drawn(self, revision: int, timeout_s: float) -> bool:
        """Wait until every chart on the page has drawn ``revision`` (or ``timeout_s``).

        Play waits for this before it shows a newer tick once the model is
        :data:`PLAY_AHEAD_MAX_S` ahead, so it never sends ticks faster than the browser
        draws them (a backlog would make the page lag ever more behind the model).
        """
        with self.drawing:
            return self.drawing.wait_for(
                lambda: all(drawn >= revision for drawn in self.drawn.values()), timeout_s
            )

    def close(self) -> None:
        """Stop the session's Play loop and drop its model."""
        self.closed.set()
        self.model = None
        with self.lock:
            self.feeds.clear()
        with self.drawing:
            self.drawing.notify_all()


def clock(model: PowerMarketModel) -> str:
    """``2026-03-03 · tick 15 of 522``: the date and the tick of the model now."""
    return f"{model.date:%Y-%m-%d} · tick {model.steps} of {model.n_ticks}"


def running(model: PowerMarketModel) -> str:
    """What the model on the page was built with (the knobs apply on Reset, not before)."""
    s = model.scenario
    return f"Running: {s.n_miners:,} miner sites, seed {s.seed}, {s.grid_policy} grid policy"


def step_once(model: PowerMarketModel) -> bool:
    """Advance one tick unless the run is at its horizon; returns whether it stepped."""
    if model.steps >= model.n_ticks:
        return False
    model.step()
    return True


@solara.component
def Chart(
    view: charts.ChartView,
    model: PowerMarketModel,
    session: Session,
    on_click=None,
    **options,
):
    """One chart of ``view``: embedded once with its tables, then fed by the page's channel.

    A new model or new options (a region, a firm) start a new :class:`viz.charts.ChartFeed`,
    whose whole tables replace the chart's. The chart itself does not re-render on a tick:
    :func:`ChartChanges` sends every chart's changes after each tick shown.
    """
    option_items = tuple(sorted(options.items()))
    feed = solara.use_memo(
        lambda: charts.ChartFeed(view, options), dependencies=[view, model, option_items]
    )

    def first_tables() -> tuple[str, tuple[str, ...]]:
        with session.lock:
            full = feed.full(model)
        return json.dumps(full), tuple(full["tables"])

    tables, names = solara.use_memo(first_tables, dependencies=[feed])
    spec = solara.use_memo(lambda: json.dumps(view.spec(list(names))), dependencies=[view, names])
    element = VegaView.element(
        name=view.name,
        spec=spec,
        datasets=tables,
        renderer=view.renderer,
        listen_to_click=on_click is not None,
        on_click=on_click,
        on_drawn=session.mark_drawn,
    )
    # The widget may outlive the page (until the browser lets it go): what it keeps must not
    # keep a closed session's model.
    drawn_model = weakref.ref(model)

    def send_tables_again() -> None:
        widget = solara.get_widget(element)
        with session.lock:
            now = session.model
            if now is not None and now is drawn_model():
                widget.datasets = json.dumps(feed.full(now))

    def register():
        widget = solara.get_widget(element)
        widget.on_resync = send_tables_again
        with session.lock:
            session.feeds[widget] = (feed, drawn_model)

        def unregister():
            with session.lock:
                session.feeds.pop(widget, None)
            with session.drawing:
                session.drawn.pop(view.name, None)

        return unregister

    solara.use_effect(register, dependencies=[feed])
    return element


@solara.component
def ChartChanges(session: Session, tick: solara.Reactive[int]) -> None:
    """The page's channel for the charts' changes; after each tick shown, any not sent yet.

    A tick shown by Step or Play has its changes sent before the page re-renders
    (:meth:`Session.send_changes`), so the browser draws the charts while the server renders
    the clock; what is left (a chart that joined since) goes after the render.
    """
    shown = tick.value
    channel = ChartChannel.element()

    def register():
        widget = solara.get_widget(channel)
        session.channel = widget

        def unregister():
            if session.channel is widget:
                session.channel = None

        return unregister

    solara.use_effect(register, dependencies=[])
    solara.use_effect(session.send_changes, dependencies=[shown])


@solara.component
def Slider(control: Control, value: Any, on_value) -> None:
    """A slider with its value and unit shown above it (never squeezed by a long label)."""
    solara.Text(control.shown(value), style={"font-size": "14px", "font-weight": "500"})
    whole = knob_specs()[control.knob].kind == "int" or float(control.step).is_integer()
    (solara.SliderInt if whole else solara.SliderFloat)(
        label="",
        value=value,
        min=control.low,
        max=control.high,
        step=control.step,
        on_value=on_value,
        thumb_label=False,
    )


@solara.component
def Page():
    """The visual session of one visitor: controls, the clock and four tabs of views."""
    session = solara.use_memo(Session, dependencies=[])
    resolved, set_resolved = solara.use_state(session.knobs)
    scenario, set_scenario = solara.use_state(session.scenario)
    generation, set_generation = solara.use_state(0)
    # A reactive value, read only by the components that show the tick (the run card, the
    # charts, the firm now): a tick re-renders them, not the tabs or the knobs' sidebar.
    tick = solara.use_reactive(0)
    render_context = reacton.core.get_render_context()

    def show_tick(value: int) -> None:
        # The charts' changes first: the browser draws them while the clock re-renders.
        session.send_changes()
        # One batch: every component reading the tick re-renders in one pass, not one each.
        with render_context:
            tick.set(value)

    playing, set_playing = solara.use_state(False)
    speed, set_speed = solara.use_state(DEFAULT_PLAY_SPEED)
    message, set_message = solara.use_state("")
    refused, set_refused = solara.use_state({})  # knob -> values refused (a control's key)
    tab, set_tab = solara.use_state(0)
    region, set_region = solara.use_state(views.ALL_REGIONS)
    firm, set_firm = solara.use_state(views.firm_codes(session.model)["firm"].iloc[0])
    solara.use_effect(lambda: session.close, dependencies=[])

    def refuse(text: str) -> None:
        set_message(text.splitlines()[0])

    def reset(knobs: dict[str, Any] | None = None) -> None:
        set_playing(False)
        try:
            fresh = build_model(knobs or resolved)
        except ValueError as error:
            refuse(f"cannot build the model: {error}")
            return
        # One render for the new model's views and clock: never one without the other.
        with render_context:
            session.model = fresh
            set_generation(generation + 1)
            tick.set(0)
            set_message("")
            if firm not in fresh.firm_names:
                set_firm(views.firm_codes(fresh)["firm"].iloc[0])

    def on_control(control: Control):
        def set_value(value: Any) -> None:
            try:
                typed = control.check(value)
            except ValueError as error:
                refuse(str(error))
                # A new control shows the value kept: the refused one stays in the old
                # control's state, which the browser would clamp into range and send back.
                set_refused({**refused, control.knob: refused.get(control.knob, 0) + 1})
                return
            set_resolved({**resolved, control.knob: typed})
            set_message("")

        return set_value

    def pick_scenario(name: Any) -> None:
        if name not in named_scenarios():
            refuse(
                f"Named scenario: '{str(name)[:40]}' is not one of {', '.join(named_scenarios())}"
            )
            return
        try:
            knobs = scenario_knobs(name)
        except ScenarioError as error:
            refuse(str(error))
            return
        set_scenario(name)
        set_resolved(knobs)
        reset(knobs)

    def do_step() -> None:
        model = session.model
        if model is None:
            return
        try:
            with session.lock:
                stepped = step_once(model)
        except Exception as error:  # a model failure is shown, never a traceback
            refuse(f"the model stopped at tick {model.steps}: {type(error).__name__}: {error}")
            return
        if not stepped:
            refuse(f"the run reached its horizon ({model.date:%Y-%m-%d}); Reset to run again")
        show_tick(model.steps)

    def play_loop(cancel: threading.Event) -> None:
        model = session.model
        interval_s = 1.0 / speed
        # How far the model may run ahead of the page's drawing, in ticks.
        ahead_max = max(1, round(speed * PLAY_AHEAD_MAX_S))
        shown = model.steps if model is not None else 0
        due = time.perf_counter()
        stopped = False
        while not (cancel.is_set() or session.closed.is_set()) and session.model is model:
            try:
                with session.lock:
                    stepped = step_once(model)
            except Exception as error:
                refuse(f"the model stopped at tick {model.steps}: {type(error).__name__}: {error}")
                stopped = True
                break
            if not stepped:
                stopped = True
                break
            # The model steps at the Play speed; the page shows the newest tick whenever it has
            # drawn the one shown before (a render carries every tick since), so a slow
            # drawing lowers the frame rate, not the model's speed, and the clock and the
            # charts always show the same tick.
            if session.has_drawn(shown) or model.steps - shown >= ahead_max:
                session.wait_drawn(shown, timeout_s=2.0)
                shown = model.steps
                show_tick(shown)
            due += interval_s
            now = time.perf_counter()
            if due < now - interval_s:  # far behind (a slow tick): do not burst to catch up
                due = now
            time.sleep(max(due - now, 0.0))
        if session.model is model and model is not None and shown != model.steps:
            show_tick(model.steps)  # the tick the model stopped at, before the buttons change
        if stopped:
            set_playing(False)

    # Solara's intrusive cancel traces every line the thread runs (sys.settrace), the model's
    # step and the page's render included: several times slower. The loop checks instead.
    solara.use_thread(
        play_loop if playing else (lambda cancel: None),
        dependencies=[playing, generation, speed],
        intrusive_cancel=False,
    )

    def on_speed(value: Any) -> None:
        if value not in PLAY_SPEEDS_TICKS_PER_S:
            refuse(f"Play speed: {str(value)[:20]} is not one of {PLAY_SPEEDS_TICKS_PER_S}")
            return
        set_speed(value)

    def on_region(value: Any) -> None:
        if session.model is None or value not in (views.ALL_REGIONS, *session.model.region_names):
            refuse(f"Region: '{str(value)[:40]}' is not a region of the model")
            return
        set_region(value)

    def on_firm(value: Any) -> None:
        if session.model is None or value not in session.model.firm_names:
            refuse(f"Firm: '{str(value)[:40]}' is not a firm of the model")
            return
        set_firm(value)

    def on_tab(value: Any) -> None:
        if value in range(len(TABS)):
            set_tab(value)

    def open_firm(datum: dict[str, Any]) -> None:
        name = datum.get("landlord") or datum.get("firm")
        if isinstance(name, str) and session.model and name in session.model.firm_names:
            set_firm(name)
            set_tab(TABS.index("Firm close up"))

    if session.model is None:  # the page has closed
        return
    solara.Title(TITLE)
    with solara.AppBar():
        solara.AppBarTitle(TITLE)
    with solara.Sidebar():
        RunCard(
            session,
            tick,
            playing,
            on_reset=lambda: reset(),
            on_play=lambda: set_playing(not playing),
            on_step=do_step,
            speed=speed,
            on_speed=on_speed,
            message=message,
        )
        with solara.Card("Scenario and knobs"):
            solara.Select(
                "Named scenario",
                value=scenario,
                values=list(named_scenarios()),
                on_value=pick_scenario,
            )
            solara.Text("Knobs apply on Reset; a named scenario sets them and starts it.")
            for control in CONTROLS:
                value = resolved[control.knob]
                key = f"{control.knob}-{refused.get(control.knob, 0)}"
                if control.choices:
                    solara.Select(
                        control.label,
                        value=value,
                        values=list(control.choices),
                        on_value=on_control(control),
                    ).key(key)
                elif control.knob == "seed":
                    solara.InputText(
                        control.label, value=str(value), on_value=on_control(control)
                    ).key(key)
                else:
                    Slider(control, value, on_control(control)).key(key)
    # The model is passed, not only read from the session: a Reset then re-renders the views.
    Views(session, session.model, tick, tab, on_tab, region, on_region, firm, on_firm, open_firm)


@solara.component
def Clock(session: Session, tick: solara.Reactive[int]) -> None:
    """The date and tick of the model, and what it was built with."""
    tick.value  # re-render on every tick  # noqa: B018
    model = session.model
    if model is None:
        return
    solara.Text(clock(model), classes=["gridrush-clock"], style={"font-weight": "bold"})
    solara.Text(running(model), classes=["gridrush-running"], style={"font-size": "13px"})


@solara.component
def RunButtons(
    session: Session, tick: solara.Reactive[int], playing: bool, on_reset, on_play, on_step
) -> None:
    """Reset, Play / Pause and Step; Play and Step off at the run's horizon."""
    tick.value  # re-render on every tick (the horizon)  # noqa: B018
    model = session.model
    if model is None:
        return
    at_horizon = model.steps >= model.n_ticks
    with solara.Row():
        solara.Button("Reset", color="primary", on_click=on_reset)
        solara.Button(
            "Pause" if playing else "Play",
            color="primary",
            on_click=on_play,
            disabled=at_horizon and not playing,
        )
        solara.Button("Step", color="primary", on_click=on_step, disabled=playing or at_horizon)


@solara.component
def RunCard(
    session: Session,
    tick: solara.Reactive[int],
    playing: bool,
    on_reset,
    on_play,
    on_step,
    speed: int,
    on_speed,
    message: str,
) -> None:
    """The clock, Reset / Play / Step, the Play speed and the page's one-line message."""
    if session.model is None:
        return
    with solara.Card("Run"):
        Clock(session, tick)
        RunButtons(session, tick, playing, on_reset, on_play, on_step)
        solara.Select(
            "Play speed (ticks/s)",
            value=speed,
            values=list(PLAY_SPEEDS_TICKS_PER_S),
            on_value=on_speed,
        )
        if message:
            solara.Error(message, classes=["gridrush-message"])


@solara.component
def Views(
    session: Session,
    model: PowerMarketModel,
    tick_value: solara.Reactive[int],
    tab: int,
    on_tab,
    region: str,
    on_region,
    firm: str,
    on_firm,
    open_firm,
) -> None:
    """The four tabs of views; only the open tab's charts are drawn and fed.

    The tick is read by the charts and the parts that show the market now, not here: a tick
    re-renders them alone, not the tabs and their controls.
    """
    tick = tick_value
    if model is None or session.model is not model:
        return
    RunStart(session, tick)
    ChartChanges(session, tick)
    with solara.lab.Tabs(value=tab, on_value=on_tab, lazy=True):
        with solara.lab.Tab(TABS[0]):
            if tab == 0:
                solara.Select(
                    "Region",
                    value=region,
                    values=[views.ALL_REGIONS, *model.region_names],
                    on_value=on_region,
                )
                view = (
                    charts.MW_BY_USE if region == views.ALL_REGIONS else charts.MW_BY_USE_IN_REGION
                )
                Chart(view, model, session, region=region)
                with solara.Columns([1, 1]):
                    Chart(charts.CONTROL, model, session, on_click=open_firm)
                    Chart(charts.HHI, model, session)
        with solara.lab.Tab(TABS[1]):
            if tab == 1:
                Chart(charts.REGIONS, model, session)
                Chart(charts.LEASE_NETWORK, model, session, on_click=open_firm)
        with solara.lab.Tab(TABS[2]):
            if tab == 2:
                with solara.Columns([1, 1]):
                    Chart(charts.POWER_GAP, model, session)
                    Chart(charts.HASHPRICE, model, session)
                Chart(charts.LEASE_PRICE, model, session)
        with solara.lab.Tab(TABS[3]):
            if tab == 3:
                FirmCloseUp(model, tick, firm, on_firm, session)


@solara.component
def RunStart(session: Session, tick: solara.Reactive[int]) -> None:
    """At tick 0, what the run starts from and what to do."""
    model = session.model
    if tick.value == 0 and model is not None and model.steps == 0:
        solara.Info(
            f"The run starts on {model.date:%Y-%m-%d}: Step or Play to watch the market form "
            "(time series draw from the second tick on)."
        )


@solara.component
def FirmCloseUp(
    model: PowerMarketModel, tick: solara.Reactive[int], firm: str, on_firm, session: Session
) -> None:
    """One firm: pick it, then its sites now, its MW by use, cash and site values over time."""
    ranked = views.firm_codes(model)
    solara.Select("Firm (largest first)", value=firm, values=list(ranked["firm"]), on_value=on_firm)
    FirmNow(model, tick, firm, "summary")
    Chart(charts.FIRM_USE, model, session, firm=firm)
    with solara.Columns([1, 1]):
        Chart(charts.FIRM_CASH, model, session, firm=firm)
        Chart(charts.FIRM_VALUE, model, session, firm=firm)
    FirmNow(model, tick, firm, "sites")


@solara.component
def FirmNow(model: PowerMarketModel, tick: solara.Reactive[int], firm: str, part: str) -> None:
    """The firm now: its ``summary`` line (sites, MW, debt) or its table of ``sites``."""
    tick.value  # re-render on every tick  # noqa: B018
    sites = views.firm_sites(model, firm)
    if part == "summary":
        debt = sites["debt_usd"].sum() / 1e6
        solara.Markdown(
            f"**{firm}**: {len(sites)} site(s), {sites['mw'].sum():,.0f} MW, "
            f"debt {debt:,.1f} USD million now"
        )
        return
    shown = sites.assign(
        cash_usd_m=(sites["cash_usd"] / 1e6).round(1),
        debt_usd_m=(sites["debt_usd"] / 1e6).round(1),
        value_usd_per_w=sites["value_usd_per_w"].round(2),
        pivot_propensity_usd_m_per_mw=(sites["pivot_propensity_usd_per_mw"] / 1e6).round(2),
        mw=sites["mw"].round(1),
    )[
        [
            "site",
            "region",
            "use",
            "mw",
            "tenant",
            "cash_usd_m",
            "debt_usd_m",
            "value_usd_per_w",
            "pivot_propensity_usd_m_per_mw",
        ]
    ]
    solara.Markdown(
        "Its sites now (cash and debt in USD million; pivot propensity: best AI path's value "
        "minus what staying requires, USD million per MW; above 0 the site is offered to AI)"
    )
    solara.DataFrame(shown, items_per_page=10)
