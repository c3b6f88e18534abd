import torch

torch.manual_seed(0)

x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters())

optimizer.zero_grad()
torch.nn.functional.mse_loss(model(x), y).backward()
try:
    optimizer.step()  # (1)!
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
