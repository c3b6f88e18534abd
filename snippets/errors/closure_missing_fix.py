import torch

torch.manual_seed(0)

x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters())


def closure():  # (1)!
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


for step in range(2):
    loss = optimizer.step(closure)  # (2)!
    print(f"step {step}: loss before the step {loss.item():.3g}")
