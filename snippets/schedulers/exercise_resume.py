import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)


def build():
    w = torch.zeros(2, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = lr_scheduler.MultiStepLR(optimizer, milestones=[3], gamma=0.1)
    return w, optimizer, scheduler


def train_epoch(w, optimizer, scheduler):
    lr = optimizer.param_groups[0]["lr"]
    optimizer.zero_grad()
    w.sum().backward()
    optimizer.step()
    scheduler.step()
    return round(lr, 4)


w, optimizer, scheduler = build()
uninterrupted = [train_epoch(w, optimizer, scheduler) for epoch in range(6)]

w, optimizer, scheduler = build()
resumed = [train_epoch(w, optimizer, scheduler) for epoch in range(2)]
checkpoint = {"w": w.detach().clone(), "optimizer": optimizer.state_dict(), "epoch": 2}

w, optimizer, scheduler = build()
with torch.no_grad():
    w.copy_(checkpoint["w"])
optimizer.load_state_dict(checkpoint["optimizer"])
resumed += [train_epoch(w, optimizer, scheduler) for epoch in range(checkpoint["epoch"], 6)]
print("lr per epoch, uninterrupted:", uninterrupted)
print("lr per epoch, resumed:      ", resumed)
