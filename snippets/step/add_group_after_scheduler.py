import torch
from torch.optim.lr_scheduler import LambdaLR, LinearLR

torch.manual_seed(0)


def halving(optimizer):
    return LambdaLR(optimizer, lambda step: 0.5**step)


def warm_up(optimizer):
    return LinearLR(optimizer, start_factor=0.1, total_iters=5)


def run(make_scheduler, add_before):
    backbone = torch.nn.Parameter(torch.zeros(2))
    head = torch.nn.Parameter(torch.zeros(2))
    optimizer = torch.optim.SGD([backbone], lr=0.1)
    if add_before:
        optimizer.add_param_group({"params": [head], "lr": 0.01})
    scheduler = make_scheduler(optimizer)
    if not add_before:
        optimizer.add_param_group({"params": [head], "lr": 0.01})  # (1)!
    backbone.grad, head.grad = torch.ones(2), torch.ones(2)
    optimizer.step()
    when = "before" if add_before else "after"
    label = f"{type(scheduler).__name__}, head group added {when}:".ljust(35)
    try:
        scheduler.step()
    except ValueError as e:
        print(f"{label}ValueError: {e}")
        return
    lrs = ", ".join(f"{group['lr']:.4g}" for group in optimizer.param_groups)
    print(f"{label}lr after one step [{lrs}]")  # (2)!


for make_scheduler in (halving, warm_up):
    run(make_scheduler, add_before=False)
    run(make_scheduler, add_before=True)
