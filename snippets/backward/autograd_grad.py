import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True)

(w**2).sum().backward()
(w**2).sum().backward()
print("two backward() calls: w.grad =", w.grad)  # (1)!

(g,) = torch.autograd.grad((w**2).sum(), w)  # (2)!
print("torch.autograd.grad returns:  ", g)
print("w.grad afterwards:            ", w.grad)
