import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1).half()  # (1)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3), torch.randn(8, 1)

with torch.autocast("cpu", dtype=torch.float16):
    loss = nn.functional.mse_loss(model(x), y)
scaler.scale(loss).backward()
print("weight .grad dtype:", model.weight.grad.dtype)
try:
    scaler.step(optimizer)  # (2)!
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
