import textwrap
import warnings

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)


def train_one_batch(optimizer):
    optimizer.zero_grad()
    (w - 1).pow(2).sum().backward()
    optimizer.step()


for style in ["step()", "step(epoch)"]:
    optimizer = torch.optim.SGD([w], lr=0.1)
    scheduler = lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    used = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for epoch in range(4):
            used.append(optimizer.param_groups[0]["lr"])
            train_one_batch(optimizer)
            if style == "step()":
                scheduler.step()
            else:
                scheduler.step(epoch + 1)  # (1)!
    print(f"StepLR.{style:<12} lr used {used}, {len(caught)} warnings")
text = f"{caught[0].category.__name__}: {caught[0].message}"
print(textwrap.fill(text, 80, break_on_hyphens=False, break_long_words=False))

optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=1)
used = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(2):
        for batch in range(4):
            used.append(round(optimizer.param_groups[0]["lr"], 4))
            train_one_batch(optimizer)
            scheduler.step(epoch + (batch + 1) / 4)  # (2)!
print(f"CosineAnnealingWarmRestarts.step(epoch + (batch + 1) / 4): {len(caught)} warnings")
print(f"  lr used {used}")
