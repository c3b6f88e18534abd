import warnings

import torch
from torch.optim import lr_scheduler as sched

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
makers = {  # (1)!
    "StepLR": lambda opt: sched.StepLR(opt, step_size=2),
    "MultiStepLR": lambda opt: sched.MultiStepLR(opt, milestones=[1, 2]),
    "ConstantLR": lambda opt: sched.ConstantLR(opt, total_iters=4),
    "LinearLR": lambda opt: sched.LinearLR(opt, total_iters=4),
    "ExponentialLR": lambda opt: sched.ExponentialLR(opt, gamma=0.5),
    "PolynomialLR": lambda opt: sched.PolynomialLR(opt, total_iters=4),
    "CosineAnnealingLR": lambda opt: sched.CosineAnnealingLR(opt, T_max=4),
    "LambdaLR": lambda opt: sched.LambdaLR(opt, lambda epoch: 0.5**epoch),
    "MultiplicativeLR": lambda opt: sched.MultiplicativeLR(opt, lambda epoch: 0.5),
    "CyclicLR": lambda opt: sched.CyclicLR(opt, 0.01, 0.1, step_size_up=4),
    "OneCycleLR": lambda opt: sched.OneCycleLR(opt, 0.1, total_steps=8),
    "CosineAnnealingWarmRestarts": lambda opt: sched.CosineAnnealingWarmRestarts(opt, T_0=4),
}

print(f"{'scheduler':<28} {'closed form':<12} lr after step(2), step(2), step(2)")
for name, make in makers.items():
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
    scheduler = make(optimizer)
    closed = hasattr(scheduler, "_get_closed_form_lr")  # (2)!
    lrs = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            optimizer.step()
            scheduler.step(2)  # (3)!
            lrs.append(round(optimizer.param_groups[0]["lr"], 6))
    print(f"{name:<28} {closed!s:<12} {lrs}, {len(caught)} warnings")
