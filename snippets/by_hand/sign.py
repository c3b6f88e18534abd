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
m, n = len(data), len(true_w)
alpha = 0.05


def show(name, values):
    print(f"{name:<22}", "[" + ", ".join(f"{v:+.4f}" for v in values) + "]")


w_hand = [0.0] * n
grad = [0.0] * n
for x, label in data:
    h = sum(x[j] * w_hand[j] for j in range(n))
    for j in range(n):
        grad[j] += (label - h) * x[j]
show("hand: grad / m", [g / m for g in grad])  # (1)!

X = torch.tensor([x for x, _ in data], dtype=torch.float64)
y = torch.tensor([label for _, label in data], dtype=torch.float64)
w = torch.zeros(n, dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=alpha)
loss = 0.5 * ((y - X @ w) ** 2).mean()
loss.backward()
show("torch: w.grad", w.grad.tolist())  # (2)!

for j in range(n):
    w_hand[j] += alpha * grad[j] / m  # (3)!
optimizer.step()  # (4)!
show("hand: w after update", w_hand)
show("torch: w after step", w.tolist())

assert all(abs(g / m + t) < 1e-12 for g, t in zip(grad, w.grad.tolist(), strict=True))
assert all(abs(a - b) < 1e-12 for a, b in zip(w_hand, w.tolist(), strict=True))
