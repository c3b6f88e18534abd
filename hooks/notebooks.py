"""Notebook pages (the labs) under mkdocs-static-i18n (registered under `hooks:` in mkdocs.yml).

1. mkdocs-static-i18n re-creates every file as a plain mkdocs File, which treats only Markdown
   as a documentation page; mkdocs-jupyter's notebooks then come out as raw .ipynb JSON
   (ultrabug/mkdocs-static-i18n#198). Teaching File that notebooks are pages too fixes it.
2. mkdocs-jupyter's render cache, kept for every language (below).
3. Heading ids and the table of contents of notebook pages, and no CDN loader (below).
4. The ~570 KB of Jupyter CSS every notebook page inlines, served once as a stylesheet.
5. Code cells a keyboard can reach, and figures with their alt text (below).
"""

from __future__ import annotations

import html as html_text
import json
import re
from pathlib import Path

from mkdocs.structure.files import File

_markdown_only = File.is_documentation_page


def _is_documentation_page(self: File) -> bool:
    return self.src_uri.endswith(".ipynb") or _markdown_only(self)


File.is_documentation_page = _is_documentation_page


# --- mkdocs-jupyter's render cache ---------------------------------------------------------
# The plugin keeps each notebook's HTML in .cache/mkdocs-jupyter, forgets which entries it used
# at every build's start, and deletes the unused ones at the end. Under mkdocs-static-i18n each
# language is a build of its own, and the default language's clean-up runs before the other
# languages are built, so it deleted their entries and their notebooks were converted again on
# every build (0.6 s). The entries of every language's notebooks count as used from the start
# (worked out once per build, by the first language).
_used_cache_paths: set = set()


def on_pre_build(config) -> None:
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None:
        return
    if not config.plugins["i18n"].building:
        from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path

        _used_cache_paths.clear()
        _used_cache_paths.update(
            _get_cache_path(
                jupyter.config["cache_dir"],
                _compute_cache_key(notebook, jupyter.config, jupyter.config["execute"]),
            )
            for notebook in Path(config.docs_dir).rglob("*.ipynb")
        )
    jupyter._used_cache_paths = _used_cache_paths


# --- what mkdocs-jupyter renders ----------------------------------------------------------------
# Lab headings carry their id as an anchor (harness/labs.py writes `## Title <a id="x"></a>`),
# because Jupyter gives Chinese headings no usable id. Here the heading takes that id, and so
# does its table-of-contents entry, identical in both languages.
HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)\s*<a id="([\w-]+)"></a>'
    r'<a class="anchor-link" href="#[^"]*">¶</a></h\1>'
)
# The notebook template would import Mermaid from a CDN if a notebook had a diagram; ours have
# none, and nothing may be loaded from another host.
MERMAID_LOADER = re.compile(
    r'<script type="module">(?:(?!</script>).)*?mermaid(?:(?!</script>).)*</script>', re.DOTALL
)


def _flat(items):
    for item in items:
        yield item
        yield from _flat(item.children)


def _fix_toc(toc, html: str, page) -> None:
    """mkdocs-jupyter makes the table of contents (and Material the skip link) from the
    headings' text, with ids of its own ("_2" for Chinese). Each entry takes the id of its
    heading instead: same order, same text, or the build stops."""
    headings = [
        (found[1], re.sub(r"<[^>]+>|¶", "", found[2]).strip())
        for found in re.finditer(r'<h[1-6] id="([\w-]+)">(.*?)</h[1-6]>', html)
    ]
    entries = list(_flat(toc))
    titles = [entry.title.strip() for entry in entries]
    if titles != [text for _, text in headings]:
        raise ValueError(
            f"{page.file.src_uri}: table of contents {titles} does not follow "
            f"the headings {headings}"
        )
    for entry, (anchor, _) in zip(entries, headings, strict=True):
        entry.id = anchor


STYLE = re.compile(r'<style type="text/css">(.*?)</style>', re.DOTALL)
STYLESHEET = "assets/stylesheets/jupyter.css"
_css: dict[str, str] = {}


def _move_css(html: str, page) -> str:
    """The same CSS on every notebook page: keep one copy, link it from each page."""
    blocks = STYLE.findall(html)
    if not blocks:
        return html
    _css["text"] = "\n".join(blocks)
    to_root = "../" * page.url.count("/")
    html = STYLE.sub("", html)
    return f'<link rel="stylesheet" href="{to_root}{STYLESHEET}">\n' + html


# A code cell wider than the page scrolls sideways, and a keyboard reader can only scroll what
# takes focus (axe: scrollable-region-focusable). Material makes its own code blocks focusable
# from JavaScript; notebook cells are not its code blocks, so they get a tab stop here.
CODE_CELL = re.compile(r'<div class="(highlight-ipynb[^"]*)">')


# nbconvert gives every notebook image the same placeholder alt text. A lab's figure cell carries
# its own in the notebook (harness/labs.py, from `# %% alt_zh="..." alt_en="..."`), and each
# image takes its cell's, in order.
NO_ALT = 'alt="No description has been provided for this image"'


def _alt_texts(html: str, page) -> str:
    notebook = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    alts = [
        cell["metadata"].get("alt")
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    parts = html.split(NO_ALT)
    if len(parts) - 1 != len(alts):
        raise ValueError(f"{page.file.src_uri}: {len(alts)} figures but {len(parts) - 1} images")
    return parts[0] + "".join(
        (f'alt="{html_text.escape(alt)}"' if alt else NO_ALT) + part
        for alt, part in zip(alts, parts[1:], strict=True)
    )


def on_page_content(html: str, page, config, files) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    html = HEADING.sub(r'<h\1 id="\3">\2<a class="anchor-link" href="#\3">¶</a></h\1>', html)
    _fix_toc(page.toc, html, page)
    html = _alt_texts(CODE_CELL.sub(r'<div class="\1" tabindex="0">', html), page)
    return _move_css(MERMAID_LOADER.sub("", html), page)


def on_post_build(config) -> None:
    if "text" in _css:
        target = Path(config.site_dir) / STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_css["text"], encoding="utf-8")
