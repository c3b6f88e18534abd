"""Page placeholders (registered under `hooks:` in mkdocs.yml).

- ``{{ torch_version }}`` in a page becomes the torch version pinned in requirements.txt,
  so the version a page claims is the one the tests ran.
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


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    values = {"torch_version": pinned_version("torch")}

    def substitute(match: re.Match) -> str:
        if match[1] not in values:
            raise KeyError(f"{page.file.src_uri}: unknown placeholder {match[0]}")
        return values[match[1]]

    return PLACEHOLDER.sub(substitute, markdown)
