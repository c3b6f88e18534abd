import torch
from torch import nn

torch.manual_seed(3)

x = torch.randn(16, 4)
y = torch.randn(16, 1)


def one_step(unscale_first):
    torch.manual_seed(1)
    model = nn.Linear(4, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu")
    before = torch.cat([p.detach().flatten() for p in model.parameters()])

    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    if unscale_first:
        scaler.unscale_(optimizer)
    total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)  # (1)!
    scaler.step(optimizer)  # (2)!
    scaler.update()

    used = torch.cat([p.grad.flatten() for p in model.parameters()]).norm()
    moved = (torch.cat([p.detach().flatten() for p in model.parameters()]) - before).norm()
    print(f"  norm seen by clip_grad_norm_: {total.item():.4g}")
    print(f"  gradient norm used by step:   {used.item():.4g}")
    print(f"  parameters moved by:          {moved.item():.4g}")


print("unscale_, then clip:")
one_step(unscale_first=True)
print("clip, then step (no unscale_):")
one_step(unscale_first=False)
