import torch

torch.manual_seed(0)

x = torch.tensor([1.0, 1.0], requires_grad=True)
optimizer = torch.optim.Adam([x], lr=0.001)

loss = (200 * x).sum()
loss.backward()
print("first backward: ", x.grad)

optimizer.step()
print("after step:     ", x)

loss = (100 * x).sum()
loss.backward()  # (1)!
print("second backward:", x.grad)
