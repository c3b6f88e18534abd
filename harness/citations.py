"""Citations of the torch source: every sentence about PyTorch that no output beside it shows
cites the lines of torch that make it true, and this module checks each citation against the
installed torch, so a citation cannot point at the wrong lines or drift when the pin moves.

A citation is a Markdown link whose text holds the identifier in code font and whose target is
the file and lines at the pinned tag:

    [`cycle_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2497-L2516)

Rules (each broken one is reported with the page and line):
- the tag is ``v<torch version pinned in requirements.txt>``;
- the path is a file of the installed torch package (``torch/...``);
- the lines exist, in order, and span at most MAX_LINES;
- the link text holds at least one code span, and each code span occurs verbatim in the cited
  lines: the identifier the sentence is about is really there;
- any other link into pytorch/pytorch's source (a branch, a commit, a bare URL, no line numbers)
  is refused, because it cannot be checked. Links to pull requests and issues are references,
  not citations, and are left alone.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = "https://github.com/pytorch/pytorch/"
SOURCE_URL = re.compile(
    r"https://github\.com/pytorch/pytorch/(?:blob|tree|raw|blame)/[^\s)>\]\"']*"
)
CITATION = re.compile(
    r"\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<url>https://github\.com/pytorch/pytorch/[^)\s]*)\)"
)
CITED_LINES = re.compile(
    r"https://github\.com/pytorch/pytorch/blob/v(?P<version>[^/]+)/(?P<path>torch/[^#]+)"
    r"#L(?P<first>\d+)(?:-L(?P<last>\d+))?"
)
CODE_SPAN = re.compile(r"`(?P<code>[^`]+)`")
MAX_LINES = 80


@dataclass(frozen=True)
class Citation:
    lineno: int  # line of the page or lab source
    text: str  # the link text
    url: str

    @property
    def identifiers(self) -> list[str]:
        return [m["code"] for m in CODE_SPAN.finditer(self.text)]


def find(text: str) -> tuple[list[Citation], list[tuple[int, str]]]:
    """The citations in a page's text, and the links into torch's source that are not one
    (line number, URL)."""
    citations: list[Citation] = []
    stray: list[tuple[int, str]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        spans = []
        for m in CITATION.finditer(line):
            if SOURCE_URL.fullmatch(m["url"]) or "/blob/" in m["url"]:
                citations.append(Citation(lineno, m["text"], m["url"]))
                spans.append(m.span("url"))
        for m in SOURCE_URL.finditer(line):
            if not any(start <= m.start() < end for start, end in spans):
                stray.append((lineno, m[0]))
    return citations, stray


def installed_torch() -> Path:
    """The folder that holds the installed ``torch`` package (found without importing it)."""
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("torch is not installed")
    return Path(next(iter(spec.submodule_search_locations))).parent


def problems_of(citation: Citation, version: str, site: Path) -> list[str]:
    m = CITED_LINES.fullmatch(citation.url)
    if not m:
        return [
            (
                f"'{citation.url}' is not a checkable citation: write "
                f"{REPOSITORY}blob/v{version}/torch/<file>#L<first>-L<last>"
            )
        ]
    problems = []
    if m["version"] != version:
        problems.append(
            f"'{citation.url}' cites v{m['version']}, but the pinned torch is {version}"
        )
    file = site / m["path"]
    if not file.is_file():
        return [*problems, f"'{citation.url}': {m['path']} is not a file of the installed torch"]
    first, last = int(m["first"]), int(m["last"] or m["first"])
    lines = file.read_text(encoding="utf-8").splitlines()
    if not 1 <= first <= last <= len(lines):
        return [
            *problems,
            f"'{citation.url}': lines {first}-{last} do not exist ({m['path']} has {len(lines)})",
        ]
    if last - first + 1 > MAX_LINES:
        problems.append(
            f"'{citation.url}' cites {last - first + 1} lines; cite at most {MAX_LINES}, "
            "the ones that make the point"
        )
    if not citation.identifiers:
        problems.append(
            f"'{citation.url}': the link text '{citation.text}' names no identifier in code font"
        )
    cited = "\n".join(lines[first - 1 : last])
    for identifier in citation.identifiers:
        if identifier not in cited:
            problems.append(
                f"'{citation.url}': `{identifier}` does not occur in {m['path']} "
                f"lines {first}-{last} of the installed torch"
            )
    return problems


def check_text(text: str, where: str, version: str, site: Path) -> list[str]:
    citations, stray = find(text)
    problems = [
        f"{where}:{lineno}: link into torch's source that is not a citation of lines at the "
        f"pinned tag: '{url}' (write [`identifier`]({REPOSITORY}blob/v{version}/torch/...#Lx-Ly))"
        for lineno, url in stray
    ]
    for citation in citations:
        problems += [
            f"{where}:{citation.lineno}: {p}" for p in problems_of(citation, version, site)
        ]
    return problems
