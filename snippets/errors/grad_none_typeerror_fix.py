import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
nn.functional.mse_loss(model(x), y).backward()
optimizer.step()

params = list(model.parameters())
grads = torch.autograd.grad(nn.functional.mse_loss(model(x), y), params)

optimizer.zero_grad(set_to_none=False)  # (1)!
for p, g in zip(params, grads, strict=True):
    p.grad += g
kept = model.weight.grad.clone()
print("zero_grad(set_to_none=False), p.grad += g:", kept)

optimizer.zero_grad()
for p, g in zip(params, grads, strict=True):
    if p.grad is None:  # (2)!
        p.grad = g.clone()
    else:
        p.grad += g
print("zero_grad(), then a None check:           ", model.weight.grad)
print("same gradient:", torch.equal(model.weight.grad, kept))
