"""What a program writes behind Python's back: torch's C++ warnings and a logging handler made
before ``sys.stderr`` was redirected (torch's own loggers) write to the file descriptors 1 and 2
directly, where ``contextlib.redirect_stdout`` does not look. A reader running the code sees
it; so must the tests."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def native_output() -> Iterator[list[str]]:
    """Catch what reaches file descriptors 1 and 2 inside the block; the yielded list holds
    it, decoded, once the block ends."""
    caught: list[str] = []
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        if stream is not None:
            stream.flush()
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as native:
        os.dup2(native.fileno(), 1)
        os.dup2(native.fileno(), 2)
        try:
            yield caught
        finally:
            for stream in (sys.__stdout__, sys.__stderr__):
                if stream is not None:
                    stream.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            native.seek(0)
            caught.append(native.read().decode("utf-8", "replace"))
