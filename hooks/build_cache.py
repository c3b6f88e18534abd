"""The slow, pure steps of a build kept between builds, in .cache/build (registered under
`hooks:` in mkdocs.yml; hooks/jinja_cache.py does the same for compiled templates).

A build spends most of its time on work whose result depends only on its inputs, and which
repeats unchanged from one build to the next (and from one save to the next under `make serve`):

- Material's search plugin reads every page's HTML into sections (a pure-Python HTML parser)
  and cuts the Chinese in them into words (jieba, whose dictionary alone takes 0.6 s to load);
- Pygments colours every code block, each snippet once per language;
- hooks/notebook_figures.py encodes the labs' plots as WebP, hooks/notebook_css.py prunes the
  labs' stylesheet.

Each result is stored under the SHA-256 of everything it is computed from: its inputs, the
installed versions of the packages that compute it, and the source of the hooks that do (this
one, and the one that asks). An edited page, snippet, setting or hook, or an upgraded package,
is computed afresh; nothing is ever invalidated by hand, and a stale entry is
never read, only left behind (`make clean` deletes the folder). A cold build (a fresh clone, as
in CI, which builds the site it deploys from scratch) computes everything;
tests/test_site.py checks that a build from a full cache writes the same bytes as a cold one.

SITE_BUILD_CACHE=<folder> keeps the cache in that folder instead; SITE_BUILD_CACHE=off builds
without one.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import inspect
import json
import os
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENT = "SITE_BUILD_CACHE"
PATCHED = "_site_build_cache"  # marks a function this hook replaced (it may be loaded twice)


def folder() -> Path | None:
    chosen = os.environ.get(ENVIRONMENT)
    if chosen == "off":
        return None
    return Path(chosen) if chosen else ROOT / ".cache" / "build"


def digest(parts: object) -> str:
    """The key of a result: what it is computed from, as JSON (which refuses anything it cannot
    write exactly, so no object's repr slips into a key)."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cached(
    kind: str,
    packages: list[str],
    inputs: object,
    compute: Callable[[], T],
    code: str = __file__,
    dump: Callable[[T], bytes] = lambda value: json.dumps(value).encode("utf-8"),
    load: Callable[[bytes], T] = json.loads,
) -> T:
    """compute(), or what it returned before for the same inputs, package versions and hook
    sources (`code` is the file of the hook that computes it)."""
    where = folder()
    if where is None:
        return compute()
    sources = [_source(__file__), _source(code)]
    key = digest([kind, {p: _version(p) for p in packages}, sources, inputs])
    path = where / kind / key[:2] / key
    if path not in _stored and path.is_file():
        _stored[path] = path.read_bytes()
    if path in _stored:
        return load(_stored[path])  # a new object each time: callers may change theirs
    value = compute()
    _stored[path] = dump(value)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{key}.{os.getpid()}.partial")
    partial.write_bytes(_stored[path])
    partial.replace(path)  # whole or not at all, even with two builds at once
    return value


_stored: dict[Path, bytes] = {}  # what this process read or wrote (the next language, or the
# next rebuild of `make serve`, finds it here)


@functools.cache
def _version(package: str) -> str:
    return version(package)  # read from its metadata, slow: 1 s for a build's 2000 lookups


def _source(path: str) -> str:
    stat = Path(path).stat()
    return _source_digest(path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _source_digest(path: str, mtime_ns: int, size: int) -> str:  # read again once edited
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# Search: the entries of one page.


def _toc(items) -> list:
    return [[i.id, i.title, i.url, i.level, _toc(i.children)] for i in items]


def _search_inputs(index, page) -> list:
    """What SearchIndex.add_entry_from_context reads: the page's HTML, table of contents, URL,
    title and front matter, and the search settings (which include jieba's dictionaries)."""
    meta = json.loads(json.dumps(page.meta, default=str))  # YAML dates as text
    return [page.content, _toc(page.toc), page.url, page.title, meta, index.config]


def _patch_search() -> None:
    from material.plugins.search.plugin import SearchIndex

    original = SearchIndex.add_entry_from_context
    if getattr(original, PATCHED, False):
        return

    def add_entry_from_context(self, page):
        def compute() -> list[dict]:
            scratch = copy.copy(self)
            scratch.entries = []
            original(scratch, page)
            return scratch.entries

        inputs = _search_inputs(self, page)
        self.entries.extend(cached("search", ["mkdocs-material", "jieba"], inputs, compute))

    setattr(add_entry_from_context, PATCHED, True)
    SearchIndex.add_entry_from_context = add_entry_from_context


# Pygments: one code block coloured, as pymdownx.highlight writes it.

HIGHLIGHT_SETTINGS = [  # every attribute of Highlight that highlight() and get_lexer() read
    "anchor_linenums",
    "code_attr_on_pre",
    "default_lang",
    "extend_pygments_lang",
    "guess_lang",
    "language_prefix",
    "line_anchors",
    "line_spans",
    "linenums",
    "linenums_class",
    "linenums_special",
    "linenums_style",
    "noclasses",
    "pygments_lang_class",
    "pygments_style",
    "stripnl",
    "title_mode",
    "use_pygments",
]


def _patch_highlight() -> None:
    from pymdownx.highlight import Highlight

    original = Highlight.highlight
    if getattr(original, PATCHED, False):
        return
    parameters = list(inspect.signature(original).parameters)[1:]  # src, language, ...

    def highlight(self, *args, **kwargs):
        call = {**dict(zip(parameters, args, strict=False)), **kwargs}
        if call.get("inline") or self.title_mode != "text" or self.auto_title:
            # An inline result is an element, not text; an HTML title or an automatic one
            # goes through the Markdown instance's stash, which a stored result would skip.
            return original(self, *args, **kwargs)
        settings = {name: getattr(self, name) for name in HIGHLIGHT_SETTINGS}
        return cached(
            "highlight",
            ["pygments", "pymdown-extensions"],
            [settings, call],
            lambda: original(self, *args, **kwargs),
        )

    setattr(highlight, PATCHED, True)
    Highlight.highlight = highlight


def on_config(config):
    _patch_search()
    _patch_highlight()
    return config
