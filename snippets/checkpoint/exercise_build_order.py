import os

import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR

torch.manual_seed(0)

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = LinearLR(optimizer, start_factor=0.25, total_iters=4)
for epoch in range(2):
    optimizer.step()
    scheduler.step()
print(f"lr when saved:        {optimizer.param_groups[0]['lr']:.6g}")
checkpoint = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
torch.save(checkpoint, "checkpoint.pt")

checkpoint = torch.load("checkpoint.pt", weights_only=True)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler = LinearLR(optimizer, start_factor=0.25, total_iters=4)
scheduler.load_state_dict(checkpoint["scheduler"])
print(f"lr after resuming:    {optimizer.param_groups[0]['lr']:.6g}")
for epoch in range(2):
    optimizer.step()
    scheduler.step()
print(f"lr after the warm-up: {optimizer.param_groups[0]['lr']:.6g}")
os.remove("checkpoint.pt")
