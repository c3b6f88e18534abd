import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

x = torch.randn(256, 8)
y = x @ torch.randn(8, 1) + 0.1 * torch.randn(256, 1)
loader = DataLoader(TensorDataset(x, y), batch_size=32, shuffle=True)

model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
epochs = 4
built_with = optimizer.param_groups[0]["momentum"]
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer,
    max_lr=0.05,
    epochs=epochs,
    steps_per_epoch=len(loader),  # (1)!
)
print(
    f"momentum: {built_with} when SGD is built, "
    f"{optimizer.param_groups[0]['momentum']} once OneCycleLR is built"  # (2)!
)

for epoch in range(epochs):
    model.train()
    total, lrs, momenta = 0.0, [], []
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # (3)!
        loss = loss_fn(model(xb), yb)
        loss.backward()  # (4)!
        optimizer.step()  # (5)!
        total += loss.item()
        lrs.append(scheduler.get_last_lr()[0])
        momenta.append(optimizer.param_groups[0]["momentum"])
        scheduler.step()  # (6)!
    print(
        f"epoch {epoch}: lr {lrs[0]:.2e} -> {lrs[-1]:.2e}, "
        f"momentum {momenta[0]:.3f} -> {momenta[-1]:.3f}, loss {total / len(loader):.4f}"
    )

assert scheduler.last_epoch == scheduler.total_steps == epochs * len(loader)  # (7)!
print(f"scheduler steps: {scheduler.last_epoch} of {scheduler.total_steps}")
