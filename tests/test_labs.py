"""The labs: each lab's two notebooks are exactly what its one source gives, executed now."""

import difflib
import re

import nbformat
import pytest

from harness import labs
from harness.layout import LANGUAGES, REGENERATE_COMMAND, REPO
from harness.markdown import HEADING

SOURCES = labs.sources()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_lab_notebooks_are_their_source_executed(source):
    try:
        built = labs.build(source)
    except labs.LabError as error:
        pytest.fail(str(error), pytrace=False)
    for lang in LANGUAGES:
        path = labs.notebook_path(source, lang)
        if not path.exists():
            pytest.fail(f"{REPO.rel(path)} is missing; run {REGENERATE_COMMAND}", pytrace=False)
        stored, fresh = path.read_text(encoding="utf-8"), labs.text(built[lang])
        if stored != fresh:
            diff = difflib.unified_diff(
                stored.splitlines(),
                fresh.splitlines(),
                lineterm="",
                n=1,
                fromfile=f"{REPO.rel(path)} (stored)",
                tofile="executed now",
            )
            shown = [line[:160] for line in diff][:40]
            pytest.fail(
                f"{REPO.rel(path)} differs from {REPO.rel(source)} executed now:\n"
                + "\n".join(shown)
                + f"\nregenerate with: {REGENERATE_COMMAND}",
                pytrace=False,
            )


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_both_languages_share_the_code_and_its_outputs(source):
    code = {}
    for lang in LANGUAGES:
        nb = nbformat.read(labs.notebook_path(source, lang), as_version=4)
        code[lang] = [(c.source, c.outputs) for c in nb.cells if c.cell_type == "code"]
    first, *others = LANGUAGES
    differ = [lang for lang in others if code[lang] != code[first]]
    assert not differ, f"{REPO.rel(source)}: the code or outputs of {differ} differ from {first}'s"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_plot_has_a_title_axis_labels_and_a_legend(source):
    missing = []
    for index, cell in enumerate(labs.split(source)[LANGUAGES[0]].cells):  # same code in all
        if cell.cell_type == "code" and "plt.show()" in cell.source:
            for part in ("title", "xlabel", "ylabel", "legend"):
                if part not in cell.source:
                    missing.append(f"cell {index}: no {part}")
    assert not missing, f"{REPO.rel(source)}: " + "; ".join(missing)


def test_every_stored_notebook_comes_from_a_lab_source():
    sources = {s.stem for s in SOURCES}
    strays = [
        REPO.rel(p)
        for lang in LANGUAGES
        for p in (REPO.docs / lang / "labs").glob("*.ipynb")
        if p.stem not in sources
    ]
    assert not strays, f"notebooks without a source in labs/: {strays}"
    assert SOURCES, "no labs found"


def _nav_names() -> dict[str, dict[str, str]]:
    """Each lab page's title in the nav, per language: the nav entry, translated by the
    language's nav_translations in mkdocs.yml (the same title when it has none)."""
    found: dict[str, str] = {}

    def walk(items):
        for item in items:
            for title, target in item.items() if isinstance(item, dict) else ():
                if isinstance(target, list):
                    walk(target)
                elif str(target).startswith("labs/"):
                    found[target] = title

    walk(REPO.config["nav"])
    names = {}
    for language in REPO.site_languages:
        translations = language.config.get("nav_translations") or {}
        names[language.locale] = {page: translations.get(t, t) for page, t in found.items()}
    return names


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_lab_has_one_name_in_nav_title_and_home_page(lang):
    """The title in the nav, the notebook's own title and the home page's link text agree."""
    nav = _nav_names()[lang]
    home = (REPO.docs / lang / "index.md").read_text(encoding="utf-8")
    differ = []
    for page in labs.pages():
        notebook = nbformat.reads(
            (REPO.docs / lang / page).read_text(encoding="utf-8"), as_version=4
        )
        heading = HEADING.match(notebook.cells[0].source.splitlines()[0])
        title = labs.ANCHOR.sub("", heading["text"]).strip() if heading else None
        links = re.findall(r"\[([^\]]+)\]\(" + re.escape(page.as_posix()) + r"\)", home)
        names = {
            "nav": nav.get(page.as_posix()),
            "notebook title": title,
            "home page link": links[0] if len(links) == 1 else links,
        }
        if len({str(n) for n in names.values()}) != 1:
            differ.append(f"{lang} {page}: {names}")
    assert not differ, "a lab goes by more than one name:\n" + "\n".join(differ)
