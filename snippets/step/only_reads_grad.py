import torch

torch.manual_seed(0)

w = torch.nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
frozen = torch.nn.Parameter(torch.tensor([5.0, 5.0]))
optimizer = torch.optim.SGD([w, frozen], lr=0.25)

before = w.detach().clone()
w.grad = torch.tensor([4.0, -2.0, 1.0])  # (1)!
print("w.grad      =", w.grad)
print("frozen.grad =", frozen.grad)

optimizer.step()  # (2)!
print("w      after step:", w.detach())
print("frozen after step:", frozen.detach())

assert torch.equal(w.detach(), before - 0.25 * w.grad)  # (3)!
assert torch.equal(frozen.detach(), torch.tensor([5.0, 5.0]))
print("w moved by exactly -lr * grad:", torch.equal(w.detach() - before, -0.25 * w.grad))
