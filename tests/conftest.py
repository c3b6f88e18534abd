"""Fixtures shared by the tests that look at the built site."""

import pytest

from harness import site
from tests.shared_work import once, run_directory


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it, built once per test run."""

    def build():
        site_dir = (run_directory() or tmp_path_factory.getbasetemp()) / "site"
        done = site.build(site_dir)
        return site_dir, done.returncode, done.stdout + done.stderr

    site_dir, returncode, log = once("site", build)
    if returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{log}", pytrace=False)
    return site_dir


@pytest.fixture(scope="session")
def parsed_pages(built_site):
    """Every HTML page of the built site, parsed once per worker: {path in site: soup}."""
    return {
        path.relative_to(built_site): site.soup_of(path.read_text(encoding="utf-8"))
        for path in site.html_pages(built_site)
    }
