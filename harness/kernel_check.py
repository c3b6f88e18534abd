"""python -m harness.kernel_check [CHAPTER ...]: run every chapter notebook (default language)
in a real Jupyter kernel, fresh, in an empty folder, and compare what each code cell prints with
what the notebook stores (an exercise's cell: with its snippet's stored output).

The tests run the notebooks with harness/cells.py, which does what a kernel does without
starting one; this command is the check of that stand-in against the real thing (a kernel per
notebook: minutes, not part of `make test`). Prints a line per notebook, then each cell that
differs or shows anything but printed text; exits non-zero when one does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

from nbclient import NotebookClient

from . import chapters
from .layout import REPO


def differences(chapter: str) -> list[str]:
    nb, expected = chapters.build(chapter, REPO.default_language, "https://example.org/", "")
    with tempfile.TemporaryDirectory(prefix="kernel-") as cwd:
        client = NotebookClient(
            nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": cwd}}
        )
        client.execute()
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    found = []
    for index, (cell, expect) in enumerate(zip(code, expected, strict=True), start=1):
        printed = "".join(
            o.get("text", "")
            for o in cell.outputs
            if o.get("output_type") == "stream" and o.get("name") == "stdout"
        )
        others = [
            o.get("output_type") + (f" ({o.get('name')})" if o.get("name") else "")
            for o in cell.outputs
            if not (o.get("output_type") == "stream" and o.get("name") == "stdout")
        ]
        same = expect.matches(printed)
        if not same or others:
            found.append(
                f"  code cell {index} ({expect.snippet}): "
                + ("prints something else; " if not same else "")
                + (f"also shows {', '.join(others)}" if others else "")
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m harness.kernel_check", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("chapters", nargs="*", help="page names (zero_grad.md); default: all")
    args = parser.parse_args(argv)
    failed = 0
    for chapter in args.chapters or chapters.CHAPTERS:
        start = time.perf_counter()
        found = differences(chapter)
        failed += bool(found)
        seconds = time.perf_counter() - start
        print(f"{chapter}: {len(found)} cell(s) differ ({seconds:.0f} s)", flush=True)
        for line in found:
            print(line, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
