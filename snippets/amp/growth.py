import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", growth_interval=3)  # (1)!
x, y = torch.randn(8, 3), torch.randn(8, 1)
bad_steps = {1: float("inf"), 6: float("nan")}

for step in range(1, 9):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    if step in bad_steps:
        model.weight.grad[0, 0] = bad_steps[step]  # (2)!
    scaler.step(optimizer)
    scaler.update()
    kind = bad_steps.get(step, "finite")
    print(f"step {step}: gradient {str(kind):<6} -> scale {scaler.get_scale():.0f}")
