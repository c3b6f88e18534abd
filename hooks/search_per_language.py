"""One search index per language (registered under `hooks:` in mkdocs.yml).

mkdocs-static-i18n merges every language's entries into a single search/search_index.json,
and every page, Chinese or English, loads it: a Chinese search returns English pages too.
After the last build this hook splits that index: Chinese entries stay in search/, English
ones move to en/search/ (locations made relative to /en/), and English pages get a Material
``base`` that points at /en/, which is where Material's search looks for its index.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

SECONDARY = "en"  # the language that lives under /en/; the default (zh) lives at /
CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _i18n(config):
    return config.plugins["i18n"]


def on_post_page(output: str, page, config) -> str:
    if _i18n(config).current_language != SECONDARY:
        return output

    def rebase(match: re.Match) -> str:
        material = json.loads(match[2])
        material["base"] = f"{material['base']}/{SECONDARY}/"
        return match[1] + json.dumps(material, ensure_ascii=False) + match[3]

    return CONFIG_SCRIPT.sub(rebase, output, count=1)


def split_index(site_dir: Path) -> dict[str, int]:
    merged_path = site_dir / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    prefix = f"{SECONDARY}/"
    secondary = [
        {**doc, "location": doc["location"][len(prefix):]}
        for doc in merged["docs"]
        if doc["location"].startswith(prefix)
    ]
    default = [doc for doc in merged["docs"] if not doc["location"].startswith(prefix)]
    for path, docs in ((merged_path, default),
                       (site_dir / SECONDARY / "search" / "search_index.json", secondary)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({**merged, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    return {"zh": len(default), SECONDARY: len(secondary)}


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and merged
def on_post_build(config) -> None:
    if _i18n(config).building:  # a nested per-language build: the index is not final yet
        return
    split_index(Path(config.site_dir))
