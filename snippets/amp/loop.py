import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])

model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cpu")  # (1)!

for step in range(1, 201):
    optimizer.zero_grad()  # (2)!
    with torch.autocast("cpu", dtype=torch.float16):  # (3)!
        loss = nn.functional.mse_loss(model(x), y)
    scale = scaler.get_scale()
    scaler.scale(loss).backward()  # (4)!
    scaler.unscale_(optimizer)  # (5)!
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # (6)!
    scaler.step(optimizer)  # (7)!
    scaler.update()  # (8)!
    if step <= 4 or step in (50, 100, 200):
        print(
            f"step {step:>3}: loss {loss.item():.3f}, "
            f"scale {scale:.0f} -> {scaler.get_scale():.0f}"
        )
