import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(2, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
warmup = lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=4)
decay = lr_scheduler.ExponentialLR(optimizer, gamma=0.8)
scheduler = lr_scheduler.ChainedScheduler([warmup, decay])
used = []
for step in range(8):
    used.append(optimizer.param_groups[0]["lr"])
    optimizer.zero_grad()
    w.sum().backward()
    optimizer.step()
    scheduler.step()
print("lr used:", [round(lr, 4) for lr in used])
print("highest lr:", round(max(used), 4))
