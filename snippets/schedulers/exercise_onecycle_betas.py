import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(2, requires_grad=True)
optimizer = torch.optim.AdamW([w], lr=0.1, betas=(0.9, 0.99))
scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=10)
for step in range(3):
    lr = optimizer.param_groups[0]["lr"]
    betas = tuple(round(beta, 4) for beta in optimizer.param_groups[0]["betas"])
    optimizer.zero_grad()
    w.sum().backward()
    optimizer.step()
    scheduler.step()
    print(f"update {step}: lr {lr:.4f}, betas {betas}")
