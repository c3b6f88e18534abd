import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

x = torch.randn(20, 3)
y = x.sum(dim=1, keepdim=True)
loader = DataLoader(TensorDataset(x, y), batch_size=2)
k = 4

model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
stepped_after = []
for i, (xb, yb) in enumerate(loader):
    (torch.nn.functional.mse_loss(model(xb), yb) / k).backward()
    if (i + 1) % k == 0:
        optimizer.step()
        optimizer.zero_grad()
        stepped_after.append(i)

print("mini-batches:", len(loader))
print("optimizer.step() after mini-batches:", stepped_after)
print("gradient left in .grad after the loop:", model.weight.grad is not None)
