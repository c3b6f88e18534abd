# %% [markdown] lang="zh"
# # 看梯度越积越多 {#lab-accumulate}
#
# 把训练循环里的 `optimizer.zero_grad()` 删掉会怎样？下面把同一个小回归问题训练两遍，
# 初始权重完全相同：一遍每步都清空梯度，一遍从不清空。两遍之间只差这一行代码。
#
# 模型是 `nn.Linear(3, 1)`；数据是 64 个样本，由一个线性函数加上少量噪声生成。每一步都用上全部
# 64 个样本（全批量），优化器是 `SGD(lr=0.05)`，一共训练 80 步。
# %% [markdown] lang="en"
# # Watch gradients accumulate {#lab-accumulate}
#
# What happens if you delete `optimizer.zero_grad()` from a training loop? We train the same
# small regression twice, starting from the same initial weights: once clearing the gradients
# every step, once never clearing them. The two runs differ by that one line and nothing else.
#
# The model is an `nn.Linear(3, 1)`, the data 64 points from a linear function plus a little
# noise, every step uses all of them (full batch), and the optimizer is `SGD(lr=0.05)`, for 80
# steps.
# %%
import copy

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.nn.functional import mse_loss

torch.manual_seed(0)

X = torch.randn(64, 3)
y = X @ torch.tensor([[2.0, -3.0, 1.0]]).T + 0.5 + 0.1 * torch.randn(64, 1)
initial = nn.Linear(3, 1)
STEPS = 80


def grad_norm(model):
    return torch.cat([p.grad.flatten() for p in model.parameters()]).norm().item()


def train(clear_grads):
    model = copy.deepcopy(initial)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    losses, norms = [], []
    for step in range(STEPS):
        if clear_grads:
            optimizer.zero_grad()
        loss = mse_loss(model(X), y)
        loss.backward()
        losses.append(loss.item())
        norms.append(grad_norm(model))
        optimizer.step()
    return losses, norms


runs = {"with zero_grad()": train(True), "without zero_grad()": train(False)}

# %% [markdown] lang="zh"
# ## 损失曲线 {#loss-curves}
#
# 两条曲线从同一点出发。每步都清零的那一遍，损失一路平稳下降，最后降到数据里噪声的水平。
# 从不清零的那一遍起初反而降得更快，随后冲过了最低点，损失又升了回去，此后一直在高处来回摆动，
# 始终稳定不下来。注意纵轴用的是对数刻度。
# %% [markdown] lang="en"
# ## Loss curves {#loss-curves}
#
# Both curves start at the same point. The run that clears its gradients goes steadily down,
# all the way to the level of the noise in the data. The run that never clears them drops
# *faster* at first, then overshoots the minimum, climbs back up, and keeps swinging from then
# on without ever settling. Note the log scale on the vertical axis.
# %% alt_zh="两次训练每一步的 MSE 损失，纵轴为对数刻度：每步清零梯度的那条线平稳下降到数据噪声的水平；从不清零的那条先降得更快，随后冲过最低点又升回去，一直在高处摆动。" alt_en="MSE loss per step of two runs on a log scale: the run that clears its gradients every step falls steadily to the noise level of the data; the run that never clears them falls faster at first, overshoots, climbs back and keeps swinging at a high level."
fig, ax = plt.subplots(figsize=(7, 4))
for label, (losses, _) in runs.items():
    ax.plot(losses, label=label)
ax.set_yscale("log")
ax.set_title("MSE loss per step, same initial weights")
ax.set_xlabel("step")
ax.set_ylabel("loss")
ax.legend()
plt.show()

# %% [markdown] lang="zh"
# ## 梯度范数 {#gradient-norm}
#
# 下图画的是每次 `optimizer.step()` 实际用到的 `.grad` 的范数（所有参数的梯度拼成一个向量）。
# 清零的那一遍，范数随着模型逼近最优解逐渐变小。不清零的那一遍，前几步范数猛涨：这几步的梯度
# 方向大致相同，而每次 `backward()` 都往 `.grad` 里再加一份。第 1 步时 `.grad` 里已经有两份梯度，
# 范数几乎翻了一番；第 2 步有三份，依此类推。等参数冲过最低点，新梯度掉转方向，抵消掉累计和的
# 一部分，范数才不再上涨；但它只是在高位摆动，再也回不到零附近。
# %% [markdown] lang="en"
# ## Gradient norm {#gradient-norm}
#
# The plot shows the norm of `.grad` (all parameters together) that each `optimizer.step()`
# actually uses. With clearing, the norm shrinks as the model nears the optimum. Without it,
# the norm shoots up over the first few steps: those gradients all point roughly the same way,
# and every `backward()` adds one more of them into `.grad`. At step 1, `.grad` holds two
# gradients and its norm almost doubles; at step 2 it holds three, and so on. Once the
# parameters overshoot, the new gradients turn around and cancel part of the running sum, so the
# norm stops rising; but it only swings at a high level and never comes back near zero.
# %% alt_zh="两次训练中每次 optimizer.step() 用到的 .grad 范数：清零的那条逐步减小；不清零的那条在前几步猛涨，之后在高位摆动，回不到零附近。" alt_en="Norm of the .grad each optimizer.step() uses in the two runs: with clearing it shrinks step by step; without clearing it shoots up over the first steps, then swings at a high level and never returns near zero."
fig, ax = plt.subplots(figsize=(7, 4))
for label, (_, norms) in runs.items():
    ax.plot(norms, label=label)
ax.set_title("Norm of .grad used by each optimizer.step()")
ax.set_xlabel("step")
ax.set_ylabel("‖grad‖")
ax.set_ylim(0, 33)
ax.legend(loc="upper right")
plt.show()

# %% [markdown] lang="zh"
# ## 数字对照 {#numbers}
#
# 再用几个具体的数字看一遍：第 0 步两遍训练完全相同；从第 1 步起，不清零那一遍的 `.grad`
# 范数就是清零那一遍的两倍多，到第 4 步已接近五倍。训练结束时，它的损失也远高于清零的那一遍。
# %% [markdown] lang="en"
# ## The numbers {#numbers}
#
# The same story in a few numbers: at step 0 the two runs are identical; from step 1 on, the
# `.grad` norm of the run without clearing is more than twice that of the run with clearing,
# and nearly five times at step 4. It ends with a far higher loss.
# %%
with_losses, with_norms = runs["with zero_grad()"]
without_losses, without_norms = runs["without zero_grad()"]
print(f"{'step':>4}  {'‖grad‖ with':>12}  {'‖grad‖ without':>15}")
for step in [0, 1, 2, 3, 4, 10, 40, STEPS - 1]:
    print(f"{step:>4}  {with_norms[step]:>12.4f}  {without_norms[step]:>15.4f}")
print()
print(f"final loss with zero_grad():    {with_losses[-1]:.4f}")
print(f"final loss without zero_grad(): {without_losses[-1]:.4f}")

# %% [markdown] lang="zh"
# ## 为什么会这样 {#why}
#
# `backward()` 从不覆盖 `.grad`，而是把这次算出的梯度**加**进去。不调用 `zero_grad()`，第 `t` 步的
# `.grad` 就是第 0 步到第 `t` 步所有梯度的和。下面的代码用 `torch.autograd.grad` 单独算出每一步的
# 新梯度（它把梯度作为返回值交出来，不写入 `.grad`），再拿 `.grad` 和这些新梯度的累计和对照，
# 确认两者正是这种关系。还能看到：新梯度已经在变小，`.grad` 却还在变大。
# %% [markdown] lang="en"
# ## Why {#why}
#
# `backward()` never overwrites `.grad`: it **adds** the gradient it just computed. Without
# `zero_grad()`, the `.grad` at step `t` is the sum of every gradient from step 0 to step `t`.
# The code below computes each step's new gradient on its own with `torch.autograd.grad` (which
# returns the gradient instead of writing it into `.grad`) and checks `.grad` against the
# running sum of them. Notice that the new gradients are already shrinking while `.grad` keeps
# growing.
# %%
model = copy.deepcopy(initial)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
params = list(model.parameters())
running_sum = [torch.zeros_like(p) for p in params]
print(f"{'step':>4}  {'‖new gradient‖':>14}  {'‖.grad‖':>8}  .grad == sum so far")
for step in range(5):
    loss = mse_loss(model(X), y)
    new = torch.autograd.grad(loss, params, retain_graph=True)
    loss.backward()
    running_sum = [s + g for s, g in zip(running_sum, new, strict=True)]
    new_norm = torch.cat([g.flatten() for g in new]).norm().item()
    same = all(torch.allclose(p.grad, s) for p, s in zip(params, running_sum, strict=True))
    print(f"{step:>4}  {new_norm:>14.4f}  {grad_norm(model):>8.4f}  {same}")
    optimizer.step()


# %% [markdown] lang="zh"
# ## 等于动量为 1 的 SGD {#momentum-one}
#
# 于是每次更新都是 `lr` 乘以到目前为止所有梯度之和。带动量的 SGD 正好也维护着这样一个量：
# 动量缓冲第一步是梯度的拷贝，之后每步先乘以 `momentum`，再加上 `(1 - dampening)` 倍的新梯度
# （[`buf.mul_(momentum).add_(grad, alpha=1 - dampening)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L356-L367)）。
# 取 `momentum=1`、`dampening=0`，缓冲就是所有梯度之和。所以从不清零的普通 SGD，
# 和每步都清零、但 `momentum=1.0`、`dampening=0` 的 SGD，应该是同一个算法。下面各训练 80 步，
# 比较最后的参数：
# %% [markdown] lang="en"
# ## SGD with momentum 1 {#momentum-one}
#
# So every update is `lr * (sum of all gradients so far)`. SGD with momentum keeps exactly such
# a quantity: its momentum buffer starts as a copy of the first gradient, and each later step
# multiplies it by `momentum` and adds `(1 - dampening)` times the new gradient
# ([`buf.mul_(momentum).add_(grad, alpha=1 - dampening)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L356-L367)).
# With `momentum=1` and `dampening=0` the buffer is the sum of all gradients. Plain SGD that
# never clears its gradients, and SGD that clears them every step but has `momentum=1.0` and
# `dampening=0`, should then be one and the same algorithm. Both train for 80 steps here, and
# their final parameters are compared:
# %%
def final_parameters(clear_grads, momentum):
    model = copy.deepcopy(initial)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=momentum, dampening=0.0)
    for step in range(STEPS):
        if clear_grads:
            optimizer.zero_grad()
        mse_loss(model(X), y).backward()
        optimizer.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


never_cleared = final_parameters(clear_grads=False, momentum=0.0)
momentum_one = final_parameters(clear_grads=True, momentum=1.0)
print("never cleared, momentum=0.0:         ", [round(v, 4) for v in never_cleared.tolist()])
print("zero_grad() every step, momentum=1.0:", [round(v, 4) for v in momentum_one.tolist()])
print("equal bit for bit:", torch.equal(never_cleared, momentum_one))

# %% [markdown] lang="zh"
# 两者逐位相同。动量小于 1 时，旧梯度每过一步都要乘一次 `momentum`，逐渐淡出；等于 1 时，它们永远留在和里，
# 没有任何东西让摆动衰减下来：早期的梯度推着参数冲过最低点，之后的梯度只能慢慢把它拉回来，
# 于是损失来回摆动，而不是收敛。修正只要一行：每次 `backward()` 之前调用 `optimizer.zero_grad()`。
# %% [markdown] lang="en"
# The two are equal bit for bit. With a momentum below 1, old gradients fade by that factor at
# every step; at 1 they stay in the sum forever, and nothing damps the swinging: the early
# gradients carry the parameters past the minimum, later gradients can only slowly pull them
# back, and the loss swings instead of converging. The fix is one line: call
# `optimizer.zero_grad()` before each `backward()`.
