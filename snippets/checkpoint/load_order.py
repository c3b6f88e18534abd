from functools import partial

import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR, OneCycleLR, StepLR

torch.manual_seed(0)

SCHEDULERS = {
    "LinearLR": partial(LinearLR, start_factor=0.1, total_iters=10),
    "OneCycleLR": partial(OneCycleLR, max_lr=0.1, total_steps=20),
    "StepLR": partial(StepLR, step_size=3, gamma=0.5),
}


def new_optimizer():
    return torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1, momentum=0.9)


def hyper(optimizer):
    group = optimizer.param_groups[0]
    return f"lr {group['lr']:<9.6g} momentum {group['momentum']:.6g}"


def run(optimizer, scheduler, steps):
    for _ in range(steps):
        optimizer.step()  # (1)!
        scheduler.step()


for name, make_scheduler in SCHEDULERS.items():
    optimizer = new_optimizer()
    scheduler = make_scheduler(optimizer)
    run(optimizer, scheduler, 5)
    saved = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
    saved_values = hyper(optimizer)
    run(optimizer, scheduler, 5)
    print(name)
    print(f"  {'no break':<16} saved    {saved_values:<32} 5 steps later {hyper(optimizer)}")

    for order in ["scheduler first", "optimizer first"]:
        optimizer = new_optimizer()
        if order == "scheduler first":
            scheduler = make_scheduler(optimizer)
            optimizer.load_state_dict(saved["optimizer"])  # (2)!
        else:
            optimizer.load_state_dict(saved["optimizer"])
            scheduler = make_scheduler(optimizer)  # (3)!
        scheduler.load_state_dict(saved["scheduler"])
        resumed = hyper(optimizer)
        run(optimizer, scheduler, 5)
        print(f"  {order:<16} loaded   {resumed:<32} 5 steps later {hyper(optimizer)}")
