import os
import tempfile

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

x = torch.randn(256, 8)
y = x @ torch.randn(8, 1) + 0.1 * torch.randn(256, 1)
loader = DataLoader(TensorDataset(x, y), batch_size=32, shuffle=True)
loss_fn = nn.MSELoss()
epochs, stop = 4, 2


def build():
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    return model, optimizer, scheduler


def train(model, optimizer, scheduler, epoch_range):
    for epoch in epoch_range:
        model.train()
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        scheduler.step()


straight = build()
train(*straight, range(epochs))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "checkpoint.pt")  # (1)!
    model, optimizer, scheduler = build()
    train(model, optimizer, scheduler, range(stop))
    torch.save(
        {
            "epoch": stop,  # (2)!
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "rng": torch.get_rng_state(),  # (3)!
            "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else [],
        },
        path,
    )

    model, optimizer, scheduler = build()  # (4)!
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)  # (5)!
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])  # (6)!
    scheduler.load_state_dict(checkpoint["scheduler"])
    torch.set_rng_state(checkpoint["rng"])
    if torch.cuda.is_available():
        torch.cuda.set_rng_state_all(checkpoint["cuda_rng"])
    train(model, optimizer, scheduler, range(checkpoint["epoch"], epochs))  # (7)!

print(f"straight: {epochs} epochs; resumed: {stop} + {epochs - stop} epochs")
same = all(
    torch.equal(a, b) for a, b in zip(straight[0].parameters(), model.parameters(), strict=True)
)
print("same parameters:", same)
print("same lr:", straight[1].param_groups[0]["lr"] == optimizer.param_groups[0]["lr"])
