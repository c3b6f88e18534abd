import textwrap

import torch
from torch import nn

torch.manual_seed(0)

trunk = nn.Linear(4, 8)
head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 1)
x, y_a, y_b = torch.randn(16, 4), torch.randn(16, 1), torch.randn(16, 1)

features = trunk(x).relu()  # (1)!
loss_a = nn.functional.mse_loss(head_a(features), y_a)
loss_b = nn.functional.mse_loss(head_b(features), y_b)
loss_a.backward()
try:
    loss_b.backward()  # (2)!
except RuntimeError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 79, break_long_words=False))
