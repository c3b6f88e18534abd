import torch

torch.manual_seed(0)

data = [([1.0, 2.0], 5.0), ([2.0, 1.0], 4.0), ([0.0, 1.0], 2.0), ([1.0, -1.0], -1.0)]
m, n = len(data), 2
alpha = 0.1

w_hand = [0.0] * n
grad = [0.0] * n
for x, label in data:
    h = sum(x[j] * w_hand[j] for j in range(n))
    for j in range(n):
        grad[j] += (label - h) * x[j]
for j in range(n):
    w_hand[j] += alpha * grad[j] / m

X = torch.tensor([x for x, _ in data], dtype=torch.float64)
y = torch.tensor([label for _, label in data], dtype=torch.float64)
w = torch.zeros(n, dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=alpha)
optimizer.zero_grad()
loss = 0.5 * ((y - X @ w) ** 2).sum()
loss.backward()
optimizer.step()

print("hand-written w after one step:", [round(v, 4) for v in w_hand])
print("PyTorch w after one step:     ", [round(v, 4) for v in w.tolist()])
