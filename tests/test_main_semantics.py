"""The in-process runner gives a snippet what `python snippet.py` gives it: a fresh module
`__main__`, registered in sys.modules while it runs and dropped afterwards.

Each test writes scratch snippets into a small tree (harness.layout.Layout), runs them with the
harness's run() and, where the point is "as the reader sees it", also as the reader does
(`python -W error snippet.py` in an empty folder), and requires the same output from both.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import types
from pathlib import Path

from harness.layout import Layout
from harness.snippets import Snippet, run


def scratch_snippet(root: Path, name: str, code: str) -> Snippet:
    folder = root / "snippets" / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(code, encoding="utf-8")
    return Snippet(Layout(root), f"demo/{name}")


def in_process(snippet: Snippet) -> str:
    """What the harness's run() prints; it must not raise."""
    result = run(snippet)
    assert result.error is None, result.error
    return result.stdout


def as_the_reader_runs_it(snippet: Snippet, tmp_path: Path) -> str:
    """`python -W error snippet.py` in an empty folder; it must exit 0."""
    folder = tmp_path / f"reader-{Path(snippet.name).stem}"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-W", "error", str(snippet.path)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


OWN_CLASS = """\
import inspect
import pickle
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


data = pickle.dumps(Point(1, 2))
copy = pickle.loads(data)
print(copy, type(copy) is Point, b"__main__" in data)
print(inspect.getsource(Point).splitlines()[0])
print(list(globals())[:9])
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
print(type(__loader__).__name__, __loader__.name, __loader__.path == __file__)
print(__file__ == sys.argv[0], sys.argv[1:], __builtins__ is __import__("builtins"))
print(sys.modules["__main__"].__dict__ is globals())
"""

OWN_CLASS_PRINTS = """\
Point(1, 2) True True
class Point:
['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', \
'__builtins__', '__file__', '__cached__']
__main__ None None None None {}
SourceFileLoader __main__ True
True [] True
True
"""


def test_a_snippet_that_pickles_its_own_class_prints_what_python_prints(tmp_path):
    """pickle saves a class the snippet defines as __main__.Point and finds it again in
    sys.modules["__main__"]; inspect looks there too. The module's attributes are python's."""
    snippet = scratch_snippet(tmp_path, "own_class.py", OWN_CLASS)
    assert in_process(snippet) == as_the_reader_runs_it(snippet, tmp_path) == OWN_CLASS_PRINTS


TORCH_OWN_CLASS = """\
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 2)

    def forward(self, x):
        return self.linear(x)


net = Net()
torch.save(net, "net.pt")
loaded = torch.load("net.pt", weights_only=False)
x = torch.ones(1, 3)
print(type(loaded).__qualname__, type(loaded) is Net, torch.equal(loaded(x), net(x)))


class Squares(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return torch.tensor([i * i])


class Batch:
    def __init__(self, items):
        self.values = torch.cat(items)


loader = DataLoader(Squares(), batch_size=2, collate_fn=Batch, num_workers=1, timeout=60)
for batch in loader:
    print(type(batch).__qualname__, batch.values.tolist())
"""

TORCH_OWN_CLASS_PRINTS = """\
Net True True
Batch [0, 1]
Batch [4, 9]
"""


def test_torch_save_and_a_dataloader_worker_pickle_the_snippets_classes(tmp_path):
    """torch.save of a module the snippet defines, loaded back with weights_only=False; a
    DataLoader worker pickling a batch of a class the snippet defines back to the snippet."""
    snippet = scratch_snippet(tmp_path, "torch_own_class.py", TORCH_OWN_CLASS)
    assert (
        in_process(snippet) == as_the_reader_runs_it(snippet, tmp_path) == TORCH_OWN_CLASS_PRINTS
    )


def test_nothing_a_snippet_defines_reaches_the_next(tmp_path):
    """The next snippet runs in a new, empty __main__: a class pickled by the first is not
    found by the second, which fails exactly as it does for a reader."""
    saved = tmp_path / "secret.pickle"
    first = scratch_snippet(
        tmp_path,
        "first.py",
        f"""\
import pickle


class Secret:
    pass


with open({str(saved)!r}, "wb") as f:
    pickle.dump(Secret(), f)
print("saved")
""",
    )
    second = scratch_snippet(
        tmp_path,
        "second.py",
        f"""\
import pickle

with open({str(saved)!r}, "rb") as f:
    data = f.read()
print("Secret" in globals())
try:
    pickle.loads(data)
except AttributeError as exc:
    print(f"{{type(exc).__name__}}: {{exc}}")
""",
    )
    assert in_process(first) == "saved\n"
    gc.collect()
    alive = [
        m
        for m in gc.get_objects()  # type(): isinstance() would ask odd objects
        if type(m) is types.ModuleType and m.__dict__.get("__file__") == str(first.path)
    ]
    assert not alive, "the first snippet's module is still alive after run()"
    assert not hasattr(sys.modules["__main__"], "Secret")
    printed = in_process(second)
    assert (
        printed
        == as_the_reader_runs_it(second, tmp_path)
        == (
            "False\n"
            "AttributeError: Can't get attribute 'Secret' on "
            f"<module '__main__' from {str(second.path)!r}>\n"
        )
    )


def test_main_and_argv_are_restored_after_run(tmp_path):
    """Whether the snippet ends or raises, the harness's own __main__ and argv come back."""
    main, argv = sys.modules["__main__"], list(sys.argv)
    ends = scratch_snippet(
        tmp_path, "ends.py", 'import sys\nprint(sys.modules["__main__"].__file__ == __file__)\n'
    )
    raises = scratch_snippet(
        tmp_path, "raises.py", 'import sys\nsys.argv.append("x")\nraise ValueError("boom")\n'
    )
    assert in_process(ends) == "True\n"
    assert sys.modules["__main__"] is main
    assert sys.argv == argv
    result = run(raises)
    assert result.error
    assert "ValueError: boom" in result.error
    assert sys.modules["__main__"] is main
    assert sys.argv == argv
