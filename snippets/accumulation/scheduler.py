import math
import textwrap
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

x = torch.randn(32, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
loader = DataLoader(TensorDataset(x, y), batch_size=4)
k, epochs = 4, 3
updates_per_epoch = math.ceil(len(loader) / k)  # (1)!
print(
    f"{len(loader)} mini-batches per epoch, k = {k}: "
    f"{updates_per_epoch} updates per epoch, {epochs * updates_per_epoch} in total"
)


def train(scheduler_step_per, cycle_momentum=True):
    torch.manual_seed(1)
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer,
        max_lr=0.1,
        total_steps=epochs * updates_per_epoch,  # (2)!
        cycle_momentum=cycle_momentum,
    )
    lrs, momentums, error = [], [], None
    try:
        for epoch in range(epochs):
            for i, (xb, yb) in enumerate(loader):
                (torch.nn.functional.mse_loss(model(xb), yb) / k).backward()
                if (i + 1) % k == 0 or i + 1 == len(loader):
                    lrs.append(f"{optimizer.param_groups[0]['lr']:.4f}")
                    momentums.append(f"{optimizer.param_groups[0]['momentum']:.4f}")  # (3)!
                    optimizer.step()
                    optimizer.zero_grad()
                    if scheduler_step_per == "update":
                        scheduler.step()  # (4)!
                if scheduler_step_per == "mini-batch":
                    scheduler.step()  # (5)!
    except ValueError as e:
        error = f"{type(e).__name__}: {e} (epoch {epoch}, mini-batch {i})"
    print("  lr of each update:      ", " ".join(lrs))
    print("  momentum of each update:", " ".join(momentums))
    print(
        "  momentum_buffer in the optimizer state:",
        "momentum_buffer" in optimizer.state[model.weight],  # (6)!
    )
    if error:
        print(" ", error)


print("scheduler.step() once per optimizer.step():")
train("update")
print("the same, OneCycleLR(..., cycle_momentum=False):")
train("update", cycle_momentum=False)  # (7)!
print("scheduler.step() once per mini-batch:")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    train("mini-batch")
for warning in caught:
    text = f"{warning.category.__name__}: {warning.message}"
    print(
        textwrap.fill(
            text,
            80,
            initial_indent="  ",
            subsequent_indent="  ",
            break_on_hyphens=False,
            break_long_words=False,
        )
    )
