"""``gridrush analyze``: a sweep folder's report in Markdown, its figures and their tables.

Sections, each present when the sweep allows it: final values per design point with bootstrap
intervals; paired differences between the levels of each grid factor; bands over time for the
time-series metrics; Sobol indices and their convergence (Sobol designs) or Morris screening
(Morris designs); scenario discovery with PRIM and CART (when an outcome of interest is given).
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd

from experiments.analysis import discovery, paired, sensitivity, timeseries
from experiments.analysis.figures import new_figure, paper_style, save_figure
from experiments.analysis.intervals import MIN_REPLICATIONS, group_intervals, too_few_note
from experiments.analysis.quantities import axis_label, quantity
from experiments.analysis.settings import AnalysisSettings, read_settings
from experiments.sweep import (
    DESIGN_FILE,
    MORRIS_LEVELS,
    SWEEP_COPY,
    SweepError,
    folder_sweep,
    load,
)

REPORT_DIR = "analysis"
REPORT_FILE = "report.md"
TABLE_ROWS = 30
"""Rows of a table shown in the report (the CSV beside it has them all)."""


def markdown_table(frame: pd.DataFrame, rows: int = TABLE_ROWS) -> str:
    """``frame`` as a Markdown table (numbers to 4 significant digits), at most ``rows`` rows."""
    if frame.empty:
        return "(none)"

    def cell(value: object) -> str:
        if isinstance(value, float | np.floating):
            return "" if math.isnan(value) else f"{value:.4g}"
        return str(value).replace("|", "\\|")

    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = [
        "| " + " | ".join(cell(v) for v in row) + " |"
        for row in frame.head(rows).itertuples(index=False)
    ]
    more = [f"\n({len(frame) - rows} more rows in the CSV)"] if len(frame) > rows else []
    return "\n".join([header, rule, *body, *more])


def seeding(results: pd.DataFrame) -> tuple[bool, str]:
    """Whether replication k has one seed at every design point (common random numbers).

    Returns:
        (common, a sentence for the report), from the manifest's seeds, not from the sweep
        file's settings.
    """
    seeds_per_replication = results.groupby("replication")["seed"].nunique()
    points = results["point"].nunique()
    if points > 1 and bool((seeds_per_replication == 1).all()):
        return True, (
            "Common random numbers: replication *k* has the same seed at every design point "
            f"(checked on the manifest's {len(results)} runs), so design points are compared "
            "on the same BTC paths and populations, run by run."
        )
    return False, (
        f"Seeds differ between design points ({results['seed'].nunique()} distinct seeds over "
        f"{len(results)} runs): comparisons between points are unpaired, so the noise of "
        "each run is part of every difference."
    )


def point_summary(
    results: pd.DataFrame, parameters: list[str], metrics: list[str], settings: AnalysisSettings
) -> pd.DataFrame:
    """Per design point: its knobs, the replications and each metric's mean and interval."""
    table = results.groupby("point")[parameters].first()
    table["replications"] = results.groupby("point").size()
    for metric in metrics:
        stats = group_intervals(results, ["point"], metric, settings.bootstrap_resamples)
        stats = stats.set_index("point")
        table[f"{metric}_mean"] = stats["mean"]
        table[f"{metric}_ci95_low"] = stats["low"]
        table[f"{metric}_ci95_high"] = stats["high"]
    return table.reset_index()


def _format(value: object) -> str:
    return f"{value:g}" if isinstance(value, float | np.floating) else str(value)


def _numeric(frame: pd.DataFrame, names: list[str]) -> list[str]:
    return [n for n in names if pd.api.types.is_numeric_dtype(frame[n])]


def grid_interval_figure(
    summary: pd.DataFrame,
    results: pd.DataFrame,
    parameters: list[str],
    metric: str,
    colour_by: str,
):
    """Mean and interval of ``metric`` per design point of a grid, replications as dots.

    The x axis is a numeric factor other than ``colour_by`` (else ``colour_by`` itself, as
    categories); one colour per level of ``colour_by``; further factors are pooled into
    separate markers only if there are at most eight combinations.
    """
    numeric = [p for p in _numeric(summary, parameters) if p != colour_by]
    x_name = numeric[0] if numeric else colour_by
    fig = new_figure(height_in=3.0)
    ax = fig.axes[0]
    levels = list(pd.unique(summary[colour_by])) if x_name != colour_by else [None]
    categorical = not pd.api.types.is_numeric_dtype(summary[x_name])
    positions = {v: i for i, v in enumerate(pd.unique(summary[x_name]))} if categorical else None
    span = len(levels)
    for index, level in enumerate(levels):
        rows = summary if level is None else summary[summary[colour_by] == level]
        runs = results if level is None else results[results[colour_by] == level]
        rows = rows.sort_values(x_name)
        if categorical:
            xs = rows[x_name].map(positions).to_numpy(float)
            run_x = runs[x_name].map(positions).to_numpy(float)
        else:
            xs = rows[x_name].to_numpy(float)
            run_x = runs[x_name].to_numpy(float)
        # Dodge the levels a little so intervals do not overlap.
        width = (np.ptp(xs) / max(len(xs), 1) * 0.15) if not categorical and len(xs) > 1 else 0.12
        offset = (index - (span - 1) / 2) * width
        colour = f"C{index % 8}"
        ax.scatter(run_x + offset, runs[metric], s=5, color=colour, alpha=0.35, lw=0)
        mean = rows[f"{metric}_mean"].to_numpy(float)
        low = rows[f"{metric}_ci95_low"].to_numpy(float)
        high = rows[f"{metric}_ci95_high"].to_numpy(float)
        label = None if level is None else _format(level)
        ax.errorbar(
            xs + offset,
            mean,
            yerr=[np.nan_to_num(mean - low), np.nan_to_num(high - mean)],
            fmt="o-" if not categorical else "o",
            ms=3.5,
            capsize=2,
            color=colour,
            label=label,
        )
    if categorical:
        ax.set_xticks(list(positions.values()), [str(v) for v in positions])
    ax.set(xlabel=axis_label(x_name, knob=True), ylabel=axis_label(metric))
    if np.isfinite(quantity(metric).minimum) and quantity(metric).minimum == 0:
        ax.set_ylim(bottom=0)
    n = int(summary["replications"].min())
    ax.set_title(f"{quantity(metric).label}: mean and 95 % bootstrap interval (n = {n} per point)")
    if levels != [None]:
        ax.legend(title=quantity(colour_by, knob=True).label)
    columns = [
        "point",
        *parameters,
        "replications",
        f"{metric}_mean",
        f"{metric}_ci95_low",
        f"{metric}_ci95_high",
    ]
    return fig, summary[columns]


def scatter_figure(results: pd.DataFrame, parameters: list[str], metric: str, marked=None):
    """``metric`` of every run against each varied knob (sampled designs), one panel per knob."""
    columns = min(len(parameters), 2 if len(parameters) == 4 else 3)
    rows = int(np.ceil(len(parameters) / columns))
    fig = new_figure(rows, columns, height_in=2.3 * rows + 0.3, sharey=True)
    for ax, name in zip(fig.axes, parameters, strict=False):
        if marked is None:
            ax.scatter(results[name], results[metric], s=4, alpha=0.5, lw=0)
        else:
            for value, colour, label in (
                (False, "C5", "other runs"),
                (True, "C3", "outcome of interest"),
            ):
                chosen = results[marked.reindex(results["run_id"]).to_numpy() == value]
                ax.scatter(
                    chosen[name], chosen[metric], s=4, alpha=0.6, lw=0, color=colour, label=label
                )
        ax.set_xlabel(axis_label(name, width=40, knob=True))
        if ax.get_subplotspec().is_first_col():
            ax.set_ylabel(axis_label(metric))
    for ax in fig.axes[len(parameters) :]:
        ax.set_visible(False)
    if marked is not None:
        fig.axes[0].legend(markerscale=3)
    fig.suptitle(
        f"{quantity(metric).label} at the last tick, every run ({len(results)})", fontsize=9
    )
    return fig, results[["run_id", "point", "replication", *parameters, metric]]


def forest_figure(differences: pd.DataFrame, metrics: list[str], factor: str):
    """Differences to the baseline level, with intervals: one panel per metric."""
    columns = min(len(metrics), 2)
    rows = int(np.ceil(len(metrics) / columns))
    labels = []
    for _, row in differences.drop_duplicates(["level", "stratum"]).iterrows():
        labels.append((row["level"], row["stratum"]))
    height = max(2.2, 0.22 * len(labels) + 0.9) * rows
    fig = new_figure(rows, columns, height_in=height, sharey=True)
    baseline = differences["baseline"].iloc[0]
    y = {key: i for i, key in enumerate(reversed(labels))}
    for ax, metric in zip(fig.axes, metrics, strict=False):
        table = differences[differences["metric"] == metric]
        for index, level in enumerate(pd.unique(table["level"])):
            part = table[table["level"] == level]
            ys = [y[(level, s)] for s in part["stratum"]]
            mean = part["difference"].to_numpy(float)
            err = [
                np.nan_to_num(mean - part["low"].to_numpy(float)),
                np.nan_to_num(part["high"].to_numpy(float) - mean),
            ]
            overall = (part["stratum"] == paired.ALL_STRATA).to_numpy()
            colour = f"C{(index + 1) % 8}"
            ax.errorbar(mean, ys, xerr=err, fmt="none", ecolor=colour, capsize=2, lw=1)
            ax.scatter(mean[~overall], np.array(ys)[~overall], s=12, color=colour, zorder=3)
            ax.scatter(
                mean[overall], np.array(ys)[overall], s=30, marker="D", color=colour, zorder=3
            )
        ax.axvline(0, color="black", lw=0.7)
        q = quantity(metric)
        ax.set_xlabel(f"Δ {q.label}" + (f" [{q.unit}]" if q.unit else ""))
    for ax in fig.axes[len(metrics) :]:
        ax.set_visible(False)
    ticks = [
        f"{_format(level)} (all)" if s == paired.ALL_STRATA else f"{_format(level)} | {s}"
        for level, s in reversed(labels)
    ]
    fig.axes[0].set_yticks(range(len(ticks)), ticks)  # shared by every panel
    for ax in fig.axes[1 : len(metrics)]:
        ax.tick_params(labelleft=ax.get_subplotspec().is_first_col())
    pairing = differences["pairing"].iloc[0]
    fig.suptitle(
        f"{quantity(factor, knob=True).label}: level − {_format(baseline)}, mean and 95 % "
        f"bootstrap interval, {pairing}; diamonds: all strata pooled",
        fontsize=9,
    )
    return fig


def sobol_figure(indices: pd.DataFrame, metrics: list[str]):
    """S1 and ST with percentile intervals, one panel per metric."""
    columns = min(len(metrics), 2)
    rows = int(np.ceil(len(metrics) / columns))
    names = list(pd.unique(indices["parameter"]))
    fig = new_figure(rows, columns, height_in=(0.32 * len(names) + 1.0) * rows + 0.4, sharey=True)
    for ax, metric in zip(fig.axes, metrics, strict=False):
        table = indices[indices["metric"] == metric].set_index("parameter").reindex(names)
        y = np.arange(len(names))
        for offset, index, colour in ((-0.18, "S1", "C0"), (0.18, "ST", "C1")):
            value = table[index].to_numpy(float)
            err = [
                np.clip(value - table[f"{index}_ci95_low"], 0, None),
                np.clip(table[f"{index}_ci95_high"] - value, 0, None),
            ]
            ax.barh(
                y + offset,
                value,
                0.34,
                xerr=err,
                color=colour,
                capsize=2,
                label="first order S1" if index == "S1" else "total order ST",
                error_kw={"lw": 0.8},
            )
        ax.set_yticks(y, [textwrap.fill(quantity(n, knob=True).label, 28) for n in names])
        low = min(0.0, float(np.nanmin(table["S1_ci95_low"])) - 0.02)
        high = min(1.3, max(1.05, float(np.nanmax(table["ST_ci95_high"])) + 0.02))
        ax.set_xlim(low, high)
        ax.set_title(quantity(metric).label, fontsize=8)
        ax.set_xlabel("Sobol index")
    for ax in fig.axes[len(metrics) :]:
        ax.set_visible(False)
    fig.axes[0].invert_yaxis()  # once: the panels share the axis; first knob on top
    handles, labels = fig.axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=2)
    fig.suptitle("Sobol indices with 95 % bootstrap percentile intervals", fontsize=9)
    return fig


def convergence_figure(history: pd.DataFrame, metrics: list[str]):
    """S1 and ST against the Sobol sample size N, with intervals: one row per metric."""
    names = list(pd.unique(history["parameter"]))
    fig = new_figure(len(metrics), 2, height_in=2.1 * len(metrics) + 0.4, sharex=True, sharey=True)
    axes = np.array(fig.axes).reshape(len(metrics), 2)
    for row, metric in zip(axes, metrics, strict=True):
        table = history[history["metric"] == metric]
        for ax, index in zip(row, ("S1", "ST"), strict=True):
            for k, name in enumerate(names):
                part = table[table["parameter"] == name].sort_values("N")
                ax.fill_between(
                    part["N"],
                    part[f"{index}_ci95_low"],
                    part[f"{index}_ci95_high"],
                    color=f"C{k % 8}",
                    alpha=0.15,
                    lw=0,
                )
                ax.plot(
                    part["N"],
                    part[index],
                    "o-",
                    ms=2.5,
                    color=f"C{k % 8}",
                    label=quantity(name, knob=True).label,
                )
            ax.set_xscale("log", base=2)
            ax.set_ylim(-0.25, 1.25)  # an index is a share of variance; wider bands are cut
            ax.set_title(f"{quantity(metric).label}: {index}", fontsize=8)
            ax.axhline(0, color="black", lw=0.5)
    for ax in axes[-1]:
        ax.set_xlabel("Sobol base sample N (N × (D + 2) points)")
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=min(len(labels), 4))
    fig.suptitle(
        "Convergence of the Sobol indices (95 % bootstrap bands, cut at -0.25 and 1.25)",
        fontsize=9,
    )
    return fig


def morris_figure(effects: pd.DataFrame, metrics: list[str]):
    """Morris mu* against sigma per knob, one panel per metric."""
    columns = min(len(metrics), 2)
    rows = int(np.ceil(len(metrics) / columns))
    fig = new_figure(rows, columns, height_in=2.6 * rows + 1.0)
    for ax, metric in zip(fig.axes, metrics, strict=False):
        table = effects[effects["metric"] == metric]
        for k, (_, row) in enumerate(table.iterrows()):
            ax.errorbar(
                row["mu_star"],
                row["sigma"],
                xerr=row["mu_star_ci95"],
                fmt="o",
                color=f"C{k % 8}",
                ms=4,
                capsize=2,
                label=quantity(row["parameter"], knob=True).label,
            )
        reach = (table["mu_star"] + table["mu_star_ci95"].fillna(0)).max()
        top = float(max(reach, table["sigma"].max(), 1e-12)) * 1.08
        ax.plot([0, top], [0, top], color="grey", lw=0.6, ls="--")
        ax.set_xlim(0, top)
        ax.set_ylim(0, top)
        unit = quantity(metric).unit
        ax.set_xlabel("μ* (mean |elementary effect|)" + (f" [{unit}]" if unit else ""))
        ax.set_ylabel("σ of elementary effects" + (f" [{unit}]" if unit else ""))
        ax.set_title(quantity(metric).label, fontsize=8)
    for ax in fig.axes[len(metrics) :]:
        ax.set_visible(False)
    handles, labels = fig.axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=2)
    fig.suptitle(
        "Morris screening: effect per full range of each knob (dashed: σ = μ*)", fontsize=9
    )
    return fig


def prim_figures(result: discovery.PrimResult, cases: pd.DataFrame, y: pd.Series, label: str):
    """The peeling trade-off curve, and the runs in the two first restricted knobs with the box."""
    trade = new_figure(height_in=3.0)
    ax = trade.axes[0]
    most = int(result.trajectory["res_dim"].max())
    points = ax.scatter(
        result.trajectory["coverage"],
        result.trajectory["density"],
        c=result.trajectory["res_dim"],
        cmap=matplotlib.colormaps["viridis"].resampled(most + 1),
        vmin=-0.5,
        vmax=most + 0.5,
        s=14,
        zorder=3,
    )
    trade.colorbar(points, ax=ax, label="restricted knobs", ticks=range(most + 1))
    chosen = result.trajectory[result.trajectory["id"] == result.chosen].iloc[0]
    ax.scatter(
        [chosen["coverage"]],
        [chosen["density"]],
        s=90,
        facecolor="none",
        edgecolor="C3",
        lw=1.5,
        zorder=4,
        label=f"reported box (id {result.chosen})",
    )
    ax.set(
        xlabel="coverage (share of runs of interest inside the box)",
        ylabel="density (share of runs inside that are of interest)",
        xlim=(0, 1.03),
        ylim=(0, 1.03),
    )
    ax.set_title(f"PRIM peeling trajectory: {label}")
    ax.legend(loc="lower left")
    numeric = [n for n in result.limits["parameter"] if pd.api.types.is_numeric_dtype(cases[n])]
    box = None
    if numeric:
        x_name = numeric[0]
        y_name = (
            numeric[1]
            if len(numeric) > 1
            else next(
                (
                    n
                    for n in cases.columns
                    if n != x_name and pd.api.types.is_numeric_dtype(cases[n])
                ),
                None,
            )
        )
        if y_name is not None:
            box = new_figure(height_in=3.8)
            ax = box.axes[0]
            inside = y.to_numpy()
            ax.scatter(
                cases.loc[~inside, x_name],
                cases.loc[~inside, y_name],
                s=6,
                color="C5",
                alpha=0.6,
                lw=0,
                label="other runs",
            )
            ax.scatter(
                cases.loc[inside, x_name],
                cases.loc[inside, y_name],
                s=6,
                color="C3",
                alpha=0.8,
                lw=0,
                label="outcome of interest",
            )
            lims = result.box_limits
            x0, x1 = float(lims[x_name].iloc[0]), float(lims[x_name].iloc[1])
            y0, y1 = float(lims[y_name].iloc[0]), float(lims[y_name].iloc[1])
            from matplotlib.patches import Rectangle

            ax.add_patch(
                Rectangle(
                    (x0, y0),
                    x1 - x0,
                    y1 - y0,
                    fill=False,
                    ec="black",
                    lw=1.2,
                    label=f"PRIM box {result.chosen}",
                )
            )
            ax.set(
                xlabel=axis_label(x_name, knob=True), ylabel=axis_label(y_name, width=40, knob=True)
            )
            ax.set_title(f"Runs and the PRIM box: {label}")
            ax.legend(loc="best", markerscale=3)
    return trade, box


def cart_figure(result: discovery.CartResult, label: str):
    """The CART tree's first two levels (the leaves table has the whole tree)."""
    from sklearn import tree

    fig = new_figure(height_in=3.4)
    ax = fig.axes[0]
    ax.grid(False)
    ax.set_axis_off()
    tree.plot_tree(
        result.classifier,
        feature_names=result.feature_names,
        ax=ax,
        filled=True,
        impurity=False,
        proportion=True,
        precision=2,
        max_depth=2,
        fontsize=6,
        class_names=["other", "of interest"],
        rounded=True,
    )
    ax.set_title(
        f"CART tree, first two levels: {label}\n"
        "(samples: share of runs; value: shares of other runs and runs of interest)"
    )
    return fig


def analyze_sweep(
    folder: Path, outcome: str | None = None, compare: list[str] | None = None
) -> Path:
    """Write ``analysis/report.md``, its figures (PNG, SVG, PDF) and tables (CSV) for a sweep.

    Args:
        folder: A sweep results folder.
        outcome: Outcome-of-interest expression (overrides ``[analysis] outcome``).
        compare: Factors to compare (overrides ``[analysis] compare``).

    Returns:
        The report's path.

    Raises:
        SweepError: A bad folder or ``[analysis]`` setting; raised before anything is written.
    """
    sweep = folder_sweep(folder)  # from the folder's own copies of its inputs
    results = load(folder)
    if results.empty:
        raise SweepError(f"{folder}: no finished run to analyse yet")
    parameters = list(sweep.vary)
    kept = [
        m
        for m in sweep.final_metrics
        if m in results.columns
        and m not in ("date", "tick")
        and pd.api.types.is_numeric_dtype(results[m])
    ]
    settings = read_settings(folder / SWEEP_COPY, sweep, kept, outcome, compare)
    series = load(folder, timeseries=True) if sweep.timeseries_metrics else None
    design = pd.read_parquet(folder / DESIGN_FILE)
    interest = None
    if settings.outcome:
        cases = discovery.outcome_cases(results, series, parameters)
        interest = discovery.evaluate_outcome(cases, settings.outcome)
    out = folder / REPORT_DIR
    try:
        out.mkdir(exist_ok=True)
    except OSError as error:
        raise SweepError(f"{out}: cannot write the report there ({error.strerror})") from None
    with paper_style():
        lines = _report(folder, out, sweep, settings, results, series, design, kept, interest)
    report = out / REPORT_FILE
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report


def _report(folder, out, sweep, settings, results, series, design, kept, interest) -> list[str]:
    parameters = list(sweep.vary)
    headline = settings.metrics
    common, seeding_sentence = seeding(results)
    n_min = int(results.groupby("point").size().min())
    lines = [
        f"# Sweep analysis: {folder.name}",
        "",
        f"Design **{sweep.design}** over {', '.join(f'`{p}`' for p in parameters)}: "
        f"{len(design)} points × {sweep.replications} replications; {len(results)} finished "
        f"runs. Regenerate with `gridrush analyze {folder}`.",
        "",
        seeding_sentence,
        "",
        "Intervals are 95 % percentile bootstrap intervals of the mean over replications "
        f"({settings.bootstrap_resamples} resamples): they cannot leave the range of the "
        "values observed, so a quantity that cannot be negative never gets a negative bound. "
        f"Each interval states its number of replications *n*.",
        "",
    ]
    if n_min < MIN_REPLICATIONS:
        lines += [too_few_note(n_min), ""]
    # 1. Final values per design point.
    summary = point_summary(results, parameters, kept, settings)
    summary.to_csv(out / "replications.csv", index=False)
    lines += [
        "## Final values per design point",
        "",
        "Every kept metric at the last tick: `replications.csv`. Headline metrics:",
        "",
        markdown_table(
            summary[["point", *parameters, "replications", *[f"{m}_mean" for m in headline]]]
        ),
        "",
    ]
    grid = sweep.design == "grid"
    comparisons = paired.comparisons(design, settings.compare, settings.baseline) if grid else []
    colour_by = comparisons[0].factor if comparisons else parameters[0]
    for metric in headline:
        if grid:
            fig, table = grid_interval_figure(summary, results, parameters, metric, colour_by)
        else:
            fig, table = scatter_figure(results, parameters, metric, interest)
        lines += [save_figure(fig, out, f"final_{metric}", table), ""]
    # 2. Paired differences between levels of each factor.
    if comparisons:
        lines += ["## Differences between levels, paired by replication", ""]
        lines += [
            "Run *k* at a level is paired with run *k* at the baseline level, the other "
            "factors equal; the pair's seeds are compared, and a comparison is *paired* only "
            "if every pair shares its seed (else it is bootstrapped unpaired). Rows `all` pool "
            "the pairs of every stratum.",
            "",
        ]
        for comparison in comparisons:
            others = [p for p in parameters if p != comparison.factor]
            differences = paired.paired_differences(
                results, comparison, others, kept, settings.bootstrap_resamples
            )
            name = f"differences_{comparison.factor}"
            differences.to_csv(out / f"{name}.csv", index=False)
            shown = differences[
                differences["metric"].isin(headline) & (differences["stratum"] == paired.ALL_STRATA)
            ]
            lines += [
                f"### {quantity(comparison.factor, knob=True).label} "
                f"(`{comparison.factor}`), baseline `{comparison.baseline}`",
                "",
                markdown_table(
                    shown[
                        [
                            "metric",
                            "level",
                            "pairs",
                            "baseline_mean",
                            "level_mean",
                            "difference",
                            "low",
                            "high",
                            "pairing",
                            "shared_seeds",
                        ]
                    ]
                ),
                "",
                f"Every metric and stratum: `{name}.csv`.",
                "",
            ]
            fig = forest_figure(
                differences[differences["metric"].isin(headline)], headline, comparison.factor
            )
            lines += [
                save_figure(
                    fig, out, f"{name}_figure", differences[differences["metric"].isin(headline)]
                ),
                "",
            ]
    # 3. Results over time.
    if series is not None and not series.empty:
        lines += ["## Results over time", ""]
        runs_min = None
        for metric in sweep.timeseries_metrics:
            if metric not in series.columns:
                continue
            if grid:
                others = [p for p in parameters if p != colour_by]
                combos = design[others].drop_duplicates().shape[0] if others else 1
                panel_by = others if others and combos <= timeseries.MAX_PANELS else []
                table = timeseries.bands(series, [*panel_by, colour_by], metric)
                fig = timeseries.band_figure(
                    table,
                    metric,
                    colour_by,
                    panel_by,
                    f"{quantity(metric).label} over time by {quantity(colour_by, knob=True).label}",
                    colour_order=list(pd.unique(design[colour_by])),
                )
            elif interest is not None:
                marked = series.assign(outcome=interest.reindex(series["run_id"]).to_numpy())
                table = timeseries.bands(marked, ["outcome"], metric)
                fig = timeseries.band_figure(
                    table,
                    metric,
                    "outcome",
                    [],
                    f"{quantity(metric).label} over time, runs in and out of the outcome",
                    colour_labels={True: "outcome of interest", False: "other runs"},
                )
            else:
                table = timeseries.bands(series, [], metric)
                fig = timeseries.band_figure(
                    table, metric, None, [], f"{quantity(metric).label} over time, every run"
                )
            runs_min = (
                int(table["runs"].min())
                if runs_min is None
                else min(runs_min, int(table["runs"].min()))
            )
            lines += [save_figure(fig, out, f"over_time_{metric}", table), ""]
        if runs_min is not None:
            lines += [timeseries.band_caption(runs_min), ""]
    # 4. Sensitivity.
    means = results.groupby("point")[kept].mean().reindex(range(len(design)))
    if sweep.design == "sobol":
        lines += _sobol_section(out, sweep, means, headline, kept)
    if sweep.design == "morris":
        effects = sensitivity.morris_effects(
            design, means, sweep.salib_problem(), kept, MORRIS_LEVELS
        )
        effects.to_csv(out / "morris.csv", index=False)
        shown = [m for m in headline if m in set(effects.get("metric", []))]
        lines += [
            "## Morris screening (elementary effects)",
            "",
            f"{sweep.samples} trajectories of {len(parameters) + 1} points, {MORRIS_LEVELS} "
            "levels. μ*: mean absolute effect of moving a knob over its whole range (a knob "
            "that matters); σ: their spread (interactions or non-linearity). Screening only: "
            "a Sobol design quantifies the knobs μ* singles out. Every metric: `morris.csv`.",
            "",
            markdown_table(effects[effects["metric"].isin(headline)]),
            "",
        ]
        if shown:
            lines += [
                save_figure(
                    morris_figure(effects, shown),
                    out,
                    "morris",
                    effects[effects["metric"].isin(shown)],
                ),
                "",
            ]
    # 5. Scenario discovery.
    if interest is not None:
        lines += _discovery_section(out, results, parameters, settings, interest)
    return lines


def _sobol_section(out, sweep, means, headline, kept) -> list[str]:
    indices, history = sensitivity.sobol_indices(means, sweep.salib_problem(), kept)
    if indices.empty:
        return ["## Sobol indices", "", "No metric varies over the design: no indices.", ""]
    indices.to_csv(out / "sobol.csv", index=False)
    history.to_csv(out / "sobol_convergence.csv", index=False)
    shown = [m for m in headline if m in set(indices["metric"])]
    lines = [
        "## Sobol sensitivity indices",
        "",
        f"N = {sweep.samples} base samples, {len(means)} design points × "
        f"{sweep.replications} replication(s), on the mean of each point. First order S1: "
        "the share of the metric's variance a knob explains alone; total order ST: with its "
        "interactions. Intervals: 95 % percentile intervals of SALib's "
        f"{sensitivity.SALIB_RESAMPLES} bootstrap resamples. Every metric: `sobol.csv`.",
        "",
        markdown_table(
            indices[indices["metric"].isin(headline)][
                [
                    "metric",
                    "parameter",
                    "S1",
                    "S1_ci95_low",
                    "S1_ci95_high",
                    "ST",
                    "ST_ci95_low",
                    "ST_ci95_high",
                ]
            ]
        ),
        "",
    ]
    if shown:
        lines += [
            save_figure(
                sobol_figure(indices, shown), out, "sobol", indices[indices["metric"].isin(shown)]
            ),
            "",
        ]
        lines += [
            "### Convergence",
            "",
            "The indices recomputed on the first N/2, N/4 ... base "
            "samples of the same Sobol sequence (`sobol_convergence.csv`):",
            "",
        ]
        for metric in shown:
            lines.append(f"- `{metric}`: {sensitivity.convergence_verdict(history, metric)}")
        lines += [
            "",
            save_figure(
                convergence_figure(history, shown),
                out,
                "sobol_convergence",
                history[history["metric"].isin(shown)],
            ),
            "",
        ]
    return lines


def _discovery_section(out, results, parameters, settings, interest) -> list[str]:
    label = settings.outcome_label or settings.outcome
    count = int(interest.sum())
    lines = [
        "## Scenario discovery",
        "",
        f"Outcome of interest: `{settings.outcome}`"
        + (f" ({settings.outcome_label})" if settings.outcome_label else "")
        + f": {count} of {len(interest)} runs ({count / len(interest):.0%}).",
        "",
    ]
    if count == 0 or count == len(interest):
        return lines + [
            "Every run or none is of interest: there is nothing to tell apart, so no PRIM "
            "box or CART tree. Change the outcome's threshold or widen the design.",
            "",
        ]
    cases = results.set_index("run_id")[parameters]
    y = interest.reindex(cases.index)
    prim = discovery.prim_box(cases, y.to_numpy(), settings.prim_density_min)
    prim.trajectory.to_csv(out / "prim_trajectory.csv", index=False)
    prim.limits.to_csv(out / "prim_box.csv", index=False)
    row = prim.trajectory[prim.trajectory["id"] == prim.chosen].iloc[0]
    lines += [
        "### PRIM",
        "",
        f"Reported box {prim.chosen}: coverage {row['coverage']:.2f}, density "
        f"{row['density']:.2f}, mass {row['mass']:.2f} ({int(row['n'])} runs), "
        f"{int(row['res_dim'])} restricted knob(s): "
        + (
            f"the box of highest coverage among those with density ≥ {settings.prim_density_min:g}."
            if row["density"] >= settings.prim_density_min
            else f"no box on the trajectory reaches density {settings.prim_density_min:g}, "
            "so the densest is reported: the knobs alone do not decide this outcome (the "
            "runs' random paths do much of it)."
        )
        + " Its limits (`prim_box.csv`):",
        "",
        markdown_table(prim.limits),
        "",
    ]
    trade, box = prim_figures(prim, cases, y, label)
    lines += [save_figure(trade, out, "prim_tradeoff", prim.trajectory), ""]
    if box is not None:
        drawn = cases.assign(outcome_of_interest=y.to_numpy()).reset_index()
        lines += [save_figure(box, out, "prim_box", drawn), ""]
    cart = discovery.cart_tree(cases, y.to_numpy())
    cart.leaves.to_csv(out / "cart_leaves.csv", index=False)
    lines += [
        "### CART",
        "",
        "Leaves of the tree as boxes (`cart_leaves.csv`):",
        "",
        markdown_table(cart.leaves),
        "",
        save_figure(cart_figure(cart, label), out, "cart_tree", cart.leaves),
        "",
    ]
    return lines
