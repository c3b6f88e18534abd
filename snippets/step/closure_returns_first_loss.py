import torch

torch.manual_seed(0)

x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters(), lr=1.0, max_iter=5)
losses = []


def closure():
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    losses.append(loss.item())  # (1)!
    return loss


returned = optimizer.step(closure).item()
with torch.no_grad():
    after = torch.nn.functional.mse_loss(model(x), y).item()  # (2)!

print("closure calls during one step:", len(losses))
print("loss of each call:", [round(v, 4) for v in losses])
print(f"step(closure) returned: {returned:.4f}")
print(f"loss after the step:    {after:.4f}")
assert returned == losses[0]  # (3)!
