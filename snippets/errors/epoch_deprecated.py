import textwrap
import warnings

import torch

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        optimizer.zero_grad()
        (w - 1).pow(2).sum().backward()
        optimizer.step()
        scheduler.step(epoch + 1)  # (1)!
print("lr after 3 epochs:", scheduler.get_last_lr(), "| warnings:", len(caught))
text = f"{caught[0].category.__name__}: {caught[0].message}"
print(textwrap.fill(text, 79, break_long_words=False, break_on_hyphens=False))
