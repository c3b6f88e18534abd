"""Every chapter as a notebook (harness/chapters.py, hooks/chapter_notebooks.py): the site
offers each chapter's notebook in the page's language, the notebook is the page (its prose, its
snippets in page order, their stored outputs, the exercises' answers last), and run from top to
bottom in one fresh interpreter it prints what it stores."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from harness import chapters
from harness.layout import LANGUAGES, OUTPUT_SUFFIX, REPO
from harness.markdown import parse
from hooks.placeholders import pinned_version

TORCH = pinned_version("torch")


def _nav_pages(items) -> list[str]:
    found = []
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += _nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            found.append(value)
    return found


def test_every_page_of_the_nav_is_a_chapter_or_a_reference_page():
    """A new page must be put in one list on purpose: a chapter gets exercises and a notebook."""
    nav = _nav_pages(REPO.config["nav"])
    assert set(chapters.CHAPTERS).isdisjoint(chapters.REFERENCE_PAGES)
    assert sorted(nav) == sorted(chapters.CHAPTERS + chapters.REFERENCE_PAGES)
    assert [page for page in nav if page in chapters.CHAPTERS] == list(chapters.CHAPTERS)


def _site_url(built_site: Path) -> str:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    return re.search(r'<link rel="canonical" href="([^"]+)"', home)[1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_chapter_page_offers_its_notebook_as_the_page_gives_it_now(built_site, lang):
    site_url = _site_url(built_site)
    folder = REPO.language(lang).link.strip("/")
    for chapter in chapters.CHAPTERS:
        name = chapters.notebook_name(chapter)
        stored = built_site / folder / chapters.FOLDER / name
        assert stored.is_file(), f"the site has no notebook for docs/{lang}/{chapter}"
        expected = chapters.text(chapters.notebook(chapter, lang, site_url, TORCH))
        assert stored.read_text(encoding="utf-8") == expected, stored
        page = built_site / folder / Path(chapter).stem / "index.html"
        html = page.read_text(encoding="utf-8")
        assert f'href="../{chapters.FOLDER}/{name}" download' in html, (
            f"{page} has no download button for its notebook"
        )


def _code_sources(nb) -> list[str]:
    return [cell.source for cell in nb.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("chapter", chapters.CHAPTERS)
def test_a_chapter_notebook_is_its_page(chapter):
    """Valid nbformat; the code cells are the page's snippets in page order; the outputs are the
    stored ones, but the exercises', whose answers come last; the Markdown keeps nothing a
    notebook cannot show (includes, attribute lists, admonitions, links to .md files)."""
    notebooks = {
        lang: chapters.notebook(chapter, lang, "https://x.test/", TORCH) for lang in LANGUAGES
    }
    for lang, nb in notebooks.items():
        nbformat.validate(nb)
        page = parse(REPO.docs / lang / chapter)
        code = [c for c in nb.cells if c.cell_type == "code"]
        shown = [c for c in code if not c.source.startswith(("%%writefile", "import subprocess"))]
        writes = [c for c in code if c.source.startswith("%%writefile")]
        python = [t for t in page.includes if t.endswith(".py")]
        assert len(shown) + len(writes) == len(python)
        sources = iter(c.source for c in code if not c.source.startswith("import subprocess"))
        for target, source in zip(python, sources, strict=True):
            snippet = (REPO.snippets / target).read_text(encoding="utf-8")
            written = f"%%writefile {chapters.own_process_file(target)}\n{snippet}"
            assert source in (snippet, written), target
        questions = [t for t in python if Path(t).name.startswith("exercise_")]
        answers = [
            c for c in nb.cells if c.cell_type == "markdown" and '-answer"></a>' in c.source
        ]
        assert len(answers) == len(questions), f"docs/{lang}/{chapter}: an answer per exercise"
        last_code = max(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
        first_answer = min((nb.cells.index(c) for c in answers), default=len(nb.cells))
        assert first_answer > last_code, "the answers come after every code cell"
        for target in python:
            stored = (
                (REPO.snippets / target).with_suffix(OUTPUT_SUFFIX).read_text(encoding="utf-8")
            )
            texts = [o.get("text") for c in code for o in c.outputs]
            in_answers = any(stored.rstrip("\n") in c.source for c in answers)
            if target in questions:
                assert in_answers, f"{target}: the answer shows its output"
                assert stored not in texts, f"{target}: an exercise's output is only in its answer"
            else:
                assert stored in texts, f"{target}: its stored output is the cell's output"
        markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for leftover in ("--8<--", "{ #", "pytest-codeblocks", "\n!!! ", "\n??? ", ".md)", ".md#"):
            assert leftover not in markdown, (
                f"docs/{lang}/{chapter}: {leftover!r} left in the notebook"
            )
    first, *others = LANGUAGES
    for lang in others:
        assert _code_sources(notebooks[lang]) == _code_sources(notebooks[first])


@pytest.mark.parametrize("chapter", chapters.CHAPTERS)
def test_a_chapter_notebook_run_in_one_fresh_interpreter_prints_what_it_stores(chapter):
    assert chapters.run_problems(chapter) == []


def test_an_image_points_at_its_copy_on_the_site():
    """JupyterLab shows no SVG attachment; the figure is shown from the site being built."""
    nb = chapters.notebook("schedulers.md", "en", "https://x.test/site/", TORCH)
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "](https://x.test/site/assets/figures/lr_schedules.svg)" in markdown
    assert "![" in markdown.split("](https://x.test/site/assets/figures/lr_schedules.svg)")[0]


def test_admonitions_notes_and_answers_read_in_the_notebooks_language():
    nb = chapters.notebook("performance.md", "zh", "https://x.test/", TORCH)
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    assert any(m.startswith("<blockquote>\n\n**警告：") for m in markdown)
    assert any(m.startswith(chapters.WORDS["zh"]["notes"]) for m in markdown)
    assert any(m.startswith("### 答案 · ") and "[回到题目](#exercise-1)" in m for m in markdown)
