"""python -m harness regen [FILE ...]: rewrite stored outputs (and the figures snippets write,
under docs/assets/figures/) from what the snippets print, and the lab notebooks
(docs/{zh,en}/labs/) from their sources in labs/, executed.

Runs under the same rules as the tests (warnings are errors). A snippet that raises keeps
its old output and makes the command fail. Benchmarks (bench_*.py) are left alone unless
--benchmarks is given: re-recording them takes a while and changes every number.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from . import labs
from .layout import LANGUAGES, REPO
from .snippets import discover, run


def regenerate(names: list[str], benchmarks: bool) -> int:
    warnings.simplefilter("error")
    wanted = {Path(n).resolve() for n in names}
    failed = changed = 0
    for snippet in discover(REPO):
        if wanted and snippet.path.resolve() not in wanted:
            continue
        if snippet.is_benchmark != benchmarks:
            continue
        result = run(snippet)
        rel = REPO.rel(snippet.path)
        if result.error:
            failed += 1
            print(f"FAILED {rel}\n{result.error}", file=sys.stderr)
            continue
        for name in result.stale_figures():
            figure = REPO.figures / name
            figure.parent.mkdir(parents=True, exist_ok=True)
            figure.write_bytes(result.files[name])
            changed += 1
            print(f"updated {REPO.rel(figure)}")
        if result.stdout != snippet.stored_output():
            snippet.output_path.write_text(result.stdout, encoding="utf-8")
            changed += 1
            print(f"updated {REPO.rel(snippet.output_path)}")
    if not benchmarks:
        for source in labs.sources(REPO):
            if wanted and source.resolve() not in wanted:
                continue
            try:
                notebooks = labs.build(source)
            except labs.LabError as error:
                failed += 1
                print(f"FAILED {error}", file=sys.stderr)
                continue
            for lang in LANGUAGES:
                path, text = labs.notebook_path(source, lang), labs.text(notebooks[lang])
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text, encoding="utf-8")
                    changed += 1
                    print(f"updated {REPO.rel(path)}")
    print(f"{changed} output(s) updated, {failed} snippet(s) or lab(s) failed")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m harness")
    sub = parser.add_subparsers(dest="command", required=True)
    regen = sub.add_parser("regen", help="rewrite stored outputs of all (or the named) snippets")
    regen.add_argument("snippets", nargs="*", help="snippet or lab source files; default: all")
    regen.add_argument(
        "--benchmarks",
        action="store_true",
        help="re-record the benchmarks (bench_*.py, full size) instead of the rest",
    )
    args = parser.parse_args()
    return regenerate(args.snippets, args.benchmarks)


if __name__ == "__main__":
    sys.exit(main())
