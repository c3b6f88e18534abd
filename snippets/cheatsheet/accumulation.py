import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

x = torch.randn(256, 8)
y = x @ torch.randn(8, 1) + 0.1 * torch.randn(256, 1)
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)

model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
k = 3

for epoch in range(4):
    model.train()
    total, updates = 0.0, 0
    for i, (xb, yb) in enumerate(loader):
        xb, yb = xb.to(device), yb.to(device)
        group = min(k, len(loader) - i // k * k)  # (1)!
        loss = loss_fn(model(xb), yb)
        (loss / group).backward()  # (2)!
        if (i + 1) % k == 0 or i + 1 == len(loader):  # (3)!
            optimizer.step()  # (4)!
            optimizer.zero_grad()  # (5)!
            updates += 1
        total += loss.item()
    print(
        f"epoch {epoch}: {len(loader)} batches, {updates} updates, loss {total / len(loader):.4f}"
    )
