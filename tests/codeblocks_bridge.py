"""Close pytest-codeblocks' gaps for this site (see README, "How the tests work").

pytest-codeblocks collects every ```python fence under docs/, but on its own it would run a
snippet include as the one line ``--8<-- "x.py"`` and compare against the include line of
the output. Here its reader expands includes in place (code and expected output), and a
block whose code is a snippet runs through the harness's runner (``__name__ == "__main__"``,
one run per test run, shared with tests/test_snippets.py; benchmarks as described in
harness/snippets.py).
"""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

import pytest_codeblocks.plugin as codeblocks
from pytest_codeblocks.main import CodeBlock, extract_from_file

from harness.layout import REPO
from harness.markdown import INCLUDE
from harness.snippets import Snippet
from tests.shared_work import snippet_result

_SNIPPET_BY_SOURCE: dict[str, Snippet] = {}


def _expand(text: str | None, page: Path, lineno: int) -> str | None:
    if text is None:
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    match = INCLUDE.match(lines[0]) if len(lines) == 1 else None
    if not match:
        return text
    target = REPO.snippets / match["target"]
    if not target.is_file():
        raise FileNotFoundError(
            f"{REPO.rel(page)}:{lineno}: include of a missing file 'snippets/{match['target']}'"
        )
    source = target.read_text(encoding="utf-8")
    if target.suffix == ".py":
        _SNIPPET_BY_SOURCE[source] = Snippet(REPO, match["target"])
    return source


def extract_expanded(path) -> list[CodeBlock]:
    """pytest-codeblocks' own reader, with every include replaced by the file it names."""
    blocks = extract_from_file(path)
    for block in blocks:
        block.code = _expand(block.code, Path(path), block.lineno)
        block.expected_output = _expand(block.expected_output, Path(path), block.lineno)
    return blocks


def _exec(code, namespace):
    snippet = _SNIPPET_BY_SOURCE.get(code)
    if snippet is None:  # an inline block (the page checks refuse these): still run it as __main__
        return builtins.exec(code, {**namespace, "__name__": "__main__"})
    result = snippet_result(snippet)
    failure = result.failure()
    if result.error:
        raise RuntimeError(failure)
    if snippet.is_benchmark and failure is None:
        # A quick run matched the recording's shape: the page pairs the code with the
        # recording, so hand pytest-codeblocks the recording to compare.
        sys.stdout.write(snippet.stored_output())
    else:
        sys.stdout.write(result.stdout)
    return None


codeblocks.extract_from_file = extract_expanded
codeblocks.exec = _exec
