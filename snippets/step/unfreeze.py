import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR

torch.manual_seed(0)

x, y = torch.randn(32, 4), torch.randn(32, 2)


def train(route):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    backbone, head = model[0], model[2]
    backbone.requires_grad_(False)
    if route == "group from the start":
        optimizer = torch.optim.SGD(
            [{"params": backbone.parameters(), "lr": 0.01}, {"params": head.parameters()}],
            lr=0.1,
            momentum=0.9,
        )  # (1)!
    else:
        optimizer = torch.optim.SGD(head.parameters(), lr=0.1, momentum=0.9)
    scheduler = CosineAnnealingLR(optimizer, T_max=6)
    print(route)
    for epoch in range(6):
        if epoch == 3:
            backbone.requires_grad_(True)  # (2)!
            if route == "add_param_group":
                optimizer.add_param_group({"params": backbone.parameters(), "lr": 0.01})  # (3)!
                has_initial_lr = ["initial_lr" in group for group in optimizer.param_groups]
                print(
                    f"  unfrozen: initial_lr in each group {has_initial_lr}, "
                    f"scheduler.base_lrs {scheduler.base_lrs}"  # (4)!
                )
        before = backbone.weight.detach().clone()
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
        moved = (backbone.weight - before).abs().max().item()
        lrs = ", ".join(f"{group['lr']:.4f}" for group in optimizer.param_groups)
        print(f"  epoch {epoch}: lr [{lrs}], backbone moved {moved:.4f}")
        scheduler.step()


train("group from the start")
train("add_param_group")
