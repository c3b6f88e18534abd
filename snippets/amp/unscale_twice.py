import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3), torch.randn(8, 1)

optimizer.zero_grad()
with torch.autocast("cpu", dtype=torch.float16):
    loss = nn.functional.mse_loss(model(x), y)
scaler.scale(loss).backward()
scaler.unscale_(optimizer)
unscaled = model.weight.grad.clone()
try:
    scaler.unscale_(optimizer)  # (1)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

scaler.step(optimizer)  # (2)!
scaler.update()
print("gradients:", [round(g, 4) for g in model.weight.grad.flatten().tolist()])
print("unscaled only once:", torch.equal(model.weight.grad, unscaled))
