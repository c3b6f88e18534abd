"""Test 3 (README, "How the tests work") on the built site: the strict build, every Python
block a reader can copy is one the tests run, no page loads anything from another host, images,
in-page links, the language switch, search indexes and 404 pages, for every language of
mkdocs.yml."""

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from harness import labs, site
from harness.layout import LANGUAGES, REPO
from harness.markdown import parse
from harness.snippets import discover, files_in
from hooks.placeholders import pinned_version
from tests.codeblocks_bridge import extract_expanded

PYTHON = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}


def _home(lang: str) -> Path:
    """A language's home page in the built site: index.html, en/index.html."""
    return Path(site.page_url(lang, Path("index.md")).lstrip("/")) / "index.html"


def test_strict_build_succeeds(built_site):
    for lang in LANGUAGES:
        assert (built_site / _home(lang)).is_file(), lang


def test_a_build_from_the_cache_writes_what_a_build_without_it_writes(
    built_site, built_cold, tmp_path
):
    """hooks/build_cache.py must not change a byte of the site. The tests' build computed
    everything when its cache was empty (a fresh clone, as in CI): then the site is built again
    from the cache it filled. Otherwise it may have used stored results: then it is built again
    without the cache."""
    again = tmp_path / "site"
    done = site.build(again, cache=None if built_cold else "off")
    assert done.returncode == 0, done.stdout + done.stderr
    rebuilt, tested = files_in(again), files_in(built_site)
    assert rebuilt.keys() == tested.keys()
    differ = [name for name in rebuilt if rebuilt[name] != tested[name]]
    assert not differ, f"files the cache changed: {differ}"


def _accounted_code() -> set[str]:
    """Code the tests run: every snippet (test 1), every fence pytest-codeblocks runs (test 2)
    and every code cell of the labs (tests/test_labs.py)."""
    code = {site.normalise(s.source) for s in discover()}
    for source in labs.sources():
        code |= {
            site.normalise(c.source)
            for c in labs.split(source)[LANGUAGES[0]].cells
            if c.cell_type == "code"
        }
    for page in REPO.all_pages():
        code |= {site.normalise(b.code) for b in extract_expanded(page) if b.syntax == "python"}
    return code


def test_every_python_block_on_the_site_is_run_by_the_tests(parsed_pages):
    accounted = _accounted_code()
    unlabelled, untested, count = [], [], 0
    for path, soup in parsed_pages.items():
        page = path.as_posix()
        for block in site.code_blocks(soup, page):
            if block.language is None:
                unlabelled.append(f"{page}: {block.text[:60]!r}")
            elif block.language in PYTHON:
                count += 1
                if site.normalise(block.text) not in accounted:
                    untested.append(f"{page}: {block.text[:60]!r}")
    assert not unlabelled, "code blocks without a language class:\n" + "\n".join(unlabelled)
    assert not untested, "Python blocks no test runs:\n" + "\n".join(untested)
    assert count >= len(discover()), "fewer Python blocks on the site than snippets"


def test_no_page_loads_anything_from_another_host(built_site, parsed_pages):
    found = []
    for path, soup in parsed_pages.items():
        for url in site.third_party_requests(soup):
            found.append(f"{path}: {url}")
    for css in built_site.rglob("*.css"):
        found += [
            f"{css.relative_to(built_site)}: {u}" for u in site.foreign_css_urls(css.read_text())
        ]
    assert not found, "requests to other hosts:\n" + "\n".join(found)


def test_the_language_switch_lands_on_the_same_page(parsed_pages):
    wrong = []
    for page in REPO.pages(REPO.default_language):
        for lang in LANGUAGES:
            here = site.page_url(lang, page)
            html = parsed_pages[Path(here.lstrip("/")) / "index.html"]
            for target_lang, href in site.language_links(html).items():
                target = urljoin(here, href)  # the site is served at / in the tests
                if target != site.page_url(target_lang, page):
                    wrong.append(f"{here} -> {target_lang}: {href}")
            if set(site.language_links(html)) != set(LANGUAGES):
                wrong.append(f"{here}: switcher offers {sorted(site.language_links(html))}")
    assert not wrong, "language switch links that leave the page:\n" + "\n".join(wrong)


def test_every_in_page_link_has_its_target(parsed_pages):
    """Table of contents, skip link and heading anchors, notebook pages included."""
    dangling = {
        path.as_posix(): found
        for path, soup in parsed_pages.items()
        if (found := site.dangling_fragments(soup))
    }
    assert not dangling, f"links to ids the page lacks: {dangling}"


# What nbconvert writes into a notebook image that has no alt text of its own.
NBCONVERT_PLACEHOLDER = "No description has been provided for this image"


def test_every_image_exists_and_has_alt_text(built_site, parsed_pages):
    problems = []
    for page, soup in parsed_pages.items():
        for src, alt in site.images(soup):
            if not alt.strip() or alt == NBCONVERT_PLACEHOLDER:
                problems.append(f"{page}: image {src[:60]} has no alt text ({alt!r})")
            if (
                not src.startswith("data:")
                and not (built_site / page).parent.joinpath(src).resolve().is_file()
            ):
                problems.append(f"{page}: image {src} does not exist in the built site")
    assert not problems, "\n".join(problems)


def test_pages_state_the_torch_version_the_tests_run(built_site):
    import torch

    pinned = pinned_version("torch")
    assert torch.__version__.split("+")[0] == pinned, "the suite must run on the pinned torch"
    for lang in LANGUAGES:
        home = built_site / _home(lang)
        assert f"PyTorch {pinned}" in home.read_text(encoding="utf-8"), home


def _search_indexes(built_site) -> dict[str, dict]:
    """{language: its index}, each in search/ under the language's root
    (hooks/search_per_language.py)."""
    return {
        lang: json.loads(
            (built_site / _home(lang).parent / "search" / "search_index.json").read_text(
                encoding="utf-8"
            )
        )
        for lang in LANGUAGES
    }


def test_each_language_has_its_own_search_index(built_site):
    indexes = _search_indexes(built_site)
    for lang, index in indexes.items():
        pages = {doc["location"].split("#")[0] for doc in index["docs"]}
        pages_and_labs = REPO.pages(lang) + labs.pages()
        root = REPO.language(lang).link  # the index's locations are relative to it
        expected = {site.page_url(lang, p).removeprefix(root) for p in pages_and_labs}
        assert pages == expected, f"{lang} index holds {sorted(pages ^ expected)} wrongly"
    assert any("\u200b" in doc["text"] for doc in indexes["zh"]["docs"]), (
        "Chinese text is not segmented"
    )


def test_every_search_result_lands_on_a_section_the_page_declares(built_site):
    """A result's link is its page, or a heading of it with the id the Markdown gives. An entry
    under any other id is a heading nobody wrote, e.g. front matter that YAML could not read
    (an unquoted `description:` holding ": "), which Markdown then shows as a heading."""
    wrong = []
    for lang, index in _search_indexes(built_site).items():
        for doc in index["docs"]:
            page, _, section = doc["location"].partition("#")
            source = REPO.docs / lang / (page.rstrip("/") or "index")
            if not section or page.startswith("labs/"):
                continue
            ids = {h.id for h in parse(source.with_suffix(".md")).headings}
            if section not in ids:
                wrong.append(f"{lang} {doc['location']}: {doc['title'][:70]!r}")
    assert not wrong, "search entries under ids no heading declares:\n" + "\n".join(wrong)


# What JavaScript's \s matches beyond ASCII whitespace (Python's re.ASCII \s does not).
JS_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\ufeff]")


def _words(separator: str, text: str) -> list[str]:
    """The words Material's search cuts `text` into: markup left out, then split at every match
    of the separator (a JavaScript RegExp, whose \\w and \\d are ASCII: re.ASCII)."""
    text = JS_SPACES.sub(" ", re.sub(r"<[^>]+>", " ", text))
    return [word for word in re.split(separator, text, flags=re.ASCII) if word]


# How readers write what they search for, and the words the separator (mkdocs.yml) cuts it into,
# in the index and in a query alike (a run of Chinese is then cut into words: by jieba at build
# time, which joins them with U+200B, and by Material's worker in a query).
WORDS = {
    'torch.amp.GradScaler("cpu")': ["torch", "amp", "GradScaler", "cpu"],
    "Detected call of `lr_scheduler.step()`": ["Detected", "call", "of", "lr_scheduler", "step"],
    "clip_grad_norm_(model.parameters(), max_norm=1.0)": [
        "clip_grad_norm_",
        "model",
        "parameters",
        "max_norm",
        "1",
        "0",
    ],
    "param 'initial_lr' is not specified in param_groups[0]": [
        "param",
        "initial_lr",
        "is",
        "not",
        "specified",
        "in",
        "param_groups",
        "0",
    ],
    "doesn't match the size of optimizer's group": [
        "doesn't",
        "match",
        "the",
        "size",
        "of",
        "optimizer's",
        "group",
    ],
    "cuda:0 and cpu!": ["cuda", "0", "and", "cpu"],
    "bfloat16 &lt;= 60002": ["bfloat", "1", "6", "6", "0", "0", "0", "2"],
    "梯度\u200b累积": ["梯度", "累积"],
    "每个epoch，还是每个batch？": ["每个", "epoch", "还是每个", "batch"],
    "ReduceLROnPlateau": ["ReduceLROnPlateau"],
}


def test_search_cuts_identifiers_messages_and_chinese_into_words(built_site):
    for lang, index in _search_indexes(built_site).items():
        separator = index["config"]["separator"]
        for text, words in WORDS.items():
            assert _words(separator, text) == words, f"{lang}: {text!r}"
        # Material's highlighter (search.highlight) splits the pattern at every "|": each piece
        # must be a pattern of its own.
        for piece in separator.split("|"):
            re.compile(piece)
        # No stemmer: Material appends `*` to every query word, which skips stemming, so the
        # query "learning" never met an indexed stem "learn".
        assert "stemmer" not in index["config"]["pipeline"], index["config"]["pipeline"]


def test_no_search_word_holds_a_digit_beside_another_character(built_site):
    """lunr keys its index's nodes by label and node id written side by side, so a node with
    digit labels can take another's key; words that do not exist then come out of a prefix
    search, and the whole query fails ("Invalid query", no results). Seen here: `0.468559` in an
    output broke every query holding the word 0 ("element 0 of tensors", "cuda:0"). The
    separator cuts around every digit, so that no word holds a digit beside anything else."""
    held = set()
    for index in _search_indexes(built_site).values():
        for doc in index["docs"]:
            for word in _words(index["config"]["separator"], doc["title"] + " " + doc["text"]):
                if len(word) > 1 and re.search(r"[0-9]", word):
                    held.add(word)
    assert not held, f"search words with digits: {sorted(held)[:20]}"


def test_the_segmentation_fix_patches_once_and_refuses_a_worker_it_does_not_know(tmp_path):
    from mkdocs.exceptions import PluginError

    from hooks.search_per_language import fix_query_segmentation

    worker = tmp_path / "assets" / "javascripts" / "workers" / "search.0.min.js"
    worker.parent.mkdir(parents=True)
    loop = "for(let o=s+1;o<t.length;o++)"
    worker.write_text(
        "let n=new Uint16Array(t.length);for(let s=0;s<t.length;s++)"
        f"{loop}t.slice(s,o)in e&&(n[s]=o-s);",
        encoding="utf-8",
    )
    assert fix_query_segmentation(tmp_path) == [worker]
    assert "o<=t.length;o++)t.slice" in worker.read_text(encoding="utf-8")
    assert fix_query_segmentation(tmp_path) == []  # a rebuild that kept the patched file
    worker.write_text("for(const s of segment(t))", encoding="utf-8")
    with pytest.raises(PluginError, match="segmentation loop was not found"):
        fix_query_segmentation(tmp_path)


def test_chinese_queries_keep_their_last_word(built_site):
    """hooks/search_per_language.py lets the worker's segmentation loop reach the query's end."""
    from hooks.search_per_language import SEGMENT_LOOP

    workers = sorted((built_site / "assets" / "javascripts" / "workers").glob("search.*.js"))
    loops = [m["bound"] for w in workers for m in SEGMENT_LOOP.finditer(w.read_text("utf-8"))]
    assert loops == ["<="], loops


def test_every_page_has_canonical_hreflang_alternates_and_a_description(parsed_pages):
    problems = []
    for path, soup in parsed_pages.items():
        if path.name != "index.html" or path.parts[-2:-1] == ("search",):
            continue
        canonical = soup.find("link", rel="canonical")
        alternates = {
            a["hreflang"] for a in soup.find_all("link", rel="alternate") if a.get("hreflang")
        }
        description = soup.find("meta", attrs={"name": "description"})
        if not canonical or not canonical.get("href"):
            problems.append(f"{path}: no canonical link")
        if alternates != set(LANGUAGES):
            problems.append(f"{path}: hreflang alternates {sorted(alternates)}")
        if not description or not description.get("content", "").strip():
            problems.append(f"{path}: no description")
    assert not problems, "\n".join(problems)


def test_each_language_has_its_own_404_page(parsed_pages):
    """Each offers its language's home first, then every other language's (overrides/404.html)."""
    for lang in LANGUAGES:
        page = _home(lang).parent / "404.html"
        soup = parsed_pages[page]
        assert soup.html["lang"] == lang, page
        assert soup.find("h1").get_text().startswith("404"), page
        homes = [REPO.language(lang).link] + [
            REPO.language(other).link for other in LANGUAGES if other != lang
        ]
        assert [a.get("href") for a in soup.select(".md-content a")] == homes, page
