"""The built site as a reader receives it: its code blocks and the requests its pages make."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from .layout import REPO, Layout

# Link relations that make the browser fetch something; canonical/alternate links do not.
FETCHING_RELS = {
    "stylesheet",
    "preload",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "prefetch",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "manifest",
}
CSS_URL = re.compile(
    r"""(?:url\(\s*['"]?|@import\s+(?:url\()?['"]?)(?P<url>(?:https?:)?//[^'")\s]+)""",
    re.IGNORECASE,
)


def page_url(language: str, page: Path, layout: Layout = REPO) -> str:
    """Where a page of docs/<language>/ is served, under its language's link in mkdocs.yml:
    ('en', zero_grad.md) -> '/en/zero_grad/', ('zh', zero_grad.md) -> '/zero_grad/'."""
    stem = page.with_suffix("").as_posix()
    return layout.language(language).link + ("" if stem == "index" else stem + "/")


def build(
    site_dir: Path, layout: Layout = REPO, cache: str | None = None
) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` into site_dir, as the Makefile and the deploy workflow run it;
    `cache` is SITE_BUILD_CACHE for this build (hooks/build_cache.py: a folder, or "off")."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if cache is not None:
        env["SITE_BUILD_CACHE"] = cache
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=layout.root,
        env=env,
        capture_output=True,
        text=True,
    )


@dataclass
class CodeBlock:
    page: str
    language: str | None
    text: str


def normalise(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip("\n").splitlines())


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


def soup_of(html: str | BeautifulSoup) -> BeautifulSoup:
    """Pages are parsed once by the tests and handed around parsed; a string is parsed here."""
    return html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")


def code_blocks(html: str | BeautifulSoup, page: str) -> list[CodeBlock]:
    soup = soup_of(html)
    blocks = []
    for pre in soup.find_all("pre"):
        holder = pre.find_parent(class_="highlight") or pre
        classes = " ".join(holder.get("class", []) + pre.get("class", []))
        found = re.search(r"\blanguage-([\w+-]+)", classes)
        language = found[1] if found else _notebook_language(pre)
        code = pre.find("code") or pre
        blocks.append(CodeBlock(page, language, code.get_text()))
    return blocks


def _notebook_language(pre) -> str | None:
    """In a rendered notebook (a lab), input cells are Python and outputs are text."""
    if pre.find_parent(class_="jp-InputArea"):
        return "python"
    if pre.find_parent(class_="jp-OutputArea"):
        return "text"
    return None


def third_party_requests(html: str | BeautifulSoup) -> list[str]:
    """Absolute URLs that loading this page would fetch. The site's own assets are always
    relative, so any absolute URL a page fetches goes to another host."""
    soup = soup_of(html)
    urls = []
    for tag in soup.find_all(["script", "img", "iframe", "source", "audio", "video", "embed"]):
        if tag.get("src"):
            urls.append(tag["src"])
    for tag in soup.find_all("link"):
        if FETCHING_RELS & set(tag.get("rel", [])) and tag.get("href"):
            urls.append(tag["href"])
    for style in soup.find_all("style"):
        urls.extend(foreign_css_urls(style.get_text()))
    return [u for u in urls if urlsplit(u).netloc]


def foreign_css_urls(css: str) -> list[str]:
    return [m["url"] for m in CSS_URL.finditer(css)]


def language_links(html: str | BeautifulSoup) -> dict[str, str]:
    """The language switcher's targets on a page, by hreflang."""
    soup = soup_of(html)
    return {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link[hreflang]")}


def dangling_fragments(html: str | BeautifulSoup) -> list[str]:
    """In-page links (`href="#x"`: table of contents, skip link, heading anchors, footnotes)
    whose target is not on the page."""
    soup = soup_of(html)
    targets = {tag["id"] for tag in soup.find_all(id=True)}
    targets |= {tag["name"] for tag in soup.find_all(attrs={"name": True})}
    return [
        a["href"]
        for a in soup.find_all("a", href=True)
        if a["href"].startswith("#") and len(a["href"]) > 1 and a["href"][1:] not in targets
    ]


def images(html: str | BeautifulSoup) -> list[tuple[str, str]]:
    """(src, alt) of every image on a page."""
    soup = soup_of(html)
    return [(img.get("src", ""), img.get("alt", "")) for img in soup.find_all("img")]
