import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cpu")
k = 4

for update in range(1, 5):
    optimizer.zero_grad()
    for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):  # (1)!
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(xb), yb)
        scaler.scale(loss / k).backward()  # (2)!
    scale = scaler.get_scale()
    scaler.unscale_(optimizer)  # (3)!
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)
    scaler.update()
    print(f"update {update}: {k} backward passes, scale {scale:.0f} -> {scaler.get_scale():.0f}")


def call_after_each_mini_batch(label, call):
    optimizer.zero_grad()
    for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(xb), yb)
        scaler.scale(loss / k).backward()
        try:
            call()  # (4)!
        except (AssertionError, RuntimeError) as e:
            print(f"{label} after each mini-batch: {type(e).__name__}: {e}")
            return


call_after_each_mini_batch("update()", scaler.update)
call_after_each_mini_batch("unscale_()", lambda: scaler.unscale_(optimizer))
