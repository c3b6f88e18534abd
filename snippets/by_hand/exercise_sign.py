data = [([1.0, 2.0], 5.0), ([2.0, 1.0], 4.0), ([0.0, 1.0], 2.0), ([1.0, -1.0], -1.0)]
m, n = len(data), 2
alpha = 0.1
w = [0.0] * n

for step in range(4):
    grad = [0.0] * n
    loss = 0.0
    for x, label in data:
        h = sum(x[j] * w[j] for j in range(n))
        loss += 0.5 * (label - h) ** 2 / m
        for j in range(n):
            grad[j] += (label - h) * x[j]
    for j in range(n):
        w[j] -= alpha * grad[j] / m
    print(f"step {step}  loss {loss:.4f}")
