import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

STEPS = 10
w = torch.zeros(3, requires_grad=True)


def momentum_field(optimizer):
    group = optimizer.param_groups[0]
    if "betas" in group:
        return "betas", group["betas"]  # (1)!
    return "momentum", group["momentum"]


def follow(title, optimizer, make_scheduler):
    print(title)
    print("  before the scheduler: {} = {}".format(*momentum_field(optimizer)))
    scheduler = make_scheduler(optimizer)  # (2)!
    print("  after building it:    {} = {}".format(*momentum_field(optimizer)))
    lrs, momenta = [], []
    for _ in range(STEPS):
        name, value = momentum_field(optimizer)
        lrs.append(optimizer.param_groups[0]["lr"])
        momenta.append(value[0] if name == "betas" else value)
        optimizer.zero_grad()
        (w - 1).pow(2).sum().backward()
        optimizer.step()
        scheduler.step()  # (3)!
    print("  lr       " + " ".join(f"{lr:.4f}" for lr in lrs))
    label = "betas[0]" if name == "betas" else name
    print(f"  {label:<8} " + " ".join(f"{m:.4f}" for m in momenta))
    return optimizer


def one_cycle(**kwargs):
    return lambda opt: lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=STEPS, **kwargs)


follow(
    "OneCycleLR on SGD(lr=0.1, momentum=0.9)",
    torch.optim.SGD([w], lr=0.1, momentum=0.9),
    one_cycle(),
)
plain = follow(
    "OneCycleLR on SGD(lr=0.1), no momentum asked for", torch.optim.SGD([w], lr=0.1), one_cycle()
)
print("  SGD's state for w:", sorted(plain.state[w]))  # (4)!
follow("OneCycleLR on Adam(lr=0.1)", torch.optim.Adam([w], lr=0.1), one_cycle())
follow(
    "OneCycleLR(cycle_momentum=False) on SGD(lr=0.1, momentum=0.9)",
    torch.optim.SGD([w], lr=0.1, momentum=0.9),
    one_cycle(cycle_momentum=False),  # (5)!
)
follow(
    "CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=3) on SGD(lr=0.1, momentum=0.5)",
    torch.optim.SGD([w], lr=0.1, momentum=0.5),
    lambda opt: lr_scheduler.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3),
)
adagrad = torch.optim.Adagrad([w], lr=0.1)
try:
    lr_scheduler.OneCycleLR(adagrad, max_lr=0.1, total_steps=STEPS)  # (6)!
except ValueError as e:
    print(f"OneCycleLR on Adagrad: {type(e).__name__}: {e}")
