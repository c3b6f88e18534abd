import io

import torch
from torch import nn

torch.manual_seed(0)

X = torch.randn(96, 16)
Y = 10 * torch.randn(96, 1)
STEPS, STOP = 12, 6


def build():
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.001, momentum=0.9)
    scaler = torch.amp.GradScaler("cpu")  # (1)!
    return model, optimizer, scaler


def train(model, optimizer, scaler, steps):
    skipped = []
    for step in steps:
        x, y = X[8 * step : 8 * step + 8], Y[8 * step : 8 * step + 8]
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(x), y)
        scaler.scale(loss).backward()
        scale = scaler.get_scale()
        scaler.step(optimizer)
        scaler.update()
        if scaler.get_scale() < scale:  # (2)!
            skipped.append(step)
    return skipped


straight = build()
print(f"straight run: skipped steps {train(*straight, range(STEPS))}")

for keep_scaler in [True, False]:
    model, optimizer, scaler = build()
    train(model, optimizer, scaler, range(STOP))
    checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}
    if keep_scaler:
        checkpoint["scaler"] = scaler.state_dict()  # (3)!
    buffer = io.BytesIO()
    torch.save(checkpoint, buffer)
    buffer.seek(0)
    checkpoint = torch.load(buffer, weights_only=True)

    model, optimizer, scaler = build()
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])
    if keep_scaler:
        scaler.load_state_dict(checkpoint["scaler"])
    print("with scaler state" if keep_scaler else "without scaler state")
    print("  scaler.state_dict() on resume:", scaler.state_dict())
    skipped = train(model, optimizer, scaler, range(STOP, STEPS))
    same = all(
        torch.equal(a, b)
        for a, b in zip(straight[0].parameters(), model.parameters(), strict=True)
    )
    print(f"  skipped steps {skipped}, identical to the straight run: {same}")
