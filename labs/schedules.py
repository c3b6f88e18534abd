# %% [markdown] lang="zh"
# # 六种学习率调度的曲线 {#lab-schedules}
#
# 同样的初始学习率、同样调用 100 次 `scheduler.step()`，六种常用的学习率调度器各自把学习率带向哪里？
# 哪些该每轮（epoch）调用一次，哪些该每个小批量调用一次？开头那段预热又是做什么用的？
# 其中 `OneCycleLR` 还会悄悄改动优化器的动量，这一点也要看清楚。
# %% [markdown] lang="en"
# # Six learning-rate schedules {#lab-schedules}
#
# Same base learning rate, same 100 calls to `scheduler.step()`: where does each of six common
# learning-rate schedulers take the rate? Which ones belong in the epoch loop, which in the
# mini-batch loop, and what is the warm-up at the start for? One of them, `OneCycleLR`, also
# quietly changes the optimizer's momentum, and we will watch that too.
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
        (
            f"SequentialLR(LinearLR(start_factor=0.01, total_iters={WARMUP}),\n"
            f"             CosineAnnealingLR(T_max={STEPS - WARMUP}), milestones=[{WARMUP}])"
        ),
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
    lrs, momenta = [], []
    for step in range(STEPS):
        lrs.append(scheduler.get_last_lr()[0])
        momenta.append(optimizer.param_groups[0]["momentum"])
        optimizer.zero_grad()
        (w - 1).pow(2).sum().backward()
        optimizer.step()
        scheduler.step()
    return lrs, momenta


runs = {name: record(make) for name, (label, make) in schedules.items()}
curves = {name: lrs for name, (lrs, _) in runs.items()}
momenta = {name: values for name, (_, values) in runs.items()}

# %% [markdown] lang="zh"
# ## 一张图里的六条曲线 {#six-curves}
#
# 上面每个调度器都挂在一个只有一个参数、没有设动量的 SGD 优化器上，循环 100 步。每一步先读
# `scheduler.get_last_lr()[0]`，也就是这一步优化器真正使用的学习率，顺便记下参数组里的 `momentum`，
# 再按正确的顺序调用 `optimizer.step()` 和 `scheduler.step()`（顺序写反，这六个调度器在第一次
# `scheduler.step()` 时会警告一次，而且曲线会少掉第一个值：
# [`_opt_called`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L253-L277)）。初始学习率都是 0.1，下面把六条曲线画在同一张图上：
# %% [markdown] lang="en"
# ## Six curves in one figure {#six-curves}
#
# Each scheduler above drives an SGD optimizer, built without momentum, over a single parameter for
# 100 steps. At every step we first read `scheduler.get_last_lr()[0]`, the rate the optimizer
# actually trains with at that step, note the group's `momentum` as well, then call
# `optimizer.step()` and `scheduler.step()` in the right order (reversed, these six schedulers warn
# once, at the first `scheduler.step()`, and the curve loses its first value:
# [`_opt_called`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L253-L277)). Every base rate is
# 0.1. Here are all six curves on one set of axes:
# %% alt_zh="六种学习率调度器在 100 次 scheduler.step() 中的学习率曲线：StepLR 和 MultiStepLR 呈阶梯状，ExponentialLR 前期下降最快，CosineAnnealingLR 沿余弦平滑降到接近 0，OneCycleLR 先升后降，预热加余弦先线性上升再余弦下降。" alt_en="Learning rate over 100 calls to scheduler.step() for six schedulers: StepLR and MultiStepLR are staircases, ExponentialLR drops fastest early, CosineAnnealingLR glides along a cosine to almost 0, OneCycleLR rises then falls, and warm-up + cosine rises linearly before the cosine decay."
fig, ax = plt.subplots(figsize=(8, 6), layout="constrained")
for name, (label, _) in schedules.items():
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
# 最后两条曲线不从 0.1 起步：`OneCycleLR` 在第 0 到第 29 步从 `max_lr / 25` 升到 `max_lr`，再降到几乎为 0；
# 预热加余弦先用 10 步从 0.001 线性升到 0.1，再交给余弦退火。
# %% [markdown] lang="en"
# `StepLR` and `MultiStepLR` are staircases: the first halves the rate every 30 steps, the second
# multiplies it by 0.1 only at steps 50 and 80. `ExponentialLR` multiplies by 0.97 at every step and
# drops fastest early on. `CosineAnnealingLR` glides down half a cosine from 0.1 to almost 0.
# The last two curves do not start at 0.1: `OneCycleLR` climbs from `max_lr / 25` to `max_lr` over
# steps 0 to 29, then anneals to almost 0; warm-up + cosine rises linearly from 0.001 to 0.1 in
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
# ## OneCycleLR 还改了动量 {#momentum}
#
# 这里的 SGD 都没有设动量，参数组里的 `momentum` 是 0。按说学习率调度器只管学习率，
# 可 `OneCycleLR` 默认 `cycle_momentum=True`：构造时就把 `momentum` 改成 `max_momentum`（默认 0.95），
# 之后每次 `step()` 让它与学习率反着走，学习率最高时降到 `base_momentum`（默认 0.85）。
# 它只检查优化器的 `defaults` 里有没有 `momentum` 这个键，而 SGD 不设动量时这个键也在，值为 0。
# 把每条曲线记下的动量也取同样几个位置：
# %% [markdown] lang="en"
# ## OneCycleLR changes the momentum too {#momentum}
#
# None of these SGD optimizers was given a momentum: their groups' `momentum` is 0. You would expect
# a learning-rate scheduler to touch only the learning rate, yet `OneCycleLR` defaults to
# `cycle_momentum=True`: when built it sets `momentum` to `max_momentum` (0.95 by default), and every
# `step()` then moves it against the learning rate, down to `base_momentum` (0.85 by default) where
# the rate peaks. It only checks that the optimizer's `defaults` have a `momentum` key, and SGD has
# one, 0, even when no momentum was asked for. The momentum each run recorded, at the same steps:
# %%
print(f"{'momentum at step':<18}" + "".join(f"{m:>9}" for m in marks))
for name, values in momenta.items():
    print(f"{name:<18}" + "".join(f"{values[m]:>9.4f}" for m in marks))
peak = max(range(STEPS), key=curves["OneCycleLR"].__getitem__)
print(
    f"OneCycleLR: highest lr {curves['OneCycleLR'][peak]:.4f} at step {peak}, "
    f"momentum there {momenta['OneCycleLR'][peak]:.4f}"
)

# %% [markdown] lang="zh"
# 另外五个调度器下，表里每一处的动量都是 0；`OneCycleLR` 却从第 0 步起就是 0.95，
# 第 29 步学习率最高时动量降到 0.85，最后一步又回到 0.95。把这两条曲线上下对齐，看得更清楚：
# %% [markdown] lang="en"
# Under the other five schedulers the momentum is 0 everywhere in the table; under `OneCycleLR` it
# is 0.95 from step 0, drops to 0.85 at step 29 where the rate peaks, and is back at 0.95 at the
# last step. The two curves one above the other:
# %% alt_zh="OneCycleLR 在 100 步内的学习率与动量：学习率从 0.004 升到第 29 步的 0.1 再降到接近 0，同一时间动量从 0.95 降到 0.85 再回升到 0.95，两条曲线方向相反。" alt_en="Learning rate and momentum under OneCycleLR over 100 steps: the rate rises from 0.004 to 0.1 at step 29 and falls to almost 0, while the momentum falls from 0.95 to 0.85 and climbs back to 0.95, a mirror image."
fig, (ax_lr, ax_momentum) = plt.subplots(2, 1, sharex=True, figsize=(8, 5), layout="constrained")
ax_lr.plot(range(STEPS), curves["OneCycleLR"], label="lr")
ax_momentum.plot(
    range(STEPS), momenta["OneCycleLR"], color="C1", label='param_groups[0]["momentum"]'
)
ax_lr.set_title(
    f"OneCycleLR(max_lr={BASE_LR}, total_steps={STEPS}) on SGD(lr={BASE_LR}), "
    "built without momentum"
)
ax_lr.set_ylabel("lr")
ax_momentum.set_ylabel("momentum")
ax_momentum.set_xlabel("step")
for ax in (ax_lr, ax_momentum):
    ax.axvline(peak, color="grey", linestyle=":")
    ax.grid(alpha=0.3)
    ax.legend()
plt.show()

# %% [markdown] lang="zh"
# 这是有意的设计：`OneCycleLR` 的文档写明动量与学习率反向循环
# （[`cycle_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2338-L2352)）。源码里，构造时写入
# [`group["momentum"] = m_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2497-L2518)，每次 `step()` 再写入
# [`group["momentum"] = computed_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2590-L2604)；
# SGD 的 `defaults` 里始终有 [`"momentum": momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L52-L62)。
# 所以本实验里每次用到 `OneCycleLR` 的训练（包括下一节里每个小批量调用一次的那个循环），其实都是带 0.85 到 0.95 动量的 SGD。
# 想让动量保持你设定的值，构造时传 `cycle_momentum=False`；想要这个循环，就用 `base_momentum`、`max_momentum`
# 设定范围，优化器里写的 `momentum` 不再起作用。`CyclicLR` 也是一样，只是默认范围为 0.8 到 0.9。
# %% [markdown] lang="en"
# This is by design: `OneCycleLR`'s documentation says the momentum is cycled inversely to the
# learning rate ([`cycle_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2338-L2352)). In the source, building it writes
# [`group["momentum"] = m_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2497-L2518), and every `step()` writes
# [`group["momentum"] = computed_momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/lr_scheduler.py#L2590-L2604);
# SGD's `defaults` always hold [`"momentum": momentum`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L52-L62).
# So every run in this lab that uses `OneCycleLR` (the per-mini-batch loop of the next section
# included) is really SGD with a momentum between 0.85 and 0.95. To keep the momentum you set, build
# the scheduler with `cycle_momentum=False`; to use the cycle, set its range with `base_momentum`
# and `max_momentum`, because the optimizer's own `momentum` no longer has any effect. `CyclicLR`
# does the same, with a default range of 0.8 to 0.9.

# %% [markdown] lang="zh"
# ## 每轮调用还是每个小批量调用 {#per-epoch-or-per-batch}
#
# 上图的横轴是 `scheduler.step()` 的调用次数。调度器自己并不知道一次调用代表一轮还是一个小批量，
# 它的参数按哪种单位设计，决定了它该放在哪个循环里：
#
# - 每轮调用一次：`StepLR`（`step_size` 是轮数）、`MultiStepLR`（`milestones` 是轮的序号）、
#   `ExponentialLR`（每轮乘一次 `gamma`）、`CosineAnnealingLR`（`T_max` 通常取总轮数）。
#   `CosineAnnealingLR` 也可以每个小批量调用一次，这时 `T_max` 要取小批量总数。
# - 每个小批量调用一次：`OneCycleLR`（`total_steps` 等于 `epochs * steps_per_epoch`，也就是小批量总数），
#   以及预热加余弦这类 `SequentialLR`。预热往往只持续几百到几千个小批量，每个小批量都调用，学习率才能在开头平稳地升上去。
#
# 下面用 3 轮、每轮 4 个小批量的真实循环演示两种写法：`StepLR` 在每轮结束时调用，
# `OneCycleLR` 在每次 `optimizer.step()` 之后调用。每行是一轮，每个数是一个小批量训练时用的学习率：
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

rows = []
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
    rows.append(
        f"epoch {epoch}  StepLR: "
        + " ".join(f"{lr:.4f}" for lr in used_epoch)
        + "   OneCycleLR: "
        + " ".join(f"{lr:.4f}" for lr in used_batch)
    )
print("\n".join(rows))

# %% [markdown] lang="zh"
# `StepLR` 在一轮之内保持不变，每轮开始时减半；`OneCycleLR` 每个小批量都变，12 个小批量走完一整个周期。
# 把两者的位置对调，两种错误都不会报错：`StepLR` 会每个小批量减半一次，`OneCycleLR` 则只走了曲线的前 3 步。
# %% [markdown] lang="en"
# `StepLR` holds the rate for a whole epoch and halves it as each new epoch begins; `OneCycleLR`
# changes it at every mini-batch and completes one full cycle over the 12 mini-batches. Swap their
# places and neither mistake raises an error: `StepLR` would halve the rate at every mini-batch,
# and `OneCycleLR` would cover only the first 3 steps of its curve.

# %% [markdown] lang="zh"
# ## 预热是做什么的 {#warm-up}
#
# 训练刚开始时，参数是随机初始化的，损失和梯度往往很大，方向也不稳定；优化器状态也还是空的：
# SGD 的动量缓冲、Adam 的一阶矩和二阶矩估计都只来自最初几个小批量，很不可靠。这时直接用全额的学习率，
# 前几次参数更新可能把模型推得太远，损失发散，甚至变成 `nan`。预热的做法是先用很小的学习率，
# 在若干步内逐渐升到目标值，等梯度和优化器状态稳定下来，再迈开大步。
# 大批量训练，或者用 Adam/AdamW 训练 Transformer 时，预热几乎是标配。
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
# 所以第 11 步只升到 0.0342，比线性预热慢得多；学习率上升的同时，动量从 0.95 降到 0.85（见上文）。
# %% [markdown] lang="en"
# `LinearLR(start_factor=0.01, total_iters=10)` starts at `0.01 * 0.1 = 0.001`, adds 0.0099 per step
# and reaches 0.1 at step 10, where `SequentialLR` hands over to `CosineAnnealingLR` and the rate
# starts to fall. `OneCycleLR` has its warm-up built in: with the default `pct_start=0.3` it spends
# the first 30 % of its steps climbing along a cosine from `max_lr / 25` to `max_lr`, so at step 11
# it has only reached 0.0342, a much slower ramp than the linear warm-up; while the rate climbs,
# the momentum falls from 0.95 to 0.85 (see above).
