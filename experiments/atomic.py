"""Atomic file writes: a reader sees either no file or a whole one, whenever the writer dies.

Every file gridrush writes as a result (a run's tables, a sweep's runs, manifest and marker, the
validation report) goes through :func:`write_atomically`: the content is written under a hidden
temporary name in the same folder, then renamed over the destination in one step (``os.replace``
is atomic on POSIX file systems, NFS included). A process killed mid-write leaves at most a
temporary file, which :func:`is_temporary_file` recognises so that no reader counts it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"


def temporary_path(path: Path) -> Path:
    """A hidden name beside ``path``, unique to this process and call."""
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{TEMPORARY_SUFFIX}")


def is_temporary_file(path: Path) -> bool:
    """True for the temporary file of an interrupted atomic write (never a result)."""
    return path.name.startswith(".") and path.name.endswith(TEMPORARY_SUFFIX)


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a temporary name beside ``path``, then rename it to ``path``.

    Args:
        path: The file to (re)write.
        write: Writes the whole content to the path it is given (for example
            ``frame.to_parquet`` or ``lambda tmp: pq.write_table(table, tmp)``).

    Raises:
        Whatever ``write`` raises; the temporary file is removed and ``path`` is left as it was.
    """
    tmp = temporary_path(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
