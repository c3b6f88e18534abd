import torch

torch.manual_seed(0)

w = torch.tensor([1.0, -2.0], requires_grad=True)
w.grad = torch.zeros_like(w)
optimizer = torch.optim.SGD([w], lr=0.1)

for step in range(1, 4):
    try:
        w.grad += 0.1 * w.detach().sign()
    except TypeError as e:
        print(f"step {step}: {type(e).__name__}: {e}")
        break
    (w**2).sum().backward()
    optimizer.step()
    optimizer.zero_grad()
    print(f"step {step}: w = {w.detach()}")
