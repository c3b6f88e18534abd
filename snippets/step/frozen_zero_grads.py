import torch
from torch import nn

torch.manual_seed(0)

x, y = torch.randn(32, 4), torch.randn(32, 2)


def freeze_midway(label, make_optimizer, set_to_none):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    optimizer = make_optimizer(model.parameters())

    def train_step():
        optimizer.zero_grad(set_to_none=set_to_none)
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()

    train_step()
    train_step()
    model[0].requires_grad_(False)  # (1)!
    before = model[0].weight.detach().clone()
    for _ in range(3):
        train_step()  # (2)!
    grad = model[0].weight.grad
    grad = "None " if grad is None else "zeros" if not grad.any() else "other"
    moved = (model[0].weight - before).abs().max().item()
    print(f"{label:<31} set_to_none={set_to_none!s:<5}  grad {grad}  frozen moved {moved:.6f}")


optimizers = {
    "SGD(lr=0.1)": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD(lr=0.1, weight_decay=0.01)": lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.01),
    "SGD(lr=0.1, momentum=0.9)": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "Adam(lr=1e-3)": lambda p: torch.optim.Adam(p, lr=1e-3),
}
for label, make_optimizer in optimizers.items():
    for set_to_none in (False, True):
        freeze_midway(label, make_optimizer, set_to_none)
