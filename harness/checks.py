"""Page rules the site's promises rest on. Each check takes a Layout and returns its problems
as sentences that name the file and line; an empty list means the rule holds.

Every check is a function named `*_problems` registered with @page_check in PAGE_CHECKS:
tests/test_pages.py runs each on the site, and tests/test_harness.py runs each on a good scratch
tree (and fails when a `*_problems` function here is not registered). See README.md, "Adding a
check".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import chapters, citations
from .layout import OUTPUT_SUFFIX, REGENERATE_COMMAND, REPO, Layout
from .markdown import EXPECTED_OUTPUT, Page, parse
from .snippets import discover

PYTHON_LANGUAGES = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}
EXECUTED_BY_CODEBLOCKS = {"sh", "bash", "zsh"}

Check = Callable[[Layout], list[str]]
PAGE_CHECKS: list[Check] = []
"""Every page check, in the order they were written here."""


def page_check(check: Check) -> Check:
    """Register a page check: the tests run it on the site and on a good scratch tree."""
    PAGE_CHECKS.append(check)
    return check


def _twins(layout: Layout) -> list[tuple[Path, Path]]:
    """(the default language's page, its twin) for every other language holding the page."""
    default, *others = layout.languages
    return [
        (layout.docs / default / page, layout.docs / other / page)
        for other in others
        for page in sorted(set(layout.pages(default)) & set(layout.pages(other)))
    ]


@page_check
def missing_twin_problems(layout: Layout = REPO) -> list[str]:
    """Every page exists in every language."""
    pages = {lang: set(layout.pages(lang)) for lang in layout.languages}
    problems = []
    for page in sorted(set().union(*pages.values())):
        present = [lang for lang in layout.languages if page in pages[lang]]
        for lang in layout.languages:
            if page not in pages[lang]:
                problems.append(
                    f"{layout.rel(layout.docs / present[0] / page)} has no twin in '{lang}': "
                    f"write {layout.rel(layout.docs / lang / page)}"
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


@page_check
def twin_difference_problems(layout: Layout = REPO) -> list[str]:
    """Twins include the same snippets in the same order, carry the same heading ids, link to
    the same pages and sections and cite the same torch source lines."""
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


@page_check
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
                    f"{layout.rel(path)}: link '{target}' names no heading id of "
                    f"{layout.rel(linked)}"
                )
    return problems


@page_check
def heading_problems(layout: Layout = REPO) -> list[str]:
    """Every heading below the title has an explicit id, used once on its page."""
    problems = []
    for path in layout.all_pages():
        page = parse(path)
        for h in page.headings:
            if h.level > 1 and not h.id:
                problems.append(
                    f"{layout.rel(path)}:{h.lineno}: heading '{h.text}' has no explicit id; "
                    "write it as '## Text { #some-id }' with the same id in every language"
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
                f"{at}: '{lang}' fences are executed by pytest-codeblocks; "
                "show commands as 'console'"
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
        if target and target.endswith(OUTPUT_SUFFIX) and lang != "text":
            problems.append(f"{at}: stored output '{target}' must be shown in a 'text' fence")
    return problems


@page_check
def fence_problems(layout: Layout = REPO) -> list[str]:
    """Every fence is one the tests run, or one they are right to leave alone."""
    return [p for path in layout.all_pages() for p in _fence_problems(layout, parse(path))]


@page_check
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
CITING_PAGES = [
    "step.md",
    "sgd.md",
    "adam.md",
    "schedulers.md",
    "amp.md",
    "ddp.md",
    "checkpoint.md",
    "performance.md",
]


@page_check
def citation_problems(
    layout: Layout = REPO, version: str | None = None, site: Path | None = None
) -> list[str]:
    """Every citation of the torch source, in the pages and the lab sources, names lines of the
    pinned tag that hold the identifier it is about, in the installed torch. The tag is the
    torch pinned in the layout's requirements.txt (or `version`), the source the installed torch
    (or the package folder `site`); neither is looked up when nothing cites torch."""
    sources = layout.all_pages() + sorted((layout.root / "labs").glob("*.py"))
    texts = {path: path.read_text(encoding="utf-8") for path in sources}
    if not any(any(citations.find(text)) for text in texts.values()):
        return []
    if version is None:
        from hooks.placeholders import pinned_version

        version = pinned_version("torch", layout.root / "requirements.txt")
    site = site or citations.installed_torch()
    return [
        problem
        for path, text in texts.items()
        for problem in citations.check_text(text, layout.rel(path), version, site)
    ]


@page_check
def uncited_page_problems(layout: Layout = REPO) -> list[str]:
    """The internals chapters cite their sources, in every language."""
    return [
        f"{layout.rel(layout.docs / lang / name)} cites no line of the torch source; "
        "back its statements about torch with citations (harness/citations.py)"
        for lang in layout.languages
        for name in CITING_PAGES
        if (layout.docs / lang / name).is_file()
        and not citations.find((layout.docs / lang / name).read_text(encoding="utf-8"))[0]
    ]


@page_check
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
            problems.append(
                f"{layout.rel(path)}: front matter is not YAML (quote the value): "
                f"{str(error).splitlines()[0]}"
            )
            continue
        if not isinstance(meta, dict) or not isinstance(meta.get("description"), str):
            problems.append(f"{layout.rel(path)}: front matter has no 'description' string")
    return problems


# The error index: each entry's heading quotes the message a reader pastes into the search box,
# and the quote must be what the entry's first snippet really prints (whitespace aside), so the
# message in a heading is never retyped from memory.
ERROR_INDEX = "errors.md"
QUOTED = re.compile(r'"([^"]+)"')


@page_check
def error_heading_problems(layout: Layout = REPO) -> list[str]:
    """Each entry of the error index quotes what its first snippet prints."""
    problems = []
    for lang in layout.languages:
        path = layout.docs / lang / ERROR_INDEX
        if not path.is_file():
            continue
        page = parse(path)
        starts = [h.lineno for h in page.headings] + [10**9]
        for heading, end in zip(page.headings, starts[1:], strict=True):
            if heading.level != 3:
                continue
            where = f"{layout.rel(path)}:{heading.lineno}"
            quotes = QUOTED.findall(heading.text)
            outputs = [
                f.include
                for f in page.fences
                if heading.lineno < f.lineno < end
                and f.include
                and f.include.endswith(OUTPUT_SUFFIX)
            ]
            if not quotes:
                problems.append(
                    f'{where}: the heading quotes no message ("...") a reader would paste'
                )
                continue
            if not outputs:
                problems.append(f"{where}: the entry shows no output to quote from")
                continue
            printed = " ".join((layout.snippets / outputs[0]).read_text(encoding="utf-8").split())
            for quote in quotes:
                if " ".join(quote.split()) not in printed:
                    problems.append(
                        f'{where}: "{quote}" is not what snippets/{outputs[0]} '
                        "prints; quote the verified output"
                    )
    return problems


# Every chapter ends with its exercises (harness/chapters.py reads them for the notebooks).
EXERCISES = chapters.EXERCISES
EXERCISE_COUNT = range(3, 6)


@page_check
def exercise_problems(layout: Layout = REPO) -> list[str]:
    """Every chapter ends with a section `exercises` of 3 to 5 exercises `exercise-1`, ...,
    each a snippet `exercise_*.py` whose output is hidden in its answer (`??? success`)."""
    problems = []
    for lang in layout.languages:
        for chapter in chapters.CHAPTERS:
            path = layout.docs / lang / chapter
            if not path.is_file():
                continue
            where = layout.rel(path)
            try:
                parsed = chapters.parse_chapter(path)
            except chapters.ChapterError as error:
                problems.append(f"{where}: {error}")
                continue
            sections = [h for h in parse(path).headings if h.level == 2]
            if not sections or sections[-1].id != EXERCISES:
                problems.append(
                    f"{where}: the chapter does not end with its exercises "
                    f"(a last section `## ... {{ #{EXERCISES} }}`)"
                )
            ids = [answer.exercise for answer in parsed.answers]
            wanted = [f"exercise-{n}" for n in range(1, len(ids) + 1)]
            if len(ids) not in EXERCISE_COUNT:
                problems.append(
                    f"{where}: {len(ids)} exercises; a chapter has "
                    f"{EXERCISE_COUNT.start} to {EXERCISE_COUNT.stop - 1}"
                )
            if ids != wanted:
                problems.append(f"{where}: the exercises' ids are {ids}; number them {wanted}")
            for part in parsed.parts:
                if isinstance(part, chapters.Code) and part.question:
                    if not Path(part.snippet).name.startswith("exercise_"):
                        problems.append(
                            f"{where}: the exercise '{part.question}' shows "
                            f"'{part.snippet}'; name an exercise's snippet exercise_<what>.py"
                        )
                elif isinstance(part, chapters.Code) and Path(part.snippet).name.startswith(
                    "exercise_"
                ):
                    problems.append(
                        f"{where}: '{part.snippet}' shows its output; an exercise hides it in "
                        f'its answer (`??? success "..."`)'
                    )
    return problems
