import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
nn.functional.mse_loss(model(x), y).backward()  # (1)!
optimizer.step()

params = list(model.parameters())
grads = torch.autograd.grad(nn.functional.mse_loss(model(x), y), params)
optimizer.zero_grad()  # (2)!
print("after zero_grad(): weight.grad =", model.weight.grad)
for code in ["p.grad += g", "p.grad.add_(g)"]:
    try:
        for p, g in zip(params, grads, strict=True):
            if code == "p.grad += g":
                p.grad += g  # (3)!
            else:
                p.grad.add_(g)
    except (TypeError, AttributeError) as e:
        print(f"{code:<15} {type(e).__name__}: {e}")
