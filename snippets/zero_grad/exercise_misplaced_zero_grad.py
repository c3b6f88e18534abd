import torch

torch.manual_seed(0)

w = torch.tensor([1.0, -1.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

print("before the loop: w =", w.detach())
for iteration in range(1, 4):
    loss = (w**2).sum()
    loss.backward()
    optimizer.zero_grad()
    optimizer.step()
    print(f"after iteration {iteration}: w = {w.detach()}")
