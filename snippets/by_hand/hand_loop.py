import random

rng = random.Random(0)
true_w = [2.0, -1.0, 0.5]
data = []
for _ in range(32):
    x = [rng.uniform(-2.0, 2.0) for _ in true_w]
    label = sum(xj * wj for xj, wj in zip(x, true_w, strict=True)) + rng.gauss(0.0, 0.1)
    data.append((x, label))

m, n = len(data), len(true_w)
alpha = 0.05
w = [0.0] * n

for step in range(1000):
    grad = [0.0] * n  # (1)!
    loss = 0.0
    for x, label in data:
        h = sum(x[j] * w[j] for j in range(n))  # (2)!
        loss += 0.5 * (label - h) ** 2 / m  # (3)!
        for j in range(n):
            grad[j] += (label - h) * x[j]  # (4)!
    for j in range(n):
        w[j] += alpha * grad[j] / m  # (5)!
    if step in (0, 1, 10, 100, 999):
        print(f"step {step:4d}  loss {loss:.6f}")

print("w =", "[" + ", ".join(f"{v:.4f}" for v in w) + "]")
