"""Analysis of a sweep folder: intervals, paired comparisons, results over time, sensitivity,
scenario discovery, and the report ``gridrush analyze`` writes (see :mod:`.report`)."""

from experiments.analysis.report import REPORT_DIR, analyze_sweep

__all__ = ["REPORT_DIR", "analyze_sweep"]
