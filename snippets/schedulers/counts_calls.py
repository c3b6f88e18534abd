import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

EPOCHS, BATCHES = 3, 4


def lr_used(make_scheduler, step_per):
    w = torch.zeros(3, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = make_scheduler(optimizer)
    for epoch in range(EPOCHS):
        used = []
        for batch in range(BATCHES):
            used.append(optimizer.param_groups[0]["lr"])
            optimizer.zero_grad()
            (w - 1).pow(2).sum().backward()
            optimizer.step()
            if step_per == "batch":
                scheduler.step()  # (1)!
        if step_per == "epoch":
            scheduler.step()  # (2)!
        print(f"  epoch {epoch}:", " ".join(f"{lr:.4f}" for lr in used))


def step_lr(optimizer):
    return lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)  # (3)!


def one_cycle(optimizer):
    return lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=EPOCHS * BATCHES)  # (4)!


for make, name in [(step_lr, "StepLR(step_size=2)"), (one_cycle, "OneCycleLR(total_steps=12)")]:
    for step_per in ["epoch", "batch"]:
        print(f"{name}, scheduler.step() per {step_per}:")
        lr_used(make, step_per)
