"""The reader's experience in a real browser: Debian's chromium driven by Playwright (python).

Runs against the strictly built site served on 127.0.0.1 (a free port). Without chromium the
tests skip with the reason; `.ci/run` installs it and sets REQUIRE_BROWSER=1, which turns a
missing browser into a failure. CHROMIUM_PATH points at another Chromium-based browser.
Never `playwright install` (it downloads a browser).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from harness import labs
from harness.layout import REPO
from harness.site import page_url
from harness.markdown import parse
from harness.snippets import Snippet

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = (f"{CHROMIUM} not found: apt-get install chromium fonts-noto-cjk "
                  "(CI does, and sets REQUIRE_BROWSER=1)")
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def served(built_site):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class Traffic:
    origin: str
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def watch(self, page):
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))
        page.on("requestfailed", lambda r: self.failed.append(f"failed {r.url}"))
        page.on("request", lambda r: self._is_foreign(r.url) and self.foreign.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _is_foreign(self, url: str) -> bool:
        return urlsplit(url).scheme in ("http", "https") and not url.startswith(self.origin)


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


RENDERED = """() => ({
    blocks: document.querySelectorAll('.md-content pre > code').length,
    copy: document.querySelectorAll('.md-content .md-code__button[data-md-type=copy]').length,
    footer: document.querySelector('.md-copyright')?.innerText ?? '',
})"""


def _survey(browser, served, pages):
    """Each page in its own tab, loaded until the network is idle; what each load requested
    and rendered. Tabs load in parallel, a batch at a time."""
    ctx = browser.new_context()
    traffic = Traffic(served)
    rendered = {}
    for start in range(0, len(pages), 12):
        tabs = []
        for lang, md in pages[start:start + 12]:
            tab = ctx.new_page()
            traffic.watch(tab)
            tab.goto(served + page_url(lang, md), wait_until="commit")
            tabs.append((page_url(lang, md), tab))
        for url, tab in tabs:
            tab.wait_for_load_state("networkidle")
            rendered[url] = tab.evaluate(RENDERED)
            tab.close()
    ctx.close()
    return traffic, rendered


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_loads_cleanly_with_copy_buttons_and_the_torch_version(browser, served, lang):
    """One survey of a language's pages (loading them is the slow part; the two languages can
    run on the two workers), three promises checked on it."""
    from hooks.placeholders import pinned_version

    pages = [(lang, page) for page in REPO.pages(lang) + labs.pages()]
    traffic, rendered = _survey(browser, served, pages)
    assert len(rendered) == len(pages)
    assert not traffic.failed, "failed requests:\n" + "\n".join(traffic.failed)
    assert not traffic.foreign, "requests to other hosts:\n" + "\n".join(traffic.foreign)
    assert not traffic.errors, "console errors:\n" + "\n".join(traffic.errors)
    no_copy = {url: r for url, r in rendered.items() if r["blocks"] != r["copy"]}
    assert not no_copy, f"pages whose code blocks lack copy buttons: {no_copy}"
    named = re.compile(rf"PyTorch {re.escape(pinned_version('torch'))}(?![\d.])")
    unnamed = {url: r["footer"] for url, r in rendered.items() if not named.search(r["footer"])}
    assert not unnamed, f"pages whose footer does not name the pinned torch: {unnamed}"


def _last_section(md: Path) -> str:
    return [h.id for h in parse(REPO.docs / "zh" / md).headings if h.level > 1][-1]


def _switch(page, lang: str):
    page.hover(".md-header .md-select")
    with page.expect_navigation():
        page.click(f".md-header a.md-select__link[hreflang={lang}]")


# tests/test_site.py checks on every page that the switcher links to the twin page; here the
# browser shows that clicking it also keeps the section (language-switch.js), both ways.
@pytest.mark.parametrize("md", [Path("index.md"), Path("zero_grad.md"), Path("schedulers.md")],
                         ids=lambda p: p.as_posix())
def test_the_language_switch_keeps_page_and_section(context, served, md):
    anchor = f"#{_last_section(md)}"
    page = context.new_page()
    page.goto(served + page_url("zh", md) + anchor)
    _switch(page, "en")
    assert page.url == served + page_url("en", md) + anchor
    _switch(page, "zh")
    assert page.url == served + page_url("zh", md) + anchor


SEARCHES = {
    "zh": ["梯度", "反向传播", "学习率", "zero_grad", "set_to_none"],
    "en": ["gradient", "zero_grad", "set_to_none"],
}


@pytest.mark.parametrize("lang", SEARCHES)
def test_search_finds_pages_of_the_readers_language_only(context, served, lang):
    page = context.new_page()
    page.goto(served + ("/en/" if lang == "en" else "/"))
    box = page.locator("input[data-md-component=search-query]")
    problems = []
    for query in SEARCHES[lang]:
        box.click()
        box.fill("")
        page.keyboard.type(query)
        page.keyboard.press("End")  # typing Chinese fires no keyup; Material searches on keyup
        results = page.locator(".md-search-result__item a")
        results.first.wait_for(timeout=10_000)
        paths = [urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")]
        other = [p for p in paths if p.startswith("/en/") != (lang == "en")]
        if other:
            problems.append(f"{query!r} found pages of the other language: {other}")
        page.keyboard.press("Escape")
    assert not problems, "\n".join(problems)


def test_the_copy_button_copies_the_snippet_as_tested(context, served):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(served + "/zero_grad/")
    block = page.locator(".md-content .highlight").first
    block.hover()
    block.locator(".md-code__button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = Snippet(REPO, parse(REPO.docs / "zh" / "zero_grad.md").includes[0]).source
    assert "# (1)!" in source, "this test wants a snippet with annotations"
    # Material leaves the annotation markers out of what it copies: nothing else may differ.
    expected = re.sub(r"[ \t]*# \(\d+\)!", "", source)
    assert [line.rstrip() for line in copied.strip().splitlines()] == expected.strip().splitlines()


@pytest.mark.parametrize("url", ["/", "/en/", "/zero_grad/", "/en/schedulers/"])
def test_axe_finds_no_accessibility_violations(context, served, url):
    import axe_playwright_python

    page = context.new_page()
    page.goto(served + url, wait_until="networkidle")
    page.add_script_tag(path=str(Path(axe_playwright_python.__file__).with_name("axe.min.js")))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    violations = [f"{v['id']} ({v['impact']}): {v['nodes'][0]['html'][:120]}" for v in result["violations"]]
    assert not violations, "\n".join(violations)
