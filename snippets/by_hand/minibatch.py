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
batches = list(zip(X.split(8), y.split(8), strict=True))  # (1)!
w = torch.zeros(len(true_w), dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.05)

updates = 0
for epoch in range(2):
    for xb, yb in batches:
        optimizer.zero_grad()  # (2)!
        loss = 0.5 * ((yb - xb @ w) ** 2).mean()
        loss.backward()
        optimizer.step()
        updates += 1
        print(
            f"epoch {epoch}  update {updates}  batch loss {loss.item():.4f}  "
            f"w[0] {w[0].item():.4f}"
        )

assert updates == 2 * len(batches)  # (3)!
print(f"{len(batches)} mini-batches x 2 epochs = {updates} updates")
