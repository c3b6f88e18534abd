import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def try_backward(label, loss):
    grad_fn = loss.grad_fn and loss.grad_fn.name()
    print(f"{label}: requires_grad={loss.requires_grad}, grad_fn={grad_fn}")
    try:
        loss.backward()
    except RuntimeError as e:
        print(f"  {type(e).__name__}: {e}")


with torch.no_grad():  # (1)!
    loss = nn.functional.mse_loss(model(x), y)
try_backward("forward under torch.no_grad()", loss)

model.requires_grad_(False)  # (2)!
try_backward("every parameter frozen", nn.functional.mse_loss(model(x), y))
