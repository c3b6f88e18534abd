import copy

import torch
from torch import nn

torch.manual_seed(0)

x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])
initial = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))


def train(scaler, log):
    model = copy.deepcopy(initial)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(1, 201):
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.bfloat16):  # (1)!
            loss = nn.functional.mse_loss(model(x), y)
        if scaler is None:
            loss.backward()  # (2)!
            optimizer.step()
        else:
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
        if log and step in (1, 2, 3, 50, 100, 200):
            print(f"step {step:>3}: loss {loss.item():.3f}")
    return [p.detach().clone() for p in model.parameters()]


without = train(None, log=True)
scaler = torch.amp.GradScaler("cpu")
with_scaler = train(scaler, log=False)  # (3)!
print("with a GradScaler: scale after 200 steps", scaler.get_scale())
print("same parameters with and without it:", all(map(torch.equal, without, with_scaler)))
