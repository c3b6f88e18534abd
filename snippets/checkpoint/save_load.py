import os
import tempfile

import torch
from torch import nn

torch.manual_seed(0)


def build():
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    return model, optimizer, scheduler


model, optimizer, scheduler = build()
for epoch in range(3):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(torch.randn(16, 4)), torch.randn(16, 1)).backward()
    optimizer.step()
    scheduler.step()

with tempfile.TemporaryDirectory() as folder:  # (1)!
    path = os.path.join(folder, "checkpoint.pt")
    checkpoint = {  # (2)!
        "epoch": 3,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
    }
    torch.save(checkpoint, path)
    print("files written:", os.listdir(folder))
    checkpoint = torch.load(path, weights_only=True)  # (3)!

print("checkpoint keys:", list(checkpoint))
print("model state_dict:", {name: tuple(t.shape) for name, t in checkpoint["model"].items()})

new_model, new_optimizer, new_scheduler = build()  # (4)!
print("load_state_dict:", new_model.load_state_dict(checkpoint["model"]))  # (5)!
new_optimizer.load_state_dict(checkpoint["optimizer"])
new_scheduler.load_state_dict(checkpoint["scheduler"])

same = all(
    torch.equal(a, b) for a, b in zip(model.parameters(), new_model.parameters(), strict=True)
)
print("same weights:", same)
lr, last_epoch = new_optimizer.param_groups[0]["lr"], new_scheduler.last_epoch
print(f"lr: {lr} | last_epoch: {last_epoch} | next epoch: {checkpoint['epoch']}")
