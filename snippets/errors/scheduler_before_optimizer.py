import textwrap
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
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for step in range(3):
            optimizer.zero_grad()
            if use_scaler:
                with torch.autocast("cpu", dtype=torch.float16):  # (1)!
                    loss = nn.functional.mse_loss(model(x), y)
                scaler.scale(loss).backward()
                scaler.step(optimizer)  # (2)!
                scaler.update()
                scheduler.step()
            else:
                nn.functional.mse_loss(model(x), y).backward()
                scheduler.step()  # (3)!
                optimizer.step()
    return [f"{w.category.__name__}: {w.message}" for w in caught]


plain = train(use_scaler=False)
print("scheduler.step() before optimizer.step():", len(plain), "warning")
print(textwrap.fill(plain[0], 79, break_long_words=False, break_on_hyphens=False))
scaled = train(use_scaler=True)
print(
    "scaler.step(optimizer), then scheduler.step():",
    len(scaled),
    "warning, the same:",
    scaled == plain,
)
