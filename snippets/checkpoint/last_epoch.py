import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR, StepLR

torch.manual_seed(0)

EPOCHS, STOP = 10, 4
SCHEDULERS = {
    "CosineAnnealingLR(T_max=10)": lambda opt, **kw: CosineAnnealingLR(opt, T_max=EPOCHS, **kw),
    "StepLR(step_size=2, gamma=0.5)": lambda opt, **kw: StepLR(opt, step_size=2, gamma=0.5, **kw),
}


def new_optimizer():
    return torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)


def run(optimizer, scheduler, epochs):
    lrs = []
    for _ in epochs:
        lrs.append(f"{optimizer.param_groups[0]['lr']:.4f}")
        optimizer.step()
        scheduler.step()
    return " ".join(lrs)


def resume(make, saved, last_epoch):
    optimizer = new_optimizer()
    if last_epoch is None:
        scheduler = make(optimizer)
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])  # (1)!
    else:
        optimizer.load_state_dict(saved["optimizer"])  # (2)!
        scheduler = make(optimizer, last_epoch=last_epoch)
    return run(optimizer, scheduler, range(STOP, EPOCHS))


for name, make in SCHEDULERS.items():
    optimizer = new_optimizer()
    scheduler = make(optimizer)
    run(optimizer, scheduler, range(STOP))
    saved = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
    print(
        f"{name}, saved after {STOP} epochs (last_epoch = {scheduler.last_epoch}),"
        f" lr in epochs {STOP}-{EPOCHS - 1}:"
    )
    print(f"  {'no break':<20} {run(optimizer, scheduler, range(STOP, EPOCHS))}")
    for last_epoch in [STOP, STOP - 1]:  # (3)!
        print(f"  {f'last_epoch={last_epoch}':<20} {resume(make, saved, last_epoch)}")
    print(f"  {'load_state_dict':<20} {resume(make, saved, None)}")

try:
    CosineAnnealingLR(new_optimizer(), T_max=EPOCHS, last_epoch=STOP - 1)  # (4)!
except KeyError as error:
    print(f"fresh optimizer, last_epoch={STOP - 1}: KeyError: {error.args[0]}")

optimizer = new_optimizer()
optimizer.param_groups[0]["initial_lr"] = 0.1  # (5)!
scheduler = CosineAnnealingLR(optimizer, T_max=EPOCHS, last_epoch=STOP - 1)
print(
    f"initial_lr set by hand, last_epoch={STOP - 1}:",
    run(optimizer, scheduler, range(STOP, EPOCHS)),
)
