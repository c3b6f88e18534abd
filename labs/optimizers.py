# %% [markdown] lang="zh"
# # 实验：二维曲面上的优化器 {#lab-optimizers}
#
# 同一个起点、同样的 500 步、同一段训练循环，只把优化器换掉：`SGD`、带动量的 `SGD`、
# 带 Nesterov 动量的 `SGD` 和 `Adam` 各自会走出怎样的路径？路径为什么长得不一样？
#
# 参数只有两个数，所以每一步都能画在平面上，等高线图上的轨迹就是优化器的全部行为。
# %% [markdown] lang="en"
# # Lab: Optimizers on a 2-D surface {#lab-optimizers}
#
# Same starting point, same 500 steps, same training loop; only the optimizer changes: `SGD`,
# `SGD` with momentum, `SGD` with Nesterov momentum, and `Adam`. What path does each one take,
# and why do the paths look so different?
#
# The parameter is just two numbers, so every step can be drawn on a plane: the track over the
# contour lines is everything the optimizer did.
# %%
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
    "SGD(lr=6e-4, momentum=0.9)": lambda params: torch.optim.SGD(
        params, lr=LR_SGD, momentum=0.9
    ),
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
# Rosenbrock 函数 `f(x, y) = (1 - x)**2 + 100 * (y - x**2)**2` 的最小值在 `(1, 1)`，
# 那里 `f = 0`。它的难点在于形状：沿着抛物线 `y = x**2` 有一道弯曲的窄山谷，
# 谷壁因为系数 `100` 非常陡，谷底却几乎是平的。起点 `(-1.5, 2.0)` 就在山谷左端附近，
# 优化器要做的是沿着弯曲的谷底一路走到 `(1, 1)`。
#
# 参数 `p` 是一个含两个元素的叶子张量，`rosenbrock(p)` 就是损失。`run()` 里每一步都是训练循环的原样：
# `optimizer.zero_grad()`、`rosenbrock(p).backward()`、`optimizer.step()`，然后把新的 `p` 记进路径。
#
# 学习率是这样选的。三个 `SGD` 用同一个 `lr=6e-4`，这样它们之间唯一的差别就是动量缓冲。
# 这个值由起点处最陡的曲率（Hessian 矩阵的最大特征值，下面的代码会算出来，约为 2092）决定：
# 在二次近似下，`lr × 曲率` 超过某个界限，沿这个方向的来回振荡就会越来越大。
# 普通 `SGD` 的界限是 `2`，`momentum=0.9` 是 `2 × (1 + 0.9) = 3.8`，
# Nesterov 动量最严格，是 `3.8 / 2.8 ≈ 1.36`。`6e-4` 对三者都安全，而且离 Nesterov 的上限很近。
# 实际试过：`lr=1e-3` 时 Nesterov 的头几步会在山谷两壁之间大幅弹跳，`lr=1.5e-3` 时直接发散成 `nan`。
# `Adam` 的步长不跟梯度大小成正比（后面会讲），它的 `lr` 不能和 `SGD` 的直接比较；
# `lr=0.1` 在这 500 步里稳定，也走得足够远，`lr=0.02` 则 500 步只走到山谷中段。
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
# with `momentum=0.9`, and strictest for Nesterov momentum, `3.8 / 2.8 ≈ 1.36`. `6e-4` is safe
# for all three and just under the Nesterov limit. Tried and seen: at `lr=1e-3` Nesterov's first
# steps bounce wildly between the valley walls, and at `lr=1.5e-3` it diverges to `nan`. `Adam`'s
# step is not proportional to the gradient (more on that below), so its `lr` cannot be compared
# with `SGD`'s; `lr=0.1` is stable over these 500 steps and gets far, while `lr=0.02` only gets to the
# middle of the valley in 500 steps.
# %%
curvature = torch.linalg.eigvalsh(
    torch.autograd.functional.hessian(rosenbrock, torch.tensor(START))
).max().item()
print(f"largest curvature at the start: {curvature:.0f}")
for name, limit in [("SGD", 2.0), ("momentum=0.9", 3.8), ("nesterov=True", 3.8 / 2.8)]:
    print(f"{name:<14} lr limit ≈ {limit / curvature:.1e}")
print(f"lr={LR_SGD:.0e}: lr × curvature = {LR_SGD * curvature:.2f}")

paths = {name: run(make) for name, make in OPTIMIZERS.items()}

# %% [markdown] lang="zh"
# ## 等高线上的路径 {#paths}
#
# 等高线取对数间隔（从 `0.1` 到约 `3000`），这样平坦的谷底和陡峭的谷壁都能看清。
# 每条路径末端的圆点是第 500 步的位置。
#
# 差别一眼就能看出来：普通 `SGD` 只在山谷左端挪了一小段。谷底的梯度很小，
# 而 `SGD` 每步走的距离正比于梯度，所以它在平地上几乎不动。
# 两个带动量的 `SGD` 和 `Adam` 都绕过了整个弯，走到了 `(1, 1)` 附近。
# %% [markdown] lang="en"
# ## Paths over the contour lines {#paths}
#
# The contour levels are log-spaced (from `0.1` to about `3000`), so both the flat floor and the steep
# walls show. The dot at the end of each path is where it is after step 500.
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
for name, path, width in zip(paths, paths.values(), [5, 3.5, 2, 1]):
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
# 带动量的 `SGD` 多了一份优化器状态：动量缓冲 `buf`。每一步先更新
# `buf = momentum * buf + grad`，再走 `p -= lr * buf`。缓冲是过去所有梯度的指数加权和，
# 方向一致的分量一步步叠加起来：沿着谷底，梯度虽小但方向始终相同，
# 速度能积累到单步梯度的约 `1 / (1 - 0.9) = 10` 倍，所以它能在平地上走得很快。
# 代价是横跨山谷的分量也有惯性：冲上对面谷壁之后不能立刻掉头，于是在两壁之间来回摆动。
#
# Nesterov 动量只改了一处：走的是 `p -= lr * (grad + momentum * buf)`，而不是 `p -= lr * buf`。
# 这相当于先按动量“往前看”一步，用那里的梯度来修正方向。快要冲过谷底时，
# 前方的梯度已经指回来了，于是提前刹车，横向摆动很快就衰减掉；沿谷底的加速基本不受影响。
#
# 下图放大了起点附近，只画前 60 步。下面打印的是 500 步的总路程，
# 以及 x 方向的步子改变方向（先往右、下一步往左，或者反过来）的次数，就是“之”字形折返了多少次。
# 带动量的 `SGD` 折返了 20 次，Nesterov 只有 2 次，但两者最后离起点一样远。
# `Adam` 内部也有一份动量（`betas` 的第一个数 `0.9`），所以它也有些摆动。
# %% [markdown] lang="en"
# ## What momentum and Nesterov change {#momentum-nesterov}
#
# `SGD` with momentum keeps one extra piece of optimizer state, the momentum buffer `buf`. Each
# step first updates `buf = momentum * buf + grad`, then moves `p -= lr * buf`. The buffer is an
# exponentially weighted sum of all past gradients, so components that keep pointing the same way
# add up: along the valley floor the gradient is small but always in the same direction, and the
# speed builds up to about `1 / (1 - 0.9) = 10` times a single gradient step; that is how it
# covers the flat ground quickly. The price is that the component across the valley has inertia
# too: after running up the far wall it cannot turn around at once, so it swings from wall to wall.
#
# Nesterov momentum changes one thing: the move is `p -= lr * (grad + momentum * buf)` instead of
# `p -= lr * buf`. That amounts to looking one momentum step ahead and correcting the direction
# with the gradient found there. Just before it would overshoot the valley floor, the gradient
# ahead already points back, so it brakes early and the sideways swing dies out quickly, while
# the speed along the floor is hardly affected.
#
# The figure zooms in on the start and shows only the first 60 steps. The code then prints the
# total distance travelled over the 500 steps, and how many times the x-part of the step changes
# sign (right then left, or left then right): the number of zigzag turns. `SGD` with momentum
# turns 20 times, Nesterov only twice, yet both end up just as far from the start. `Adam` has
# momentum inside as well (the first of its `betas`, `0.9`), which is why it swings a little too.
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

print(f"{'optimizer':<42} {'distance travelled':>18} {'x turns':>8}")
for name, path in paths.items():
    moves = path[1:] - path[:-1]
    travelled = moves.norm(dim=1).sum().item()
    turns = (moves[1:, 0] * moves[:-1, 0] < 0).sum().item()
    print(f"{name:<42} {travelled:>18.4f} {turns:>8d}")

# %% [markdown] lang="zh"
# ## 为什么 Adam 的步子不一样 {#adam-steps}
#
# `Adam` 对每个坐标分别缩放步长。它为每个元素维护梯度的滑动平均 `m` 和梯度平方的滑动平均 `v`，
# 每步走 `lr * m_hat / (sqrt(v_hat) + eps)`（`m_hat`、`v_hat` 是经过偏差修正的值）。
# 分子分母都跟梯度同一量级，梯度大小被约掉了，剩下的主要是“符号是否一贯”：
# 梯度持续同号的坐标，每步走接近 `lr` 的距离；来回变号的坐标，`m` 互相抵消，步子变小。
#
# 第一步最能说明问题。起点处的梯度是 `(-155, -50)`，x 分量是 y 分量的 3 倍多。
# `SGD` 沿负梯度走，第一步是 `(0.0930, 0.0300)`，带动量的 `SGD` 第一步完全一样（缓冲刚从梯度初始化），
# Nesterov 是它的 `1 + 0.9 = 1.9` 倍。`Adam` 第一步每个坐标都正好走 `lr`：`(0.1000, 0.1000)`，
# 方向是 45°，根本不是梯度的方向。所以 `Adam` 的路径一出发就斜着冲出去，
# 和其他三条的形状明显不同。
#
# 这也解释了它为什么能在谷底走得快：梯度再小，只要方向一致，`m_hat / sqrt(v_hat)` 就接近 1，
# 步长始终约为 `lr`，不会像 `SGD` 那样随着梯度一起变小。
# %% [markdown] lang="en"
# ## Why Adam's steps look different {#adam-steps}
#
# `Adam` scales the step for each coordinate separately. For every element it keeps a running
# average of the gradient, `m`, and of the squared gradient, `v`, and each step moves
# `lr * m_hat / (sqrt(v_hat) + eps)` (`m_hat` and `v_hat` are the bias-corrected values).
# Numerator and denominator are of the same order as the gradient, so its size cancels out; what
# remains is mostly whether its sign is consistent. A coordinate whose gradient keeps the same
# sign moves close to `lr` every step; one whose gradient flips sign has its `m` cancel out, and
# its steps shrink.
#
# The first step shows it best. At the start the gradient is `(-155, -50)`: the x-part is more
# than three times the y-part. `SGD` follows the negative gradient, and its first step is
# `(0.0930, 0.0300)`; `SGD` with momentum takes exactly the same first step (the buffer has just
# been set to the gradient), and Nesterov takes `1 + 0.9 = 1.9` times that. `Adam` moves exactly
# `lr` in each coordinate: `(0.1000, 0.1000)`, at 45°, not along the gradient at all. That is why
# `Adam`'s path sets off diagonally from the start, plainly unlike the other three.
#
# It also explains why it moves quickly along the valley floor: however small the gradient, as
# long as its sign holds, `m_hat / sqrt(v_hat)` stays close to 1 and the step stays about `lr`,
# instead of shrinking with the gradient as `SGD`'s does.
# %%
p = torch.tensor(START, requires_grad=True)
rosenbrock(p).backward()
print(f"gradient at the start: ({p.grad[0].item():.4f}, {p.grad[1].item():.4f})")
print(f"{'optimizer':<42} {'first step (dx, dy)':>20}")
for name, path in paths.items():
    dx, dy = (path[1] - path[0]).tolist()
    print(f"{name:<42} ({dx:.4f}, {dy:.4f})")

# %% [markdown] lang="zh"
# ## 500 步之后 {#final-points}
#
# 最后一张表列出每个优化器第 500 步的位置、函数值和到最小值 `(1, 1)` 的距离。
# 普通 `SGD` 还困在山谷左端，`f` 仍在 5 左右。两个带动量的 `SGD` 结果几乎相同：
# Nesterov 省掉的是横向摆动，不是沿谷底的路程。`Adam` 这次离 `(1, 1)` 最近，
# 但要记住它的 `lr` 是单独挑的，和 `SGD` 的学习率不可直接比；换个学习率或换个起点，
# 名次就可能变。这个实验要看的是路径的形状，而不是谁赢。
#
# 无论哪种优化器，训练循环本身一行都没变：`zero_grad()`、`backward()`、`step()`。
# 差别全部在 `optimizer.step()` 内部，也就是它如何把 `.grad` 和自己的优化器状态变成一次参数更新。
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
