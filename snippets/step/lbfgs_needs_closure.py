import inspect

import torch

torch.manual_seed(0)

print("SGD.step  ", inspect.signature(torch.optim.SGD.step))
print("Adam.step ", inspect.signature(torch.optim.Adam.step))
print("LBFGS.step", inspect.signature(torch.optim.LBFGS.step))  # (1)!

x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters())

try:
    optimizer.step()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")


def closure():  # (2)!
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


loss = optimizer.step(closure)
print(f"with a closure: step returned {loss!r}")
