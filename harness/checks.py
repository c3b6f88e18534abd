"""Page rules the site's promises rest on. Each check returns its problems as sentences
that name the file and line; an empty list means the rule holds."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from . import citations
from .layout import LANGUAGES, OUTPUT_SUFFIX, REGENERATE_COMMAND, REPO, Layout
from .markdown import EXPECTED_OUTPUT, Page, parse
from .snippets import discover

PYTHON_LANGUAGES = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}
EXECUTED_BY_CODEBLOCKS = {"sh", "bash", "zsh"}


def _twins(layout: Layout) -> list[tuple[Path, Path]]:
    zh, en = LANGUAGES
    common = sorted(set(layout.pages(zh)) & set(layout.pages(en)))
    return [(layout.docs / zh / p, layout.docs / en / p) for p in common]


def missing_twins(layout: Layout = REPO) -> list[str]:
    problems = []
    for lang in LANGUAGES:
        for other in LANGUAGES:
            if other == lang:
                continue
            for page in sorted(set(layout.pages(lang)) - set(layout.pages(other))):
                problems.append(
                    f"{layout.rel(layout.docs / lang / page)} exists only in '{lang}': "
                    f"write its twin {layout.rel(layout.docs / other / page)}"
                )
    return problems


# What twins must share, and how to say that they do not.
TWIN_PROPERTIES = {
    "include different snippets": lambda page: page.includes,
    "have different heading ids": lambda page: [h.id for h in page.headings if h.level > 1],
    "link to different pages or sections": lambda page: sorted(set(page.links)),
    "cite different torch source lines": lambda page: sorted(
        {c.url for c in citations.find(page.path.read_text(encoding="utf-8"))[0]}
    ),
}


def twin_differences(layout: Layout = REPO) -> list[str]:
    """Twins include the same snippets in the same order, carry the same heading ids and
    link to the same pages and sections."""
    problems = []
    for a, b in _twins(layout):
        pa, pb = parse(a), parse(b)
        for difference, read in TWIN_PROPERTIES.items():
            if read(pa) != read(pb):
                problems.append(
                    f"{layout.rel(a)} and {layout.rel(b)} {difference}:\n"
                    f"  {read(pa)}\n  {read(pb)}"
                )
    return problems


def link_problems(layout: Layout = REPO) -> list[str]:
    """Every link to a page (and section) of the same language lands on an existing heading id."""
    problems = []
    heading_ids: dict[Path, set[str | None]] = {}  # each linked page parsed once
    for path in layout.all_pages():
        for target in parse(path).links:
            name, _, anchor = target.partition("#")
            linked = (path.parent / name).resolve() if name else path
            if not linked.is_file():
                problems.append(f"{layout.rel(path)}: link to a missing page '{target}'")
                continue
            if linked not in heading_ids:
                heading_ids[linked] = {h.id for h in parse(linked).headings}
            if anchor and anchor not in heading_ids[linked]:
                problems.append(
                    f"{layout.rel(path)}: link '{target}' names no heading id of {layout.rel(linked)}"
                )
    return problems


def heading_problems(layout: Layout = REPO) -> list[str]:
    problems = []
    for path in layout.all_pages():
        page = parse(path)
        for h in page.headings:
            if h.level > 1 and not h.id:
                problems.append(
                    f"{layout.rel(path)}:{h.lineno}: heading '{h.text}' has no explicit id; "
                    "write it as '## Text {{ #some-id }}' with the same id in both languages"
                )
        counts = Counter(h.id for h in page.headings if h.id)
        for dup in sorted(i for i, n in counts.items() if n > 1):
            problems.append(f"{layout.rel(path)}: heading id '{dup}' is used {counts[dup]} times")
    return problems


def _fence_problems(layout: Layout, page: Page) -> list[str]:
    where = layout.rel(page.path)
    problems = [
        f"{where}:{n}: '--8<--' outside a code fence; includes here are whole code blocks only"
        for n in page.stray_includes
    ]
    fences = page.fences
    for k, fence in enumerate(fences):
        at = f"{where}:{fence.lineno}"
        lang = fence.language
        if fence.marker[0] == "~":
            problems.append(f"{at}: tilde fence; use backticks (pytest-codeblocks skips tildes)")
        if not lang:
            problems.append(f"{at}: fence without a language; use 'text' for plain output")
        if lang in EXECUTED_BY_CODEBLOCKS:
            problems.append(
                f"{at}: '{lang}' fences are executed by pytest-codeblocks; show commands as 'console'"
            )
        target = fence.include
        if target and not (layout.snippets / target).is_file():
            problems.append(f"{at}: include of a missing file 'snippets/{target}'")
        if lang in PYTHON_LANGUAGES:
            if fence.info != "python":
                problems.append(
                    f"{at}: Python fence '{fence.marker}{fence.info}' would be skipped by "
                    "pytest-codeblocks; write exactly '```python' (titles go in the prose)"
                )
            if not (target and target.endswith(".py")):
                problems.append(
                    f"{at}: a Python block must be exactly one include of a snippet file "
                    "(code is never written into a page, so both languages share it)"
                )
                continue
            output = Path(target).with_suffix(OUTPUT_SUFFIX).as_posix()
            following = fences[k + 1] if k + 1 < len(fences) else None
            if not (
                following
                and EXPECTED_OUTPUT in following.comments_before
                and following.include == output
            ):
                problems.append(
                    f"{at}: the snippet '{target}' must be followed by "
                    f"'<!--{EXPECTED_OUTPUT}-->' and a text fence including '{output}'"
                )
        if target and target.endswith(OUTPUT_SUFFIX) and not lang == "text":
            problems.append(f"{at}: stored output '{target}' must be shown in a 'text' fence")
    return problems


def fence_problems(layout: Layout = REPO) -> list[str]:
    return [p for path in layout.all_pages() for p in _fence_problems(layout, parse(path))]


def orphan_problems(layout: Layout = REPO) -> list[str]:
    """Every snippet is shown somewhere; every stored output and figure belongs to a snippet."""
    included = {t for path in layout.all_pages() for t in parse(path).includes}
    problems = [
        f"{layout.rel(s.path)} is included by no page; show it or delete it"
        for s in discover(layout)
        if s.name not in included
    ]
    sources = [s.source for s in discover(layout)]
    if layout.figures.is_dir():
        for figure in sorted(p for p in layout.figures.rglob("*") if p.is_file()):
            if not any(figure.name in source for source in sources):
                problems.append(
                    f"{layout.rel(figure)} is written by no snippet (none names it); figures here "
                    "are generated by snippets, hand-made images belong in docs/assets/diagrams/"
                )
    for out in sorted(layout.snippets.rglob(f"*{OUTPUT_SUFFIX}")):
        if not out.with_suffix(".py").exists():
            problems.append(
                f"{layout.rel(out)} is a stored output without a snippet; "
                f"delete it or run {REGENERATE_COMMAND}"
            )
    return problems


# The chapters about what happens inside the calls: each cites the torch source it explains.
CITING_PAGES = ["step.md", "sgd.md", "adam.md", "schedulers.md", "amp.md", "ddp.md",
                "checkpoint.md", "performance.md"]


def citation_problems(layout: Layout = REPO, version: str | None = None,
                      site: Path | None = None) -> list[str]:
    """Every citation of the torch source, in the pages and the lab sources, names lines of the
    pinned tag that hold the identifier it is about, in the installed torch."""
    if version is None:
        from hooks.placeholders import pinned_version

        version = pinned_version("torch", layout.root / "requirements.txt")
    site = site or citations.installed_torch()
    sources = layout.all_pages() + sorted((layout.root / "labs").glob("*.py"))
    return [
        problem
        for path in sources
        for problem in citations.check_text(
            path.read_text(encoding="utf-8"), layout.rel(path), version, site
        )
    ]


def uncited_pages(layout: Layout = REPO) -> list[str]:
    """The internals chapters cite their sources, in both languages."""
    return [
        f"{layout.rel(layout.docs / lang / name)} cites no line of the torch source; "
        "back its statements about torch with citations (harness/citations.py)"
        for lang in LANGUAGES
        for name in CITING_PAGES
        if (layout.docs / lang / name).is_file()
        and not citations.find((layout.docs / lang / name).read_text(encoding="utf-8"))[0]
    ]


def front_matter_problems(layout: Layout = REPO) -> list[str]:
    """A page's front matter is YAML that gives it a description (the search snippet and the
    meta description). An unquoted value with ': ' in it is not YAML: mkdocs then shows the
    block as text on the page and the page loses its description."""
    import yaml

    problems = []
    for path in layout.all_pages():
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            problems.append(f"{layout.rel(path)}: no front matter with a description")
            continue
        block = text[4:].split("\n---\n", 1)[0]
        try:
            meta = yaml.safe_load(block)
        except yaml.YAMLError as error:
            problems.append(f"{layout.rel(path)}: front matter is not YAML (quote the value): "
                            f"{str(error).splitlines()[0]}")
            continue
        if not isinstance(meta, dict) or not isinstance(meta.get("description"), str):
            problems.append(f"{layout.rel(path)}: front matter has no 'description' string")
    return problems


# The error index: each entry's heading quotes the message a reader pastes into the search box,
# and the quote must be what the entry's first snippet really prints (whitespace aside), so the
# message in a heading is never retyped from memory.
ERROR_INDEX = "errors.md"
QUOTED = re.compile(r'"([^"]+)"')


def error_heading_problems(layout: Layout = REPO) -> list[str]:
    problems = []
    for lang in LANGUAGES:
        path = layout.docs / lang / ERROR_INDEX
        if not path.is_file():
            continue
        page = parse(path)
        starts = [h.lineno for h in page.headings] + [10**9]
        for heading, end in zip(page.headings, starts[1:]):
            if heading.level != 3:
                continue
            where = f"{layout.rel(path)}:{heading.lineno}"
            quotes = QUOTED.findall(heading.text)
            outputs = [f.include for f in page.fences
                       if heading.lineno < f.lineno < end and f.include
                       and f.include.endswith(OUTPUT_SUFFIX)]
            if not quotes:
                problems.append(f"{where}: the heading quotes no message (\"...\") a reader "
                                "would paste")
                continue
            if not outputs:
                problems.append(f"{where}: the entry shows no output to quote from")
                continue
            printed = " ".join((layout.snippets / outputs[0]).read_text(encoding="utf-8").split())
            for quote in quotes:
                if " ".join(quote.split()) not in printed:
                    problems.append(f"{where}: \"{quote}\" is not what snippets/{outputs[0]} "
                                    "prints; quote the verified output")
    return problems
