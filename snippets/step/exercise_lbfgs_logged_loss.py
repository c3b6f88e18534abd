import torch

torch.manual_seed(0)

x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters(), max_iter=3)
calls = []


def closure():
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    calls.append(loss.item())
    return loss


for step in range(3):
    calls.clear()
    logged = optimizer.step(closure).item()
    with torch.no_grad():
        after = torch.nn.functional.mse_loss(model(x), y).item()
    print(f"step {step}: closure calls {len(calls)}, logged {logged:.4f}, after {after:.4f}")
