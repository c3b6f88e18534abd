"""The slow, pure steps of a build kept between builds, in .cache/build (registered under
`hooks:` in mkdocs.yml; hooks/jinja_cache.py does the same for compiled templates).

A build spends most of its time on work whose result depends only on its inputs, and which
repeats unchanged from one build to the next (and from one save to the next under `make serve`):

- Material's search plugin reads every page's HTML into sections (a pure-Python HTML parser)
  and cuts the Chinese in them into words (jieba, whose dictionary alone takes 0.6 s to load);
- Pygments colours every code block, each snippet once per language;
- hooks/notebook_figures.py encodes the labs' plots as WebP, hooks/notebook_css.py prunes the
  labs' stylesheet.

Each result is stored under the SHA-256 of what it is computed from: its inputs, the Python
version, the installed versions of the packages that compute it, and the source of the hooks
that do (this one, and the one that asks, as each was when the process loaded it: under
`make serve`, an edited hook keeps running its old code until serve restarts, and its results
stay under the old code's key). A changed page, snippet, setting, hook or package is a new key,
computed afresh; old entries are only left behind (`make clean` deletes the folder). An entry
is stored with the SHA-256 of its bytes and used only when they match, so a damaged file (a
full disk, a crash) is computed again, never used. A cold build (a fresh clone, as in CI, which
builds the site it deploys from scratch) computes everything; tests/test_site.py checks that the
tests' build, warm from the cache, writes the same bytes as a build without it.

What a key cannot see: global state that code outside these steps changes (jieba.add_word
from another plugin, a Pygments lexer a package adds under a name the site already uses). The
site has neither; `make clean` is the way out if one is added.

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
import sys
from collections.abc import Callable
from importlib.metadata import entry_points, version
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
    write exactly, so no object's repr slips into a key). Dictionaries keep their order: the
    order of an element's attributes is part of the HTML written from them."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_digest(path: str) -> str:
    """A hook's source, as its module is loaded (each hook computes its own once)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


CODE = source_digest(__file__)


def cached(
    kind: str,
    packages: list[str],
    inputs: object,
    compute: Callable[[], T],
    code: str = CODE,
    dump: Callable[[T], bytes] = lambda value: json.dumps(value).encode("utf-8"),
    load: Callable[[bytes], T] = json.loads,
) -> T:
    """compute(), or what it returned before for the same inputs, Python, package versions
    and hook sources (`code`: source_digest() of the hook that computes it)."""
    where = folder()
    if where is None:
        return compute()
    versions = {p: _version(p) for p in packages}
    key = digest([kind, sys.version, versions, CODE, code, inputs])
    path = where / kind / key[:2] / key
    if path not in _stored:
        stored = _read(path)
        if stored is not None:
            _stored[path] = stored
    if path in _stored:
        return load(_stored[path])  # a new object each time: callers may change theirs
    value = compute()
    _stored[path] = dump(value)
    _write(path, _stored[path])
    return value


_stored: dict[Path, bytes] = {}  # what this process read or wrote: the next language, or the
# next rebuild of `make serve`, finds it here (it grows by what each edit adds, a few KB)
CHECK = 32  # the SHA-256 of an entry's bytes, before them


def _read(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    check, value = data[:CHECK], data[CHECK:]
    return value if hashlib.sha256(value).digest() == check else None  # damaged: compute


def _write(path: Path, value: bytes) -> None:
    """Whole or not at all, even with two builds at once: a file of this process, flushed to
    disk, then renamed over the entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    with open(partial, "wb") as file:
        file.write(hashlib.sha256(value).digest() + value)
        file.flush()
        os.fsync(file.fileno())
    partial.replace(path)


@functools.cache
def _version(package: str) -> str:
    return version(package)  # read from its metadata, slow: 1 s for a build's 2000 lookups


# Search: the entries of one page.


def _toc(items) -> list:
    return [[i.id, i.title, i.url, i.level, _toc(i.children)] for i in items]


def _typed(value: object) -> list:
    """A value JSON cannot write (a YAML date) as its type and text: not equal to the string."""
    return [f"{type(value).__module__}.{type(value).__qualname__}", str(value)]


def _file_digest(path: str | None) -> str | None:
    if not path or not os.path.isfile(os.path.normpath(path)):
        return None
    return hashlib.sha256(Path(os.path.normpath(path)).read_bytes()).hexdigest()


def _search_inputs(index, page) -> list:
    """What SearchIndex.add_entry_from_context reads: the page's HTML, table of contents, URL,
    title and front matter, the search settings, and the contents of the jieba dictionaries
    they name (Material loads them into jieba, as it finds them, at every build)."""
    meta = json.loads(json.dumps(page.meta, default=_typed))
    config = json.loads(json.dumps(index.config, default=_typed))
    dictionaries = [_file_digest(index.config.get(k)) for k in ("jieba_dict", "jieba_dict_user")]
    return [page.content, _toc(page.toc), page.url, page.title, meta, config, dictionaries]


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
        packages = ["mkdocs-material", "jieba", "backrefs"]
        self.entries.extend(cached("search", packages, inputs, compute))

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


@functools.cache
def _pygments_plugins() -> list:
    """Lexers, formatters, styles and filters that installed packages add to Pygments (none
    here): one could take a name the site uses."""
    groups = ["pygments.lexers", "pygments.formatters", "pygments.styles", "pygments.filters"]
    found = [
        (g, e.name, e.value, e.dist.version if e.dist else "")
        for g in groups
        for e in entry_points(group=g)
    ]
    return sorted(found)


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
            [settings, call, _pygments_plugins()],
            lambda: original(self, *args, **kwargs),
        )

    setattr(highlight, PATCHED, True)
    Highlight.highlight = highlight


def on_config(config):
    _patch_search()
    _patch_highlight()
    return config
