import collections
import re
import textwrap

import torch
from torch.overrides import TorchFunctionMode
from torch.utils._foreach_utils import _get_foreach_kernels_supported_devices

torch.manual_seed(0)


class RecordCalls(TorchFunctionMode):  # (1)!
    def __init__(self):
        super().__init__()
        self.calls = collections.Counter()

    def __torch_function__(self, func, types, args=(), kwargs=None):
        name = getattr(func, "__name__", "")
        multi_tensor = name.startswith(("_foreach_", "_fused_"))
        in_place = name.endswith("_") and not name.startswith("_")
        if multi_tensor or in_place:
            self.calls[name] += 1  # (2)!
        return func(*args, **(kwargs or {}))


model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Linear(8, 8), torch.nn.Linear(8, 2))
for p in model.parameters():
    p.grad = torch.randn_like(p)
print(f"{len(list(model.parameters()))} parameter tensors on {next(model.parameters()).device}")


def calls_in_one_step(optimizer_class, **implementation):
    optimizer = optimizer_class(model.parameters(), lr=1e-3, **implementation)
    optimizer.step()
    with RecordCalls() as recorder:
        optimizer.step()  # (3)!
    group = optimizer.param_groups[0]
    return group["foreach"], group["fused"], recorder.calls


for optimizer_class in (torch.optim.SGD, torch.optim.Adam):
    print(optimizer_class.__name__)
    seen = {}
    for label, implementation in [
        ("default", {}),
        ("foreach=False", dict(foreach=False)),
        ("foreach=True", dict(foreach=True)),
        ("fused=True", dict(fused=True)),
    ]:
        foreach, fused, calls = calls_in_one_step(optimizer_class, **implementation)
        seen[label] = calls
        listed = ", ".join(f"{name} x{n}" for name, n in sorted(calls.items()))
        print(f"  {label:<13}  group foreach={foreach!s:<5} fused={fused!s:<5}  {listed}")
    assert seen["default"] == seen["foreach=False"]  # (4)!

note = " ".join(torch.optim.SGD.__doc__.split())
pattern = r"we will attempt defaulting to the foreach implementation [^.]*\."
sentence = re.search(pattern, note).group(0)
print(textwrap.fill(f"SGD docstring: ...{sentence}", width=80))  # (5)!
print("foreach is the default on:", _get_foreach_kernels_supported_devices())  # (6)!
