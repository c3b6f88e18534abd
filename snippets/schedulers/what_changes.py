import textwrap

import torch
from torch.optim import lr_scheduler as sched

torch.manual_seed(0)


def constant_then_exponential(opt):
    return [sched.ConstantLR(opt, factor=0.5, total_iters=2), sched.ExponentialLR(opt, gamma=0.9)]


build = {
    "ChainedScheduler": lambda opt: sched.ChainedScheduler(constant_then_exponential(opt)),
    "ConstantLR": lambda opt: sched.ConstantLR(opt, factor=0.5, total_iters=2),
    "CosineAnnealingLR": lambda opt: sched.CosineAnnealingLR(opt, T_max=10),
    "CosineAnnealingWarmRestarts": lambda opt: sched.CosineAnnealingWarmRestarts(opt, T_0=3),
    "CyclicLR": lambda opt: sched.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3),
    "ExponentialLR": lambda opt: sched.ExponentialLR(opt, gamma=0.9),
    "LambdaLR": lambda opt: sched.LambdaLR(opt, lambda n: 0.9**n),
    "LinearLR": lambda opt: sched.LinearLR(opt, start_factor=0.1, total_iters=4),
    "MultiStepLR": lambda opt: sched.MultiStepLR(opt, milestones=[2, 4]),
    "MultiplicativeLR": lambda opt: sched.MultiplicativeLR(opt, lambda n: 0.9),
    "OneCycleLR": lambda opt: sched.OneCycleLR(opt, max_lr=0.1, total_steps=10),
    "PolynomialLR": lambda opt: sched.PolynomialLR(opt, total_iters=5),
    "ReduceLROnPlateau": lambda opt: sched.ReduceLROnPlateau(opt, patience=0),
    "SequentialLR": lambda opt: sched.SequentialLR(
        opt, constant_then_exponential(opt), milestones=[3]
    ),
    "StepLR": lambda opt: sched.StepLR(opt, step_size=2),
}
every_scheduler = [
    name
    for name in sched.__all__
    if issubclass(getattr(sched, name), sched.LRScheduler) and name != "LRScheduler"
]
assert sorted(build) == sorted(every_scheduler)  # (1)!


def entries(optimizer):
    return {k: v for k, v in optimizer.param_groups[0].items() if k != "params"}


def changed_entries(make_optimizer, make_scheduler):
    w = torch.zeros(3, requires_grad=True)
    optimizer = make_optimizer([w])
    before = entries(optimizer)
    scheduler = make_scheduler(optimizer)
    changed = set()
    for _ in range(10):
        changed |= {k for k, v in entries(optimizer).items() if before.get(k, "new") != v}  # (2)!
        optimizer.zero_grad()
        (w - 1).pow(2).sum().backward()
        optimizer.step()
        if isinstance(scheduler, sched.ReduceLROnPlateau):
            scheduler.step(1.0)  # (3)!
        else:
            scheduler.step()
    return changed


groups = {}
for name, make in build.items():
    keys = changed_entries(lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9), make)
    keys |= changed_entries(lambda p: torch.optim.Adam(p, lr=0.1), make)  # (4)!
    groups.setdefault(", ".join(sorted(keys)), []).append(name)
print(f"{len(build)} schedulers; entries of param_groups[0] each one changed or added:")
for keys, names in groups.items():
    print(textwrap.fill(f"{keys}: {', '.join(names)}", 88, subsequent_indent="    "))
