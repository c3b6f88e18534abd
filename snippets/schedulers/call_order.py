import textwrap
import warnings

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)


def step_lr(optimizer):
    return lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)


def warm_restarts(optimizer):
    return lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=4)


def train(order, make_scheduler=step_lr):
    w = torch.zeros(3, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = make_scheduler(optimizer)
    used = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for epoch in range(4):
            if order == "scheduler first":
                scheduler.step()  # (1)!
            used.append(round(optimizer.param_groups[0]["lr"], 4))
            optimizer.zero_grad()
            (w - 1).pow(2).sum().backward()
            optimizer.step()
            if order == "optimizer first":
                scheduler.step()  # (2)!
    name = type(scheduler).__name__
    print(f"{name}, {order}: lr {used}, warnings: {len(caught)}")
    for warning in caught:
        text = f"{warning.category.__name__}: {warning.message}"
        print(textwrap.fill(text, 80, break_on_hyphens=False, break_long_words=False))
    return used


right = train("optimizer first")
wrong = train("scheduler first")
assert wrong[:-1] == right[1:]  # (3)!
assert right[0] not in wrong
train("optimizer first", warm_restarts)
_ = train("scheduler first", warm_restarts)  # (4)!
