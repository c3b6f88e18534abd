import warnings

import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3), torch.randn(8, 1)

for step in range(1, 5):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    if step in (1, 3):
        model.weight.grad[0, 0] = float("inf")  # (1)!
    before = model.weight.detach().clone()
    lr = optimizer.param_groups[0]["lr"]
    scaler.step(optimizer)
    scaler.update()
    applied = not torch.equal(before, model.weight)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scheduler.step()  # (2)!
    print(f"step {step}: lr {lr}, update {'applied' if applied else 'skipped'}")
    for w in caught:
        print(f"  {w.category.__name__}: {str(w.message)[:64]}...")
