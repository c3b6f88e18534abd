from functools import partial

import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR, StepLR

torch.manual_seed(0)

SCHEDULERS = {
    "LinearLR": partial(LinearLR, start_factor=0.1, total_iters=10),
    "StepLR": partial(StepLR, step_size=3, gamma=0.5),
}


def lr(optimizer):
    return round(optimizer.param_groups[0]["lr"], 6)


def run(optimizer, scheduler, steps):
    for _ in range(steps):
        optimizer.step()  # (1)!
        scheduler.step()


for name, make_scheduler in SCHEDULERS.items():
    optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
    scheduler = make_scheduler(optimizer)
    run(optimizer, scheduler, 5)
    saved = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
    saved_lr = lr(optimizer)
    run(optimizer, scheduler, 5)
    print(f"{name}: saved lr {saved_lr}, 5 steps later without a break {lr(optimizer)}")

    for order in ["scheduler first", "optimizer first"]:
        optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
        if order == "scheduler first":
            scheduler = make_scheduler(optimizer)
            optimizer.load_state_dict(saved["optimizer"])  # (2)!
        else:
            optimizer.load_state_dict(saved["optimizer"])
            scheduler = make_scheduler(optimizer)  # (3)!
        scheduler.load_state_dict(saved["scheduler"])
        resumed = lr(optimizer)
        run(optimizer, scheduler, 5)
        print(f"  {order:<16} lr after loading {resumed:<7} 5 steps later {lr(optimizer)}")
