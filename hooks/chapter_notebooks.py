"""Every chapter as a notebook to download, in the page's language (registered under `hooks:`
in mkdocs.yml).

harness/chapters.py makes the notebook from the page and its snippets; here it is written next
to the site's pages, at <language folder>/notebooks/<chapter>.ipynb, and the page gets the
download button the labs have (overrides/main.html shows it for `page.nb_url`). The notebooks
are made at every build, never stored: their links point at the site being built (site_url),
known only now.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads hooks by path; the harness lives beside them
    sys.path.insert(0, str(ROOT))

from harness import chapters  # noqa: E402
from harness.layout import REPO  # noqa: E402
from hooks.placeholders import pinned_version  # noqa: E402


def on_page_context(context, page, config, nav):
    language = config.plugins["i18n"].current_language
    name = page.file.src_uri.removeprefix(f"{language}/")
    if name not in chapters.CHAPTERS:
        return context
    notebook = chapters.notebook(name, language, config.site_url, pinned_version("torch"))
    folder = REPO.language(language).link.strip("/")
    url = "/".join(
        part for part in (folder, chapters.FOLDER, chapters.notebook_name(name)) if part
    )
    target = Path(config.site_dir) / url
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(chapters.text(notebook), encoding="utf-8")
    page.nb_url = get_relative_url(url, page.url)
    return context
