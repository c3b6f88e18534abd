import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cpu", growth_interval=5)  # (1)!

for step in range(1, 17):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    before = [p.detach().clone() for p in model.parameters()]
    scale = scaler.get_scale()
    scaler.step(optimizer)
    scaler.update()
    pairs = zip(before, model.parameters(), strict=True)
    moved = not all(torch.equal(b, p) for b, p in pairs)  # (2)!
    print(
        f"step {step:>2}: scale {scale:>5.0f} -> {scaler.get_scale():>5.0f}, "
        f"update {'applied' if moved else 'skipped'}"
    )
