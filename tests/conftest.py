pytest_plugins = ["tests.codeblocks_bridge"]
