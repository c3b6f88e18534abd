import os

import torch
from torch import nn

torch.manual_seed(0)


def build():
    model = nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    return model, optimizer, scheduler


model, optimizer, scheduler = build()
for epoch in range(3):
    optimizer.step()
    scheduler.step()
print("lr when saved:", optimizer.param_groups[0]["lr"])
torch.save({"model": model.state_dict(), "scheduler": scheduler.state_dict()}, "checkpoint.pt")

checkpoint = torch.load("checkpoint.pt", weights_only=True)
model, optimizer, scheduler = build()
model.load_state_dict(checkpoint["model"])
scheduler.load_state_dict(checkpoint["scheduler"])
print("after resuming, scheduler.get_last_lr():", scheduler.get_last_lr())
print("after resuming, optimizer lr:", optimizer.param_groups[0]["lr"])
os.remove("checkpoint.pt")
