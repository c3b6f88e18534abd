import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

x = torch.randn(40, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
loader = DataLoader(TensorDataset(x, y), batch_size=4)
k = 4

model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
loss_fn = torch.nn.MSELoss()
print(f"{len(loader)} mini-batches, k = {k}")

optimizer.zero_grad()
group = []
for i, (xb, yb) in enumerate(loader):
    group_size = min(k, len(loader) - i // k * k)  # (1)!
    loss = loss_fn(model(xb), yb) / group_size
    loss.backward()
    group.append(i)
    if (i + 1) % k == 0 or i + 1 == len(loader):  # (2)!
        lr = optimizer.param_groups[0]["lr"]
        optimizer.step()
        optimizer.zero_grad()
        scheduler.step()  # (3)!
        print(f"update {scheduler.last_epoch}: mini-batches {group}, loss / {group_size}, lr {lr}")
        group = []

assert scheduler.last_epoch == 3  # (4)!
assert all(p.grad is None for p in model.parameters())
