import inspect
import textwrap

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)


def two_children(optimizer):
    return [
        lr_scheduler.ConstantLR(optimizer, factor=0.5, total_iters=2),  # (1)!
        lr_scheduler.ExponentialLR(optimizer, gamma=0.9),
    ]


def lr_used(make_scheduler, calls=5):
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = make_scheduler(optimizer)
    used = []
    for _ in range(calls):
        used.append(round(optimizer.param_groups[0]["lr"], 4))
        optimizer.zero_grad()
        (w - 1).pow(2).sum().backward()
        optimizer.step()
        scheduler.step()
    return used


for chain in (lr_scheduler.ChainedScheduler, lr_scheduler.SequentialLR):
    print(f"{chain.__name__:<16} takes", list(inspect.signature(chain).parameters))  # (2)!
print(
    "ChainedScheduler             lr used",
    lr_used(lambda opt: lr_scheduler.ChainedScheduler(two_children(opt))),  # (3)!
)
print(
    "SequentialLR(milestones=[2]) lr used",
    lr_used(lambda opt: lr_scheduler.SequentialLR(opt, two_children(opt), milestones=[2])),  # (4)!
)

optimizer = torch.optim.SGD([w], lr=0.1)
children = [
    lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=4),
    lr_scheduler.ReduceLROnPlateau(optimizer, patience=2),
]
try:
    lr_scheduler.SequentialLR(optimizer, children, milestones=[4])  # (5)!
except ValueError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 80, break_on_hyphens=False))
