import torch

torch.manual_seed(0)

x = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.Adam([x], lr=0.001)

loss = (100 * x).sum()
loss.backward()
print("x.grad:     ", x.grad)

optimizer.step()
print("x:          ", x)
print("x.tolist(): ", x.tolist())  # (1)!

nearest = torch.tensor([0.999, 1.999]).tolist()  # (2)!
print("float32 of [0.999, 1.999]:", nearest)
assert x.tolist() == nearest
