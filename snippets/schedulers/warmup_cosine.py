import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

WARMUP, TOTAL = 4, 10

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
warmup = lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=WARMUP)  # (1)!
cosine = lr_scheduler.CosineAnnealingLR(optimizer, T_max=TOTAL - WARMUP)  # (2)!
scheduler = lr_scheduler.SequentialLR(optimizer, [warmup, cosine], milestones=[WARMUP])  # (3)!

for step in range(TOTAL):
    lr = optimizer.param_groups[0]["lr"]
    print(f"batch {step}: lr {lr:.4f}  {'#' * round(lr * 200)}")  # (4)!
    optimizer.zero_grad()
    (w - 1).pow(2).sum().backward()
    optimizer.step()
    scheduler.step()
print(f"after the last step: lr {scheduler.get_last_lr()[0]:.4f}")
