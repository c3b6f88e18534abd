# %% [markdown] lang="zh"
# # 实验：六种学习率调度器的曲线 {#lab-schedules}
#
# 同样的初始学习率、同样调用 100 次 `scheduler.step()`，六种常用的学习率调度器各自把学习率带向哪里？
# 哪些该每轮（epoch）调用一次，哪些该每个小批量调用一次？开头那段预热又是做什么用的？
# %% [markdown] lang="en"
# # Lab: six learning-rate schedules {#lab-schedules}
#
# Same base learning rate, same 100 calls to `scheduler.step()`: where does each of six common
# learning-rate schedulers take the rate? Which ones belong in the epoch loop, which in the
# mini-batch loop, and what is the warm-up at the start for?
# %%
import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

STEPS, BASE_LR, WARMUP = 100, 0.1, 10

schedules = {
    "StepLR": (
        "StepLR(step_size=30, gamma=0.5)",
        lambda opt: lr_scheduler.StepLR(opt, step_size=30, gamma=0.5),
    ),
    "MultiStepLR": (
        "MultiStepLR(milestones=[50, 80], gamma=0.1)",
        lambda opt: lr_scheduler.MultiStepLR(opt, milestones=[50, 80], gamma=0.1),
    ),
    "ExponentialLR": (
        "ExponentialLR(gamma=0.97)",
        lambda opt: lr_scheduler.ExponentialLR(opt, gamma=0.97),
    ),
    "CosineAnnealingLR": (
        f"CosineAnnealingLR(T_max={STEPS})",
        lambda opt: lr_scheduler.CosineAnnealingLR(opt, T_max=STEPS),
    ),
    "OneCycleLR": (
        f"OneCycleLR(max_lr={BASE_LR}, total_steps={STEPS})",
        lambda opt: lr_scheduler.OneCycleLR(opt, max_lr=BASE_LR, total_steps=STEPS),
    ),
    "warm-up + cosine": (
        f"SequentialLR(LinearLR(start_factor=0.01, total_iters={WARMUP}),\n"
        f"             CosineAnnealingLR(T_max={STEPS - WARMUP}), milestones=[{WARMUP}])",
        lambda opt: lr_scheduler.SequentialLR(
            opt,
            [
                lr_scheduler.LinearLR(opt, start_factor=0.01, total_iters=WARMUP),
                lr_scheduler.CosineAnnealingLR(opt, T_max=STEPS - WARMUP),
            ],
            milestones=[WARMUP],
        ),
    ),
}


def record(make_scheduler):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=BASE_LR)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for step in range(STEPS):
        lrs.append(scheduler.get_last_lr()[0])  # the lr this step trains with
        optimizer.zero_grad()
        (w - 1).pow(2).sum().backward()
        optimizer.step()
        scheduler.step()
    return lrs


curves = {name: record(make) for name, (label, make) in schedules.items()}

# %% [markdown] lang="zh"
# ## 一张图里的六条曲线 {#six-curves}
#
# 上面每个调度器都挂在一个只有一个参数的 SGD 优化器上，循环 100 步。每一步先读
# `scheduler.get_last_lr()[0]`，也就是这一步优化器真正使用的学习率，再按正确的顺序调用
# `optimizer.step()` 和 `scheduler.step()`（顺序写反，PyTorch 会发出警告，而且曲线会少掉第一个值）。
# 初始学习率都是 0.1，下面把六条曲线画在同一张图上：
# %% [markdown] lang="en"
# ## Six curves in one figure {#six-curves}
#
# Each scheduler above drives an SGD optimizer over a single parameter for 100 steps. At every step
# we first read `scheduler.get_last_lr()[0]`, the rate the optimizer actually trains with at that
# step, then call `optimizer.step()` and `scheduler.step()` in the right order (reversed, PyTorch
# warns and the curve loses its first value). Every base rate is 0.1. Here are all six curves on
# one set of axes:
# %% alt_zh="六种学习率调度器在 100 次 scheduler.step() 中的学习率曲线：StepLR 和 MultiStepLR 呈阶梯状，ExponentialLR 前期下降最快，CosineAnnealingLR 沿余弦平滑降到接近 0，OneCycleLR 先升后降，预热加余弦先线性上升再余弦下降。" alt_en="Learning rate over 100 calls to scheduler.step() for six schedulers: StepLR and MultiStepLR are staircases, ExponentialLR drops fastest early, CosineAnnealingLR glides along a cosine to almost 0, OneCycleLR rises then falls, and warm-up + cosine rises linearly before the cosine decay."
fig, ax = plt.subplots(figsize=(8, 6), layout="constrained")
for name, (label, make) in schedules.items():
    ax.plot(range(STEPS), curves[name], label=label)
ax.set_title(f"torch.optim.lr_scheduler, base lr = {BASE_LR}, {STEPS} calls to step()")
ax.set_xlabel("step")
ax.set_ylabel("lr")
ax.grid(alpha=0.3)
fig.legend(loc="outside lower center", ncols=2, fontsize="small")
plt.show()

# %% [markdown] lang="zh"
# `StepLR` 和 `MultiStepLR` 是阶梯：前者每 30 步减半，后者只在第 50 步和第 80 步各乘一次 0.1。
# `ExponentialLR` 每步乘 0.97，前期掉得最快。`CosineAnnealingLR` 沿半个余弦周期从 0.1 平滑地降到接近 0。
# 最后两条曲线不从 0.1 起步：`OneCycleLR` 先用 30 步从 `max_lr / 25` 升到 `max_lr`，再降到几乎为 0；
# 预热加余弦先用 10 步从 0.001 线性升到 0.1，再交给余弦退火。
# %% [markdown] lang="en"
# `StepLR` and `MultiStepLR` are staircases: the first halves the rate every 30 steps, the second
# multiplies it by 0.1 only at steps 50 and 80. `ExponentialLR` multiplies by 0.97 at every step and
# drops fastest early on. `CosineAnnealingLR` glides down half a cosine from 0.1 to almost 0.
# The last two curves do not start at 0.1: `OneCycleLR` spends 30 steps climbing from `max_lr / 25`
# to `max_lr`, then anneals to almost 0; warm-up + cosine rises linearly from 0.001 to 0.1 in
# 10 steps, then hands over to cosine annealing.

# %% [markdown] lang="zh"
# ## 学习率数值表 {#table}
#
# 同样的六条曲线，取第一步、25%、50%、75% 处和最后一步的学习率：
# %% [markdown] lang="en"
# ## The rates in numbers {#table}
#
# The same curves, read at the first step, at 25 %, 50 % and 75 % of the run, and at the last step:
# %%
marks = [0, STEPS // 4, STEPS // 2, 3 * STEPS // 4, STEPS - 1]
print(f"{'step':<18}" + "".join(f"{m:>9}" for m in marks))
for name, lrs in curves.items():
    print(f"{name:<18}" + "".join(f"{lrs[m]:>9.4f}" for m in marks))

# %% [markdown] lang="zh"
# 前四种调度器第 0 步都是 0.1000，只是降下来的方式不同：到第 50 步，`StepLR` 是 0.0500，
# `MultiStepLR` 刚降到 0.0100，`ExponentialLR` 已经只剩 0.0218，`CosineAnnealingLR` 正好一半。
# `OneCycleLR` 第 0 步是 0.0040，第 25 步还在上升段；预热加余弦第 0 步只有 0.0010，
# 到第 25 步已经过了峰值。最后一步，两种余弦形状的调度和 `OneCycleLR` 都显示 0.0000：
# 它们的学习率已经小于 0.00005，四位小数显示不出来。
# %% [markdown] lang="en"
# The first four schedulers all start at 0.1000 and differ in how they come down: at step 50,
# `StepLR` is at 0.0500, `MultiStepLR` has just dropped to 0.0100, `ExponentialLR` is already at
# 0.0218 and `CosineAnnealingLR` is at exactly half. `OneCycleLR` starts at 0.0040 and is still
# climbing at step 25; warm-up + cosine starts at only 0.0010 and is past its peak by step 25.
# At the last step both cosine-shaped schedules and `OneCycleLR` show 0.0000: their rates are
# below 0.00005, too small for four decimals.

# %% [markdown] lang="zh"
# ## 按轮还是按批 {#per-epoch-or-per-batch}
#
# 上图的横轴是 `scheduler.step()` 的调用次数。调度器自己并不知道一次调用代表一轮还是一个小批量，
# 它的参数是按哪种单位设计的，决定了它该放在哪个循环里：
#
# - 按轮调用：`StepLR`（`step_size` 是轮数）、`MultiStepLR`（`milestones` 是轮的序号）、
#   `ExponentialLR`（每轮乘一次 `gamma`）、`CosineAnnealingLR`（`T_max` 通常取总轮数）。
#   `CosineAnnealingLR` 也可以按批调用，这时 `T_max` 要取小批量总数。
# - 按批调用：`OneCycleLR`（`total_steps` 等于 `epochs * steps_per_epoch`，也就是小批量总数），
#   以及预热加余弦这类 `SequentialLR`：预热通常只持续几百到几千个小批量，只有按批调用，开头的学习率才能平滑地升上去。
#
# 下面用 3 轮、每轮 4 个小批量的真实循环演示两种写法：`StepLR` 在每轮结束时调用，
# `OneCycleLR` 在每个 `optimizer.step()` 之后调用。每行是一轮，每个数是一个小批量训练时用的学习率：
# %% [markdown] lang="en"
# ## Per epoch or per batch {#per-epoch-or-per-batch}
#
# The x axis above counts calls to `scheduler.step()`. A scheduler has no idea whether a call means
# an epoch or a mini-batch; the unit its arguments were designed in decides which loop it goes in:
#
# - Once per epoch: `StepLR` (`step_size` in epochs), `MultiStepLR` (`milestones` are epoch
#   numbers), `ExponentialLR` (one `gamma` per epoch), `CosineAnnealingLR` (`T_max` usually the
#   number of epochs). `CosineAnnealingLR` also works per batch, with `T_max` set to the total number
#   of mini-batches.
# - Once per mini-batch: `OneCycleLR` (`total_steps` is `epochs * steps_per_epoch`, the total
#   number of mini-batches) and warm-up schedules such as the `SequentialLR` above. A warm-up
#   usually lasts a few hundred or thousand mini-batches, and only per-batch calls make the rate
#   ramp up smoothly.
#
# Below, a real loop of 3 epochs with 4 mini-batches each shows both placements: `StepLR` called at
# the end of each epoch, `OneCycleLR` after every `optimizer.step()`. One row per epoch, one number
# per mini-batch, the rate that mini-batch trained with:
# %%
EPOCHS, BATCHES = 3, 4
w_epoch = torch.zeros(1, requires_grad=True)
w_batch = torch.zeros(1, requires_grad=True)
opt_epoch = torch.optim.SGD([w_epoch], lr=BASE_LR)
opt_batch = torch.optim.SGD([w_batch], lr=BASE_LR)
per_epoch = lr_scheduler.StepLR(opt_epoch, step_size=1, gamma=0.5)
per_batch = lr_scheduler.OneCycleLR(
    opt_batch, max_lr=BASE_LR, epochs=EPOCHS, steps_per_epoch=BATCHES
)

for epoch in range(EPOCHS):
    used_epoch, used_batch = [], []
    for batch in range(BATCHES):
        for w, opt, used in ((w_epoch, opt_epoch, used_epoch), (w_batch, opt_batch, used_batch)):
            used.append(opt.param_groups[0]["lr"])
            opt.zero_grad()
            (w - 1).pow(2).sum().backward()
            opt.step()
        per_batch.step()
    per_epoch.step()
    print(
        f"epoch {epoch}  StepLR: " + " ".join(f"{lr:.4f}" for lr in used_epoch)
        + "   OneCycleLR: " + " ".join(f"{lr:.4f}" for lr in used_batch)
    )

# %% [markdown] lang="zh"
# `StepLR` 在一轮之内保持不变，每轮开始时减半；`OneCycleLR` 每个小批量都变，12 个小批量走完一整个周期。
# 把两者的位置对调，两种错误都不会报错：`StepLR` 会每个小批量减半一次，`OneCycleLR` 则只走完曲线的前 3 步。
# %% [markdown] lang="en"
# `StepLR` holds the rate for a whole epoch and halves it as each new epoch begins; `OneCycleLR`
# changes it at every mini-batch and completes one full cycle over the 12 mini-batches. Swap their
# places and neither mistake raises an error: `StepLR` would halve the rate at every mini-batch,
# and `OneCycleLR` would cover only the first 3 steps of its curve.

# %% [markdown] lang="zh"
# ## 预热是做什么的 {#warm-up}
#
# 训练刚开始时，参数是随机初始化的，损失和梯度往往很大，方向也不稳定；优化器状态也还是空的：
# SGD 的动量缓冲、Adam 的一阶和二阶矩估计都只来自最初几个小批量，很不可靠。这时直接用满额的学习率，
# 前几次参数更新可能把模型推得太远，损失发散或者出现 `nan`。预热的做法是先用很小的学习率，
# 在若干步内逐渐升到目标值，让梯度和优化器状态先稳定下来，再放开步子。
# 用大批量训练、用 Adam/AdamW 训练 Transformer 时，预热几乎是标配。
#
# 放大看两条带预热的曲线的前 12 步：
# %% [markdown] lang="en"
# ## What the warm-up is for {#warm-up}
#
# At the start of training the parameters are random, so the loss and the gradients are often large
# and point in unstable directions, and the optimizer state is empty: SGD's momentum buffer and
# Adam's first and second moment estimates come from the first few mini-batches only and can't be
# trusted yet. With the full learning rate from the first step, those early parameter updates can
# throw the model far off, and the loss diverges or turns into `nan`. A warm-up starts with a tiny
# rate and raises it to the target over a number of steps, so the gradients and the optimizer state
# settle before the steps get large. It is close to standard with large batches, and when training
# Transformers with Adam or AdamW.
#
# Zooming in on the first 12 steps of the two curves that warm up:
# %%
for name in ("warm-up + cosine", "OneCycleLR"):
    print(f"{name:<18}" + " ".join(f"{lr:.4f}" for lr in curves[name][:12]))

# %% [markdown] lang="zh"
# `LinearLR(start_factor=0.01, total_iters=10)` 从 `0.01 * 0.1 = 0.001` 起步，每步加 0.0099，
# 第 10 步达到 0.1；从这里起 `SequentialLR` 交给 `CosineAnnealingLR`，学习率开始下降。
# `OneCycleLR` 的预热是内置的：默认 `pct_start=0.3`，前 30% 的步数沿余弦形状从 `max_lr / 25` 升到 `max_lr`，
# 所以第 11 步只升到 0.0342，比线性预热慢得多。
# %% [markdown] lang="en"
# `LinearLR(start_factor=0.01, total_iters=10)` starts at `0.01 * 0.1 = 0.001`, adds 0.0099 per step
# and reaches 0.1 at step 10, where `SequentialLR` hands over to `CosineAnnealingLR` and the rate
# starts to fall. `OneCycleLR` has its warm-up built in: with the default `pct_start=0.3` it spends
# the first 30 % of its steps climbing along a cosine from `max_lr / 25` to `max_lr`, so at step 11
# it has only reached 0.0342, a much slower ramp than the linear warm-up.
