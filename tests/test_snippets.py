"""Test 1: every snippet runs, and prints exactly the output stored beside it."""

import re

import pytest

from harness.snippets import discover
from tests.shared_work import snippet_result

SNIPPETS = discover()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_prints_its_stored_output(snippet):
    failure = snippet_result(snippet).failure()
    if failure:
        pytest.fail(failure, pytrace=False)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_is_seeded_when_it_uses_torch(snippet):
    source = snippet.source
    if re.search(r"^\s*(import torch|from torch)", source, re.MULTILINE):
        assert "torch.manual_seed(" in source, f"{snippet.name} uses torch but never seeds it"


def test_there_are_snippets():
    assert len(SNIPPETS) >= 5
