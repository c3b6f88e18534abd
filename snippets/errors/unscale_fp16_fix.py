import torch
from torch import nn

torch.manual_seed(0)

model = nn.Linear(3, 1)  # (1)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
x, y = torch.randn(8, 3), torch.randn(8, 1)

optimizer.zero_grad()
with torch.autocast("cpu", dtype=torch.float16):  # (2)!
    output = model(x)
    loss = nn.functional.mse_loss(output, y)
scaler.scale(loss).backward()
print(
    "output dtype:",
    output.dtype,
    "| parameter dtype:",
    model.weight.dtype,
    "| gradient dtype:",
    model.weight.grad.dtype,
)
scale = scaler.get_scale()
scaler.step(optimizer)
scaler.update()
print("scale before the step:", scale, "| after update():", scaler.get_scale())
