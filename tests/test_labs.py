"""The labs: each lab's two notebooks are exactly what its one source gives, executed now."""

import difflib

import nbformat
import pytest

from harness import labs
from harness.layout import LANGUAGES, REGENERATE_COMMAND, REPO

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
            diff = difflib.unified_diff(stored.splitlines(), fresh.splitlines(), lineterm="", n=1,
                                        fromfile=f"{REPO.rel(path)} (stored)", tofile="executed now")
            shown = [line[:160] for line in diff][:40]
            pytest.fail(f"{REPO.rel(path)} differs from {REPO.rel(source)} executed now:\n"
                        + "\n".join(shown) + f"\nregenerate with: {REGENERATE_COMMAND}", pytrace=False)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_both_languages_share_the_code_and_its_outputs(source):
    code = {}
    for lang in LANGUAGES:
        nb = nbformat.read(labs.notebook_path(source, lang), as_version=4)
        code[lang] = [(c.source, c.outputs) for c in nb.cells if c.cell_type == "code"]
    assert code["zh"] == code["en"]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_plot_has_a_title_axis_labels_and_a_legend(source):
    missing = []
    for index, cell in enumerate(labs.split(source)["en"].cells):
        if cell.cell_type == "code" and "plt.show()" in cell.source:
            for part in ("title", "xlabel", "ylabel", "legend"):
                if part not in cell.source:
                    missing.append(f"cell {index}: no {part}")
    assert not missing, f"{REPO.rel(source)}: " + "; ".join(missing)


def test_every_stored_notebook_comes_from_a_lab_source():
    sources = {s.stem for s in SOURCES}
    strays = [REPO.rel(p) for lang in LANGUAGES for p in (REPO.docs / lang / "labs").glob("*.ipynb")
              if p.stem not in sources]
    assert not strays, f"notebooks without a source in labs/: {strays}"
    assert SOURCES, "no labs found"
