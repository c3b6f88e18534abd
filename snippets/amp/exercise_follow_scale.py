import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0, growth_interval=2)
calls = []
optimizer.register_step_pre_hook(lambda opt, args, kwargs: calls.append(1))

x, y = torch.randn(6, 8, 4), torch.randn(6, 8, 1)
x[3, 0, 0] = 70000.0

for step in range(6):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x[step]), y[step])
    scaler.scale(loss).backward()
    scale, before = scaler.get_scale(), len(calls)
    scaler.step(optimizer)
    scaler.update()
    print(
        f"step {step + 1}: scale {scale:.0f} -> {scaler.get_scale():.0f}, "
        f"optimizer.step() ran: {len(calls) > before}"
    )
