"""Page placeholders (registered under `hooks:` in mkdocs.yml).

``{{ torch_version }}`` becomes the torch version pinned in requirements.txt, so the version a
page claims is the one the tests ran: in a page's Markdown, and in the footer line of every
page (the per-language ``copyright`` in mkdocs.yml).
"""

from __future__ import annotations

import re
from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements.txt"
PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def pinned_version(package: str, requirements: Path = REQUIREMENTS) -> str:
    for line in requirements.read_text(encoding="utf-8").splitlines():
        name, sep, version = line.split("#")[0].strip().partition("==")
        if sep and name.strip().lower() == package:
            return version.strip()
    raise LookupError(f"{package} is not pinned with '==' in {requirements}")


def _values() -> dict[str, str]:
    return {"torch_version": pinned_version("torch")}


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    values = _values()

    def substitute(match: re.Match) -> str:
        if match[1] not in values:
            raise KeyError(f"{page.file.src_uri}: unknown placeholder {match[0]}")
        return values[match[1]]

    return PLACEHOLDER.sub(substitute, markdown)


def on_post_page(output: str, page, config) -> str:
    """The footer is rendered from config, after the Markdown: fill the known names there."""
    for name, value in _values().items():
        output = output.replace(f"{{{{ {name} }}}}", value)
    return output
