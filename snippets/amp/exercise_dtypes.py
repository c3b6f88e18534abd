import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
x, y = torch.randn(8, 4), torch.randn(8, 1)

with torch.autocast("cpu", dtype=torch.float16):
    output = model(x)
    loss = nn.functional.mse_loss(output, y)
loss.backward()

print("output:     ", output.dtype)
print("loss:       ", loss.dtype)
print("weight:     ", model.weight.dtype)
print("weight.grad:", model.weight.grad.dtype)
