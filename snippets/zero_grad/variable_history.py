import warnings

import torch
from torch.autograd import Variable

torch.manual_seed(0)

t = torch.randn(2)
v = Variable(t, requires_grad=True)  # (1)!
print("type(Variable(t)):", type(v))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Variable(t, volatile=True)  # (2)!
for w in caught:
    print(f"{w.category.__name__}: {w.message}")

(v * 3).sum().backward()
v.grad = None  # (3)!
print("after v.grad = None:", v.grad)
(v * 3).sum().backward()
v.grad.zero_()  # (4)!
print("after v.grad.zero_():", v.grad)
