import warnings

import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])


def train(use_scaler):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    scaler = torch.amp.GradScaler("cpu")
    lrs, skipped = [], []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for step in range(4):
            lrs.append(optimizer.param_groups[0]["lr"])
            optimizer.zero_grad()
            if use_scaler:
                with torch.autocast("cpu", dtype=torch.float16):
                    loss = nn.functional.mse_loss(model(x), y)
                scaler.scale(loss).backward()
                scale = scaler.get_scale()
                scaler.step(optimizer)
                scaler.update()
                skipped.append(scaler.get_scale() < scale)  # (1)!
                if not skipped[-1]:
                    scheduler.step()
            else:
                nn.functional.mse_loss(model(x), y).backward()
                optimizer.step()  # (2)!
                scheduler.step()
    print(f"{'GradScaler' if use_scaler else 'plain':<10} lr used {lrs}, warnings: {len(caught)}")
    if use_scaler:
        print("           updates skipped:", skipped)


train(use_scaler=False)
train(use_scaler=True)
