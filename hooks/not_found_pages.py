"""A 404 page per language (registered under `hooks:` in mkdocs.yml).

mkdocs-static-i18n builds the English site after the Chinese one into the same folder, so the
English 404.html would overwrite the Chinese one. When the English build renders its 404 page,
this hook writes it to en/404.html and hands back the Chinese page for the root 404.html.
"""

from __future__ import annotations

from pathlib import Path

SECONDARY = "en"
_rendered: dict[str, str] = {}


def on_post_template(output: str, template_name: str, config) -> str:
    if template_name != "404.html":
        return output
    language = config.plugins["i18n"].current_language
    _rendered[language] = output
    if language != SECONDARY or "zh" not in _rendered:
        return output
    target = Path(config.site_dir) / SECONDARY / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return _rendered["zh"]
