"""Where things live. Every function takes a Layout so the tests can point it at a scratch tree.

The site's languages are read from one place, the i18n plugin's ``languages`` in the tree's
mkdocs.yml (``Layout.languages``, the default language first); ``LANGUAGES`` is the site's own.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

REGENERATE_COMMAND = "make outputs"
OUTPUT_SUFFIX = ".out"
CONFIG = "mkdocs.yml"


class ConfigError(Exception):
    pass


class _ConfigLoader(yaml.SafeLoader):
    """YAML as mkdocs reads it, without mkdocs' own tags (`!ENV [SITE_URL, ...]`, `!relative`):
    each reads as None, and nothing the harness needs is written with one."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def read_config(path: Path) -> dict:
    """A mkdocs.yml, parsed (once for each version of the file)."""
    if not path.is_file():
        raise ConfigError(
            f"{path} does not exist: the languages, nav and plugins are read from it"
        )
    return _parse(path, path.stat().st_mtime_ns)


@functools.cache
def _parse(path: Path, _version: int) -> dict:
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    if not isinstance(config, dict):
        raise ConfigError(f"{path} is not a YAML mapping")
    return config


@dataclass(frozen=True)
class Language:
    locale: str  # the folder under docs/ ("zh") and the pages' lang
    link: str  # where its pages are served: "/" for the default language, else "/<locale>/"
    default: bool
    config: dict  # its entry in mkdocs.yml (name, nav_translations, site_name, ...)


def site_languages(config_path: Path) -> tuple[Language, ...]:
    """The languages mkdocs-static-i18n builds, as mkdocs.yml declares them, the default first."""
    config = read_config(config_path)
    found = [
        entry["i18n"]
        for entry in config.get("plugins") or []
        if isinstance(entry, dict) and isinstance(entry.get("i18n"), dict)
    ]
    if len(found) != 1 or not found[0].get("languages"):
        raise ConfigError(f"{config_path}: no i18n plugin with a 'languages' list under plugins")
    languages = []
    for entry in found[0]["languages"]:
        if not isinstance(entry, dict) or not entry.get("locale"):
            raise ConfigError(f"{config_path}: an i18n language without a 'locale': {entry!r}")
        if entry.get("build", True) is False:
            continue
        default = entry.get("default", False) is True
        # mkdocs-static-i18n's own default for `link` (its config.py).
        link = entry.get("link") or ("/" if default else f"/{entry['locale']}/")
        languages.append(Language(entry["locale"], link, default, entry))
    defaults = [lang.locale for lang in languages if lang.default]
    if len(defaults) != 1:
        raise ConfigError(
            f"{config_path}: exactly one i18n language must say 'default: true' "
            f"(found {defaults or 'none'})"
        )
    return tuple(sorted(languages, key=lambda lang: not lang.default))


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG

    @property
    def config(self) -> dict:
        return read_config(self.config_path)

    @property
    def site_languages(self) -> tuple[Language, ...]:
        return site_languages(self.config_path)

    @property
    def languages(self) -> tuple[str, ...]:
        """The locales of the site's languages, the default first: ("zh", "en")."""
        return tuple(lang.locale for lang in self.site_languages)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def language(self, locale: str) -> Language:
        for lang in self.site_languages:
            if lang.locale == locale:
                return lang
        raise ConfigError(
            f"{self.config_path}: '{locale}' is not one of the site's languages "
            f"{list(self.languages)}"
        )

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def snippets(self) -> Path:
        return self.root / "snippets"

    @property
    def figures(self) -> Path:
        """Files snippets write (plots), stored where both languages' pages can show them."""
        return self.docs / "assets" / "figures"

    def pages(self, language: str) -> list[Path]:
        """Markdown pages of one language, as paths relative to that language's folder."""
        base = self.docs / language
        return sorted(p.relative_to(base) for p in base.rglob("*.md"))

    def all_pages(self) -> list[Path]:
        return [self.docs / lang / page for lang in self.languages for page in self.pages(lang)]

    def rel(self, path: Path) -> str:
        """A path as the reader of an error message wants it: relative to the repository."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


REPO = Layout(Path(__file__).resolve().parent.parent)
LANGUAGES = REPO.languages
"""The site's languages, the default first, from mkdocs.yml."""
