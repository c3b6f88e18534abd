import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cpu")

for step in range(4):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    scaler.step(optimizer)
    scaler.update()

checkpoint = {"scaler": scaler.state_dict()}  # (1)!
print("scaler.state_dict():", checkpoint["scaler"])

resumed = torch.amp.GradScaler("cpu")
print("a new GradScaler starts at:", resumed.get_scale())  # (2)!
resumed.load_state_dict(checkpoint["scaler"])
print("after load_state_dict():", resumed.get_scale(),
      "| same state:", resumed.state_dict() == checkpoint["scaler"])
