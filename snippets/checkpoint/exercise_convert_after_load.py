import os

import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(8, 3)).pow(2).mean().backward()
optimizer.step()
torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, "checkpoint.pt")

checkpoint = torch.load("checkpoint.pt", weights_only=True)
model = nn.Linear(3, 1)
model.load_state_dict(checkpoint["model"])
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
optimizer.load_state_dict(checkpoint["optimizer"])
model.double()

optimizer.zero_grad()
model(torch.randn(8, 3, dtype=torch.float64)).pow(2).mean().backward()
try:
    optimizer.step()
    print("step(): ok")
except RuntimeError as e:
    print(f"step(): {type(e).__name__}: {e}")
print("weight:", model.weight.dtype, "| exp_avg:", optimizer.state[model.weight]["exp_avg"].dtype)
os.remove("checkpoint.pt")
