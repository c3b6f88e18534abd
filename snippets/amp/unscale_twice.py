import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")

optimizer.zero_grad()
with torch.autocast("cpu", dtype=torch.bfloat16):
    loss = model(torch.randn(4, 3)).pow(2).mean()
scaler.scale(loss).backward()
scaler.unscale_(optimizer)
unscaled = model.weight.grad.clone()
try:
    scaler.unscale_(optimizer)  # (1)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

scaler.step(optimizer)  # (2)!
scaler.update()
print("gradients unscaled only once:", torch.equal(model.weight.grad, unscaled))
