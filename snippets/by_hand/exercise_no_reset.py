import torch

torch.manual_seed(0)

data = [([1.0, 2.0], 5.0), ([2.0, 1.0], 4.0), ([0.0, 1.0], 2.0), ([1.0, -1.0], -1.0)]
m, n = len(data), 2
alpha = 0.05
X = torch.tensor([x for x, _ in data], dtype=torch.float64)
y = torch.tensor([label for _, label in data], dtype=torch.float64)

w_hand = [0.0] * n
grad = [0.0] * n
for _ in range(3):
    for x, label in data:
        h = sum(x[j] * w_hand[j] for j in range(n))
        for j in range(n):
            grad[j] += (label - h) * x[j]
    for j in range(n):
        w_hand[j] += alpha * grad[j] / m


def torch_loop(zero_grad):
    w = torch.zeros(n, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=alpha)
    for _ in range(3):
        if zero_grad:
            optimizer.zero_grad()
        loss = 0.5 * ((y - X @ w) ** 2).mean()
        loss.backward()
        optimizer.step()
    return w.tolist()


runs = {
    "A  hand-written, grad reset once": w_hand,
    "B  PyTorch, no zero_grad()": torch_loop(zero_grad=False),
    "C  PyTorch, zero_grad() every step": torch_loop(zero_grad=True),
}
for name, w in runs.items():
    print(f"{name + ':':<36}", [round(v, 4) for v in w])
