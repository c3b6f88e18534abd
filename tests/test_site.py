"""Tests 3 and 5 on the built site: the strict build, every Python block a reader can copy
is one the tests run, and no page loads anything from another host."""

from pathlib import Path
from urllib.parse import urljoin

import pytest

from harness import labs, site
from harness.layout import REPO
from harness.snippets import discover
from hooks.placeholders import pinned_version
from tests.codeblocks_bridge import extract_expanded

PYTHON = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}


def test_strict_build_succeeds(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "en" / "index.html").is_file()


def _accounted_code() -> set[str]:
    """Code the tests run: every snippet (test 1), every fence pytest-codeblocks runs (test 2)
    and every code cell of the labs (tests/test_labs.py)."""
    code = {site.normalise(s.source) for s in discover()}
    for source in labs.sources():
        code |= {site.normalise(c.source) for c in labs.split(source)["zh"].cells if c.cell_type == "code"}
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
        found += [f"{css.relative_to(built_site)}: {u}" for u in site.foreign_css_urls(css.read_text())]
    assert not found, "requests to other hosts:\n" + "\n".join(found)


def test_the_language_switch_lands_on_the_same_page(parsed_pages):
    wrong = []
    for page in REPO.pages("zh"):
        for lang in ("zh", "en"):
            here = site.page_url(lang, page)
            html = parsed_pages[Path(here.lstrip("/")) / "index.html"]
            for target_lang, href in site.language_links(html).items():
                target = urljoin(here, href)  # the site is served at / in the tests
                if target != site.page_url(target_lang, page):
                    wrong.append(f"{here} -> {target_lang}: {href}")
            if set(site.language_links(html)) != {"zh", "en"}:
                wrong.append(f"{here}: switcher offers {sorted(site.language_links(html))}")
    assert not wrong, "language switch links that leave the page:\n" + "\n".join(wrong)


def test_every_in_page_link_has_its_target(parsed_pages):
    """Table of contents, skip link and heading anchors, notebook pages included."""
    dangling = {path.as_posix(): found for path, soup in parsed_pages.items()
                if (found := site.dangling_fragments(soup))}
    assert not dangling, f"links to ids the page lacks: {dangling}"


# What nbconvert writes into a notebook image that has no alt text of its own.
NBCONVERT_PLACEHOLDER = "No description has been provided for this image"


def test_every_image_exists_and_has_alt_text(built_site, parsed_pages):
    problems = []
    for page, soup in parsed_pages.items():
        for src, alt in site.images(soup):
            if not alt.strip() or alt == NBCONVERT_PLACEHOLDER:
                problems.append(f"{page}: image {src[:60]} has no alt text ({alt!r})")
            if not src.startswith("data:") and not (built_site / page).parent.joinpath(src).resolve().is_file():
                problems.append(f"{page}: image {src} does not exist in the built site")
    assert not problems, "\n".join(problems)


def test_pages_state_the_torch_version_the_tests_run(built_site):
    import torch

    pinned = pinned_version("torch")
    assert torch.__version__.split("+")[0] == pinned, "the suite must run on the pinned torch"
    for home in ("index.html", "en/index.html"):
        assert f"PyTorch {pinned}" in (built_site / home).read_text(encoding="utf-8"), home


def test_each_language_has_its_own_search_index(built_site):
    import json

    indexes = {
        "zh": json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8")),
        "en": json.loads((built_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8")),
    }
    for lang, index in indexes.items():
        pages = {doc["location"].split("#")[0] for doc in index["docs"]}
        pages_and_labs = REPO.pages(lang) + labs.pages()
        expected = {site.page_url("zh", p).lstrip("/") for p in pages_and_labs}
        assert pages == expected, f"{lang} index holds {sorted(pages ^ expected)} wrongly"
    assert any("\u200b" in doc["text"] for doc in indexes["zh"]["docs"]), "Chinese text is not segmented"


def test_every_page_has_canonical_hreflang_alternates_and_a_description(parsed_pages):
    problems = []
    for path, soup in parsed_pages.items():
        if path.name != "index.html" or path.parts[-2:-1] == ("search",):
            continue
        canonical = soup.find("link", rel="canonical")
        alternates = {a["hreflang"] for a in soup.find_all("link", rel="alternate") if a.get("hreflang")}
        description = soup.find("meta", attrs={"name": "description"})
        if not canonical or not canonical.get("href"):
            problems.append(f"{path}: no canonical link")
        if alternates != {"zh", "en"}:
            problems.append(f"{path}: hreflang alternates {sorted(alternates)}")
        if not description or not description.get("content", "").strip():
            problems.append(f"{path}: no description")
    assert not problems, "\n".join(problems)


def test_each_language_has_its_own_404_page(parsed_pages):
    for page, lang, home in (("404.html", "zh", "/"), ("en/404.html", "en", "/en/")):
        soup = parsed_pages[Path(page)]
        assert soup.html["lang"] == lang, page
        assert soup.find("h1").get_text().startswith("404"), page
        assert home in [a.get("href") for a in soup.select(".md-content a")], page
