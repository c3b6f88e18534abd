import io

import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(8, 3)).pow(2).mean().backward()
optimizer.step()
buffer = io.BytesIO()
torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, buffer)


def load(**kwargs):
    buffer.seek(0)
    return torch.load(buffer, weights_only=True, **kwargs)


def devices(state):
    return {key: value.device.type for key, value in state.items()}


def train_step(model, optimizer):
    optimizer.zero_grad()
    model(torch.randn(8, 3, device=model.weight.device)).pow(2).mean().backward()
    try:
        optimizer.step()
    except RuntimeError as error:
        return f"RuntimeError: {error}"
    return "ok"


device = torch.device("meta")  # (1)!
checkpoint = load(map_location=device)  # (2)!
print(
    "map_location=device:    weight on",
    checkpoint["model"]["weight"].device.type,
    "| optimizer state",
    devices(checkpoint["optimizer"]["state"][0]),
)

checkpoint = load()
model = nn.Linear(3, 1)
weight = model.weight
model.load_state_dict(checkpoint["model"])
model.to(device)  # (3)!
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
optimizer.load_state_dict(checkpoint["optimizer"])
print(
    "moved, then loaded:     ",
    devices(optimizer.state[model.weight]),
    "| same Parameter object:",
    model.weight is weight,
)
print("  step():", train_step(model, optimizer))

model = nn.Linear(3, 1)
weight = model.weight
model.load_state_dict(checkpoint["model"])
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
optimizer.load_state_dict(checkpoint["optimizer"])
torch.__future__.set_swap_module_params_on_conversion(True)  # (4)!
try:
    model.to(device)  # (5)!
finally:
    torch.__future__.set_swap_module_params_on_conversion(False)
print(
    "loaded, then moved:     ",
    devices(optimizer.state[model.weight]),
    "| same Parameter object:",
    model.weight is weight,
)
print("  step():", train_step(model, optimizer))

optimizer.load_state_dict(optimizer.state_dict())  # (6)!
print("reloaded its own state: ", devices(optimizer.state[model.weight]))
print("  step():", train_step(model, optimizer))
