import torch
from torch import nn

torch.manual_seed(0)

for dtype in (torch.float16, torch.bfloat16):
    tiny = torch.tensor(1e-8).to(dtype).item()
    print(f"{str(dtype):<15} max {torch.finfo(dtype).max:.2e}, 1e-8 is stored as {tiny:.2e}")


def train(scaler_enabled):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scaler = torch.amp.GradScaler("cpu", enabled=scaler_enabled)
    x, y = torch.randn(64, 8), torch.randn(64, 1)
    for _ in range(20):
        optimizer.zero_grad()
        with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
            loss = nn.functional.mse_loss(model(x), y)
        scaler.scale(loss).backward()
        scaler.unscale_(optimizer)
        scaler.step(optimizer)
        scaler.update()
    return [p.detach().clone() for p in model.parameters()], scaler.get_scale()


with_scaler, scale = train(True)
without_scaler, no_scale = train(False)
print(f"scale: enabled {scale:.0f}, disabled {no_scale:.0f}")
print("same parameters after 20 steps:", all(map(torch.equal, with_scaler, without_scaler)))
