import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.Linear(4, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def train_step():
    optimizer.zero_grad(set_to_none=False)
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()


train_step()
model[0].requires_grad_(False)
before = model[0].weight.detach().clone()
for _ in range(3):
    train_step()

grad = model[0].weight.grad
print("first layer's .grad:", "None" if grad is None else f"all zeros: {not grad.any()}")
print("first layer moved after freezing:", not torch.equal(model[0].weight, before))
