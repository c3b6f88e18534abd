import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.1, patience=2)  # (1)!

val_losses = [0.90, 0.70, 0.60, 0.61, 0.62, 0.59995, 0.55, 0.58, 0.57, 0.56]  # (2)!
for epoch, val_loss in enumerate(val_losses):
    lr = optimizer.param_groups[0]["lr"]
    optimizer.zero_grad()
    (w - 1).pow(2).sum().backward()
    optimizer.step()
    scheduler.step(val_loss)  # (3)!
    print(
        f"epoch {epoch}: lr {lr:.4f}  val_loss {val_loss:<7g}  best {scheduler.best:<4g}  "
        f"num_bad_epochs {scheduler.num_bad_epochs}  "
        f"-> next lr {scheduler.get_last_lr()[0]:.4f}"
    )

try:
    scheduler.step()  # (4)!
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
