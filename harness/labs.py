"""Labs: one source per lab, two notebooks.

A lab is written once, in `labs/<name>.py` (jupytext percent format): code cells shared by both
languages, Markdown cells in groups of one per language, in the order of the languages in
mkdocs.yml (`lang="zh"` then `lang="en"`), every heading carrying an explicit id
(`## 损失曲线 {#loss-curves}`, the grammar of harness/markdown.py), the same in every language;
a code cell that draws a figure gives its alt text in each (`# %% alt_zh="..." alt_en="..."`).
`make outputs` turns it into docs/<lang>/labs/<name>.ipynb for each language and executes the
code once with the pinned torch; every notebook carries those outputs. The site shows the stored
notebooks; the tests build them again and require the same cells and outputs.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from .layout import LANGUAGES, REPO, Layout
from .markdown import HEADING, anchored, split_heading_id

KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}


class LabError(Exception):
    pass


def sources(layout: Layout = REPO) -> list[Path]:
    return sorted((layout.root / "labs").glob("*.py"))


def pages(layout: Layout = REPO) -> list[Path]:
    """The lab notebooks as pages of a language folder: labs/<name>.ipynb."""
    return [Path("labs") / f"{source.stem}.ipynb" for source in sources(layout)]


def notebook_path(source: Path, language: str, layout: Layout = REPO) -> Path:
    return layout.docs / language / "labs" / f"{source.stem}.ipynb"


def _check_pairs(source: Path, cells) -> None:
    """Markdown cells come in groups, one cell per language in the order of LANGUAGES (zh then
    en), with the same heading ids, so every notebook has the same shape; a figure's alt text is
    given in every language or in none."""
    first = LANGUAGES[0]
    expected = None  # the language the next cell must be in, inside a group
    group = 0  # index of the current group's first cell
    for index, cell in enumerate(cells):
        lang = cell.metadata.get("lang") if cell.cell_type == "markdown" else None
        if expected and lang != expected:
            raise LabError(
                f'{source.name}: cell {index} should be the lang="{expected}" twin '
                "of the Markdown cell before it"
            )
        if cell.cell_type == "markdown" and lang not in LANGUAGES:
            wanted = " or ".join(f'lang="{language}"' for language in LANGUAGES)
            raise LabError(f"{source.name}: Markdown cell {index} needs {wanted}")
        alts = [f"alt_{language}" in cell.metadata for language in LANGUAGES]
        if any(alts) and not all(alts):
            raise LabError(
                f"{source.name}: cell {index} has a figure's alt text in one language only"
            )
        if lang == first:
            group = index
        elif lang is not None:
            if expected is None:
                raise LabError(
                    f"{source.name}: Markdown cell {index} ({lang}) has no {first} cell before it"
                )
            if _heading_ids(source, cell) != _heading_ids(source, cells[group]):
                raise LabError(
                    f"{source.name}: Markdown cell {index} ({lang}) has other heading "
                    f"ids than its {first} twin"
                )
        following = LANGUAGES.index(lang) + 1 if lang is not None else len(LANGUAGES)
        expected = LANGUAGES[following] if following < len(LANGUAGES) else None


def _heading_ids(source: Path, cell) -> list[str]:
    """The ids of a Markdown cell's headings; every heading needs one (`## Title {#id}`): the
    skip link, the table of contents and links between languages point at it."""
    ids = []
    for heading in HEADING.finditer(cell.source):
        _, id_ = split_heading_id(heading["text"])
        if not id_:
            raise LabError(f"{source.name}: heading without an id: {heading[0]!r}")
        ids.append(id_)
    return ids


# What a heading's id becomes in the notebooks: `## Title {#id}` -> `## Title <a id="id"></a>`.
ANCHOR = re.compile(r'[ \t]*<a id="(?P<id>[A-Za-z0-9_-]+)"></a>')


def split(source: Path) -> dict[str, nbformat.NotebookNode]:
    """The unexecuted notebooks of a lab source, one per language."""
    read = jupytext.read(source, fmt="py:percent")
    _check_pairs(source, read.cells)
    notebooks = {}
    for lang in LANGUAGES:
        cells = []
        for cell in read.cells:
            if cell.cell_type == "markdown" and cell.metadata.get("lang") != lang:
                continue
            index = len(cells)
            if cell.cell_type == "code":
                new = nbformat.v4.new_code_cell(cell.source)
                if f"alt_{lang}" in cell.metadata:  # a figure's alt text (hooks/notebooks.py)
                    new.metadata["alt"] = cell.metadata[f"alt_{lang}"]
            else:
                new = nbformat.v4.new_markdown_cell(HEADING.sub(anchored, cell.source))
            new.id = f"{source.stem}-{index}"
            cells.append(new)
        nb = nbformat.v4.new_notebook(cells=cells)
        nb.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"}}
        notebooks[lang] = nb
    return notebooks


def build(source: Path) -> dict[str, nbformat.NotebookNode]:
    """Every language's notebook, executed: the shared code runs once and all carry its outputs."""
    notebooks = split(source)
    first, *others = LANGUAGES
    executed = notebooks[first]
    with tempfile.TemporaryDirectory(prefix="lab-") as cwd:
        client = NotebookClient(
            executed,
            kernel_name="python3",
            timeout=300,
            allow_errors=False,
            record_timing=False,
            resources={"metadata": {"path": cwd}},
        )
        try:
            # The kernel process's own stderr (its start-up notices) is dropped; what the cells
            # write to stderr still arrives in the notebook, and _refuse_stderr fails on it.
            client.execute(stderr=subprocess.DEVNULL)
        except CellExecutionError as error:
            names = ", ".join(REPO.rel(notebook_path(source, lang)) for lang in LANGUAGES)
            cell = next(
                (
                    i
                    for i, c in enumerate(executed.cells)
                    if c.cell_type == "code"
                    and c.get("outputs")
                    and any(o.get("output_type") == "error" for o in c.outputs)
                ),
                "?",
            )
            raise LabError(
                f"{REPO.rel(source)} (notebooks {names}): cell {cell} raised\n{error}"
            ) from None
    code = [c for c in executed.cells if c.cell_type == "code"]
    for cell in code:
        cell.outputs = _merge_streams(cell.outputs)
    for lang in others:
        for cell, ran in zip(
            (c for c in notebooks[lang].cells if c.cell_type == "code"), code, strict=True
        ):
            cell.outputs, cell.execution_count = ran.outputs, ran.execution_count
    for nb in notebooks.values():
        _refuse_stderr(source, nb)
    return notebooks


def _merge_streams(outputs: list) -> list:
    """One output per run of printed text: the kernel sends a cell's prints in as many chunks as
    its output buffer happened to flush (one on an idle machine, several on a busy one), so the
    stored notebook would depend on the machine's load. Jupyter shows consecutive chunks of the
    same stream as one block anyway."""
    merged: list = []
    for out in outputs:
        last = merged[-1] if merged else None
        if (
            out.get("output_type") == "stream"
            and last is not None
            and last.get("output_type") == "stream"
            and last.get("name") == out.get("name")
        ):
            last["text"] += out["text"]
        else:
            merged.append(out)
    return merged


def _refuse_stderr(source: Path, nb) -> None:
    """A warning in a notebook prints to stderr: like a warning in a snippet, it fails."""
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                raise LabError(f"{REPO.rel(source)}: cell {index} wrote to stderr:\n{out['text']}")


def text(nb) -> str:
    return nbformat.writes(nb)
