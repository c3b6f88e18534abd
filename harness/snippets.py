"""Run snippets the way a reader runs them (``python snippet.py``), but fast: in this
interpreter, as a fresh module ``__main__`` (see _main_module), stdout captured. torch is
imported once per process."""

from __future__ import annotations

import builtins
import difflib
import importlib.machinery
import io
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import traceback
import types
import warnings
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from .capture import native_output
from .layout import OUTPUT_SUFFIX, REGENERATE_COMMAND, REPO, Layout
from .markdown import parse

# Child processes (torch.multiprocessing.spawn) import the parent's __main__ by path, so a
# snippet that starts processes runs as a real script in its own interpreter.
STARTS_PROCESSES = re.compile(r"^\s*(?:import|from)\s+(?:torch\.)?multiprocessing\b", re.MULTILINE)
OWN_PROCESS_TIMEOUT = 120  # seconds; a distributed snippet that hangs fails instead of stalling

# Benchmarks (snippets/**/bench_*.py) print timings, which no two runs share. The tests run them
# quick (BENCH_QUICK=1 in the environment) and compare their output with the recorded one by
# shape: every number masked, and the line naming the machine ("machine: ...") masked whole.
BENCH_QUICK = "BENCH_QUICK"
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def shape_of(output: str) -> str:
    return "\n".join(
        "machine: ..." if line.startswith("machine:") else NUMBER.sub("N", line)
        for line in output.splitlines()
    )


@dataclass(frozen=True)
class Snippet:
    layout: Layout
    name: str  # path relative to snippets/, as pages include it

    @property
    def path(self) -> Path:
        return self.layout.snippets / self.name

    @property
    def output_path(self) -> Path:
        return self.path.with_suffix(OUTPUT_SUFFIX)

    @property
    def output_name(self) -> str:
        return Path(self.name).with_suffix(OUTPUT_SUFFIX).as_posix()

    @property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def is_benchmark(self) -> bool:
        return Path(self.name).name.startswith("bench_")

    @property
    def needs_own_process(self) -> bool:
        return bool(STARTS_PROCESSES.search(self.source))

    def stored_output(self) -> str | None:
        return self.output_path.read_text(encoding="utf-8") if self.output_path.exists() else None

    def including_pages(self) -> list[str]:
        return [
            self.layout.rel(page)
            for page in self.layout.all_pages()
            if self.name in parse(page).includes
        ]


@dataclass(frozen=True)
class Result:
    snippet: Snippet
    stdout: str
    error: str | None  # the formatted traceback, if the snippet raised
    files: dict[str, bytes]  # what it wrote into its working directory, by file name

    def failure(self) -> str | None:
        """What a maintainer needs to read when this run disproves the page, or None."""
        problem = self._problem()
        if problem is None:
            return None
        head, tail = problem
        where = (  # only on failure: it reads every page
            f"snippet: {self.snippet.layout.rel(self.snippet.path)}\n"
            f"included by: {', '.join(self.snippet.including_pages()) or '(no page)'}\n"
        )
        return head + where + tail

    def _problem(self) -> tuple[str, str] | None:
        """None, or what went wrong: the text before and after the "where" lines."""
        regenerate = f"regenerate with: {REGENERATE_COMMAND}\n"
        if self.error and self.error.startswith(STRAY_OUTPUT):
            return "The snippet wrote to stderr.\n", f"\n{self.error}"
        if self.error:
            printed = f"it printed before raising:\n{self.stdout}\n" if self.stdout else ""
            return "The snippet raised.\n", f"{printed}\n{self.error}"
        stale = self.stale_figures()
        if stale:
            figures = self.snippet.layout.figures
            names = ", ".join(self.snippet.layout.rel(figures / n) for n in stale)
            return (
                f"The snippet writes figures that differ from the stored ones: {names}\n",
                regenerate,
            )
        stored = self.snippet.stored_output()
        if stored is None:
            return "The snippet has no stored output.\n", regenerate
        if self.snippet.is_benchmark and shape_of(stored) == shape_of(self.stdout):
            return None
        if stored != self.stdout:
            rel_out = self.snippet.layout.rel(self.snippet.output_path)
            diff = "".join(
                difflib.unified_diff(
                    stored.splitlines(keepends=True),
                    self.stdout.splitlines(keepends=True),
                    fromfile=f"{rel_out} (stored, shown on the pages)",
                    tofile="what the snippet prints now",
                )
            )
            return "The stored output is out of date.\n", f"\n{diff}\n{regenerate}"
        return None

    def stale_figures(self) -> list[str]:
        return stale_figures(self.files, self.snippet.layout)


def stale_figures(files: dict[str, bytes], layout: Layout) -> list[str]:
    """The files a run wrote (by name) that are not the stored figure of that name."""
    figures = layout.figures
    return [
        name
        for name, data in sorted(files.items())
        if not (figures / name).is_file() or (figures / name).read_bytes() != data
    ]


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by its path relative to it: what a run wrote there."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def discover(layout: Layout = REPO) -> list[Snippet]:
    return [
        Snippet(layout, p.relative_to(layout.snippets).as_posix())
        for p in sorted(layout.snippets.rglob("*.py"))
    ]


@contextmanager
def _restored_global_state():
    """Undo global settings a snippet may change (torch's defaults, matplotlib's rcParams and
    open figures), so that one snippet cannot shape the next."""
    torch = sys.modules.get("torch")
    saved_torch = (torch.get_default_dtype(), torch.is_grad_enabled()) if torch else None
    matplotlib = sys.modules.get("matplotlib")
    saved_rc = matplotlib.rcParams.copy() if matplotlib else None
    try:
        yield
    finally:
        torch = sys.modules.get("torch")
        if torch is not None:
            dtype, grad = saved_torch or (torch.float32, True)
            torch.set_default_dtype(dtype)
            torch.set_grad_enabled(grad)
        matplotlib = sys.modules.get("matplotlib")
        if matplotlib is not None:
            if "matplotlib.pyplot" in sys.modules:
                sys.modules["matplotlib.pyplot"].close("all")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # restoring deprecated keys must not warn
                saved = saved_rc or matplotlib.rcParamsDefault
                matplotlib.rcParams.update({k: v for k, v in saved.items() if k != "backend"})


@contextmanager
def _scratch_directory():
    """Run in an empty working directory, as a reader would in a fresh folder; yield what
    the snippet wrote there."""
    written: dict[str, bytes] = {}
    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        os.chdir(scratch)
        try:
            yield written
        finally:
            os.chdir(previous)
            written.update(files_in(Path(scratch)))


@contextmanager
def _main_module(path: Path):
    """A fresh module ``__main__`` for the snippet, as ``python snippet.py`` makes it (the same
    attributes, in the same order: a real SourceFileLoader, ``__spec__`` None, ...), registered
    as ``sys.modules["__main__"]`` and with ``sys.argv == [path]`` while the snippet runs, both
    restored afterwards. runpy.run_path(path, run_name="__main__") does the same, with a few
    attributes that differ from python's (``__loader__`` None, ``__package__`` "").

    Being the real ``__main__`` is what pickle needs: it saves a class the snippet defines as
    ``__main__.Name`` and loads it back from ``sys.modules["__main__"]`` (pickle, torch.save,
    DataLoader workers); inspect.getsource, dataclasses and typing look classes up there too.
    The module is dropped when the snippet ends, so the next snippet starts from an empty one
    and cannot find what this one defined."""
    module = types.ModuleType("__main__")
    module.__dict__.update(
        __annotations__={},
        __builtins__=builtins,
        __file__=str(path),
        __cached__=None,
        __loader__=importlib.machinery.SourceFileLoader("__main__", str(path)),
    )
    saved_main, saved_argv = sys.modules["__main__"], sys.argv
    sys.modules["__main__"], sys.argv = module, [str(path)]
    try:
        yield module
    finally:
        sys.modules["__main__"], sys.argv = saved_main, saved_argv


@contextmanager
def _log_handlers_writing_to(stream):
    """Point every logging handler that writes to a stream (torch's loggers made theirs at
    import, bound to whatever sys.stderr was then) at `stream` while the snippet runs: run as a
    script, they would write to its stderr."""
    handlers = {
        handler
        for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
        for handler in getattr(logger, "handlers", [])
        if type(handler) is logging.StreamHandler
    }
    saved = {handler: handler.setStream(stream) for handler in handlers}
    try:
        yield
    finally:
        for handler, previous in saved.items():
            handler.setStream(previous)


def _in_this_process(snippet: Snippet) -> tuple[str, str | None]:
    path = snippet.path
    code = compile(snippet.source, str(path), "exec")
    stdout, stderr = io.StringIO(), io.StringIO()
    error = None
    with native_output() as native:
        try:
            with (
                _main_module(path) as main,
                redirect_stdout(stdout),
                redirect_stderr(stderr),
                _log_handlers_writing_to(stderr),
                warnings.catch_warnings(),
                _restored_global_state(),
            ):
                exec(code, main.__dict__)
        except Exception as exc:  # noqa: BLE001 - reported, with the snippet's own frames
            tb = exc.__traceback__.tb_next if exc.__traceback__ else None
            error = "".join(traceback.format_exception(type(exc), exc, tb))
    return stdout.getvalue(), error or _stray_output(stderr.getvalue() + native[0])


STRAY_OUTPUT = "It wrote this to stderr"


def _stray_output(written: str) -> str | None:
    """What a snippet writes besides its printed output (stderr, or C++ code writing to the
    file descriptors): the reader sees it, the page does not show it, so it fails the run."""
    if not written:
        return None
    return (
        f"{STRAY_OUTPUT} (or from C++ code), which the page does not show; make the "
        f"snippet quiet (catch the warning and print it, or lower the logger's level):\n{written}"
    )


def _in_own_process(snippet: Snippet) -> tuple[str, str | None]:
    """``python -W error snippet.py`` in the scratch directory; the whole process group is
    killed if it outlives OWN_PROCESS_TIMEOUT."""
    with subprocess.Popen(
        [sys.executable, "-W", "error", str(snippet.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=OWN_PROCESS_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
            return stdout, (
                f"timed out after {OWN_PROCESS_TIMEOUT} s and was killed (a process waiting "
                f"for a peer that never came?)\n{stderr}"
            )
    if proc.returncode:
        return stdout, stderr or "(no stderr)"
    return stdout, _stray_output(stderr)


def run(snippet: Snippet) -> Result:
    """One run, as the reader's: a snippet that fails once fails (no second try)."""
    runner = _in_own_process if snippet.needs_own_process else _in_this_process
    with _scratch_directory() as files:
        stdout, error = runner(snippet)
    return Result(snippet, stdout, error, files)


@contextmanager
def _quick_benchmark(snippet: Snippet):
    if not snippet.is_benchmark:
        yield
        return
    os.environ[BENCH_QUICK] = "1"
    try:
        yield
    finally:
        del os.environ[BENCH_QUICK]


def run_for_test(snippet: Snippet) -> Result:
    """How the tests run a snippet: benchmarks quick, everything else as the reader does."""
    with _quick_benchmark(snippet):
        return run(snippet)
