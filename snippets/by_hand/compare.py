import random
import sys

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
X = torch.tensor([x for x, _ in data], dtype=torch.float64)
y = torch.tensor([label for _, label in data], dtype=torch.float64)


def by_hand(alpha, steps):
    w = [0.0] * n
    trajectory = []
    for _ in range(steps):
        grad = [0.0] * n
        for x, label in data:
            h = sum(x[j] * w[j] for j in range(n))
            for j in range(n):
                grad[j] += (label - h) * x[j]
        for j in range(n):
            w[j] += alpha * grad[j] / m
        trajectory.append(list(w))  # (1)!
    return trajectory


def with_torch(alpha, steps):
    w = torch.zeros(n, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=alpha)
    trajectory = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = 0.5 * ((y - X @ w) ** 2).mean()
        loss.backward()
        optimizer.step()
        trajectory.append(w.tolist())
    return trajectory


bound = 2 * sys.float_info.epsilon
for alpha in (1e-4, 0.05):
    hand, auto = by_hand(alpha, 1000), with_torch(alpha, 1000)
    steps = zip(hand, auto, strict=True)
    diff = max(abs(a - b) for wa, wb in steps for a, b in zip(wa, wb, strict=True))  # (2)!
    final = "[" + ", ".join(f"{v:.4f}" for v in hand[-1]) + "]"
    print(
        f"alpha={alpha:g}: {len(hand)} steps, final w {final}, "
        f"max abs difference <= {bound:.2e}: {diff <= bound}"
    )
    assert diff <= bound  # (3)!
