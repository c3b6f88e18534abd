"""Material's palette stylesheet without its rule for `data-md-color-switching` (registered under
`hooks:` in mkdocs.yml).

While Material applies a colour scheme it marks <body> with data-md-color-switching, and its
palette stylesheet turns every transition off under that mark
(`[data-md-color-switching] *, ... {transition-duration: 0s !important}`), so the colours change
at once rather than fade. Material applies the scheme on every page load too, and there the mark
does nothing visible but costs two restyles of every element of the page (setting it, and
removing it in the next task): 20-30 ms of main thread each on a chapter, unthrottled, four
times that on Lighthouse's phone. After the last language is built, this hook removes that rule
from the built palette stylesheet; docs/assets/javascripts/scheme-switch.js and extra.css do
the same thing only when the reader (or the system) switches the scheme, the one time it shows.
A Material whose palette stylesheet no longer holds the rule fails the build, so that this is
looked at again.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)


def drop_switching_rule(site_dir: Path) -> list[Path]:
    """Remove the rule from every palette stylesheet of the built site; the files changed."""
    sheets = sorted((site_dir / "assets" / "stylesheets").glob("palette.*.css"))
    if not sheets:
        raise PluginError(
            "Material's palette stylesheet is not where hooks/palette_switching.py looks for it "
            "(assets/stylesheets/palette.*.css)"
        )
    changed = []
    for sheet in sheets:
        css = sheet.read_text(encoding="utf-8")
        if css.count(RULE) == 1:
            sheet.write_text(css.replace(RULE, ""), encoding="utf-8")
            changed.append(sheet)
        elif "data-md-color-switching" in css:
            raise PluginError(
                f"{sheet.name}: Material's rule for data-md-color-switching is not the one "
                "hooks/palette_switching.py removes; see that hook"
            )
    return changed


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built (and copied the theme for) all
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:
        return
    drop_switching_rule(Path(config.site_dir))
