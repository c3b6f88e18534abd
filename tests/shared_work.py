"""(A pytest plugin, loaded from the root conftest.) Work that the pytest-xdist workers of one
run share: each piece is done once, by whichever
worker asks first, under a file lock; the others wait and read the result.

Why not `--dist loadgroup`: with pytest 9.2, pytest-xdist 3.8 tags grouped tests through an
attribute pytest no longer reads, so groups are silently ignored and every worker would build
the site and run each snippet again.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from filelock import FileLock

T = TypeVar("T")
_local: dict[str, object] = {}


SHARED = "SITE_TESTS_SHARED_DIR"


def pytest_configure(config):
    """The controlling process makes the folder; xdist workers inherit it with the environment."""
    if not hasattr(config, "workerinput"):
        os.environ[SHARED] = tempfile.mkdtemp(prefix="pytest-shared-")


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput") and SHARED in os.environ:
        shutil.rmtree(os.environ.pop(SHARED), ignore_errors=True)


def run_directory() -> Path | None:
    """The folder shared by the workers of this test run (None when none was made)."""
    folder = os.environ.get(SHARED)
    return Path(folder) if folder else None


def once(key: str, compute: Callable[[], T]) -> T:
    """compute() once per run across workers (once per process outside xdist)."""
    if key in _local:
        return _local[key]  # type: ignore[return-value]
    folder = run_directory()
    if folder is None:
        value = compute()
    else:
        stored = folder / f"{key}.pickle"
        with FileLock(str(stored) + ".lock"):
            if stored.exists():
                value = pickle.loads(stored.read_bytes())
            else:
                value = compute()
                stored.write_bytes(pickle.dumps(value))
    _local[key] = value
    return value


def snippet_result(snippet):
    """A snippet's run, shared by its test and the page blocks that include it."""
    from harness.snippets import run_for_test

    return once("snippet-" + snippet.name.replace("/", "__"), lambda: run_for_test(snippet))
