import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cpu", growth_interval=2)
calls = []
optimizer.register_step_pre_hook(lambda opt, args, kwargs: calls.append(1))
x, y = torch.randn(6, 8, 4), torch.randn(6, 8, 1)

for step in range(6):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = nn.functional.mse_loss(model(x[step]), y[step])
    scaler.scale(loss).backward()
    scaler.step(optimizer)
    scaler.update()

print("steps: 6 | optimizer.step() ran:", len(calls))
print("scale after 6 steps:", scaler.get_scale())
