import textwrap

import torch

torch.manual_seed(0)

x = torch.randn(16, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
w = torch.zeros(3, 1, requires_grad=True)

loss = ((x @ w - y) ** 2).mean()
loss.backward()
try:
    w -= 0.1 * w.grad  # (1)!
except RuntimeError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 79, break_long_words=False))
