import os
import platform

import torch
from torch.utils.benchmark import Timer

torch.manual_seed(0)

QUICK = os.environ.get("BENCH_QUICK") == "1"  # (1)!
LAYERS, WIDTH, ROUNDS, MIN_RUN_TIME = (4, 8, 2, 0.001) if QUICK else (200, 64, 3, 0.6)
THREADS = 1


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


layers = torch.nn.ModuleList(torch.nn.Linear(WIDTH, WIDTH) for _ in range(LAYERS))  # (2)!
params = list(layers.parameters())
x = torch.randn(32, WIDTH)
loss = sum(layer(x).square().mean() for layer in layers)
loss.backward(retain_graph=True)


def zero_grad_and_backward(set_to_none):
    optimizer = torch.optim.SGD(params, lr=1e-3)

    def iteration():
        optimizer.zero_grad(set_to_none=set_to_none)
        loss.backward(retain_graph=True)  # (3)!

    return iteration


def step(optimizer_class, **implementation):
    optimizer = optimizer_class(params, lr=1e-3, **implementation)
    optimizer.step()  # (4)!
    return optimizer.step


cases = {
    "zero_grad(set_to_none=True) + backward": zero_grad_and_backward(True),
    "zero_grad(set_to_none=False) + backward": zero_grad_and_backward(False),
    "SGD(momentum=0.9).step(), default": step(torch.optim.SGD, momentum=0.9),
    "SGD(momentum=0.9).step(), foreach=True": step(torch.optim.SGD, momentum=0.9, foreach=True),
    "SGD(momentum=0.9).step(), fused=True": step(torch.optim.SGD, momentum=0.9, fused=True),
    "Adam.step(), default": step(torch.optim.Adam),
    "Adam.step(), foreach=True": step(torch.optim.Adam, foreach=True),
    "Adam.step(), fused=True": step(torch.optim.Adam, fused=True),
}

best = dict.fromkeys(cases, float("inf"))
for _ in range(ROUNDS):  # (5)!
    for label, fn in cases.items():
        timer = Timer(stmt="fn()", globals={"fn": fn}, num_threads=THREADS)  # (6)!
        median = timer.blocked_autorange(min_run_time=MIN_RUN_TIME).median
        best[label] = min(best[label], median)

print(
    f"machine: {cpu_name()}, {os.cpu_count()} CPUs, threads: {THREADS}, torch {torch.__version__}"
)
print(
    f"model: {LAYERS} x Linear({WIDTH}, {WIDTH}), {len(params)} parameter tensors, "
    f"{sum(p.numel() for p in params)} parameters"
)
print(f"{'case':<42}per call (fastest of {ROUNDS} rounds)   vs first row of its group")
for label, seconds in best.items():
    if label.endswith(("=True) + backward", ", default")):
        baseline = seconds  # (7)!
    print(f"{label:<42}{seconds * 1e3:.3f} ms   x{seconds / baseline:.2f}")
