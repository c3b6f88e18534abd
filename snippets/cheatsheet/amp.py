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
amp_dtype = torch.float16 if device.type == "cuda" else torch.bfloat16  # (1)!
scaler = torch.amp.GradScaler(device.type, enabled=amp_dtype == torch.float16)  # (2)!
print(f"device {device.type}, autocast {amp_dtype}, GradScaler enabled: {scaler.is_enabled()}")

for epoch in range(3):
    model.train()
    total = 0.0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # (3)!
        with torch.autocast(device_type=device.type, dtype=amp_dtype):  # (4)!
            loss = loss_fn(model(xb), yb)
        scaler.scale(loss).backward()  # (5)!
        scaler.unscale_(optimizer)  # (6)!
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        scaler.step(optimizer)  # (7)!
        scaler.update()  # (8)!
        total += loss.item()
    print(f"epoch {epoch}: loss {total / len(loader):.2f}")
