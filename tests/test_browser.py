"""The reader's experience in a real browser: Debian's chromium driven by Playwright (python).

Runs against the strictly built site served on 127.0.0.1 (a free port). Without a browser the
tests skip with the reason; `.ci/run` installs one and sets REQUIRE_BROWSER=1, which turns a
missing browser into a failure. CHROMIUM_PATH points at another Chromium-based browser.
Never `playwright install` (it downloads a browser). Budget: 30 s for this file (README)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from harness import labs, site
from harness.layout import LANGUAGES, REPO
from harness.markdown import parse
from harness.site import page_url
from harness.snippets import Snippet

# Debian builds two browsers from its chromium source package: chromium, and
# chromium-headless-shell, the same engine built for headless use (what Playwright itself runs
# for headless Chromium). The shell costs about a third less CPU per page here, which is what
# keeps these tests within their budget; chromium is used when it is the only one installed.
BROWSERS = [Path("/usr/bin/chromium-headless-shell"), Path("/usr/bin/chromium")]
CHROMIUM = (
    Path(os.environ["CHROMIUM_PATH"])
    if os.environ.get("CHROMIUM_PATH")
    else next((b for b in BROWSERS if b.exists()), BROWSERS[0])
)
VIEWPORT = {"width": 1280, "height": 900}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = (
            f"{CHROMIUM} not found: apt-get install chromium-headless-shell "
            "fonts-noto-cjk (CI does, and sets REQUIRE_BROWSER=1)"
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site. With `light`, a language's search index is sent with its config and
    no documents: Material's search worker fetches the whole index and builds it on every page
    load (about 0.2 s of CPU a page here), for a feature only the search test uses. The stub is
    sent only when the real file is there: a missing index still fails as a 404."""

    light = False

    def do_GET(self):
        index = Path(self.directory) / urlsplit(self.path).path.lstrip("/")
        if self.light and index.name == "search_index.json" and index.is_file():
            body = _without_documents(index)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


@functools.cache
def _without_documents(index: Path) -> bytes:
    """A search index with its config and no documents (read once: every page load asks)."""
    config = json.loads(index.read_text(encoding="utf-8"))["config"]
    return json.dumps({"config": config, "docs": []}).encode()


class _LightHandler(_SiteHandler):
    light = True


@contextmanager
def _serving(site_dir: Path, handler):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def served(built_site):
    """Where the site is served for every test but search's (search indexes without documents)."""
    with _serving(built_site, _LightHandler) as url:
        yield url


@pytest.fixture(scope="session")
def served_with_search(built_site):
    with _serving(built_site, _SiteHandler) as url:
        yield url


@dataclass
class Traffic:
    """What the watched tabs requested, and what went wrong: failed or foreign requests, console
    errors. Also which requests are still in flight, to tell when a page has settled."""

    origin: str
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _in_flight: dict = field(default_factory=dict)
    _last_change: dict = field(default_factory=dict)

    def watch(self, page):
        self._in_flight[page] = set()
        self._last_change[page] = time.monotonic()
        page.on("request", lambda r: self._started(page, r))
        page.on("requestfinished", lambda r: self._ended(page, r))
        page.on("requestfailed", lambda r: self._ended(page, r, failed=True))
        page.on(
            "response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}")
        )
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def settle(self, page, quiet: float = 0.25, timeout: float = 30.0):
        """Wait for the load event, then until no request has been in flight for `quiet` seconds
        (Playwright's "networkidle" waits 0.5 s). A request that starts later than that is cut
        off by the tab's next page; it is then asked of the server directly (see _ended)."""
        page.wait_for_load_state("load")
        deadline = time.monotonic() + timeout
        while self._in_flight[page] or time.monotonic() - self._last_change[page] < quiet:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{page.url} never settled: {self._in_flight[page]}")
            page.wait_for_timeout(25)

    def _started(self, page, request):
        self._in_flight[page].add(request.url)
        self._last_change[page] = time.monotonic()
        if self._is_foreign(request.url):
            self.foreign.append(request.url)

    def _ended(self, page, request, failed=False):
        self._in_flight[page].discard(request.url)
        self._last_change[page] = time.monotonic()
        if not failed:
            return
        if request.failure == "net::ERR_ABORTED" and request.url.startswith(self.origin):
            # Cut off by the browser (the tab went on to its next page, on a busy machine): what
            # the server answers this URL is what the reader would have got.
            status = _status(request.url)
            if status < 400:
                return
            self.failed.append(f"{status} {request.url} (cut off in the browser)")
        else:
            self.failed.append(f"failed {request.url} ({request.failure})")

    def _is_foreign(self, url: str) -> bool:
        return urlsplit(url).scheme in ("http", "https") and not url.startswith(self.origin)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport=VIEWPORT)
    yield ctx
    ctx.close()


# Code blocks, and copy buttons: Material's on its code blocks, and on the labs' code cells
# mkdocs-jupyter's own (<clipboard-copy for="cell-N">, which copies a hidden copy of the source).
RENDERED = """() => ({
    blocks: document.querySelectorAll('.md-content pre > code, .md-content .highlight-ipynb')
        .length,
    copy: document.querySelectorAll('.md-content .md-code__button[data-md-type=copy]').length
        + [...document.querySelectorAll('.md-content clipboard-copy[for]')]
            .filter(button => document.getElementById(button.getAttribute('for'))).length,
    footer: document.querySelector('.md-copyright')?.innerText ?? '',
})"""


def _survey(browser, served, urls, tabs=4):
    """Every URL loaded until its requests settle, a few tabs in parallel (each tab loads its
    next page once the batch is done: reusing tabs costs less than opening one per page);
    what the loads requested and what each page rendered."""
    ctx = browser.new_context(viewport=VIEWPORT)
    traffic = Traffic(served)
    open_tabs = [ctx.new_page() for _ in range(min(tabs, len(urls)))]
    for tab in open_tabs:
        traffic.watch(tab)
    rendered = {}
    for start in range(0, len(urls), len(open_tabs)):
        # The last round may have fewer pages than tabs: zip stops at the pages.
        batch = list(zip(open_tabs, urls[start : start + len(open_tabs)], strict=False))
        for tab, url in batch:
            tab.goto(served + url, wait_until="commit")
        for tab, url in batch:
            traffic.settle(tab)
            rendered[url] = tab.evaluate(RENDERED)
    ctx.close()
    return traffic, rendered


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_loads_cleanly_with_copy_buttons_and_the_torch_version(browser, served, lang):
    """One survey of a language's pages (loading them is the slow part; the two languages can
    run on the two workers), three promises checked on it."""
    from hooks.placeholders import pinned_version

    urls = [page_url(lang, page) for page in REPO.pages(lang) + labs.pages()]
    traffic, rendered = _survey(browser, served, urls)
    assert sorted(rendered) == sorted(urls)
    assert not traffic.failed, "failed requests:\n" + "\n".join(traffic.failed)
    assert not traffic.foreign, "requests to other hosts:\n" + "\n".join(traffic.foreign)
    assert not traffic.errors, "console errors:\n" + "\n".join(traffic.errors)
    no_copy = {url: r for url, r in rendered.items() if r["blocks"] != r["copy"]}
    assert not no_copy, f"pages whose code blocks lack copy buttons: {no_copy}"
    named = re.compile(rf"PyTorch {re.escape(pinned_version('torch'))}(?![\d.])")
    unnamed = {url: r["footer"] for url, r in rendered.items() if not named.search(r["footer"])}
    assert not unnamed, f"pages whose footer does not name the pinned torch: {unnamed}"


def test_the_survey_reports_late_failed_and_foreign_requests_and_console_errors(browser, tmp_path):
    """The survey's own check, on a page built to break it: a request that fails a while after
    the load event, a request to another host, a console error, a search index that is missing
    (the light server still answers 404), and a code block without a copy button."""
    (tmp_path / "search").mkdir()
    (tmp_path / "page.html").write_text(
        "<!doctype html><title>t</title><div class=md-content><pre><code>x</code></pre></div>"
        "<script>setTimeout(() => fetch('/late-missing.json'), 150);"
        "fetch('/search/search_index.json'); fetch('http://example.invalid/x');"
        "console.error('boom')</script>",
        encoding="utf-8",
    )
    with _serving(tmp_path, _LightHandler) as url:
        traffic, rendered = _survey(browser, url, ["/page.html"])
    assert any("404" in f and f.endswith("/late-missing.json") for f in traffic.failed), traffic
    assert any("404" in f and f.endswith("/search/search_index.json") for f in traffic.failed)
    assert traffic.foreign == ["http://example.invalid/x"]
    assert "boom" in traffic.errors
    assert rendered["/page.html"]["blocks"] == 1
    assert rendered["/page.html"]["copy"] == 0


def test_a_request_the_browser_cut_off_counts_as_what_the_server_answers(tmp_path):
    """A survey tab moving on to its next page cuts off a request its last page started late:
    it is a failure only if the server does not have the file (no browser needed)."""
    (tmp_path / "here.txt").write_text("x", encoding="utf-8")
    page = object()
    with _serving(tmp_path, _SiteHandler) as url:
        traffic = Traffic(url, _in_flight={page: set()})
        for name in ["here.txt", "gone.txt"]:
            cut_off = SimpleNamespace(url=f"{url}/{name}", failure="net::ERR_ABORTED")
            traffic._ended(page, cut_off, failed=True)
        traffic._ended(
            page, SimpleNamespace(url=f"{url}/x", failure="net::ERR_FAILED"), failed=True
        )
    assert traffic.failed == [
        f"404 {url}/gone.txt (cut off in the browser)",
        f"failed {url}/x (net::ERR_FAILED)",
    ]


def _last_section(md: Path) -> str:
    return [h.id for h in parse(REPO.docs / "zh" / md).headings if h.level > 1][-1]


def _switch(page, lang: str):
    """Open the language menu (a CSS hover) and pick a language. The page it lands on only has
    to be parsed (language-switch.js runs before DOMContentLoaded) for the next switch."""
    page.hover(".md-header .md-select")
    with page.expect_navigation(wait_until="domcontentloaded"):
        page.click(f".md-header a.md-select__link[hreflang={lang}]")


# tests/test_site.py checks on every page that the switcher links to the twin page; here the
# browser shows that clicking it also keeps the section (language-switch.js), both ways.
# The home page (served at / and /en/) and a chapter; the switch is the same script on every page.
@pytest.mark.parametrize(
    "md", [Path("index.md"), Path("schedulers.md")], ids=lambda p: p.as_posix()
)
def test_the_language_switch_keeps_page_and_section(context, served, md):
    anchor = f"#{_last_section(md)}"
    page = context.new_page()
    page.goto(served + page_url("zh", md) + anchor, wait_until="domcontentloaded")
    _switch(page, "en")
    assert page.url == served + page_url("en", md) + anchor
    _switch(page, "zh")
    assert page.url == served + page_url("zh", md) + anchor


# What readers type or paste into the search box, and the page that answers it: (query, the
# reader's language, page). Identifiers as written in code; PyTorch's messages as a reader pastes
# them from their own run (their numbers, their devices); the questions readers ask (Stack
# Overflow, the PyTorch forum, GitHub issues, Chinese blogs) in their own words. Each must bring
# its page among the first five results, and nothing in the other language.
SEARCHES = [
    # English: identifiers
    ("GradScaler", "en", "amp.md"),
    ('torch.amp.GradScaler("cpu")', "en", "amp.md"),
    ("OneCycleLR", "en", "schedulers.md"),
    ("ReduceLROnPlateau", "en", "schedulers.md"),
    ("lr_scheduler.step", "en", "schedulers.md"),
    ("DistributedDataParallel", "en", "ddp.md"),
    ("clip_grad_norm_", "en", "clipping.md"),
    ("retain_graph", "en", "backward.md"),
    # English: messages, pasted
    (
        (
            "RuntimeError: Trying to backward through the graph a second time (or directly "
            "access saved tensors after they have already been freed)"
        ),
        "en",
        "errors.md",
    ),
    ("RuntimeError: grad can be implicitly created only for scalar outputs", "en", "errors.md"),
    ("element 0 of tensors does not require grad and does not have a grad_fn", "en", "errors.md"),
    (
        (
            "one of the variables needed for gradient computation has been modified by an "
            "inplace operation: [torch.cuda.FloatTensor [128, 1]], which is output 0 of "
            "AsStridedBackward0, is at version 2; expected version 1 instead"
        ),
        "en",
        "errors.md",
    ),
    (
        "UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`",
        "en",
        "errors.md",
    ),
    (
        "ValueError: Tried to step 60002 times. The specified number of total steps is 60000",
        "en",
        "errors.md",
    ),
    (
        (
            "The epoch parameter in `scheduler.step()` was not necessary and is being deprecated "
            "where possible"
        ),
        "en",
        "errors.md",
    ),
    (
        (
            "KeyError: \"param 'initial_lr' is not specified in param_groups[0] when resuming an "
            'optimizer"'
        ),
        "en",
        "errors.md",
    ),
    (
        (
            "RuntimeError: unscale_() has already been called on this optimizer since the last "
            "update()."
        ),
        "en",
        "errors.md",
    ),
    ("TypeError: step() missing 1 required positional argument: 'closure'", "en", "errors.md"),
    (
        (
            "RuntimeError: Expected all tensors to be on the same device, but found at least two "
            "devices, cuda:0 and cpu!"
        ),
        "en",
        "errors.md",
    ),
    (
        (
            "ValueError: loaded state dict contains a parameter group that doesn't match the "
            "size of optimizer's group"
        ),
        "en",
        "errors.md",
    ),
    (
        "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed",
        "en",
        "errors.md",
    ),
    ("TypeError: unsupported operand type(s) for *: 'NoneType' and 'float'", "en", "errors.md"),
    # English: questions
    ("Why do we need to call zero_grad()?", "en", "zero_grad.md"),
    ("model.eval() vs torch.no_grad()", "en", "backward.md"),
    ("Should the scheduler step every batch or every epoch?", "en", "schedulers.md"),
    ("How to change the learning rate of an optimizer", "en", "step.md"),
    ("freeze layers requires_grad=False", "en", "step.md"),
    ("optimizer load_state_dict on a different device", "en", "checkpoint.md"),
    ("LBFGS max_iter", "en", "step.md"),
    ("gradient accumulation with DDP no_sync", "en", "ddp.md"),
    # Chinese: what readers type
    ("断点续训", "zh", "checkpoint.md"),
    ("每个epoch还是每个batch", "zh", "schedulers.md"),
    ("冻结参数", "zh", "step.md"),
    ("requires_grad=False 参数还在更新", "zh", "step.md"),
    ("训练时冻结BN", "zh", "backward.md"),
    ("梯度累积", "zh", "accumulation.md"),
    ("梯度累计 loss除以step", "zh", "accumulation.md"),
    ("混合精度", "zh", "amp.md"),
    ("梯度缩放器", "zh", "amp.md"),
    ("学习率预热", "zh", "schedulers.md"),
    ("多任务loss是加起来还是分别backward", "zh", "zero_grad.md"),
    ("梯度裁剪", "zh", "clipping.md"),
    ("梯度清零", "zh", "zero_grad.md"),
    ("反向传播前为什么要手动将梯度清零", "zh", "zero_grad.md"),
    ("model.zero_grad()和optimizer.zero_grad()的区别", "zh", "zero_grad.md"),
    ("zero_grad放在哪里", "zh", "zero_grad.md"),
    ("eval和no_grad的区别", "zh", "backward.md"),
    ("lr_scheduler放在optimizer之后", "zh", "schedulers.md"),
    ("optimizer.step()与scheduler.step()的用法", "zh", "schedulers.md"),
    ("接续训练loss上升", "zh", "checkpoint.md"),
    ("换设备恢复优化器状态 map_location", "zh", "checkpoint.md"),
    ("分布式训练梯度累积no_sync", "zh", "ddp.md"),
    ("报梯度计算时变量被inplace操作修改错误", "zh", "errors.md"),
    # Chinese readers: identifiers and PyTorch's (English) messages, pasted
    ("GradScaler", "zh", "amp.md"),
    ("OneCycleLR", "zh", "schedulers.md"),
    ("clip_grad_norm_", "zh", "clipping.md"),
    (
        (
            "KeyError: param 'initial_lr' is not specified in param_groups[0] when resuming an "
            "optimizer"
        ),
        "zh",
        "errors.md",
    ),
    ("Trying to backward through the graph a second time", "zh", "errors.md"),
    ("grad can be implicitly created only for scalar outputs", "zh", "errors.md"),
    ("Detected call of `lr_scheduler.step()` before `optimizer.step()`", "zh", "errors.md"),
    (
        (
            "Expected all tensors to be on the same device, but found at least two devices, "
            "cuda:0 and cpu!"
        ),
        "zh",
        "errors.md",
    ),
    (
        "unscale_() has already been called on this optimizer since the last update()",
        "zh",
        "errors.md",
    ),
]

# Types each query into the search box as a reader does (Material searches on keyup) and waits
# for Material to answer it: it rewrites the result count, which drops the marker put there
# before. Returns, per query, the page of each result shown (Material shows ten, then more on
# scrolling) and every link of those results (the page's and its sections').
SEARCH = """async queries => {
    const box = document.querySelector("input[data-md-component=search-query]");
    const meta = document.querySelector(".md-search-result__meta");
    const answers = [];
    for (const query of queries) {
        const marker = meta.appendChild(document.createElement("span"));
        box.value = query;
        box.dispatchEvent(new KeyboardEvent("keyup", {key: "End"}));
        for (const start = Date.now(); marker.isConnected; ) {
            if (Date.now() - start > 10000) throw new Error(`no answer to ${query}`);
            await new Promise(resolve => setTimeout(resolve, 5));
        }
        const items = [...document.querySelectorAll(".md-search-result__list > li")];
        answers.push({
            pages: items.map(item => new URL(item.querySelector("a").href).pathname),
            links: items.flatMap(item => [...item.querySelectorAll("a")])
                .map(a => new URL(a.href).pathname),
        });
    }
    return answers;
}"""


def search_problems(lang: str, searches: list[tuple], answers: list[dict]) -> list[str]:
    """What is wrong with Material's answers to the `lang` queries of `searches`, in order."""
    queries = [(query, page) for query, language, page in searches if language == lang]
    problems = []
    for (query, page), answer in zip(queries, answers, strict=True):
        expected, pages = page_url(lang, Path(page)), answer["pages"]
        if expected not in pages[:5]:
            rank = (
                f"result {pages.index(expected) + 1}"
                if expected in pages
                else f"not among the {len(pages)} shown"
            )
            problems.append(
                f"{query!r}: {page} is not among the first five results ({rank}): {pages[:5]}"
            )
        other = sorted({p for p in answer["links"] if p.startswith("/en/") != (lang == "en")})
        if other:
            problems.append(f"{query!r} found pages of the other language: {other}")
    return problems


def test_search_problems_name_a_missed_page_and_the_other_language():
    """The check itself (no browser): a page ranked sixth, and a result in the other language."""
    searches = [("GradScaler", "en", "amp.md"), ("OneCycleLR", "en", "schedulers.md")]
    sixth = ["/en/cheatsheet/", "/en/", "/en/step/", "/en/sgd/", "/en/ddp/", "/en/amp/"]
    answers = [
        {"pages": sixth, "links": [*sixth, "/en/amp/#scaler"]},
        {"pages": ["/en/schedulers/", "/amp/"], "links": ["/en/schedulers/", "/amp/"]},
    ]
    assert search_problems("en", searches, answers) == [
        (
            "'GradScaler': amp.md is not among the first five results (result 6): "
            "['/en/cheatsheet/', '/en/', '/en/step/', '/en/sgd/', '/en/ddp/']"
        ),
        "'OneCycleLR' found pages of the other language: ['/amp/']",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_the_page_that_answers_each_query_in_the_readers_language_only(
    context, served_with_search, lang
):
    queries = [query for query, language, _ in SEARCHES if language == lang]
    missing = {
        page
        for _, language, page in SEARCHES
        if language == lang and not (REPO.docs / lang / page).is_file()
    }
    assert not missing, f"SEARCHES expects pages that do not exist: {sorted(missing)}"
    page = context.new_page()
    page.goto(served_with_search + page_url(lang, Path("index.md")))
    page.locator("input[data-md-component=search-query]").click()
    # Ready when Material shows its prompt in place of "Initializing search".
    page.wait_for_function("""() => document.querySelector(".md-search-result__meta").textContent
        .trim() === JSON.parse(document.getElementById("__config").textContent)
        .translations["search.result.placeholder"]""")
    problems = search_problems(lang, SEARCHES, page.evaluate(SEARCH, queries))
    summary = f"{len(problems)} problems in {len(queries)} {lang} searches:\n"
    assert not problems, summary + "\n".join(problems)


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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_exercise_answer_opens_on_the_output_on_disk(context, served, lang):
    """The answer is collapsed until the reader opens it; then it shows the stored output."""
    first_output = next(
        target
        for target in parse(REPO.docs / lang / "zero_grad.md").includes
        if Path(target).name.startswith("exercise_") and target.endswith(".out")
    )
    page = context.new_page()
    page.goto(served + page_url(lang, Path("zero_grad.md")) + "#exercise-1")
    answer = page.locator("#exercise-1 ~ details").first
    output = answer.locator("pre").first
    assert not output.is_visible(), "the answer starts collapsed"
    answer.locator("summary").click()
    output.wait_for(state="visible")
    stored = (REPO.snippets / first_output).read_text(encoding="utf-8")
    assert output.inner_text().strip() == stored.strip()


def test_the_copy_button_of_a_lab_cell_copies_the_cell_as_tested(context, served):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    lab = labs.pages()[0]
    page = context.new_page()
    page.goto(served + page_url("en", lab))
    page.locator(".md-content clipboard-copy").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    cells = labs.split(labs.sources()[0])["en"].cells
    assert copied.strip() == next(c.source for c in cells if c.cell_type == "code").strip()


def _axe(page, within, options: dict) -> list[str]:
    """axe-core's violations, one line per element (`within` and `options` as axe.run takes
    them)."""
    import axe_playwright_python

    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(Path(axe_playwright_python.__file__).with_name("axe.min.js")))
    result = page.evaluate(
        "([within, options]) => axe.run(within, options)",
        [within, {"resultTypes": ["violations"], **options}],
    )
    return [
        f"{v['id']} ({v['impact']}): {node['html'][:100]} {node['failureSummary'][:160]}"
        for v in result["violations"]
        for node in v["nodes"]
    ]


CODE = [[".highlight"], [".highlight-ipynb"]]


def _axe_page(page) -> list[str]:
    """Every rule on the whole page, except the contrast of code: a chapter has thousands of
    highlighted tokens, which made that one check most of axe's time, and every token class of
    the site is checked at once (in both colour schemes) by the palette test below."""
    everything_else = _axe(
        page, {"exclude": []}, {"rules": {"color-contrast": {"enabled": False}}}
    )
    contrast = _axe(page, {"exclude": CODE}, {"runOnly": ["color-contrast"]})
    return everything_else + contrast


def _open(context, served, url: str, scheme: str):
    """The page in the colour scheme a reader's system asks for ("light" or "dark")."""
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    page.goto(served + url)
    shown = page.evaluate("document.body.dataset.mdColorScheme")
    assert shown == {"light": "default", "dark": "slate"}[scheme], f"{url} shows {shown}"
    return page


# Every rule of axe-core on a page of each kind: the home page (zh in the light scheme, en in the
# dark one), a chapter with a table, admonitions and code annotations, and a lab. The colours of
# code, which differ from page to page, are checked for all pages at once below.
@pytest.mark.parametrize(
    ("url", "scheme"),
    [("/", "light"), ("/en/", "dark"), ("/en/by_hand/", "light"), ("/labs/schedules/", "light")],
)
def test_axe_finds_no_accessibility_violations(context, served, url, scheme):
    violations = _axe_page(_open(context, served, url, scheme))
    assert not violations, "\n".join(violations)


TOKEN = re.compile(r'<span class="([a-z][a-z0-9]{0,3})">')
PALETTE = """([chapterTokens, labTokens]) => {
    const spans = tokens => tokens.map(t => `<span class="${t}">${t}</span>`).join(" ");
    const palette = document.createElement("div");
    palette.id = "palette";
    const code = `<pre><span></span><code>${spans(chapterTokens)}</code></pre>`;
    const links = '<a href="#palette">a link</a> '
        + '<a href="#palette"><code>code as a link</code></a>';
    palette.innerHTML = `<div class="highlight">${code}</div>`
        + `<p><code>inline code</code> ${links}</p>`;
    const cell = document.querySelector(".jupyter-wrapper .jp-CodeCell").cloneNode(true);
    cell.querySelector(".jp-Cell-outputWrapper")?.remove();
    cell.querySelector(".highlight-ipynb pre").innerHTML = spans(labTokens);
    palette.append(cell);
    const lab = document.querySelector(".jupyter-wrapper .jp-Notebook");
    lab.prepend(palette);
}"""


@pytest.fixture(scope="module")
def code_tokens(built_site) -> dict[str, list[str]]:
    """Every Pygments token class the site's code shows: in chapters' code blocks, and in the
    labs' code cells (Jupyter's own colours)."""
    found: dict[str, set[str]] = {"chapters": set(), "labs": set()}
    for path in site.html_pages(built_site):
        kind = "labs" if "labs" in path.relative_to(built_site).parts else "chapters"
        found[kind] |= set(TOKEN.findall(path.read_text(encoding="utf-8")))
    return {kind: sorted(tokens) for kind, tokens in found.items()}


def test_every_colour_of_code_on_the_site_is_readable(context, served, code_tokens):
    """Contrast (axe-core's color-contrast) of one sample of every token class used anywhere on
    the site, with inline code and links, in the light scheme and, after the reader's click on
    the palette toggle, the dark one: cheaper than axe on every page, and it misses no page."""
    assert len(code_tokens["chapters"]) > 10, code_tokens
    assert len(code_tokens["labs"]) > 10, code_tokens
    page = _open(context, served, page_url("zh", labs.pages()[0]), "light")
    page.evaluate(PALETTE, [code_tokens["chapters"], code_tokens["labs"]])
    violations = {"light": _axe(page, "#palette", {"runOnly": ["color-contrast"]})}
    page.click("form[data-md-component=palette] label:visible")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    violations["dark"] = _axe(page, "#palette", {"runOnly": ["color-contrast"]})
    assert not any(violations.values()), "\n".join(
        f"{scheme}: {line}" for scheme, lines in violations.items() for line in lines
    )
