import torch
from torch.optim.lr_scheduler import LinearLR

torch.manual_seed(0)

backbone = torch.nn.Parameter(torch.zeros(2))
head = torch.nn.Parameter(torch.zeros(2))
optimizer = torch.optim.SGD([backbone], lr=0.01)
scheduler = LinearLR(optimizer, start_factor=0.5, total_iters=2)
optimizer.add_param_group({"params": [head], "lr": 0.1})

for epoch in range(3):
    backbone.grad, head.grad = torch.ones(2), torch.ones(2)
    optimizer.step()
    scheduler.step()

lrs = [group["lr"] for group in optimizer.param_groups]
print(f"lr after 3 epochs: backbone {lrs[0]:.4g}, head {lrs[1]:.4g}")
