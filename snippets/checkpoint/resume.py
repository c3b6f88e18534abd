import os
import tempfile

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

X = torch.randn(64, 4)
Y = X @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.1 * torch.randn(64, 1)
EPOCHS, STOP = 6, 3


def build():
    torch.manual_seed(1)  # (1)!
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    loader = DataLoader(TensorDataset(X, Y), batch_size=8, shuffle=True)  # (2)!
    return model, optimizer, scheduler, loader


def train(model, optimizer, scheduler, loader, epochs):
    model.train()
    for epoch in epochs:
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.mse_loss(model(x), y).backward()
            optimizer.step()
        scheduler.step()


straight = build()
train(*straight, range(EPOCHS))  # (3)!

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "checkpoint.pt")

    model, optimizer, scheduler, loader = build()
    train(model, optimizer, scheduler, loader, range(STOP))
    torch.save(
        {
            "epoch": STOP,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "rng": torch.get_rng_state(),  # (4)!
        },
        path,
    )
    del model, optimizer, scheduler, loader  # (5)!

    model, optimizer, scheduler, loader = build()
    checkpoint = torch.load(path, weights_only=True)
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optimizer"])  # (6)!
    scheduler.load_state_dict(checkpoint["scheduler"])
    torch.set_rng_state(checkpoint["rng"])
    train(model, optimizer, scheduler, loader, range(checkpoint["epoch"], EPOCHS))  # (7)!

identical = all(
    torch.equal(a, b) for a, b in zip(straight[0].parameters(), model.parameters(), strict=True)
)
assert identical
print(f"straight: {EPOCHS} epochs; resumed: {STOP} + {EPOCHS - STOP} epochs")
print("every parameter bit-identical:", identical)
print(
    "final lr, straight vs resumed:",
    straight[1].param_groups[0]["lr"],
    optimizer.param_groups[0]["lr"],
)
