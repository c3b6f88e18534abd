import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3), torch.randn(8, 1)

optimizer.zero_grad()
with torch.autocast("cpu", dtype=torch.bfloat16):
    loss = nn.functional.mse_loss(model(x), y)
scaler.scale(loss).backward()
model.weight.grad[0, 1] = float("inf")  # (1)!

before = [p.detach().clone() for p in model.parameters()]
print("scale before:", scaler.get_scale())
scaler.step(optimizer)  # (2)!
print("parameters unchanged:", all(torch.equal(b, p) for b, p in zip(before, model.parameters())))
scaler.update()  # (3)!
print("scale after update():", scaler.get_scale())
