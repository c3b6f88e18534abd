"""hooks/build_cache.py: a result is reused only for the same inputs, package versions and hook
sources (tests/test_site.py checks the whole site built from the cache against one built
without it)."""

import pytest

from hooks import build_cache


@pytest.fixture
def calls(tmp_path, monkeypatch):
    monkeypatch.setenv(build_cache.ENVIRONMENT, str(tmp_path / "cache"))
    made = []

    def run(inputs, packages=("pytest",), code=build_cache.__file__):
        def compute():
            made.append(inputs)
            return {"from": inputs}

        return build_cache.cached("test", list(packages), inputs, compute, code=code)

    return made, run


def test_a_result_is_computed_once_for_the_same_inputs(calls):
    made, run = calls
    assert run(["page", 1]) == {"from": ["page", 1]}
    assert run(["page", 1]) == {"from": ["page", 1]}
    assert made == [["page", 1]]


def test_other_inputs_another_package_or_an_edited_hook_compute_afresh(calls, tmp_path):
    made, run = calls
    hook = tmp_path / "hook.py"
    hook.write_text("one = 1\n")
    run("page", code=str(hook))
    run("other page", code=str(hook))
    run("page", packages=["pytest", "pluggy"], code=str(hook))
    hook.write_text("one = 2\n")
    run("page", code=str(hook))
    assert made == ["page", "other page", "page", "page"]


def test_off_computes_every_time_and_writes_nothing(calls, tmp_path, monkeypatch):
    made, run = calls
    monkeypatch.setenv(build_cache.ENVIRONMENT, "off")
    run("page")
    run("page")
    assert made == ["page", "page"]
    assert not (tmp_path / "cache").exists()


def test_a_key_refuses_what_json_cannot_write_exactly():
    with pytest.raises(TypeError):
        build_cache.digest([object()])
    assert build_cache.digest({"b": 1, "a": [2]}) == build_cache.digest({"a": [2], "b": 1})


def test_the_highlight_key_holds_every_setting_pymdownx_reads():
    """Highlight.highlight and the lexer lookup read these attributes of the Highlight object;
    a setting the key lacked would let a changed setting reuse old results."""
    import inspect
    import re

    from pymdownx.highlight import Highlight

    read = set()
    for method in (Highlight.highlight, Highlight.get_lexer, Highlight.get_extended_language):
        read |= set(re.findall(r"self\.(\w+)", inspect.getsource(method)))
    methods = {name for name in read if callable(getattr(Highlight, name, None))}
    # md: only for HTML titles; auto_title(_map): only for automatic titles. Neither is cached.
    not_cached = {"md", "auto_title", "auto_title_map"}
    assert read - methods - not_cached <= set(build_cache.HIGHLIGHT_SETTINGS)
