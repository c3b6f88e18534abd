# %% [markdown] lang="zh"
# # 二维曲面上的优化器 {#lab-optimizers}
#
# 同一个起点，同样走 500 步，训练循环也一字不改，只换优化器：`SGD`、带动量的 `SGD`、
# 带 Nesterov 动量的 `SGD` 和 `Adam` 各自会走出什么样的路径？这些路径又为什么各不相同？
#
# 参数只有两个数，每一步都能画在平面上：等高线图上的这条轨迹，就是优化器做过的全部事情。
# %% [markdown] lang="en"
# # Optimizers on a 2-D surface {#lab-optimizers}
#
# Same starting point, same 500 steps, same training loop; only the optimizer changes: `SGD`,
# `SGD` with momentum, `SGD` with Nesterov momentum, and `Adam`. What path does each one take,
# and why do the paths look so different?
#
# The parameter is just two numbers, so every step can be drawn on a plane: the track over the
# contour lines is everything the optimizer did.
# %%
from functools import partial

import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)


def rosenbrock(p):
    x, y = p[0], p[1]
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


START = (-1.5, 2.0)
MINIMUM = (1.0, 1.0)
STEPS = 500
LR_SGD = 6e-4
LR_ADAM = 0.1

OPTIMIZERS = {
    "SGD(lr=6e-4)": lambda params: torch.optim.SGD(params, lr=LR_SGD),
    "SGD(lr=6e-4, momentum=0.9)": lambda params: torch.optim.SGD(params, lr=LR_SGD, momentum=0.9),
    "SGD(lr=6e-4, momentum=0.9, nesterov=True)": lambda params: torch.optim.SGD(
        params, lr=LR_SGD, momentum=0.9, nesterov=True
    ),
    "Adam(lr=0.1)": lambda params: torch.optim.Adam(params, lr=LR_ADAM),
}


def run(make_optimizer):
    p = torch.tensor(START, requires_grad=True)
    optimizer = make_optimizer([p])
    path = [p.detach().clone()]
    for _ in range(STEPS):
        optimizer.zero_grad()
        rosenbrock(p).backward()
        optimizer.step()
        path.append(p.detach().clone())
    return torch.stack(path)


# %% [markdown] lang="zh"
# ## 函数、起点与学习率 {#setup}
#
# Rosenbrock 函数 `f(x, y) = (1 - x)**2 + 100 * (y - x**2)**2` 在 `(1, 1)` 处取最小值 `f = 0`。
# 它难就难在形状上：沿着抛物线 `y = x**2` 有一道弯曲的窄谷，系数 `100` 让两侧谷壁非常陡，
# 谷底却几乎是平的。起点 `(-1.5, 2.0)` 在山谷左端附近，优化器得顺着弯曲的谷底一路走到 `(1, 1)`。
#
# 参数 `p` 是一个有两个元素的叶子张量，`rosenbrock(p)` 就是损失。`run()` 里的每一步都是原原本本的
# 训练循环：`optimizer.zero_grad()`、`rosenbrock(p).backward()`、`optimizer.step()`，然后把新的 `p`
# 记进路径。
#
# 学习率是这样定的。三个 `SGD` 共用 `lr=6e-4`，这样它们之间唯一的区别就是动量缓冲。这个值取决于
# 起点处最陡方向的曲率，即 Hessian 矩阵的最大特征值，下面的代码算出来约为 2092。按二次近似，
# `lr × 曲率` 一旦超过某个上限，沿这个方向的来回振荡就不再衰减，而是越振越大。普通 `SGD` 的上限是
# `2`，`momentum=0.9` 时是 `2 × (1 + 0.9) = 3.8`，Nesterov 动量最严，是 `3.8 / 2.8 ≈ 1.36`。
# 在起点处，`6e-4` 对三者都在上限以内，离 Nesterov 的上限已经很近。下面的输出也给出了越过上限的
# 样子：`lr=1e-3` 时，Nesterov 的头几步在两侧谷壁之间来回弹，`f` 三步之内从 12.5 涨到 281，
# 之后才安顿下来（谷壁在起点处最陡；500 步后它的 `f` 是 0.00165，甚至比 `6e-4` 时还低）；
# `lr=1.5e-3` 时则一路发散，最后变成 `nan`。
#
# `Adam` 的步长不与梯度大小成正比（后面会讲），它的 `lr` 没法和 `SGD` 的直接比较。
# `lr=0.1` 在这 500 步里是稳定的，也走得足够远；换成 `lr=0.02`，500 步只走到山谷中段。
# %% [markdown] lang="en"
# ## The function, the start and the learning rates {#setup}
#
# The Rosenbrock function `f(x, y) = (1 - x)**2 + 100 * (y - x**2)**2` has its minimum at
# `(1, 1)`, where `f = 0`. What makes it hard is its shape: a narrow, curved valley follows the
# parabola `y = x**2`; the walls are very steep (that factor `100`), the floor almost flat. The
# start `(-1.5, 2.0)` sits near the left end of the valley, and the optimizer has to follow the
# curved floor all the way to `(1, 1)`.
#
# The parameter `p` is a leaf tensor with two elements, and `rosenbrock(p)` is the loss. Each
# step in `run()` is the training loop as is: `optimizer.zero_grad()`,
# `rosenbrock(p).backward()`, `optimizer.step()`, then the new `p` goes into the path.
#
# How the learning rates were chosen: the three `SGD` runs share `lr=6e-4`, so the momentum
# buffer is the only thing that differs between them. The value comes from the steepest
# curvature at the start (the largest eigenvalue of the Hessian, about 2092, computed below). In
# the quadratic approximation, once `lr × curvature` passes a limit, the oscillation along that
# direction grows instead of dying out. The limit is `2` for plain `SGD`, `2 × (1 + 0.9) = 3.8`
# with `momentum=0.9`, and strictest for Nesterov momentum, `3.8 / 2.8 ≈ 1.36`. At the start,
# `6e-4` is within the limit for all three and just under Nesterov's. The output also shows what
# passing it looks like: at `lr=1e-3` Nesterov's first steps bounce between the valley walls
# (`f` climbs from 12.5 to 281 within three steps) before it settles (the walls are steepest at
# the start; after 500 steps its `f`, 0.00165, is even lower than with `6e-4`); at `lr=1.5e-3`
# it diverges all the way to `nan`.
#
# `Adam`'s step is not proportional to the gradient (more on that below), so its `lr` cannot be
# compared with `SGD`'s. `lr=0.1` is stable over these 500 steps and gets far; `lr=0.02` only
# gets to the middle of the valley in 500 steps.
# %%
curvature = (
    torch.linalg.eigvalsh(torch.autograd.functional.hessian(rosenbrock, torch.tensor(START)))
    .max()
    .item()
)
print(f"largest curvature at the start: {curvature:.0f}")
for name, limit in [("SGD", 2.0), ("momentum=0.9", 3.8), ("nesterov=True", 3.8 / 2.8)]:
    print(f"{name:<14} lr limit ≈ {limit / curvature:.1e}")
print(f"lr={LR_SGD:.0e}: lr × curvature = {LR_SGD * curvature:.2f}")

paths = {name: run(make) for name, make in OPTIMIZERS.items()}

print()
for lr in (1e-3, 1.5e-3):
    path = run(partial(torch.optim.SGD, lr=lr, momentum=0.9, nesterov=True))
    values = [rosenbrock(point).item() for point in path]
    first = ", ".join(f"{value:.3g}" for value in values[:6])
    print(f"Nesterov, lr={lr:.1e}: f at steps 0-5: {first}; after {STEPS} steps: {values[-1]:.3g}")
end_x, end_y = run(lambda params: torch.optim.Adam(params, lr=0.02))[-1].tolist()
print(f"Adam(lr=0.02): at ({end_x:.4f}, {end_y:.4f}) after {STEPS} steps")

# %% [markdown] lang="zh"
# ## 等高线上的路径 {#paths}
#
# 等高线按对数间隔取值（从 `0.1` 到约 `3000`），平坦的谷底和陡峭的谷壁都能看清。
# 每条路径末端的圆点是第 500 步时的位置。
#
# 区别一眼就能看出来：普通 `SGD` 只在山谷左端挪了一小段。谷底的梯度很小，而 `SGD` 每一步走的距离
# 与梯度成正比，所以在平地上几乎走不动。两个带动量的 `SGD` 和 `Adam` 都绕过了整道弯，
# 走到了 `(1, 1)` 附近。
# %% [markdown] lang="en"
# ## Paths over the contour lines {#paths}
#
# The contour levels are log-spaced (from `0.1` to about `3000`), so both the flat floor and the
# steep walls show. The dot at the end of each path is where it is after step 500.
#
# The difference is plain at a glance: plain `SGD` has moved only a short way along the left end
# of the valley. The gradient on the floor is small, and `SGD`'s step is proportional to the
# gradient, so on flat ground it barely moves. The two momentum runs and `Adam` all make it
# around the bend to the neighbourhood of `(1, 1)`.
# %% alt_zh="Rosenbrock 函数的等高线上，四个优化器从 (-1.5, 2) 出发走过的路径：SGD、带动量的 SGD、带 Nesterov 动量的 SGD 和 Adam；星号标出最小值 (1, 1)。" alt_en="Paths of four optimizers over the contour lines of the Rosenbrock function, from (-1.5, 2): SGD, SGD with momentum, SGD with Nesterov momentum and Adam; a star marks the minimum at (1, 1)."
xs = torch.linspace(-2.0, 2.0, 400)
ys = torch.linspace(-1.0, 3.0, 400)
grid_x, grid_y = torch.meshgrid(xs, ys, indexing="xy")
grid_f = rosenbrock((grid_x, grid_y))
levels = torch.logspace(-1, 3.5, 13)


def draw_background(ax, show_minimum=True):
    ax.contour(grid_x, grid_y, grid_f, levels=levels, colors="0.6", linewidths=0.7)
    ax.plot(*START, "ko", markersize=7, label="start (-1.5, 2)")
    if show_minimum:
        ax.plot(*MINIMUM, "k*", markersize=14, label="minimum (1, 1)")


fig, ax = plt.subplots(figsize=(7.5, 6))
draw_background(ax)
for name, path, width in zip(paths, paths.values(), [5, 3.5, 2, 1], strict=True):
    (line,) = ax.plot(path[:, 0], path[:, 1], linewidth=width, label=name)
    ax.plot(*path[-1], "o", color=line.get_color(), markersize=7)
ax.set_xlim(-2.0, 2.0)
ax.set_ylim(-1.0, 3.0)
ax.set_title(f"Rosenbrock, {STEPS} steps from (-1.5, 2)")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(loc="upper right", fontsize=8)
plt.show()

# %% [markdown] lang="zh"
# ## 动量与 Nesterov 动量改变了什么 {#momentum-nesterov}
#
# 带动量的 `SGD` 多了一份优化器状态：动量缓冲 `buf`。每一步先更新 `buf = momentum * buf + grad`，
# 再走 `p -= lr * buf`（[`buf.mul_(momentum).add_(grad, alpha=1 - dampening)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L356-L367)，
# 这里 `dampening=0`）。缓冲是过去所有梯度的指数加权和，方向一致的分量会一步步叠起来：
# 沿着谷底，梯度虽小，方向却始终不变，速度最多能积累到单步梯度的约 `1 / (1 - 0.9) = 10` 倍，
# 所以它在平地上也走得快。代价是横跨山谷的那个分量同样有惯性：冲上对面谷壁之后没法立刻掉头，
# 于是在两侧谷壁之间来回摆动。
#
# Nesterov 动量只改了一处：更新用的是 `p -= lr * (grad + momentum * buf)`，而不是
# `p -= lr * buf`（[`grad = grad.add(buf, alpha=momentum)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L356-L367)）。
# 它并不多算一次梯度。`buf` 里已经含有最新的梯度，所以在这一步里，最新的梯度占了
# `1 + momentum = 1.9` 份，更早的历史只占 `momentum**2 = 0.81` 份；普通动量则是 1 份对 0.9 份。
# 横跨山谷的梯度一掉头，步子也就更早跟着掉头，横向摆动很快衰减；沿着谷底，每一步的梯度方向都相同，
# 速度几乎不受影响。教科书上说 Nesterov 是“先按动量往前看一步，在那里求梯度”；学习率不变时，
# 那和这里是同一个方法，只是换了一个变量来写。PyTorch 的写法只需要 `p` 处的梯度。
#
# 下图放大了起点附近，只画前 60 步。接下来打印 500 步走过的总路程、最后的 `f`，以及 x 方向的步子
# 改变方向（上一步往右、这一步往左，或者反过来）的次数，也就是“之”字形折返了几次。带动量的 `SGD`
# 折返了 20 次，Nesterov 只有 2 次，两者最后却停在几乎同一个地方。
#
# `Adam` 也折返了 10 次。这不能怪它内部的动量（`betas` 的第一个数 `0.9`，即一阶矩的衰减系数）：
# 表中最后一行把它去掉（`betas=(0.0, 0.999)`），折返次数反而变成 234 次，500 步后 `f` 还停在 0.63。
# 下一节会讲到，`Adam` 在几步之内的表现像一个按坐标各自设定学习率的 `SGD`；横跨山谷的梯度每次变号，
# 这样的步子就跟着来回跳。一阶矩把最近大约十步的梯度平均起来，变号的部分相互抵消，折返就少得多。
# %% [markdown] lang="en"
# ## What momentum and Nesterov change {#momentum-nesterov}
#
# `SGD` with momentum keeps one extra piece of optimizer state, the momentum buffer `buf`. Each
# step first updates `buf = momentum * buf + grad`, then moves `p -= lr * buf`
# ([`buf.mul_(momentum).add_(grad, alpha=1 - dampening)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L356-L367),
# with `dampening=0` here). The buffer is an exponentially weighted sum of all past gradients,
# so components that keep pointing the same way add up: along the valley floor the gradient is
# small but always in the same direction, and the speed builds up to at most about
# `1 / (1 - 0.9) = 10` times a single gradient step; that is how it covers the flat ground
# quickly. The price is that the component across the valley has inertia too: after running up
# the far wall it cannot turn around at once, so it swings from wall to wall.
#
# Nesterov momentum changes one thing: the move is `p -= lr * (grad + momentum * buf)` instead
# of `p -= lr * buf`
# ([`grad = grad.add(buf, alpha=momentum)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/sgd.py#L356-L367)).
# It computes no extra gradient. Since `buf` already holds the newest gradient, that gradient
# counts `1 + momentum = 1.9` times in the step and the older history `momentum**2 = 0.81`
# times, against 1 and 0.9 with plain momentum. When the gradient across the valley turns
# around, the step turns with it sooner, so the sideways swing dies out quickly; along the
# floor, where every gradient points the same way, the speed is hardly affected. The textbook
# picture, a gradient taken one momentum step ahead, is the same method written for another
# variable (as long as the learning rate stays constant); PyTorch's form needs only the gradient
# at `p`.
#
# The figure zooms in on the start and shows only the first 60 steps. The code then prints the
# total distance travelled over the 500 steps, the final `f`, and how many times the x-part of
# the step changes sign (right then left, or left then right): the number of zigzag turns.
# `SGD` with momentum turns 20 times, Nesterov only twice, yet both end at almost the same point.
#
# `Adam` turns 10 times. That is not the doing of its own momentum (the first of its `betas`,
# `0.9`, the average behind its first moment): the last row takes it away
# (`betas=(0.0, 0.999)`) and the turns go up to 234, with `f` still at 0.63 after 500 steps.
# Over a few steps `Adam` behaves like `SGD` with a learning rate of its own for each coordinate
# (next section); every time the gradient across the valley changes sign, such steps flip with
# it. The first moment averages roughly the last ten gradients, the flipping parts cancel, and
# far fewer turns are left.
# %% alt_zh="起点附近放大：四个优化器前 60 步的路径，每一步一个点。" alt_en="Close-up near the start: the first 60 steps of the four optimizers, one dot per step."
ZOOM_STEPS = 60
fig, ax = plt.subplots(figsize=(7, 6))
draw_background(ax, show_minimum=False)
for i, (name, path) in enumerate(paths.items()):
    ax.plot(
        path[: ZOOM_STEPS + 1, 0],
        path[: ZOOM_STEPS + 1, 1],
        ".-",
        linewidth=1,
        markersize=4,
        label=name,
        zorder=10 - i,
    )
ax.set_xlim(-1.6, -1.0)
ax.set_ylim(1.3, 2.2)
ax.set_title(f"First {ZOOM_STEPS} steps, near the start")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(loc="lower left", fontsize=8)
plt.show()

compared = dict(paths)
compared["Adam(lr=0.1, betas=(0.0, 0.999))"] = run(
    lambda params: torch.optim.Adam(params, lr=LR_ADAM, betas=(0.0, 0.999))
)
print(f"{'optimizer':<42} {'distance travelled':>18} {'final f':>9} {'x turns':>8}")
for name, path in compared.items():
    moves = path[1:] - path[:-1]
    travelled = moves.norm(dim=1).sum().item()
    turns = (moves[1:, 0] * moves[:-1, 0] < 0).sum().item()
    print(f"{name:<42} {travelled:>18.4f} {rosenbrock(path[-1]).item():>9.2e} {turns:>8d}")

# %% [markdown] lang="zh"
# ## 为什么 Adam 的步子不一样 {#adam-steps}
#
# `Adam` 对每个坐标分别缩放步长。它为每个元素维护两个滑动平均：梯度的 `m`（一阶矩）和梯度平方的
# `v`（二阶矩）（[`exp_avg.lerp_(grad, 1 - device_beta1)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/adam.py#L453-L475)），
# 每一步走 `lr * m_hat / (sqrt(v_hat) + eps)`，`m_hat`、`v_hat` 是经过偏差修正的值
# （[`param.addcdiv_(exp_avg, denom, value=-step_size)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/adam.py#L530-L546)）。
# 分子和分母都与梯度同一量级，梯度的绝对大小被约掉了，剩下的是它和以往梯度相比有多大、符号是否一贯。
#
# 第一步最能说明问题。起点处的梯度是 `(-155, -50)`，x 分量是 y 分量的 3 倍多。`SGD` 沿负梯度方向走，
# 第一步是 `(0.0930, 0.0300)`；带动量的 `SGD` 第一步完全一样（缓冲刚用梯度初始化）；Nesterov 是它的
# `1 + 0.9 = 1.9` 倍。`Adam` 第一步在每个坐标上都走了 `lr`（只差 `eps` 带来的微小误差）：
# `(0.1000, 0.1000)`，方向是 45°，根本不是梯度的方向。所以 `Adam` 的路径一出发就斜着冲了出去，
# 和另外三条明显不同。
#
# 第一步之后，这里的步长就不再是 `lr` 了，因为梯度一直在变（梯度要是始终不变，`Adam` 每一步在
# 每个坐标上都还是走大约 `lr`）。`beta2=0.999` 让 `v` 的记忆长达约 1000 步，比整个实验还长，所以在
# 这 500 步里，`v_hat` 接近迄今为止所有梯度平方的平均值（500 步里最早的那个，权重仍有最新一个的
# `0.999**499 ≈ 0.61`），几步之内几乎不变。第二张表沿着 `Adam` 的路径，在几个步数上列出梯度范数、
# `Adam` 这一步走了多远，以及 `SGD(lr=6e-4)` 从同一个梯度出发会走多远（`6e-4 × ‖梯度‖`）。第一步
# 之后还在谷壁上时，梯度很大，`Adam` 的步子反而比 `SGD` 短；到了谷底，梯度比 `v` 记着的那些小得多，
# `Adam` 的步子只剩 `lr` 的一小部分，却仍是 `SGD` 在同一梯度下步长的十倍到二十多倍。
# 它在谷底走得快，靠的就是这一点：步长衡量的是梯度与以往梯度的比值，而不是梯度本身。
# %% [markdown] lang="en"
# ## Why Adam's steps look different {#adam-steps}
#
# `Adam` scales the step for each coordinate separately. For every element it keeps a running
# average of the gradient, `m` (the first moment), and of the squared gradient, `v` (the second
# moment)
# ([`exp_avg.lerp_(grad, 1 - device_beta1)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/adam.py#L453-L475)),
# and each step moves `lr * m_hat / (sqrt(v_hat) + eps)`, where `m_hat` and `v_hat` are the
# bias-corrected values
# ([`param.addcdiv_(exp_avg, denom, value=-step_size)`](https://github.com/pytorch/pytorch/blob/v2.13.0/torch/optim/adam.py#L530-L546)).
# Numerator and denominator are of the same order as the gradient, so its absolute size cancels
# out; what remains is how large it is compared with the earlier gradients, and whether its sign
# holds.
#
# The first step shows it best. At the start the gradient is `(-155, -50)`: the x-part is more
# than three times the y-part. `SGD` follows the negative gradient, and its first step is
# `(0.0930, 0.0300)`; `SGD` with momentum takes exactly the same first step (the buffer has just
# been set to the gradient), and Nesterov takes `1 + 0.9 = 1.9` times that. `Adam` moves `lr` in
# each coordinate (up to a tiny error from `eps`): `(0.1000, 0.1000)`, at 45°, not along the
# gradient at all. That is why `Adam`'s path sets off diagonally from the start, plainly unlike
# the other three.
#
# After the first step, the step is no longer `lr` here, because the gradient keeps changing
# (a gradient that stayed the same would keep `Adam` moving about `lr` in each coordinate at
# every step). With `beta2=0.999`, `v` remembers about 1000 steps, longer than this whole run,
# so over these 500 steps `v_hat` is close to the average of every squared gradient so far (the
# oldest of 500 still weighs `0.999**499 ≈ 0.61` of the newest), and hardly moves over a few
# steps. The second table follows `Adam`'s path and gives, at a few steps, the gradient's norm,
# how far `Adam` moved, and how far `SGD(lr=6e-4)` would move from the same gradient
# (`6e-4 × ‖gradient‖`). Past the first step, while still on the walls where the gradient is
# large, `Adam`'s steps are shorter than `SGD`'s; on the floor, where the gradient is far smaller
# than the ones `v` remembers, they are a small fraction of `lr`, yet still ten to twenty-odd
# times what `SGD` would take from the same gradient. That is how it moves along the floor: its
# step measures the gradient against the earlier gradients, not the gradient itself.
# %%
p = torch.tensor(START, requires_grad=True)
rosenbrock(p).backward()
print(f"gradient at the start: ({p.grad[0].item():.4f}, {p.grad[1].item():.4f})")
print(f"{'optimizer':<42} {'first step (dx, dy)':>20}")
for name, path in paths.items():
    dx, dy = (path[1] - path[0]).tolist()
    print(f"{name:<42} ({dx:.4f}, {dy:.4f})")

print()
adam_path = paths["Adam(lr=0.1)"]
print(f"{'Adam step':>9} {'‖gradient‖':>11} {'Adam moves':>11} {'6e-4 × ‖gradient‖':>18}")
for step in (0, 1, 10, 100, 300, STEPS - 1):
    point = adam_path[step].clone().requires_grad_()
    rosenbrock(point).backward()
    gradient = point.grad.norm().item()
    moved = (adam_path[step + 1] - adam_path[step]).norm().item()
    print(f"{step:>9} {gradient:>11.4f} {moved:>11.4f} {LR_SGD * gradient:>18.5f}")

# %% [markdown] lang="zh"
# ## 500 步之后 {#final-points}
#
# 最后一张表列出每个优化器第 500 步的位置、那里的函数值，以及到最小值 `(1, 1)` 的距离。
# 普通 `SGD` 还困在山谷左端，`f` 仍在 5 左右。两个带动量的 `SGD` 结果几乎相同：Nesterov 省掉的
# 是横向摆动，而不是沿谷底的路程。`Adam` 这次离 `(1, 1)` 最近，但别忘了它的 `lr` 是单独挑的，
# 不能和 `SGD` 的学习率直接比；换一个学习率或者换一个起点，排名都可能变。这个实验要看的是路径的
# 形状，而不是谁赢了。
#
# 不管换成哪个优化器，训练循环本身一行都没改：`zero_grad()`、`backward()`、`step()`。
# 差别全在 `optimizer.step()` 内部，也就是它怎样把 `.grad` 和自己的优化器状态变成一次参数更新。
# %% [markdown] lang="en"
# ## After 500 steps {#final-points}
#
# The last table gives, for each optimizer, where it is after step 500, the function value there,
# and the distance to the minimum `(1, 1)`. Plain `SGD` is still stuck at the left end of the
# valley, with `f` still around 5. The two momentum runs end almost in the same place: what
# Nesterov saves is the sideways swinging, not distance along the floor. `Adam` ends closest to
# `(1, 1)` this time, but remember that its `lr` was picked separately and cannot be compared
# with `SGD`'s; another learning rate or another start could change the order. What this lab is
# about is the shape of the paths, not who wins.
#
# Whatever the optimizer, the training loop itself did not change by a single line:
# `zero_grad()`, `backward()`, `step()`. All the difference lives inside `optimizer.step()`: in
# how it turns `.grad` and its own optimizer state into a parameter update.
# %%
target = torch.tensor(MINIMUM)
print(f"{'optimizer':<42} {'final (x, y)':>18} {'f(x, y)':>10} {'distance':>9}")
for name, path in paths.items():
    x, y = path[-1].tolist()
    value = rosenbrock(path[-1]).item()
    distance = (path[-1] - target).norm().item()
    print(f"{name:<42} ({x:7.4f}, {y:7.4f}) {value:>10.2e} {distance:>9.4f}")
