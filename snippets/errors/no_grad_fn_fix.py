import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

loss = nn.functional.mse_loss(model(x), y)  # (1)!
print(f"requires_grad={loss.requires_grad}, grad_fn={loss.grad_fn and loss.grad_fn.name()}")
loss.backward()
print("model.weight.grad:", model.weight.grad)
