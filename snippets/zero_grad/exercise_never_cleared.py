import torch

torch.manual_seed(0)

w = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(1, 4):
    loss = 1.0 * w
    loss.backward()
    optimizer.step()
    print(f"step {step}: w.grad = {w.grad.item():.1f}, w = {w.item():.1f}")
