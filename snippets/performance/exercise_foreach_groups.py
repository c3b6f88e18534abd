import collections

import torch
from torch.overrides import TorchFunctionMode

torch.manual_seed(0)


class RecordCalls(TorchFunctionMode):
    def __init__(self):
        super().__init__()
        self.calls = collections.Counter()

    def __torch_function__(self, func, types, args=(), kwargs=None):
        name = getattr(func, "__name__", "")
        multi_tensor = name.startswith(("_foreach_", "_fused_"))
        in_place = name.endswith("_") and not name.startswith("_")
        if multi_tensor or in_place:
            self.calls[name] += 1
        return func(*args, **(kwargs or {}))


body = torch.nn.Linear(4, 4)
head = torch.nn.Linear(4, 1, dtype=torch.float64)
params = [*body.parameters(), *head.parameters()]
for p in params:
    p.grad = torch.ones_like(p)

for label, implementation in [
    ("default", {}),
    ("foreach=True", dict(foreach=True)),
    ("fused=True", dict(fused=True)),
]:
    optimizer = torch.optim.SGD(params, lr=0.1, **implementation)
    with RecordCalls() as recorder:
        optimizer.step()
    print(f"{label:<13} {dict(recorder.calls)}")
