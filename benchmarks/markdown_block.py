"""Write a benchmark's figures between two markers of a Markdown file (the rest is kept)."""

from __future__ import annotations

from pathlib import Path


def replace_block(path: Path, start: str, end: str, block: str) -> None:
    """Replace the text from ``start`` to ``end`` (markers included in ``block``) in ``path``."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    path.write_text(head + block + tail, encoding="utf-8")
