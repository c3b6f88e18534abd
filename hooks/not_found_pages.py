"""A 404 page per language (registered under `hooks:` in mkdocs.yml).

mkdocs-static-i18n builds each other language after the default one into the same folder, so
the last 404.html would overwrite the default language's. When another language's build renders
its 404 page, this hook writes it to <lang>/404.html and hands back the default language's page
for the root 404.html.
"""

from __future__ import annotations

from pathlib import Path

_rendered: dict[str, str] = {}


def on_post_template(output: str, template_name: str, config) -> str:
    if template_name != "404.html":
        return output
    i18n = config.plugins["i18n"]
    language, default = i18n.current_language, i18n.default_language
    _rendered[language] = output
    if language == default or default not in _rendered:
        return output
    target = Path(config.site_dir) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return _rendered[default]
