import io

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

X = torch.randn(64, 4)
Y = X @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.1 * torch.randn(64, 1)
EPOCHS, STOP = 6, 3


def build():
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    loader = DataLoader(TensorDataset(X, Y), batch_size=8, shuffle=True)
    return model, optimizer, scheduler, loader


def train(model, optimizer, scheduler, loader, epochs):
    lrs, losses = [], []
    model.train()
    for epoch in epochs:
        lrs.append(optimizer.param_groups[0]["lr"])  # (1)!
        total = 0.0
        for x, y in loader:
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
        losses.append(f"{total / len(loader):.3f}")  # (2)!
        scheduler.step()
    return lrs, losses


def resume(forget=None):
    model, optimizer, scheduler, loader = build()
    train(model, optimizer, scheduler, loader, range(STOP))
    buffer = io.BytesIO()  # (3)!
    torch.save(
        {
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "rng": torch.get_rng_state(),
        },
        buffer,
    )

    buffer.seek(0)
    checkpoint = torch.load(buffer, weights_only=True)
    model, optimizer, scheduler, loader = build()
    model.load_state_dict(checkpoint["model"])
    if forget != "optimizer":
        optimizer.load_state_dict(checkpoint["optimizer"])
    if forget != "scheduler":
        scheduler.load_state_dict(checkpoint["scheduler"])
    if forget != "rng":
        torch.set_rng_state(checkpoint["rng"])
    lrs, losses = train(model, optimizer, scheduler, loader, range(STOP, EPOCHS))
    return model, lrs, losses


straight, *rest = build()
lrs, losses = train(straight, *rest, range(EPOCHS))
epochs = f"epochs {STOP}-{EPOCHS - 1}"
print(f"{'':<19} {f'lr in {epochs}':<24} {f'mean loss in {epochs}':<24} identical  max difference")
print(f"{'straight run':<19} {lrs[STOP:]!s:<24} {' '.join(losses[STOP:])}")

for forget in [None, "optimizer", "scheduler", "rng"]:
    model, lrs, losses = resume(forget)
    pairs = list(zip(straight.parameters(), model.parameters(), strict=True))
    diff = max((a - b).abs().max().item() for a, b in pairs)
    same = all(torch.equal(a, b) for a, b in pairs)
    label = "nothing forgotten" if forget is None else f"forgot {forget}"
    print(f"{label:<19} {lrs!s:<24} {' '.join(losses):<24} {same!s:<10} {diff:.3f}")
