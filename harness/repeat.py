"""python -m harness.repeat [-n N] [-j JOBS] [-v] [SNIPPET ...]: run each snippet that starts
processes (imports multiprocessing) N times exactly as a reader runs it, ``python -W error
snippet.py`` in an empty directory, and count the runs that fail: a non-zero exit status (a
rank killed by a signal included) or an output that differs from the stored ``.out``.

Prints a line per failed run (per run with -v), then failures/N and the wall time per snippet
and the stderr of its first failure; exits non-zero when any run failed. Without SNIPPET
arguments it takes every snippet the harness runs in its own process
(harness.snippets.STARTS_PROCESSES).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .layout import REPO
from .snippets import Snippet, discover


def run_once(snippet: Snippet, timeout: float) -> tuple[str | None, float]:
    """(why it failed or None, seconds)"""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="repeat-") as scratch:
        try:
            proc = subprocess.run(
                [sys.executable, "-W", "error", str(snippet.path)],
                cwd=scratch,
                capture_output=True,
                text=True,
                timeout=timeout,
                start_new_session=True,
            )
        except subprocess.TimeoutExpired:
            return f"timed out after {timeout} s", time.perf_counter() - start
    seconds = time.perf_counter() - start
    if proc.returncode:
        return f"exit status {proc.returncode}\n{proc.stderr}", seconds
    if proc.stdout != snippet.stored_output():
        return f"output differs from {snippet.output_name}\n{proc.stdout}", seconds
    return None, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m harness.repeat", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "snippets", nargs="*", help="paths; default: every multiprocessing snippet"
    )
    parser.add_argument("-n", type=int, default=20, help="runs per snippet (default 20)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="runs at once (default 1)")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per run")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run (default 120)")
    args = parser.parse_args(argv)

    wanted = {Path(p).resolve() for p in args.snippets}
    snippets = [
        s
        for s in discover(REPO)
        if (s.path.resolve() in wanted if wanted else s.needs_own_process)
    ]
    if not snippets:
        parser.error("no snippet to run")
    total_failed = 0
    for snippet in snippets:
        results = []
        with ThreadPoolExecutor(args.jobs) as pool:
            for why, seconds in pool.map(run_once, [snippet] * args.n, [args.timeout] * args.n):
                results.append((why, seconds))
                if args.verbose or why:
                    status = "FAILED, " + why.splitlines()[0] if why else "ok"
                    print(f"  run {len(results)}/{args.n}: {status} ({seconds:.1f} s)", flush=True)
        failures = [why for why, _ in results if why]
        times = [seconds for _, seconds in results]
        total_failed += len(failures)
        print(
            f"{REPO.rel(snippet.path)}: {len(failures)}/{args.n} failed; seconds per run "
            f"min {min(times):.1f}, median {statistics.median(times):.1f}, max {max(times):.1f}",
            flush=True,
        )
        if failures:
            print("  first failure: " + failures[0].strip().replace("\n", "\n  "), flush=True)
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
