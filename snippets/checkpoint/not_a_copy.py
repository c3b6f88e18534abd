import copy

import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)


def train_step():
    optimizer.zero_grad()
    model(torch.randn(8, 3)).pow(2).mean().backward()
    optimizer.step()


train_step()
snapshot = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}  # (1)!
deep = copy.deepcopy(snapshot)  # (2)!
print("before:   weight", model.state_dict()["weight"])

train_step()
print("after:    weight", model.state_dict()["weight"])
print("snapshot: weight", snapshot["model"]["weight"])
print("deepcopy: weight", deep["model"]["weight"])
live_buffer = optimizer.state[model.weight]["momentum_buffer"]
print(
    "snapshot momentum is the live buffer:",
    snapshot["optimizer"]["state"][0]["momentum_buffer"] is live_buffer,
)
