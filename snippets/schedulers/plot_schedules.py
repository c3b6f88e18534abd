import matplotlib as mpl

mpl.use("Agg")  # (1)!
import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

STEPS, BASE_LR = 100, 0.1

schedules = {
    "StepLR(step_size=30, gamma=0.5)": lambda opt: lr_scheduler.StepLR(
        opt, step_size=30, gamma=0.5
    ),
    "MultiStepLR(milestones=[50, 80], gamma=0.1)": lambda opt: lr_scheduler.MultiStepLR(
        opt, milestones=[50, 80], gamma=0.1
    ),
    "ExponentialLR(gamma=0.97)": lambda opt: lr_scheduler.ExponentialLR(opt, gamma=0.97),
    "CosineAnnealingLR(T_max=100)": lambda opt: lr_scheduler.CosineAnnealingLR(opt, T_max=STEPS),
    "OneCycleLR(max_lr=0.1, total_steps=100)": lambda opt: lr_scheduler.OneCycleLR(
        opt, max_lr=BASE_LR, total_steps=STEPS
    ),
    "SequentialLR(LinearLR, CosineAnnealingLR)": lambda opt: lr_scheduler.SequentialLR(
        opt,
        [
            lr_scheduler.LinearLR(opt, start_factor=0.01, total_iters=10),
            lr_scheduler.CosineAnnealingLR(opt, T_max=STEPS - 10),
        ],
        milestones=[10],
    ),
}

fig, ax = plt.subplots(figsize=(8, 5.5), layout="constrained")
for label, make in schedules.items():
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=BASE_LR)
    scheduler = make(optimizer)
    lrs = []
    for step in range(STEPS):
        lrs.append(optimizer.param_groups[0]["lr"])  # (2)!
        optimizer.zero_grad()
        w.sum().backward()
        optimizer.step()
        scheduler.step()
    ax.plot(range(STEPS), lrs, label=label)
    print(f"{label:<44} lr at step 0: {lrs[0]:.4f}, max: {max(lrs):.4f}, last: {lrs[-1]:.2e}")

ax.set_title("torch.optim.lr_scheduler, base lr = 0.1")
ax.set_xlabel("step")
ax.set_ylabel("lr")
fig.legend(loc="outside lower center", ncols=2, fontsize="small")
ax.grid(alpha=0.3)
with plt.rc_context({"svg.hashsalt": "lr-schedules", "svg.fonttype": "none"}):  # (3)!
    fig.savefig("lr_schedules.svg", metadata={"Date": None})  # (4)!
plt.close(fig)
