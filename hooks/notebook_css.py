"""The labs' stylesheet keeps only the rules that can apply to them (registered under `hooks:`
in mkdocs.yml, after hooks/notebooks.py, which writes that stylesheet).

nbconvert's template brings JupyterLab's whole stylesheet (about 590 KB, 88 KB gzipped):
widgets, menus, dialogs, editors and themes, of which a static notebook page uses its cells,
prompts, outputs and code colours. hooks/notebooks.py serves it once, as
assets/stylesheets/jupyter.css; after the last language is built, this hook drops from it every
selector that cannot match anything (590 KB down to about 50 KB, 7 KB gzipped):

- one that needs a class no notebook page has, neither in its HTML nor in any of the site's
  scripts (which is where Material's classes added after loading, such as
  md-typeset__scrollwrap around tables, come from); a class inside :not(), :is() or any other
  function keeps its selector;
- one that looks for :root, html or body inside another element (the stylesheet scopes
  everything under .jupyter-wrapper, which left 80 KB of `.jupyter-wrapper :root { ... }`
  custom properties that never apply).

A rule keeps its selectors that can match and goes when none can; @media and @supports blocks
are pruned alike, every other at-rule (@keyframes, @font-face) stays. The CSS is read with
tinycss2 (which nbconvert, and so mkdocs-jupyter, requires).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads hooks by path
    sys.path.insert(0, str(ROOT))

from hooks.build_cache import cached, source_digest  # noqa: E402

CODE = source_digest(__file__)  # the key of what this hook computes, as it was loaded

STYLESHEET = "assets/stylesheets/jupyter.css"  # as hooks/notebooks.py writes it
CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')
NEVER_INSIDE = {"root", "html", "body"}
_classes: set[str] = set()


def on_pre_build(config) -> None:
    if not config.plugins["i18n"].building:  # the first language: a new build starts
        _classes.clear()


def on_post_page(output: str, page, config) -> str:
    if page.file.src_uri.endswith(".ipynb"):
        _classes.update(c for found in CLASS_ATTRIBUTE.findall(output) for c in found.split())
    return output


def _split_selectors(prelude) -> list[list]:
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return selectors


def _compounds(selector: list) -> list[list]:
    """The compound selectors of a complex one, without the combinators between them."""
    compounds, current = [], []
    for token in selector:
        if token.type == "whitespace" or (token.type == "literal" and token.value in "~+>"):
            if current:
                compounds.append(current)
            current = []
        else:
            current.append(token)
    if current:
        compounds.append(current)
    return compounds


def _can_match(selector: list, known: set[str]) -> bool:
    for index, compound in enumerate(_compounds(selector)):
        for previous, token in zip([None, *compound[:-1]], compound, strict=True):
            if token.type != "ident":
                continue
            after = previous.value if previous is not None and previous.type == "literal" else None
            if after == "." and token.value not in known:
                return False  # a class no notebook page has
            if index and after in (None, ":") and token.lower_value in NEVER_INSIDE:
                return False  # :root, html or body inside another element
    return True


def prune(css: str, known: set[str]) -> str:
    import tinycss2

    def rules(nodes) -> list[str]:
        kept = []
        for node in nodes:
            if node.type == "qualified-rule":
                selectors = [
                    tinycss2.serialize(s).strip()
                    for s in _split_selectors(node.prelude)
                    if _can_match(s, known)
                ]
                if selectors:
                    body = tinycss2.serialize(node.content)
                    kept.append(", ".join(selectors) + " {" + body + "}")
            elif node.type == "at-rule":
                if node.lower_at_keyword in ("media", "supports") and node.content is not None:
                    inner = rules(tinycss2.parse_rule_list(node.content, True, True))
                    if inner:
                        prelude = tinycss2.serialize(node.prelude)
                        kept.append(f"@{node.at_keyword}{prelude}{{\n" + "\n".join(inner) + "\n}")
                else:
                    kept.append(node.serialize())
        return kept

    return "\n".join(rules(tinycss2.parse_stylesheet(css, True, True))) + "\n"


def _script_words(site_dir: Path) -> set[str]:
    words: set[str] = set()
    for script in (site_dir / "assets" / "javascripts").rglob("*.js"):
        words.update(re.findall(r"[\w-]+", script.read_text(encoding="utf-8", errors="replace")))
    return words


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language
def on_post_build(config) -> None:
    if config.plugins["i18n"].building or not _classes:
        return
    site_dir = Path(config.site_dir)
    stylesheet = site_dir / STYLESHEET
    if stylesheet.is_file():
        known = _classes | _script_words(site_dir)
        css = stylesheet.read_text(encoding="utf-8")
        inputs = [hashlib.sha256(css.encode()).hexdigest(), sorted(known)]
        pruned = cached("css", ["tinycss2"], inputs, lambda: prune(css, known), code=CODE)
        stylesheet.write_text(pruned, "utf-8")
