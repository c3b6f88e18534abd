import inspect
import textwrap

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

names = sorted(
    name
    for name in lr_scheduler.__all__
    if issubclass(getattr(lr_scheduler, name), lr_scheduler.LRScheduler)
    and name != "LRScheduler"  # (1)!
)
print(len(names), "schedulers in torch.optim.lr_scheduler:")
print(textwrap.fill(", ".join(names), 72, initial_indent="  ", subsequent_indent="  "))

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
one_cycle = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, epochs=3, steps_per_epoch=4)  # (2)!
print("OneCycleLR(epochs=3, steps_per_epoch=4).total_steps =", one_cycle.total_steps)
step_size_up = inspect.signature(lr_scheduler.CyclicLR).parameters["step_size_up"]  # (3)!
print("CyclicLR default step_size_up =", step_size_up.default)
