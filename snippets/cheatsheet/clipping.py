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
step = 0

for epoch in range(3):
    model.train()
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # (1)!
        loss = loss_fn(model(xb), yb)
        loss.backward()  # (2)!
        norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=5.0)  # (3)!
        optimizer.step()  # (4)!
        if step % 6 == 0:
            clipped = nn.utils.get_total_norm([p.grad for p in model.parameters()])  # (5)!
            print(
                f"step {step:2d}: loss {loss.item():.4f}, "
                f"grad norm {norm.item():.4f} -> {clipped.item():.4f}"
            )
        step += 1
