import textwrap
import warnings

import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3), torch.randn(16, 1)
w = torch.randn(3, 1, requires_grad=True) * 0.01  # (1)!
print("w.is_leaf:", w.is_leaf, "| w.grad_fn:", w.grad_fn.name())

loss = ((x @ w - y) ** 2).mean()
loss.backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("w.grad:", w.grad)
for warning in caught:
    message = str(warning.message).split(" (Triggered internally")[0]  # (2)!
    text = f"{warning.category.__name__}: {message}"
    print(textwrap.fill(text, 79, break_long_words=False, break_on_hyphens=False))
