"""Analysis of a sweep: replication statistics, Sobol indices, a Markdown report with plots."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from scipy import stats  # noqa: E402

from experiments.sweep import DESIGN_FILE, folder_sweep, load  # noqa: E402

REPORT_DIR = "analysis"


def replication_summary(
    results: pd.DataFrame, parameters: list[str], metrics: list[str]
) -> pd.DataFrame:
    """Mean and 95 % t-interval of each metric per design point (over replications)."""
    rows = []
    for point, group in results.groupby("point"):
        row = {
            "point": point,
            **{p: group[p].iloc[0] for p in parameters},
            "replications": len(group),
        }
        for metric in metrics:
            values = group[metric].astype(float).dropna()
            mean = float(values.mean()) if len(values) else np.nan
            half = (
                float(
                    stats.t.ppf(0.975, len(values) - 1) * values.std(ddof=1) / np.sqrt(len(values))
                )
                if len(values) > 1
                else np.nan
            )
            row.update(
                {
                    f"{metric}_mean": mean,
                    f"{metric}_ci95_low": mean - half,
                    f"{metric}_ci95_high": mean + half,
                }
            )
        rows.append(row)
    return pd.DataFrame(rows)


def sobol_indices(
    results: pd.DataFrame, problem: dict, metrics: list[str], n_points: int
) -> pd.DataFrame:
    """First-order and total Sobol indices (95 % intervals) per metric, on replication means."""
    from SALib.analyze import sobol

    rows = []
    means = results.groupby("point")[metrics].mean().reindex(range(n_points))
    for metric in metrics:
        y = means[metric].to_numpy(float)
        if np.isnan(y).any() or np.nanstd(y) == 0:
            continue
        indices = sobol.analyze(problem, y, calc_second_order=False, print_to_console=False)
        for k, name in enumerate(problem["names"]):
            rows.append(
                {
                    "metric": metric,
                    "parameter": name,
                    "S1": indices["S1"][k],
                    "S1_ci95": indices["S1_conf"][k],
                    "ST": indices["ST"][k],
                    "ST_ci95": indices["ST_conf"][k],
                }
            )
    return pd.DataFrame(rows)


def _markdown_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "(none)"
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = [
        "| " + " | ".join(f"{v:.4g}" if isinstance(v, float) else str(v) for v in row) + " |"
        for row in frame.itertuples(index=False)
    ]
    return "\n".join([header, rule, *body])


def interval_plot(summary: pd.DataFrame, parameters: list[str], metric: str, path: Path) -> None:
    """Mean and 95 % interval of ``metric`` against one varied knob, one series per other value.

    The x axis is the first numeric varied knob (else the first knob); design points that
    differ in the other knobs are drawn as separate series when there are at most eight such
    combinations (a grid), otherwise as one cloud (LHS, Sobol).
    """
    numeric = [p for p in parameters if pd.api.types.is_numeric_dtype(summary[p])]
    x_name = numeric[0] if numeric else parameters[0]
    others = [p for p in parameters if p != x_name]
    combos = summary.groupby(others, sort=False) if others else [((), summary)]
    if others and summary[others].drop_duplicates().shape[0] > 8:
        combos = [((), summary)]
    fig = Figure(figsize=(6.5, 3.8))
    ax = fig.subplots()
    for key, group in combos:
        group = group.sort_values(x_name)
        mean = group[f"{metric}_mean"].to_numpy(float)
        low = group[f"{metric}_ci95_low"].to_numpy(float)
        high = group[f"{metric}_ci95_high"].to_numpy(float)
        values = key if isinstance(key, tuple) else (key,)
        label = ", ".join(f"{n}={v}" for n, v in zip(others, values, strict=False)) or None
        ax.errorbar(
            group[x_name].to_numpy(),
            mean,
            yerr=[np.nan_to_num(mean - low), np.nan_to_num(high - mean)],
            fmt="o-" if label else "o",
            ms=3,
            capsize=2,
            label=label,
        )
    ax.set(xlabel=x_name, ylabel=metric, title=f"{metric} (mean, 95 % interval)")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7, frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def analyze_sweep(folder: Path) -> Path:
    """Write ``analysis/report.md``, CSV tables and PNG plots for a sweep folder.

    Returns:
        The report's path.
    """
    sweep = folder_sweep(folder)
    results = load(folder)
    parameters = list(sweep.vary)
    metrics = [m for m in sweep.final_metrics if m in results.columns and m not in ("date", "tick")]
    metrics = [m for m in metrics if pd.api.types.is_numeric_dtype(results[m])]
    out = folder / REPORT_DIR
    out.mkdir(exist_ok=True)
    summary = replication_summary(results, parameters, metrics)
    summary.to_csv(out / "replications.csv", index=False)
    lines = [
        f"# Sweep analysis: {folder.name}",
        "",
        f"Design **{sweep.design}**, {len(pd.read_parquet(folder / DESIGN_FILE))} points × "
        f"{sweep.replications} replications; {len(results)} finished runs. "
        "Regenerate with `gridrush analyze` on this folder.",
        "",
        "## Means and 95 % intervals per design point",
        "",
        "Full table: `replications.csv`. Headline metrics:",
        "",
    ]
    headline = [
        m
        for m in (
            "mw_mining",
            "mw_leased",
            "ai_unserved_mw",
            "hashprice_usd_per_ph_day",
            "hhi_power",
        )
        if m in metrics
    ] or metrics[:4]
    shown = summary[["point", *parameters, "replications", *[f"{m}_mean" for m in headline]]]
    lines += [_markdown_table(shown.head(50)), ""]
    for metric in headline:
        interval_plot(summary, parameters, metric, out / f"{metric}.png")
        lines += [f"![{metric}]({metric}.png)", ""]
    if sweep.design == "sobol":
        design_points = len(pd.read_parquet(folder / DESIGN_FILE))
        indices = sobol_indices(results, sweep.salib_problem(), metrics, design_points)
        indices.to_csv(out / "sobol.csv", index=False)
        lines += [
            "## Sobol sensitivity indices (first order S1, total ST, 95 % intervals)",
            "",
            _markdown_table(indices),
            "",
        ]
        for metric, group in indices.groupby("metric"):
            if metric not in headline:
                continue
            fig = Figure(figsize=(6, 3))
            ax = fig.subplots()
            y = np.arange(len(group))
            ax.barh(y - 0.2, group["S1"], 0.4, xerr=group["S1_ci95"], label="S1")
            ax.barh(y + 0.2, group["ST"], 0.4, xerr=group["ST_ci95"], label="ST")
            ax.set_yticks(y, group["parameter"])
            ax.set(title=f"Sobol indices: {metric}")
            ax.legend(fontsize=7)
            fig.tight_layout()
            fig.savefig(out / f"sobol_{metric}.png", dpi=100)
            lines += [f"![Sobol {metric}](sobol_{metric}.png)", ""]
    report = out / "report.md"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report
