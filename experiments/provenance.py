"""What produced a result: the gridrush version, the model's code and data, Python and packages.

A sweep folder records :func:`provenance` when it is made, and each run file the
:func:`model_version` it ran under, so results of two models are never mixed unnoticed: a
resume under another model version is refused unless the user allows it, and a worker running
another model version fails its runs instead of computing them.
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
import sys
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

KEY_PACKAGES = ("mesa", "numpy", "pandas", "pyarrow", "scipy", "SALib", "dask", "distributed")
"""Packages whose version can change a run's numbers or how a sweep runs."""


def gridrush_version() -> str:
    """The installed gridrush distribution's version (``0.0.0`` when not installed)."""
    try:
        return metadata.version("gridrush")
    except metadata.PackageNotFoundError:
        return "0.0.0"


@cache
def model_digest() -> str:
    """SHA-256 (16 hex digits) of the model's source and data: every file of the ``abm``
    package except byte code, by relative path.

    Any change to the model's code or its data tables changes it; changes elsewhere (the
    command line, the web app, the docs) do not.
    """
    root = resources.files("abm")
    digest = hashlib.sha256()
    stack = [(root, "")]
    files = []
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            name = f"{prefix}{entry.name}"
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append((entry, f"{name}/"))
            elif not entry.name.endswith((".pyc", ".pyo")):
                files.append((name, entry))
    for name, entry in sorted(files, key=lambda item: item[0]):
        digest.update(name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def model_version() -> str:
    """The model as one string: ``gridrush <version>, model <digest>``."""
    return f"gridrush {gridrush_version()}, model {model_digest()}"


def git_commit() -> str | None:
    """The commit of the source checkout gridrush runs from (``+dirty`` if the model's files
    differ from it), or None outside a git checkout."""
    source = Path(str(resources.files("abm"))).parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(source), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(source), "status", "--porcelain", "--", "abm"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{commit}+dirty" if dirty else commit


def provenance() -> dict[str, Any]:
    """The record a sweep folder keeps of what made it."""
    packages = {}
    for name in KEY_PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    return {
        "gridrush": gridrush_version(),
        "model_digest": model_digest(),
        "model_version": model_version(),
        "git_commit": git_commit(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "packages": packages,
    }
