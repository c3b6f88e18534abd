import textwrap
import warnings

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)


def train(order):
    w = torch.zeros(3, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    used = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for epoch in range(4):
            if order == "scheduler first":
                scheduler.step()  # (1)!
            used.append(optimizer.param_groups[0]["lr"])
            optimizer.zero_grad()
            (w - 1).pow(2).sum().backward()
            optimizer.step()
            if order == "optimizer first":
                scheduler.step()  # (2)!
    print(f"{order}: lr used per epoch = {used}")
    for warning in caught:
        text = f"{warning.category.__name__}: {warning.message}"
        print(textwrap.fill(text, 80, break_on_hyphens=False, break_long_words=False))
    return used


right = train("optimizer first")
wrong = train("scheduler first")
assert wrong[:-1] == right[1:] and right[0] not in wrong  # (3)!
