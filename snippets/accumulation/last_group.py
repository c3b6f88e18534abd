import copy

import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

x = torch.randn(40, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
loader = DataLoader(TensorDataset(x, y), batch_size=4)
loss_fn = torch.nn.MSELoss()
k = 4


def big_batch_gradient(model, first, last):
    reference = copy.deepcopy(model)
    reference.zero_grad()
    samples = slice(4 * first, 4 * (last + 1))
    loss_fn(reference(x[samples]), y[samples]).backward()  # (1)!
    return gradient_vector(reference)


def gradient_vector(model):
    return torch.cat([p.grad.flatten() for p in model.parameters()])


def epoch(name, step_on_last_batch, divisor):
    torch.manual_seed(1)
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    updates, first = [], 0
    for i, (xb, yb) in enumerate(loader):
        (loss_fn(model(xb), yb) / divisor(i)).backward()
        if (i + 1) % k == 0 or (step_on_last_batch and i + 1 == len(loader)):
            big, accumulated = big_batch_gradient(model, first, i), gradient_vector(model)
            ratio = accumulated.norm() / big.norm()  # (2)!
            assert torch.allclose(accumulated, ratio * big)
            updates.append(f"{first}-{i}: {ratio:.4f}")
            optimizer.step()
            optimizer.zero_grad()
            first = i + 1
    print(name)
    print("  updates (mini-batches: gradient / big-batch gradient):", ", ".join(updates))
    print("  gradient left in .grad after the epoch:", model.weight.grad is not None)


print(f"{len(loader)} mini-batches, k = {k}")
epoch("(i + 1) % k == 0, loss / k", False, lambda i: k)
epoch("... or i + 1 == len(loader), loss / k", True, lambda i: k)
epoch(
    "... or i + 1 == len(loader), loss / group size",
    True,
    lambda i: min(k, len(loader) - i // k * k),  # (3)!
)
