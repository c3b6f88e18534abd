import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cpu")
calls = []
optimizer.register_step_pre_hook(lambda opt, args, kwargs: calls.append(1))  # (1)!

optimizer.zero_grad()
with torch.autocast("cpu", dtype=torch.float16):
    loss = nn.functional.mse_loss(model(x), y)
scaler.scale(loss).backward()
grads = [p.grad for p in model.parameters()]
bad = sum((~g.isfinite()).sum().item() for g in grads)  # (2)!
print(f"non-finite gradient elements: {bad} of {sum(g.numel() for g in grads)}")

before = [p.detach().clone() for p in model.parameters()]
print("scale before:", scaler.get_scale())
scaler.step(optimizer)  # (3)!
print("optimizer.step() calls:", len(calls))
print(
    "parameters unchanged:",
    all(torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True)),
)
scaler.update()  # (4)!
print("scale after update():", scaler.get_scale())
