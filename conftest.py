# At the repository root so that it loads whatever is collected, a single page included
# (`pytest docs/en/zero_grad.md`): pytest-codeblocks needs the include bridge, and every
# worker needs the shared-work folder.
pytest_plugins = ["tests.shared_work", "tests.codeblocks_bridge"]
