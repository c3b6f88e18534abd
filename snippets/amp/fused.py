import warnings

import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])


def train(make_optimizer):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = make_optimizer(model.parameters())
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    scaler = torch.amp.GradScaler("cpu")
    calls, updates, states, warned = [], [], [], 0
    optimizer.register_step_pre_hook(lambda opt, args, kwargs: calls.append(1))  # (1)!
    for _ in range(3):
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.float16):
            loss = nn.functional.mse_loss(model(x), y)
        scaler.scale(loss).backward()
        before = [p.detach().clone() for p in model.parameters()]
        scaler.step(optimizer)  # (2)!
        scaler.update()
        moved = not all(torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True))
        updates.append("applied" if moved else "skipped")
        state = optimizer.state[model[0].weight]
        if "step" in state:
            zero = not (state["exp_avg"].any() or state["exp_avg_sq"].any())  # (3)!
            states.append(f"step={state['step'].item():.0f}" + (" (moments 0)" if zero else ""))
        else:
            states.append("momentum_buffer" if "momentum_buffer" in state else "empty")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            scheduler.step()
        warned += len(caught)
    print(
        f"  updates: {', '.join(updates)}; optimizer.step() calls: {len(calls)}; "
        f"scheduler warnings: {warned}"
    )
    print(f"  state after each step: {', '.join(states)}")


for label, make in [
    ("Adam()", lambda params: torch.optim.Adam(params, lr=0.01)),
    ("Adam(fused=True)", lambda params: torch.optim.Adam(params, lr=0.01, fused=True)),
    ("SGD(momentum=0.9)", lambda params: torch.optim.SGD(params, lr=0.01, momentum=0.9)),
    (
        "SGD(momentum=0.9, fused=True)",
        lambda params: torch.optim.SGD(params, lr=0.01, momentum=0.9, fused=True),  # (4)!
    ),
]:
    print(label)
    train(make)
