"""One search index per language (registered under `hooks:` in mkdocs.yml).

mkdocs-static-i18n merges every language's entries into a single search/search_index.json,
and every page, Chinese or English, loads it: a Chinese search returns English pages too.
After the last build this hook splits that index: the default language's entries stay in
search/, each other language's move to <lang>/search/ (locations made relative to /<lang>/),
and that language's pages get a Material ``base`` pointing at /<lang>/, which is where
Material's search looks for its index. The languages come from mkdocs-static-i18n.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _i18n(config):
    return config.plugins["i18n"]


def on_post_page(output: str, page, config) -> str:
    i18n = _i18n(config)
    language = i18n.current_language
    if language == i18n.default_language:  # served at /, where the index already is
        return output

    def rebase(match: re.Match) -> str:
        material = json.loads(match[2])
        material["base"] = f"{material['base']}/{language}/"
        return match[1] + json.dumps(material, ensure_ascii=False) + match[3]

    return CONFIG_SCRIPT.sub(rebase, output, count=1)


def split_index(site_dir: Path, others: list[str]) -> dict[str, int]:
    """Move the entries under <lang>/ of each language in ``others`` to <lang>/search/."""
    merged_path = site_dir / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    remaining, counts = merged["docs"], {}
    for language in others:
        prefix = f"{language}/"
        mine = [doc for doc in remaining if doc["location"].startswith(prefix)]
        remaining = [doc for doc in remaining if not doc["location"].startswith(prefix)]
        docs = [{**doc, "location": doc["location"][len(prefix):]} for doc in mine]
        _write(site_dir / language / "search" / "search_index.json", {**merged, "docs": docs})
        counts[language] = len(docs)
    _write(merged_path, {**merged, "docs": remaining})
    return counts


def _write(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and merged
def on_post_build(config) -> None:
    i18n = _i18n(config)
    if i18n.building:  # a nested per-language build: the index is not final yet
        return
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    split_index(Path(config.site_dir), others)
