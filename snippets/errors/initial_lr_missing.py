import textwrap

import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
start_epoch = 3
try:
    scheduler = torch.optim.lr_scheduler.StepLR(  # (1)!
        optimizer, step_size=1, gamma=0.5, last_epoch=start_epoch - 1
    )
except KeyError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 79, break_long_words=False))
