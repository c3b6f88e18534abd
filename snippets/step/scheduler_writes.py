import torch
from torch.optim.lr_scheduler import OneCycleLR, StepLR

torch.manual_seed(0)


def hyperparameters(optimizer):
    return {k: v for k, v in optimizer.param_groups[0].items() if k != "params"}


def show(value):
    if isinstance(value, tuple):
        return "(" + ", ".join(show(v) for v in value) + ")"
    return f"{value:.4g}" if isinstance(value, float) else repr(value)


def changed(before, after):
    keys = [k for k in sorted(before) if before[k] != after[k]]
    return ", ".join(f"{k} {show(before[k])} -> {show(after[k])}" for k in keys) or "nothing"


def run(label, make_optimizer, make_scheduler):
    w = torch.nn.Parameter(torch.zeros(2))
    optimizer = make_optimizer([w])
    before = hyperparameters(optimizer)
    scheduler = make_scheduler(optimizer)  # (1)!
    built = hyperparameters(optimizer)
    w.grad = torch.ones(2)
    optimizer.step()
    scheduler.step()  # (2)!
    print(label)
    print("  built:   ", changed(before, built))
    print("  new keys:", ", ".join(sorted(set(built) - set(before))))
    print("  one step:", changed(built, hyperparameters(optimizer)))


def one_cycle(optimizer):
    return OneCycleLR(optimizer, max_lr=0.1, total_steps=10)


run(
    "SGD(momentum=0.9) + StepLR",
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    lambda o: StepLR(o, step_size=1, gamma=0.5),
)
run(
    "SGD(momentum=0.9) + OneCycleLR",
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    one_cycle,  # (3)!
)
run("SGD() + OneCycleLR", lambda p: torch.optim.SGD(p, lr=0.1), one_cycle)  # (4)!
run("Adam() + OneCycleLR", lambda p: torch.optim.Adam(p, lr=0.1), one_cycle)
run(
    "SGD(momentum=0.9) + OneCycleLR(cycle_momentum=False)",
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    lambda o: OneCycleLR(o, max_lr=0.1, total_steps=10, cycle_momentum=False),  # (5)!
)
