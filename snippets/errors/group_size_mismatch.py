import torch
from torch import nn

torch.manual_seed(0)


def model_and_adam():
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
    return model, torch.optim.Adam(model.parameters(), lr=0.01)


model, optimizer = model_and_adam()
checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}

model, _ = model_and_adam()
model[0].requires_grad_(False)  # (1)!
trainable = [p for p in model.parameters() if p.requires_grad]
optimizer = torch.optim.Adam(trainable, lr=0.01)
saved = len(checkpoint["optimizer"]["param_groups"][0]["params"])
new = len(optimizer.param_groups[0]["params"])
print(f"saved group: {saved} tensors | new group: {new} tensors")
try:
    optimizer.load_state_dict(checkpoint["optimizer"])
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

groups = [  # (2)!
    {"params": model[0].parameters(), "lr": 0.001},
    {"params": model[2].parameters()},
]
optimizer = torch.optim.Adam(groups)
try:
    optimizer.load_state_dict(checkpoint["optimizer"])
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
