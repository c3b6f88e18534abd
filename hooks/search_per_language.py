"""Search, fixed where mkdocs-static-i18n and Material get it wrong (registered under `hooks:`).

1. One index per language. mkdocs-static-i18n merges every language's entries into a single
   search/search_index.json, and every page, Chinese or English, loads it: a Chinese search
   returns English pages too. After the last build this hook splits that index: the default
   language's entries stay in search/, each other language's move to <lang>/search/ (locations
   made relative to /<lang>/), and that language's pages get a Material ``base`` pointing at
   /<lang>/, which is where Material's search looks for its index. The languages come from
   mkdocs-static-i18n.
2. Chinese queries keep their last word. Material's search worker cuts a Chinese query into the
   words the index holds, but its loop stops one character short of the query's end, so the last
   word is never whole: 梯度裁剪 searched for 梯度 only, 混合精度 for 混合 (or, when the first
   character is a word of its own somewhere, for that character as a prefix). The hook lets
   that loop reach the end, in the worker the build wrote; a Material whose worker no longer
   holds the loop fails the build (see README, "Search").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

CONFIG_SCRIPT = re.compile(
    r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL
)


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
        docs = [{**doc, "location": doc["location"][len(prefix) :]} for doc in mine]
        _write(site_dir / language / "search" / "search_index.json", {**merged, "docs": docs})
        counts[language] = len(docs)
    _write(merged_path, {**merged, "docs": remaining})
    return counts


def _write(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")


# The worker's segment(query, index) (Material 9.8.1, minified): for every start s, the longest
# query.slice(s, o) the index holds, with o < query.length; it must be o <= query.length.
SEGMENT_LOOP = re.compile(
    r"new Uint16Array\((?P<q>\w+)\.length\);"
    r"for\(let (?P<s>\w+)=0;(?P=s)<(?P=q)\.length;(?P=s)\+\+\)"
    r"for\(let (?P<o>\w+)=(?P=s)\+1;(?P=o)(?P<bound><=?)(?P=q)\.length;(?P=o)\+\+\)"
    r"(?P=q)\.slice\((?P=s),(?P=o)\)in "
)


def fix_query_segmentation(site_dir: Path) -> list[Path]:
    """Let the worker's segmentation loop reach the end of the query; the workers it patched."""
    workers = sorted((site_dir / "assets" / "javascripts" / "workers").glob("search.*.js"))
    if not workers:
        raise PluginError(
            "Material's search worker is not where hooks/search_per_language.py "
            "looks for it (assets/javascripts/workers/search.*.js)"
        )
    patched = []
    for worker in workers:
        source = worker.read_text(encoding="utf-8")
        loops = list(SEGMENT_LOOP.finditer(source))
        if len(loops) != 1:
            raise PluginError(
                f"{worker.name}: Material's Chinese query segmentation loop was not found "
                f"({len(loops)} matches); see hooks/search_per_language.py and README, 'Search'"
            )
        if loops[0]["bound"] == "<":  # "<=": a rebuild that kept the file patched last time
            start, end = loops[0].span("bound")
            worker.write_text(source[:start] + "<=" + source[end:], encoding="utf-8")
            patched.append(worker)
    return patched


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and merged
def on_post_build(config) -> None:
    i18n = _i18n(config)
    if i18n.building:  # a nested per-language build: the index is not final yet
        return
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    split_index(Path(config.site_dir), others)
    fix_query_segmentation(Path(config.site_dir))
