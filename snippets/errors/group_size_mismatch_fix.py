import torch
from torch import nn

torch.manual_seed(0)


def model_and_adam():
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
    return model, torch.optim.Adam(model.parameters(), lr=0.01)  # (1)!


model, optimizer = model_and_adam()
checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}

model, optimizer = model_and_adam()
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
model[0].requires_grad_(False)  # (2)!
print(
    "loaded:",
    len(optimizer.param_groups[0]["params"]),
    "tensors in the group,",
    "frozen:",
    sum(not p.requires_grad for p in model.parameters()),
)
