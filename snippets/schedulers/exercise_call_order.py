import warnings

import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(2, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        scheduler.step()
        optimizer.zero_grad()
        w.sum().backward()
        optimizer.step()
        print(f"epoch {epoch} trained at lr {optimizer.param_groups[0]['lr']:.4g}")
print(f"warnings: {len(caught)}")
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split('. ')[0]}")
