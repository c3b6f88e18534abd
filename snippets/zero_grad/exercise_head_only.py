import torch

torch.manual_seed(0)

model = torch.nn.Sequential(torch.nn.Linear(3, 3), torch.nn.Linear(3, 1))
optimizer = torch.optim.SGD(model[1].parameters(), lr=0.1)
x, y = torch.randn(4, 3), torch.randn(4, 1)

for _ in range(3):
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()

print("model[0].weight.grad is None:", model[0].weight.grad is None)
print("model[1].weight.grad is None:", model[1].weight.grad is None)
