import warnings

import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])


def train(skip_aware):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    scaler = torch.amp.GradScaler("cpu")
    for step in range(1, 5):
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(x), y)
        scaler.scale(loss).backward()
        before = [p.detach().clone() for p in model.parameters()]
        lr = optimizer.param_groups[0]["lr"]
        scale = scaler.get_scale()
        scaler.step(optimizer)
        scaler.update()
        skipped = scaler.get_scale() < scale  # (1)!
        moved = not all(torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if not (skip_aware and skipped):  # (2)!
                scheduler.step()
        print(
            f"  step {step}: lr {lr}, update {'applied' if moved else 'skipped'}, "
            f"scale dropped: {skipped}"
        )
        for w in caught:
            print(f"    {w.category.__name__}: {str(w.message)[:64]}...")  # (3)!


print("scheduler.step() after every scaler.step():")
train(skip_aware=False)
print("scheduler.step() only when the scale did not drop:")
train(skip_aware=True)
