"""Run a notebook's code cells in order in one fresh interpreter, as a fresh Jupyter kernel
runs them, and say what each printed. The tests use it on every chapter notebook
(harness/chapters.py); it needs no kernel.

What a kernel does and this does too:
- every cell runs in one namespace, that of a module ``__main__`` registered in
  ``sys.modules`` (so a class a cell defines pickles), with no ``__file__``;
- whatever a snippet changes for good (torch's defaults, matplotlib's settings, the warnings
  each message is shown for once) stays changed for the cells after it;
- the value of a cell's last line, when it is an expression, is displayed unless it is None;
  the stored notebooks have no such output, so here it is an error that names the cell;
- a figure left open at the end of a cell is displayed by the inline backend: an error too;
- ``%%writefile <file>`` writes the rest of the cell to that file and prints
  ``Writing <file>``.

The interpreter is fresh for each notebook, and cheap: a fork of a server process that has
imported torch and matplotlib once (multiprocessing's forkserver), which is what the first cell
of any notebook does anyway; and torch._dynamo, which the first optimizer a notebook makes
imports (torch.optim.Optimizer.__init__ is wrapped by torch._disable_dynamo, which imports it:
about 1.4 s of CPU that every chapter's fork would otherwise pay again). Warnings are errors,
as in every run of the tests; a snippet that demonstrates a warning catches it. What a cell
writes to stderr fails it.
"""

from __future__ import annotations

import ast
import builtins
import io
import multiprocessing
import os
import sys
import traceback
import types
import warnings
from concurrent.futures import ProcessPoolExecutor
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from .capture import native_output

PRELOAD = ["torch", "torch._dynamo", "matplotlib", "matplotlib.pyplot"]
WRITEFILE = "%%writefile "


@dataclass(frozen=True)
class CellRun:
    stdout: str
    error: str | None  # why the cell failed: a traceback, stderr, a displayed value, a figure


def _writefile(source: str) -> str:
    """IPython's %%writefile: the rest of the cell into the file, and what it prints."""
    first, _, body = source.partition("\n")
    name = first[len(WRITEFILE) :].strip()
    said = "Overwriting" if os.path.exists(name) else "Writing"
    with open(name, "w", encoding="utf-8") as file:
        file.write(body)
    return f"{said} {name}\n"


def _run_cell(source: str, namespace: dict) -> tuple[str, str | None]:
    if source.startswith(WRITEFILE):
        return _writefile(source), None
    stdout, stderr = io.StringIO(), io.StringIO()
    error = None
    with native_output() as native:
        try:
            tree = ast.parse(source)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with redirect_stdout(stdout), redirect_stderr(stderr):
                exec(compile(tree, "<cell>", "exec"), namespace)
                if last is not None:
                    value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
                    if value is not None:
                        error = (
                            f"its last line is an expression worth {value!r}, which a notebook "
                            "displays under the cell: end the snippet with a statement"
                        )
        except BaseException as exc:  # noqa: BLE001 - reported, with the cell's own frames
            tb = exc.__traceback__.tb_next if exc.__traceback__ else None
            error = "".join(traceback.format_exception(type(exc), exc, tb))
    pyplot = sys.modules.get("matplotlib.pyplot")
    if error is None and pyplot is not None and pyplot.get_fignums():
        error = "it leaves a matplotlib figure open, which a notebook shows under the cell"
    written = stderr.getvalue() + native[0]
    if error is None and written:
        error = f"it wrote this outside its printed output (stderr, or C++ code):\n{written}"
    return stdout.getvalue(), error


def run_cells(
    sources: list[str], cwd: str, environ: dict[str, str], skip: frozenset[int] = frozenset()
) -> list[CellRun | None]:
    """Run the cells in this (fresh) process, in `cwd`, but those whose index is in `skip`
    (None in their place); stop at the first that fails."""
    os.chdir(cwd)
    os.environ.update(environ)
    warnings.simplefilter("error")
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    sys.argv = [""]
    runs: list[CellRun | None] = []
    for index, source in enumerate(sources):
        if index in skip:
            runs.append(None)
            continue
        stdout, error = _run_cell(source, main.__dict__)
        runs.append(CellRun(stdout, error))
        if error:
            break
    return runs


_pool: ProcessPoolExecutor | None = None


def _executor() -> ProcessPoolExecutor:
    global _pool  # one server per process that runs notebooks
    if _pool is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        _pool = ProcessPoolExecutor(1, mp_context=context, max_tasks_per_child=1)
    return _pool


def run_notebook(
    sources: list[str],
    cwd: str,
    environ: dict[str, str] | None = None,
    skip: frozenset[int] = frozenset(),
) -> list[CellRun | None]:
    """The cells run in a fresh interpreter (a fork of the server), in `cwd`."""
    return _executor().submit(run_cells, sources, cwd, environ or {}, skip).result()
