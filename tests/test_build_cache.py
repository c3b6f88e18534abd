"""hooks/build_cache.py: a result is reused only for the same inputs, Python, package versions
and hook sources, and only when its bytes are whole (tests/test_site.py checks the whole site
built from the cache against one built without it)."""

import datetime as dt
import inspect
import re
from types import SimpleNamespace

import markdown
import pytest
from pymdownx.highlight import Highlight

from hooks import build_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache of its own, empty, for this test (on disk and in memory)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(build_cache.ENVIRONMENT, str(folder))
    monkeypatch.setattr(build_cache, "_stored", {})
    return folder


@pytest.fixture
def calls(cache):
    made = []

    def run(inputs, packages=("pytest",), code="hook source"):
        def compute():
            made.append(inputs)
            return {"from": inputs}

        return build_cache.cached("test", list(packages), inputs, compute, code=code)

    return made, run


def test_a_result_is_computed_once_for_the_same_inputs(calls, monkeypatch):
    made, run = calls
    assert run(["page", 1]) == {"from": ["page", 1]}
    assert run(["page", 1]) == {"from": ["page", 1]}
    monkeypatch.setattr(build_cache, "_stored", {})  # a new process: read from disk
    assert run(["page", 1]) == {"from": ["page", 1]}
    assert made == [["page", 1]]


def test_other_inputs_another_package_or_an_edited_hook_compute_afresh(calls, tmp_path):
    made, run = calls
    hook = tmp_path / "hook.py"
    hook.write_text("one = 1\n")
    run("page", code=build_cache.source_digest(str(hook)))
    run("other page", code=build_cache.source_digest(str(hook)))
    run("page", packages=["pytest", "pluggy"], code=build_cache.source_digest(str(hook)))
    hook.write_text("one = 2\n")
    run("page", code=build_cache.source_digest(str(hook)))
    assert made == ["page", "other page", "page", "page"]


def test_a_damaged_entry_is_computed_again_and_replaced(calls, cache, monkeypatch):
    made, run = calls
    run("page")
    (entry,) = [p for p in cache.rglob("*") if p.is_file()]
    entry.write_bytes(entry.read_bytes()[:-3])  # cut short, as by a full disk
    monkeypatch.setattr(build_cache, "_stored", {})
    assert run("page") == {"from": "page"}
    monkeypatch.setattr(build_cache, "_stored", {})
    assert run("page") == {"from": "page"}
    assert made == ["page", "page"]


def test_off_computes_every_time_and_writes_nothing(calls, cache, monkeypatch):
    made, run = calls
    monkeypatch.setenv(build_cache.ENVIRONMENT, "off")
    run("page")
    run("page")
    assert made == ["page", "page"]
    assert not cache.exists()


def test_a_key_refuses_what_json_cannot_write_exactly_and_keeps_order():
    with pytest.raises(TypeError):
        build_cache.digest([object()])
    assert build_cache.digest({"b": 1, "a": 2}) != build_cache.digest({"a": 2, "b": 1})


def _search_key(meta: dict, dictionary: str | None = None) -> str:
    toc_item = SimpleNamespace(id="s", title="S", url="#s", level=2, children=[])
    page = SimpleNamespace(content="<h2 id='s'>训练循环</h2>", toc=[toc_item], url="p/")
    page.title, page.meta = "P", meta
    index = SimpleNamespace(config={"lang": ["zh"], "jieba_dict_user": dictionary})
    return build_cache.digest(build_cache._search_inputs(index, page))


def test_the_search_key_sees_a_dictionarys_words_and_a_dates_type(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("训练 10\n", encoding="utf-8")
    before = _search_key({}, str(words))
    words.write_text("训练循环 100000\n", encoding="utf-8")
    assert _search_key({}, str(words)) != before
    assert _search_key({"date": "2026-11-24"}) != _search_key({"date": dt.date(2026, 11, 24)})


BLOCKS = [
    '```{.python data-a="1" data-b="2"}\nx = 1\n```\n',
    '```{.python data-b="2" data-a="1"}\nx = 1\n```\n',
    '```python title="Output"\nx = 1\n```\n',
    '```python hl_lines="1"\nx = 1\ny = 2\n```\n',
    "Inline `#!python x = 1` code.\n",
]


def test_a_highlighted_block_from_the_cache_is_what_pymdownx_writes(cache, monkeypatch):
    monkeypatch.setattr(Highlight, "highlight", Highlight.highlight)  # restored afterwards
    build_cache._patch_highlight()
    extensions = [
        "attr_list",
        "pymdownx.highlight",
        "pymdownx.superfences",
        "pymdownx.inlinehilite",
    ]
    [markdown.markdown(b, extensions=extensions) for b in BLOCKS]  # fills the cache
    monkeypatch.setattr(build_cache, "_stored", {})
    warm = [markdown.markdown(b, extensions=extensions) for b in BLOCKS]  # read from disk
    assert any(cache.rglob("*")), "nothing was cached"
    monkeypatch.setenv(build_cache.ENVIRONMENT, "off")
    assert warm == [markdown.markdown(b, extensions=extensions) for b in BLOCKS]


def test_the_highlight_key_holds_every_setting_pymdownx_reads():
    """Highlight.highlight and the lexer lookup read these attributes of the Highlight object;
    a setting the key lacked would let a changed setting reuse old results."""
    read = set()
    for method in (Highlight.highlight, Highlight.get_lexer, Highlight.get_extended_language):
        read |= set(re.findall(r"self\.(\w+)", inspect.getsource(method)))
    methods = {name for name in read if callable(getattr(Highlight, name, None))}
    # md: only for HTML titles; auto_title(_map): only for automatic titles. Neither is cached.
    not_cached = {"md", "auto_title", "auto_title_map"}
    assert read - methods - not_cached <= set(build_cache.HIGHLIGHT_SETTINGS)
