import warnings

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(
    [
        {"params": [model.weight], "lr": 0.1},
        {"params": [model.bias], "lr": 0.01},  # (1)!
    ]
)
scheduler = lr_scheduler.ExponentialLR(optimizer, gamma=0.5)

for epoch in range(3):
    optimizer.zero_grad()
    model(torch.randn(4, 3)).pow(2).mean().backward()
    optimizer.step()
    scheduler.step()
    last = scheduler.get_last_lr()  # (2)!
    live = [group["lr"] for group in optimizer.param_groups]  # (3)!
    print(f"after epoch {epoch}: get_last_lr() = {last}, param_groups lr = {live}")
    assert last == live

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("get_lr() =", scheduler.get_lr())  # (4)!
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
