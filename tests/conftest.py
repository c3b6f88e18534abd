"""Fixtures shared by the tests that look at the built site."""

import pytest

from harness import site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it; built once per worker that needs it
    (the site tests share one xdist group, so once per run)."""
    site_dir = tmp_path_factory.mktemp("site")
    done = site.build(site_dir)
    if done.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}", pytrace=False)
    return site_dir
