import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)


def one_epoch(optimizer):
    optimizer.zero_grad()
    (w - 1).pow(2).sum().backward()
    optimizer.step()


optimizer = torch.optim.SGD([w], lr=0.1)
by_hand = []
for epoch in range(6):
    for group in optimizer.param_groups:  # (1)!
        group["lr"] = 0.1 * 0.1 ** sum(epoch >= m for m in (2, 4))
    by_hand.append(f"{optimizer.param_groups[0]['lr']:.4g}")
    one_epoch(optimizer)

optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = lr_scheduler.MultiStepLR(optimizer, milestones=[2, 4], gamma=0.1)  # (2)!
with_scheduler = []
for epoch in range(6):
    with_scheduler.append(f"{optimizer.param_groups[0]['lr']:.4g}")
    one_epoch(optimizer)
    scheduler.step()

print("by hand:    ", by_hand)
print("MultiStepLR:", with_scheduler)
print("scheduler.state_dict():")
for key, value in scheduler.state_dict().items():  # (3)!
    print(f"  {key}: {value}")
