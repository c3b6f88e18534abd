"""The harness itself: each kind of bad input fails, and says what a maintainer needs.

Every test builds a small scratch tree (mkdocs.yml naming its languages, docs/zh, docs/en,
snippets) and runs the real checks and runner on it, so these are the same code paths
`make test` uses on the real site.
"""

import inspect
import logging
from pathlib import Path

import pytest

from harness import chapters, checks
from harness.layout import REGENERATE_COMMAND, ConfigError, Layout
from harness.site import code_blocks, foreign_css_urls, third_party_requests
from harness.snippets import Snippet, run, run_for_test

BODY = """# Page

## Section {{ #section }}

```python
--8<-- "demo/hello.py"
```

<!--pytest-codeblocks:expected-output-->

```text
--8<-- "demo/hello.out"
```
"""
GOOD_PAGE = "---\ndescription: A page of the scratch tree.\n---\n\n" + BODY  # BODY's lines + 4

# The scratch tree's languages, declared as the site declares its own (mkdocs.yml, i18n plugin),
# with a tag mkdocs reads and plain YAML does not.
CONFIG = """site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]
plugins:
  - search
  - i18n:
      languages:
        - locale: zh
          default: true
        - locale: en
"""


def make_tree(
    root: Path,
    zh: str = GOOD_PAGE,
    en: str = GOOD_PAGE,
    code: str = 'print("hello")\n',
    stored: str = "hello\n",
) -> Layout:
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    for lang, text in (("zh", zh), ("en", en)):
        if text is not None:
            (root / "docs" / lang).mkdir(parents=True, exist_ok=True)
            (root / "docs" / lang / "page.md").write_text(text.format(), encoding="utf-8")
    (root / "snippets" / "demo").mkdir(parents=True)
    (root / "snippets" / "demo" / "hello.py").write_text(code, encoding="utf-8")
    if stored is not None:
        (root / "snippets" / "demo" / "hello.out").write_text(stored, encoding="utf-8")
    return Layout(root)


def test_a_good_tree_passes_every_check(tmp_path):
    """Every registered page check, on a tree that breaks no rule (it has no requirements.txt
    and no citation: the citation check then needs neither the pin nor the installed torch)."""
    layout = make_tree(tmp_path)
    assert {check.__name__: check(layout) for check in checks.PAGE_CHECKS} == {
        check.__name__: [] for check in checks.PAGE_CHECKS
    }
    assert run(Snippet(layout, "demo/hello.py")).failure() is None


def test_every_problems_function_of_the_checks_is_a_registered_page_check():
    """A check that is not in PAGE_CHECKS would run neither on the site (tests/test_pages.py)
    nor here: register it with @page_check (README.md, "Adding a check")."""
    defined = {
        name
        for name, function in inspect.getmembers(checks, inspect.isfunction)
        if function.__module__ == checks.__name__
        and name.endswith("_problems")
        and not name.startswith("_")
    }
    registered = [check.__name__ for check in checks.PAGE_CHECKS]
    assert sorted(defined - set(registered)) == [], "not registered with @page_check"
    assert sorted(set(registered) - defined) == [], "registered, but not named *_problems"
    assert len(registered) == len(set(registered)), "registered twice"


def test_a_page_in_one_language_only_is_named(tmp_path):
    layout = make_tree(tmp_path, en=None)
    (tmp_path / "docs" / "en").mkdir()
    assert checks.missing_twin_problems(layout) == [
        "docs/zh/page.md has no twin in 'en': write docs/en/page.md"
    ]


def test_the_languages_are_the_ones_mkdocs_yml_declares_default_first(tmp_path):
    layout = make_tree(tmp_path)
    config = CONFIG.replace("        - locale: zh\n          default: true\n", "") + (
        "        - locale: fr\n          link: /francais/\n"
        "        - locale: zh\n          default: true\n"
        "        - locale: de\n          build: false\n"
    )
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert layout.languages == ("zh", "en", "fr")
    assert [lang.link for lang in layout.site_languages] == ["/", "/en/", "/francais/"]
    assert checks.missing_twin_problems(layout) == [
        "docs/zh/page.md has no twin in 'fr': write docs/fr/page.md"
    ]
    from harness.site import page_url

    assert page_url("fr", Path("labs/x.ipynb"), layout) == "/francais/labs/x/"


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (None, "mkdocs.yml does not exist"),
        ("plugins:\n  - search\n", "no i18n plugin with a 'languages' list"),
        (CONFIG.replace("          default: true\n", ""), "exactly one i18n language must say"),
    ],
    ids=["no-config", "no-i18n", "no-default"],
)
def test_a_tree_whose_languages_cannot_be_read_says_why(tmp_path, config, expected):
    if config is not None:
        (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected):
        _ = Layout(tmp_path).languages


def test_twins_that_include_different_snippets_are_reported(tmp_path):
    layout = make_tree(tmp_path, en=GOOD_PAGE.replace("demo/hello.", "demo/other."))
    (problem,) = checks.twin_difference_problems(layout)
    assert "include different snippets" in problem
    assert "docs/en/page.md" in problem


def test_twins_with_different_heading_ids_are_reported(tmp_path):
    layout = make_tree(tmp_path, en=GOOD_PAGE.replace("#section", "#other"))
    (problem,) = checks.twin_difference_problems(layout)
    assert "different heading ids" in problem


def test_twins_that_link_to_different_sections_are_reported(tmp_path):
    layout = make_tree(
        tmp_path,
        zh=GOOD_PAGE + "\n见[另一节](other.md#a)。\n",
        en=GOOD_PAGE + "\nSee [the other](other.md#b).\n",
    )
    (problem,) = checks.twin_difference_problems(layout)
    assert "link to different pages or sections" in problem
    assert "other.md#a" in problem


def test_links_to_missing_pages_or_sections_are_named(tmp_path):
    page = (
        GOOD_PAGE + "\n[ok](page.md#section) [here](#section) [bad](page.md#nope) [gone](x.md)\n"
    )
    layout = make_tree(tmp_path, zh=page, en=page)
    assert checks.link_problems(layout)[:2] == [
        "docs/zh/page.md: link 'page.md#nope' names no heading id of docs/zh/page.md",
        "docs/zh/page.md: link to a missing page 'x.md'",
    ]


def test_a_heading_without_an_explicit_id_is_named_with_its_line(tmp_path):
    layout = make_tree(tmp_path, zh=GOOD_PAGE.replace(" {{ #section }}", ""))
    (problem,) = checks.heading_problems(layout)
    assert problem.startswith("docs/zh/page.md:7: heading 'Section' has no explicit id")


@pytest.mark.parametrize(
    "written", ["{ #section }", "{#section}", "{ #section .wide }", "{#section}  "]
)
def test_heading_ids_have_one_grammar_for_pages_and_labs(tmp_path, written):
    """attr_list's `{ #id }` (the pages) and `{#id}` (the labs) are both read, by the page
    parser and by the lab reader alike (harness/markdown.py HEADING_ID)."""
    from harness import labs
    from harness.markdown import parse

    layout = make_tree(
        tmp_path,
        zh=GOOD_PAGE.replace("{{ #section }}", written.replace("{", "{{").replace("}", "}}")),
    )
    (_, heading) = parse(layout.docs / "zh" / "page.md").headings
    assert (heading.text, heading.id) == ("Section", "section")
    source = tmp_path / "lab.py"
    source.write_text(
        f'# %% [markdown] lang="zh"\n# ## 小节 {written}\n'
        f'# %% [markdown] lang="en"\n# ## Section {{#section}}\n',
        encoding="utf-8",
    )
    notebooks = labs.split(source)
    assert notebooks["zh"].cells[0].source == '## 小节 <a id="section"></a>'
    assert notebooks["en"].cells[0].source == '## Section <a id="section"></a>'


def test_an_include_of_a_missing_file_names_the_page_and_line(tmp_path):
    layout = make_tree(tmp_path, zh=GOOD_PAGE.replace("demo/hello.py", "demo/missing.py"))
    problems = checks.fence_problems(layout)
    assert "docs/zh/page.md:9: include of a missing file 'snippets/demo/missing.py'" in problems


@pytest.mark.parametrize("fence", ['```python title="x.py"', "```py", "~~~python"])
def test_a_python_fence_pytest_codeblocks_would_skip_is_refused(tmp_path, fence):
    page = GOOD_PAGE.replace(
        '```python\n--8<-- "demo/hello.py"\n```', f'{fence}\n--8<-- "demo/hello.py"\n{fence[:3]}'
    )
    layout = make_tree(tmp_path, zh=page)
    problems = checks.fence_problems(layout)
    assert any("docs/zh/page.md:9:" in p and "skip" in p for p in problems), problems


def test_inline_python_code_is_refused(tmp_path):
    page = GOOD_PAGE.replace('--8<-- "demo/hello.py"', 'print("hello")')
    layout = make_tree(tmp_path, zh=page)
    assert any("must be exactly one include" in p for p in checks.fence_problems(layout))


def test_a_snippet_without_its_output_block_is_refused(tmp_path):
    page = GOOD_PAGE.replace("<!--pytest-codeblocks:expected-output-->", "")
    layout = make_tree(tmp_path, zh=page)
    assert any("must be followed by" in p for p in checks.fence_problems(layout))


def test_shell_fences_that_pytest_codeblocks_would_execute_are_refused(tmp_path):
    layout = make_tree(tmp_path, zh=GOOD_PAGE + "\n```bash\nrm -rf /tmp/x\n```\n")
    assert any("'bash' fences are executed" in p for p in checks.fence_problems(layout))


def test_an_unused_snippet_and_a_stale_output_file_are_named(tmp_path):
    layout = make_tree(tmp_path)
    (tmp_path / "snippets" / "demo" / "unused.py").write_text("print(1)\n")
    (tmp_path / "snippets" / "demo" / "gone.out").write_text("1\n")
    layout.figures.mkdir(parents=True)
    (layout.figures / "hand_made.svg").write_text("<svg/>")
    assert checks.orphan_problems(layout) == [
        "snippets/demo/unused.py is included by no page; show it or delete it",
        (
            "docs/assets/figures/hand_made.svg is written by no snippet (none names it); figures "
            "here are generated by snippets, hand-made images belong in docs/assets/diagrams/"
        ),
        (
            "snippets/demo/gone.out is a stored output without a snippet; delete it or run "
            f"{REGENERATE_COMMAND}"
        ),
    ]


def test_a_snippet_that_raises_reports_traceback_path_and_pages(tmp_path):
    layout = make_tree(tmp_path, code='print("start")\nraise ValueError("boom")\n')
    failure = run(Snippet(layout, "demo/hello.py")).failure()
    assert "The snippet raised." in failure
    assert "snippet: snippets/demo/hello.py" in failure
    assert "included by: docs/zh/page.md, docs/en/page.md" in failure
    assert 'hello.py", line 2' in failure
    assert "ValueError: boom" in failure


def test_stale_output_shows_a_diff_and_the_regenerate_command(tmp_path):
    layout = make_tree(tmp_path, stored="goodbye\n")
    failure = run(Snippet(layout, "demo/hello.py")).failure()
    assert "The stored output is out of date." in failure
    assert "-goodbye\n+hello" in failure
    assert f"regenerate with: {REGENERATE_COMMAND}" in failure


def test_a_missing_stored_output_is_reported(tmp_path):
    layout = make_tree(tmp_path, stored=None)
    assert "has no stored output" in run(Snippet(layout, "demo/hello.py")).failure()


def test_a_warning_in_a_snippet_is_an_error(tmp_path):
    layout = make_tree(tmp_path, code='import warnings\nwarnings.warn("careful")\n', stored="")
    failure = run(Snippet(layout, "demo/hello.py")).failure()
    assert "UserWarning: careful" in failure


def test_snippets_run_as_main_with_fresh_globals(tmp_path):
    code = 'print(__name__, "leftover" in globals())\nleftover = 1\n'
    layout = make_tree(tmp_path, code=code, stored="__main__ False\n")
    snippet = Snippet(layout, "demo/hello.py")
    assert run(snippet).stdout == run(snippet).stdout == "__main__ False\n"


def test_code_blocks_carry_their_language_from_the_html():
    html = (
        '<div class="language-python highlight"><pre><span></span><code>x = 1\n</code></pre></div>'
        "<pre><code>plain</code></pre>"
    )
    blocks = code_blocks(html, "p.html")
    assert [(b.language, b.text) for b in blocks] == [("python", "x = 1\n"), (None, "plain")]


def test_requests_to_other_hosts_are_found_but_links_are_not():
    html = """<link rel="preconnect" href="https://fonts.gstatic.com">
    <link rel="canonical" href="https://example.org/page/">
    <link rel="stylesheet" href="../assets/main.css">
    <script src="https://cdn.example.com/mermaid.js"></script>
    <a href="https://pytorch.org">docs</a>
    <style>@import url("https://fonts.googleapis.com/css?family=Roboto");</style>"""
    assert third_party_requests(html) == [
        "https://cdn.example.com/mermaid.js",
        "https://fonts.gstatic.com",
        "https://fonts.googleapis.com/css?family=Roboto",
    ]
    assert foreign_css_urls("a{background:url(//x.example/y.png)} b{background:url(data:,)}") == [
        "//x.example/y.png"
    ]


def test_a_figure_the_snippet_writes_must_match_the_stored_one(tmp_path):
    code = (
        'from pathlib import Path\nPath("plot.svg").write_text("<svg>new</svg>")\nprint("saved")\n'
    )
    layout = make_tree(tmp_path, code=code, stored="saved\n")
    snippet = Snippet(layout, "demo/hello.py")
    assert "docs/assets/figures/plot.svg" in run(snippet).failure()
    layout.figures.mkdir(parents=True)
    (layout.figures / "plot.svg").write_text("<svg>new</svg>")
    assert run(snippet).failure() is None
    (layout.figures / "plot.svg").write_text("<svg>old</svg>")
    assert "differ from the stored ones" in run(snippet).failure()


def test_snippets_run_in_an_empty_scratch_directory(tmp_path):
    code = 'import os\nprint(os.listdir("."))\n'
    layout = make_tree(tmp_path, code=code, stored="[]\n")
    before = Path.cwd()
    assert run(Snippet(layout, "demo/hello.py")).failure() is None
    assert Path.cwd() == before


def test_a_snippet_cannot_change_global_settings_for_the_next(tmp_path):
    import matplotlib as mpl
    import torch

    code = (
        'import matplotlib\nimport torch\nmatplotlib.rcParams["lines.linewidth"] = 9\n'
        "torch.set_default_dtype(torch.float64)\ntorch.set_grad_enabled(False)\n"
    )
    layout = make_tree(tmp_path, code=code, stored="")
    width = mpl.rcParams["lines.linewidth"]
    assert run(Snippet(layout, "demo/hello.py")).failure() is None
    assert mpl.rcParams["lines.linewidth"] == width
    assert torch.get_default_dtype() == torch.float32
    assert torch.is_grad_enabled()


SPAWNING = """import multiprocessing


def work(queue):
    queue.put("from a child process")


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=work, args=(queue,))
    child.start()
    print(queue.get())
    child.join()
"""


def test_a_snippet_that_starts_processes_runs_in_its_own_interpreter(tmp_path):
    layout = make_tree(tmp_path, code=SPAWNING, stored="from a child process\n")
    snippet = Snippet(layout, "demo/hello.py")
    assert snippet.needs_own_process
    assert run(snippet).failure() is None


def test_a_hanging_snippet_is_killed_and_reported(tmp_path, monkeypatch):
    monkeypatch.setattr("harness.snippets.OWN_PROCESS_TIMEOUT", 1)
    code = "import multiprocessing\nimport time\nprint('waiting', flush=True)\ntime.sleep(60)\n"
    layout = make_tree(tmp_path, code=code, stored="waiting\n")
    failure = run(Snippet(layout, "demo/hello.py")).failure()
    assert "timed out after 1 s and was killed" in failure
    assert "waiting" in failure


def test_an_own_process_snippet_that_fails_reports_its_stderr(tmp_path):
    code = "import multiprocessing\nraise SystemExit('no peers')\n"
    layout = make_tree(tmp_path, code=code, stored="")
    assert "no peers" in run(Snippet(layout, "demo/hello.py")).failure()


BENCH = """import os
quick = os.environ.get("BENCH_QUICK") == "1"
print("machine: whatever runs this")
print(f"size {10 if quick else 1000}: {0.5 if quick else 12.25} ms")
"""


def test_a_benchmark_is_run_quick_and_compared_by_shape(tmp_path):
    layout = make_tree(
        tmp_path, code=BENCH, stored="machine: the recording box\nsize 1000: 12.25 ms\n"
    )
    (tmp_path / "snippets" / "demo" / "hello.py").rename(
        tmp_path / "snippets" / "demo" / "bench_x.py"
    )
    (tmp_path / "snippets" / "demo" / "hello.out").rename(
        tmp_path / "snippets" / "demo" / "bench_x.out"
    )
    snippet = Snippet(layout, "demo/bench_x.py")
    result = run_for_test(snippet)
    assert result.stdout.endswith("size 10: 0.5 ms\n")
    assert result.failure() is None
    snippet.output_path.write_text("machine: the recording box\nsize 1000 took 12.25 ms\n")
    assert "out of date" in run_for_test(snippet).failure()


def test_a_lab_whose_markdown_is_not_paired_is_refused(tmp_path):
    from harness import labs

    source = tmp_path / "lab.py"
    source.write_text('# %% [markdown] lang="zh"\n# # 标题\n# %%\nprint(1)\n', encoding="utf-8")
    with pytest.raises(labs.LabError, match='should be the lang="en" twin'):
        labs.split(source)
    source.write_text("# %% [markdown]\n# # Title\n", encoding="utf-8")
    with pytest.raises(labs.LabError, match='needs lang="zh" or lang="en"'):
        labs.split(source)


def test_every_lab_heading_needs_the_same_id_in_both_languages(tmp_path):
    from harness import labs

    source = tmp_path / "lab.py"
    twins = '# %% [markdown] lang="zh"\n# # 标题{zh}\n# %% [markdown] lang="en"\n# # Title{en}\n'
    source.write_text(twins.format(zh="", en=""), encoding="utf-8")
    with pytest.raises(labs.LabError, match="heading without an id"):
        labs.split(source)
    source.write_text(twins.format(zh=" {#a}", en=" {#b}"), encoding="utf-8")
    with pytest.raises(labs.LabError, match="other heading ids than its zh twin"):
        labs.split(source)
    source.write_text(twins.format(zh=" {#a}", en=" {#a}"), encoding="utf-8")
    assert '<a id="a"></a>' in labs.split(source)["en"].cells[0].source


def test_a_lab_figure_needs_its_alt_text_in_both_languages(tmp_path):
    from harness import labs

    source = tmp_path / "lab.py"
    heading = (
        '# %% [markdown] lang="zh"\n# # 标题 {#t}\n# %% [markdown] lang="en"\n# # Title {#t}\n'
    )
    source.write_text(heading + '# %% alt_zh="一条线"\nx = 1\n', encoding="utf-8")
    with pytest.raises(labs.LabError, match="alt text in one language only"):
        labs.split(source)
    source.write_text(
        heading + '# %% alt_zh="一条线" alt_en="One line"\nx = 1\n', encoding="utf-8"
    )
    assert [nb.cells[-1].metadata["alt"] for nb in labs.split(source).values()] == [
        "一条线",
        "One line",
    ]


def test_a_lab_cell_that_raises_names_the_lab_and_cell(tmp_path):
    from harness import labs

    source = tmp_path / "broken.py"
    source.write_text(
        '# %% [markdown] lang="zh"\n# # 标题 {#t}\n# %% [markdown] lang="en"\n'
        '# # Title {#t}\n# %%\nx = 1\n# %%\nraise ValueError("boom")\n',
        encoding="utf-8",
    )
    with pytest.raises(labs.LabError, match=r"cell 2 raised(.|\n)*ValueError"):
        labs.build(source)


def test_a_cells_printed_chunks_are_stored_as_one_output_whatever_the_machines_load():
    from nbformat.v4 import new_output

    from harness.labs import _merge_streams

    chunks = [
        new_output("stream", name="stdout", text="a\n"),
        new_output("stream", name="stdout", text="b\n"),
        new_output("display_data", data={"text/plain": "fig"}),
        new_output("stream", name="stdout", text="c\n"),
    ]
    merged = _merge_streams(chunks)
    assert [o.get("text") for o in merged] == ["a\nb\n", None, "c\n"]
    assert _merge_streams([new_output("stream", name="stdout", text="a\nb\n")]) == merged[:1]


def test_a_process_snippet_whose_child_is_killed_fails_at_once(tmp_path):
    """No second try: a crash the reader can meet fails the test the first time it happens."""
    marker = tmp_path / "tries"
    code = (
        "import multiprocessing\nfrom pathlib import Path\n"
        f"tries = Path({str(marker)!r})\n"
        "n = int(tries.read_text()) + 1 if tries.exists() else 1\ntries.write_text(str(n))\n"
        "print('done')\nif n == 1:\n    raise SystemExit('ProcessExitedException: process 0 "
        "terminated with signal SIGABRT')\n"
    )
    layout = make_tree(tmp_path, code=code, stored="done\n")
    assert "terminated with signal SIGABRT" in run(Snippet(layout, "demo/hello.py")).failure()
    assert marker.read_text() == "1"


FAKE_SOURCE = "class Opt:\n    def step(self):\n        momentum = 0.9\n        return momentum\n"
CITE = "https://github.com/pytorch/pytorch/blob/v9.9.0/torch/optim/fake.py#L{}"


def cite_tree(root: Path, sentence: str) -> tuple[Layout, Path]:
    """A tree whose page (both languages) carries `sentence`, and a fake installed torch."""
    layout = make_tree(
        root, zh=GOOD_PAGE + "\n" + sentence + "\n", en=GOOD_PAGE + "\n" + sentence + "\n"
    )
    site = root / "site-packages"
    (site / "torch" / "optim").mkdir(parents=True)
    (site / "torch" / "optim" / "fake.py").write_text(FAKE_SOURCE, encoding="utf-8")
    return layout, site


def citation_problems(root: Path, sentence: str) -> list[str]:
    layout, site = cite_tree(root, sentence)
    return checks.citation_problems(layout, version="9.9.0", site=site)


def test_a_citation_of_the_right_lines_passes(tmp_path):
    url = CITE.format("2-L4")
    assert citation_problems(tmp_path, f"See [`def step`]({url}) and [`momentum`]({url}).") == []


def test_citations_are_checked_against_the_torch_the_tree_pins(tmp_path):
    layout, site = cite_tree(tmp_path, f"See [`momentum`]({CITE.format('3')}).")
    (tmp_path / "requirements.txt").write_text("numpy==2.0.0\ntorch==9.9.0\n", encoding="utf-8")
    assert checks.citation_problems(layout, site=site) == []
    (tmp_path / "requirements.txt").write_text("torch==9.8.0\n", encoding="utf-8")
    assert "but the pinned torch is 9.8.0" in checks.citation_problems(layout, site=site)[0]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (CITE.format("1"), "`momentum` does not occur in torch/optim/fake.py lines 1-1"),
        (CITE.format("3-L9"), "lines 3-9 do not exist (torch/optim/fake.py has 4)"),
        (CITE.format("1-L4").replace("fake.py", "gone.py"), "is not a file of the installed"),
        (
            CITE.format("3").replace("v9.9.0", "v9.8.0"),
            "cites v9.8.0, but the pinned torch is 9.9.0",
        ),
        (CITE.format("3").replace("blob/v9.9.0", "blob/main"), "is not a checkable citation"),
        (CITE.format("3").split("#")[0], "is not a checkable citation"),
    ],
    ids=["wrong-lines", "past-the-end", "missing-file", "other-version", "branch", "no-lines"],
)
def test_a_citation_that_does_not_hold_is_named(tmp_path, target, expected):
    problems = citation_problems(tmp_path, f"It uses [`momentum`]({target}).")
    assert problems, problems
    assert expected in problems[0], problems
    assert problems[0].startswith("docs/zh/page.md:19: ")


def test_a_citation_must_name_its_identifier_in_code_font(tmp_path):
    zh, en = citation_problems(tmp_path, f"See [the source]({CITE.format('3')}).")
    assert "names no identifier in code font" in zh
    assert en.startswith("docs/en/page.md:19: ")


def test_a_bare_link_into_the_torch_source_is_refused(tmp_path):
    (zh, en) = citation_problems(tmp_path, "Read " + CITE.format("3") + " yourself.")
    assert "not a citation of lines at the pinned tag" in zh
    assert en.startswith("docs/en/")


def test_links_to_pull_requests_are_not_citations(tmp_path):
    sentence = "Policy: [PR 92706](https://github.com/pytorch/pytorch/pull/92706)."
    assert citation_problems(tmp_path, sentence) == []


def test_twins_that_cite_different_lines_are_reported(tmp_path):
    layout = make_tree(
        tmp_path,
        zh=GOOD_PAGE + f"\n[`a`]({CITE.format(1)})\n",
        en=GOOD_PAGE + f"\n[`a`]({CITE.format(2)})\n",
    )
    (problem,) = checks.twin_difference_problems(layout)
    assert "cite different torch source lines" in problem


def test_an_internals_chapter_without_citations_is_named(tmp_path):
    layout = make_tree(tmp_path)
    for lang in layout.languages:
        (tmp_path / "docs" / lang / "sgd.md").write_text("# SGD\n", encoding="utf-8")
    (tmp_path / "docs" / "en" / "sgd.md").write_text(
        f"# SGD\n\n[`a`]({CITE.format(1)})\n", encoding="utf-8"
    )
    assert checks.uncited_page_problems(layout) == [
        (
            "docs/zh/sgd.md cites no line of the torch source; back its statements about torch "
            "with citations (harness/citations.py)"
        )
    ]


def test_front_matter_that_is_not_yaml_is_named(tmp_path):
    page = "---\ndescription: Errors: the message, the cause\n---\n" + BODY
    layout = make_tree(tmp_path, en=page, zh="---\ndescription: '报错：原文'\n---\n" + BODY)
    (problem,) = checks.front_matter_problems(layout)
    assert problem.startswith("docs/en/page.md: front matter is not YAML (quote the value)")
    layout = make_tree(tmp_path / "b", zh=BODY, en="---\ndescription: 'ok: quoted'\n---\n" + BODY)
    assert checks.front_matter_problems(layout) == [
        "docs/zh/page.md: no front matter with a description"
    ]


ERROR_PAGE = GOOD_PAGE.replace(
    "# Page\n\n## Section {{ #section }}", '# Errors\n\n### Twice: "{quote}" {{ #twice }}'
)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("hello", None),
        ("goodbye", '"goodbye" is not what snippets/demo/hello.out prints'),
    ],
)
def test_an_error_heading_must_quote_what_its_snippet_prints(tmp_path, quote, expected):
    page = ERROR_PAGE.replace("{quote}", quote)
    layout = make_tree(tmp_path, zh=page, en=page)
    for lang in layout.languages:
        (tmp_path / "docs" / lang / "page.md").rename(tmp_path / "docs" / lang / "errors.md")
    problems = checks.error_heading_problems(layout)
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 2, problems
        assert all(expected in p for p in problems), problems


def test_an_error_heading_without_a_quoted_message_is_named(tmp_path):
    page = ERROR_PAGE.replace(': "{quote}"', "")
    layout = make_tree(tmp_path, zh=page, en=page)
    for lang in layout.languages:
        (tmp_path / "docs" / lang / "page.md").rename(tmp_path / "docs" / lang / "errors.md")
    assert all("quotes no message" in p for p in checks.error_heading_problems(layout))


# --- output a reader sees that the page does not show ----------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        'import sys\n\nprint("shown")\nprint("not shown", file=sys.stderr)\n',
        'import os\n\nprint("shown")\nos.write(2, b"not shown\\n")\n',
        (
            'import logging\n\nprint("shown")\n'
            'logging.getLogger("made.before").warning("not shown")\n'
        ),
    ],
    ids=["sys.stderr", "file descriptor 2", "a handler made before the run"],
)
def test_a_snippet_that_writes_to_stderr_fails(tmp_path, code):
    """A reader running the snippet sees what it writes to stderr; the page shows stdout only."""
    logger = logging.getLogger("made.before")
    handler = logging.StreamHandler()  # bound to the sys.stderr of now, as torch's loggers are
    logger.addHandler(handler)
    try:
        layout = make_tree(tmp_path, code=code, stored="shown\n")
        failure = run(Snippet(layout, "demo/hello.py")).failure()
    finally:
        logger.removeHandler(handler)
    assert failure.startswith("The snippet wrote to stderr.\nsnippet: snippets/demo/hello.py\n")
    assert failure.endswith("not shown\n")


# --- exercises and chapter notebooks ----------------------------------------------------------

CHAPTER = "zero_grad.md"


def _chapter_page(snippets: list[str], exercises: list[str]) -> str:
    parts = ["---\ndescription: A chapter of the scratch tree.\n---\n\n# Chapter\n"]
    for n, name in enumerate(snippets, start=1):
        parts.append(
            f'## Part {n} {{ #part-{n} }}\n\n```python\n--8<-- "zero_grad/{name}.py"\n```\n\n'
            f"<!--pytest-codeblocks:expected-output-->\n\n```text\n"
            f'--8<-- "zero_grad/{name}.out"\n```\n'
        )
    if exercises:
        parts.append("## Exercises { #exercises }\n")
    for n, name in enumerate(exercises, start=1):
        parts.append(
            f"### Exercise {n} {{ #exercise-{n} }}\n\nWhat does it print?\n\n```python\n"
            f'--8<-- "zero_grad/{name}.py"\n```\n\n??? success "Answer"\n\n'
            f"    <!--pytest-codeblocks:expected-output-->\n\n    ```text\n"
            f'    --8<-- "zero_grad/{name}.out"\n    ```\n\n    Because.\n'
        )
    return "\n".join(parts)


def chapter_tree(root: Path, snippets: dict[str, tuple[str, str]], exercises: int = 3) -> Layout:
    """A scratch tree whose chapter zero_grad.md shows `snippets` ({name: (code, output)}) in
    order, the last `exercises` of them as exercises."""
    layout = make_tree(root)
    names = list(snippets)
    split = len(names) - exercises
    page = _chapter_page(names[:split], names[split:])
    for lang in layout.languages:
        (layout.docs / lang / CHAPTER).write_text(page, encoding="utf-8")
    (layout.snippets / "zero_grad").mkdir()
    for name, (code, output) in snippets.items():
        (layout.snippets / "zero_grad" / f"{name}.py").write_text(code, encoding="utf-8")
        (layout.snippets / "zero_grad" / f"{name}.out").write_text(output, encoding="utf-8")
    return layout


QUESTIONS = {f"exercise_{n}": (f"print({n})\n", f"{n}\n") for n in range(1, 4)}


def test_a_chapter_with_its_exercises_passes_and_its_notebook_runs(tmp_path):
    layout = chapter_tree(tmp_path, {"a": ('print("a")\n', "a\n"), **QUESTIONS})
    assert checks.exercise_problems(layout) == []
    assert chapters.run_problems(CHAPTER, layout) == []
    nb = chapters.notebook(CHAPTER, "en", "https://x.test/", "2.13.0", layout)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.source for c in code] == ['print("a")\n', "print(1)\n", "print(2)\n", "print(3)\n"]
    assert [len(c.outputs) for c in code] == [1, 0, 0, 0]
    assert nb.cells[-1].source == (
        '### Answer · Exercise 3 <a id="exercise-3-answer"></a>\n\n```text\n3\n```\n\n'
        "Because.\n\n[Back to the question](#exercise-3)"
    )


def test_a_chapter_with_too_few_exercises_or_none_is_named(tmp_path):
    two = dict(list(QUESTIONS.items())[:2])
    few = chapter_tree(tmp_path / "few", {"a": ('print("a")\n', "a\n"), **two}, exercises=2)
    assert checks.exercise_problems(few) == [
        f"docs/{lang}/zero_grad.md: 2 exercises; a chapter has 3 to 5" for lang in ("zh", "en")
    ]
    shown = chapter_tree(tmp_path / "shown", {**QUESTIONS, "b": ('print("b")\n', "b\n")}, 1)
    hides = 'an exercise hides it in its answer (`??? success "..."`)'
    assert checks.exercise_problems(shown)[:5] == [
        "docs/zh/zero_grad.md: 1 exercises; a chapter has 3 to 5",
        *(
            f"docs/zh/zero_grad.md: 'zero_grad/exercise_{n}.py' shows its output; {hides}"
            for n in (1, 2, 3)
        ),
        (
            "docs/zh/zero_grad.md: the exercise 'exercise-1' shows 'zero_grad/b.py'; "
            "name an exercise's snippet exercise_<what>.py"
        ),
    ]
    none = chapter_tree(tmp_path / "none", {"a": ('print("a")\n', "a\n")}, exercises=0)
    end = "the chapter does not end with its exercises (a last section `## ... { #exercises }`)"
    assert checks.exercise_problems(none) == [
        problem
        for lang in ("zh", "en")
        for problem in (
            f"docs/{lang}/zero_grad.md: {end}",
            f"docs/{lang}/zero_grad.md: 0 exercises; a chapter has 3 to 5",
        )
    ]


@pytest.mark.parametrize(
    ("first", "second", "stored", "says"),
    [
        (
            "import torch\n\ntorch.manual_seed(0)\ntorch.set_default_dtype(torch.float64)\n",
            "import torch\n\ntorch.manual_seed(0)\nprint(torch.ones(1).dtype)\n",
            "torch.float32\n",
            "prints something else when the cells before it ran first",
        ),
        ("x = 1\n", "x = 2\nx\n", "", "its last line is an expression worth 2"),
        (
            "x = 1\n",
            "import matplotlib.pyplot as plt\n\nfigure = plt.figure()\n",
            "",
            "it leaves a matplotlib figure open",
        ),
        ("x = 1\n", "import os\n\n_ = os.write(2, b'native\\n')\n", "", "native"),
        ("x = 1\n", "open('left.txt', 'w').close()\n", "", "its cells write left.txt"),
    ],
    ids=["global setting", "displayed value", "open figure", "stderr", "file left behind"],
)
def test_a_chapter_notebook_that_does_not_reproduce_its_outputs_is_named(
    tmp_path, first, second, stored, says
):
    layout = chapter_tree(tmp_path, {"a": (first, ""), "b": (second, stored), **QUESTIONS})
    problems = chapters.run_problems(CHAPTER, layout)
    assert len(problems) == 1, problems
    assert problems[0].startswith("the notebook of docs/zh/zero_grad.md")
    assert says in problems[0]
