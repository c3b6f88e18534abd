import torch

torch.manual_seed(0)

x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
calls = []


def closure():
    calls.append(1)
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


closure()
print("step() without a closure returns:", optimizer.step())  # (1)!

with torch.no_grad():
    before = torch.nn.functional.mse_loss(model(x), y)
calls.clear()
returned = optimizer.step(closure)  # (2)!
with torch.no_grad():
    after = torch.nn.functional.mse_loss(model(x), y)
print("closure calls inside step(closure):", len(calls))
print(f"loss before {before.item():.4f}, returned {returned.item():.4f}, after {after.item():.4f}")
assert torch.equal(returned, before)
