import torch

torch.manual_seed(0)

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
x = torch.tensor([1.0, -1.0], requires_grad=True)

y = A @ x  # (1)!
y.backward(gradient=torch.ones_like(y))  # (2)!
print("gradient=ones:       x.grad =", x.grad)
x.grad = None
(A @ x).sum().backward()
print("y.sum().backward():  x.grad =", x.grad)

v = torch.tensor([1.0, 0.0, 10.0])
x.grad = None
(A @ x).backward(gradient=v)  # (3)!
print("gradient=v:          x.grad =", x.grad)

J = torch.autograd.functional.jacobian(lambda t: A @ t, x.detach())
print("v @ J:                      ", v @ J)  # (4)!
x.grad = None
((A @ x) * v).sum().backward()
print("(y * v).sum().backward():   ", x.grad)
