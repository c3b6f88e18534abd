import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
x = torch.randn(4, 3)
calls = []
model.register_forward_hook(lambda module, args, output: calls.append(output.shape))  # (1)!

out_call = model(x)
print("after model(x):        hook calls =", len(calls))
out_forward = model.forward(x)  # (2)!
print("after model.forward(x): hook calls =", len(calls))
print("same output:", torch.equal(out_call, out_forward))
