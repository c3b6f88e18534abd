import torch

torch.manual_seed(0)

X = torch.randn(12, 2, dtype=torch.float64)
y = torch.randn(12, dtype=torch.float64)
w = torch.zeros(2, dtype=torch.float64, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.05)

backward_calls = updates = 0
for epoch in range(2):
    optimizer.zero_grad()
    for xb, yb in zip(X.split(4), y.split(4), strict=True):
        loss = 0.5 * ((yb - xb @ w) ** 2).mean()
        loss.backward()
        backward_calls += 1
    before = w.detach().clone()
    optimizer.step()
    if not torch.equal(before, w):
        updates += 1

print("backward() calls:", backward_calls)
print("times w changed: ", updates)
