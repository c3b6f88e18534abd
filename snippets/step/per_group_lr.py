import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
backbone, head = model[0], model[2]
optimizer = torch.optim.SGD(
    [
        {"params": backbone.parameters(), "lr": 0.001},  # (1)!
        {"params": head.parameters()},  # (2)!
    ],
    lr=0.1,
)
for i, group in enumerate(optimizer.param_groups):
    print(f"group {i}: {len(group['params'])} tensors, lr = {group['lr']}")


def step_with_unit_gradients(label):
    watched = (backbone.weight, head.weight)
    before = [p.detach().clone() for p in watched]
    for p in model.parameters():
        p.grad = torch.ones_like(p)  # (3)!
    optimizer.step()
    moved = [(b - p.detach()).abs().max().item() for b, p in zip(before, watched, strict=True)]
    print(f"{label}: backbone moved {moved[0]:.4f}, head moved {moved[1]:.4f}")


step_with_unit_gradients("step 1")
optimizer.param_groups[1]["lr"] = 0.01  # (4)!
step_with_unit_gradients("step 2")
