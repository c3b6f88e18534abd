import torch

torch.manual_seed(0)

X = torch.tensor([[1.0, 2.0], [2.0, 1.0], [0.0, 1.0], [1.0, -1.0]], dtype=torch.float64)
y = torch.tensor([5.0, 4.0, 2.0, -1.0], dtype=torch.float64)
w = torch.zeros(2, dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

optimizer.zero_grad()
with torch.no_grad():
    loss = 0.5 * ((y - X @ w) ** 2).mean()
print(f"loss {loss.item():.4f}")
try:
    loss.backward()
    optimizer.step()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print("w:", w.tolist())
