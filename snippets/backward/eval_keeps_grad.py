import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(p=0.5))
x = torch.randn(8, 4)

model.eval()
out = model(x)
print("model.training:      ", model.training)
print("out.requires_grad:   ", out.requires_grad)
print("out.grad_fn:         ", type(out.grad_fn).__name__)  # (1)!
out.sum().backward()
print("weight.grad is None: ", model[0].weight.grad is None)  # (2)!

model.zero_grad()
with torch.no_grad():  # (3)!
    out = model(x)
print("eval + no_grad:       requires_grad =", out.requires_grad, " grad_fn =", out.grad_fn)

model.train()  # (4)!
print("after model.train(): ", model.training)
