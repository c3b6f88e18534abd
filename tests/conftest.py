"""Fixtures shared by the tests that look at the built site."""

import os
import re
import tempfile
import threading
import time
from pathlib import Path

import pytest

from harness import site
from hooks import build_cache
from tests.shared_work import once, run_directory

SITE_FIXTURES = re.compile(r"\b(built_site|parsed_pages)\b")


def build_site():
    """`mkdocs build --strict` into this run's shared folder: (site dir, exit code, log,
    whether hooks/build_cache.py's cache held nothing before: a cold build)."""
    site_dir = (run_directory() or Path(tempfile.mkdtemp(prefix="site-"))) / "site"
    cache = build_cache.folder()
    cold = cache is None or not any(cache.rglob("*"))
    done = site.build(site_dir)
    return site_dir, done.returncode, done.stdout + done.stderr, cold


def _needs_site(config) -> bool:
    """Whether the selected tests surely include one that uses the site: a test file that names
    a site fixture, selected whole (a folder or the file, with no -k, -m or --collect-only)."""
    if config.option.keyword or config.option.markexpr or config.option.collectonly:
        return False
    tests = Path(__file__).parent
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::")[0]).resolve()
        if "::" in arg or not path.exists():
            continue
        files = (
            [path] if path.is_file() else [f for f in tests.glob("test_*.py") if path in f.parents]
        )
        if any(
            f.parent == tests and SITE_FIXTURES.search(f.read_text(encoding="utf-8"))
            for f in files
        ):
            return True
    return False


_early_build: list[threading.Thread] = []


def pytest_configure(config):
    """Every build of one test run has the same date (the sitemap's lastmod): fixed once, in the
    controlling process, and inherited by the workers and the builds they start, so that two
    builds either side of midnight still write the same bytes (mkdocs reads SOURCE_DATE_EPOCH
    for reproducible builds)."""
    if not hasattr(config, "workerinput"):
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))


def pytest_sessionstart(session):
    """Under xdist the controlling process starts the site build at once, in a thread, so that
    it overlaps the workers' start-up; built_site in the workers then waits for it (once())."""
    config = session.config
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    if _needs_site(config):
        _early_build.append(threading.Thread(target=once, args=("site", build_site), daemon=True))
        _early_build[0].start()


def pytest_sessionfinish(session):
    for thread in _early_build:
        thread.join()


@pytest.fixture(scope="session")
def built_site():
    """The site as `mkdocs build --strict` writes it, built once per test run."""
    site_dir, returncode, log, _ = once("site", build_site)
    if returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{log}", pytrace=False)
    return site_dir


@pytest.fixture(scope="session")
def built_cold(built_site) -> bool:
    """Whether built_site was built with an empty cache (as in CI), computing everything."""
    return once("site", build_site)[3]


@pytest.fixture(scope="session")
def parsed_pages(built_site):
    """Every HTML page of the built site, parsed once per worker: {path in site: soup}."""
    return {
        path.relative_to(built_site): site.soup_of(path.read_text(encoding="utf-8"))
        for path in site.html_pages(built_site)
    }
