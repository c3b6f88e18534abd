import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

x = torch.randn(320, 8)
y = x @ torch.randn(8, 1) + 0.1 * torch.randn(320, 1)
train_loader = DataLoader(TensorDataset(x[:256], y[:256]), batch_size=32, shuffle=True)
val_loader = DataLoader(TensorDataset(x[256:], y[256:]), batch_size=32)

model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

for epoch in range(3):
    model.train()  # (1)!
    train_loss = 0.0
    for xb, yb in train_loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # (2)!
        loss = loss_fn(model(xb), yb)
        loss.backward()  # (3)!
        optimizer.step()  # (4)!
        train_loss += loss.item()

    model.eval()  # (5)!
    val_loss = 0.0
    with torch.no_grad():  # (6)!
        for xb, yb in val_loader:
            xb, yb = xb.to(device), yb.to(device)
            val_loss += loss_fn(model(xb), yb).item()
    print(
        f"epoch {epoch}: train {train_loss / len(train_loader):.4f}, "
        f"val {val_loss / len(val_loader):.4f}"
    )
