import textwrap

import torch
from torch import nn

torch.manual_seed(0)

backbone = nn.Linear(8, 4)
head = nn.Linear(4, 1)
x, y = torch.randn(16, 8), torch.randn(16, 1)

with torch.inference_mode():  # (1)!
    features = backbone(x)
print("features.is_inference():", features.is_inference())
try:
    loss = nn.functional.mse_loss(head(features), y)  # (2)!
except RuntimeError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 79, break_long_words=False))
