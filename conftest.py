# At the repository root so that it loads whatever is collected, a single page included
# (`pytest docs/en/zero_grad.md`): pytest-codeblocks needs the include bridge.
pytest_plugins = ["tests.codeblocks_bridge"]
