import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=8)  # (1)!

print(f"before any step:  lr {optimizer.param_groups[0]['lr']:.7f}")
for call in range(1, 11):
    optimizer.zero_grad()
    (w - 1).pow(2).sum().backward()
    optimizer.step()
    try:
        scheduler.step()  # (2)!
    except ValueError as e:
        print(f"call {call:>2}: {type(e).__name__}: {e}")
        break
    print(f"call {call:>2}:          lr {scheduler.get_last_lr()[0]:.7f}")
