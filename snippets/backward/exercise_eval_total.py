import contextlib

import torch

torch.manual_seed(0)

model = torch.nn.Sequential(torch.nn.Linear(3, 3), torch.nn.Dropout(0.5), torch.nn.Linear(3, 1))
batches = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(3)]


def validation_total(context):
    model.eval()
    total = 0.0
    with context:
        for x, y in batches:
            total += torch.nn.functional.mse_loss(model(x), y)
    model.train()
    return total


for label, context in [
    ("model.eval() only:       ", contextlib.nullcontext()),
    ("model.eval() + no_grad():", torch.no_grad()),
]:
    total = validation_total(context)
    grad_fn = type(total.grad_fn).__name__ if total.grad_fn is not None else None
    print(f"{label} total = {total.item():.4f}, total.grad_fn = {grad_fn}")
