import torch

torch.manual_seed(0)

x = torch.tensor([1.0, 1.0], requires_grad=True)
optimizer = torch.optim.Adam([x], lr=0.001)

loss = (200 * x).sum()
loss.backward()
optimizer.step()

optimizer.zero_grad()  # (1)!
print("after zero_grad:", x.grad)

loss = (100 * x).sum()
loss.backward()
print("second backward:", x.grad)
