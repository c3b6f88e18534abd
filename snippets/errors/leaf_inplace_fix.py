import torch

torch.manual_seed(0)

x = torch.randn(16, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
w = torch.zeros(3, 1, requires_grad=True)

for step in range(3):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():  # (1)!
        w -= 0.1 * w.grad
    w.grad = None  # (2)!
    print(f"step {step}: loss {loss.item():.4f}, w.is_leaf {w.is_leaf}")
