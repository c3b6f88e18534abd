import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1).half()  # (1)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3).half(), torch.randn(8, 1).half()

optimizer.zero_grad()
scaler.scale(nn.functional.mse_loss(model(x), y)).backward()
print("parameter dtype:", model.weight.dtype, "| gradient dtype:", model.weight.grad.dtype)
try:
    scaler.step(optimizer)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
