import random

import torch

torch.manual_seed(0)

rng = random.Random(0)
true_w = [2.0, -1.0, 0.5]
data = []
for _ in range(32):
    x = [rng.uniform(-2.0, 2.0) for _ in true_w]
    label = sum(xj * wj for xj, wj in zip(x, true_w, strict=True)) + rng.gauss(0.0, 0.1)
    data.append((x, label))

X = torch.tensor([x for x, _ in data], dtype=torch.float64)
y = torch.tensor([label for _, label in data], dtype=torch.float64)
alpha = 0.05
w = torch.zeros(len(true_w), dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=alpha)

for step in range(1000):
    optimizer.zero_grad()  # (1)!
    h = X @ w  # (2)!
    loss = 0.5 * ((y - h) ** 2).mean()  # (3)!
    loss.backward()  # (4)!
    optimizer.step()  # (5)!
    if step in (0, 1, 10, 100, 999):
        print(f"step {step:4d}  loss {loss.item():.6f}")

print("w =", "[" + ", ".join(f"{v:.4f}" for v in w.tolist()) + "]")
