import inspect

import torch

torch.manual_seed(0)

print("Optimizer.zero_grad", inspect.signature(torch.optim.Optimizer.zero_grad))
print("Module.zero_grad   ", inspect.signature(torch.nn.Module.zero_grad))

w = torch.randn(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

(w**2).sum().backward()
optimizer.zero_grad()  # (1)!
print("default:           w.grad =", w.grad)

(w**2).sum().backward()
before = w.grad
optimizer.zero_grad(set_to_none=False)  # (2)!
print("set_to_none=False: w.grad =", w.grad)
print("same tensor object as before:", w.grad is before)
