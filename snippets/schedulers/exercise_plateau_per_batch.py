import torch
from torch.optim import lr_scheduler

torch.manual_seed(0)

w = torch.zeros(2, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, factor=0.1, patience=2)
batch_losses = [[0.90, 0.95, 0.92, 0.97], [0.80, 0.85, 0.83, 0.88], [0.70, 0.76, 0.72, 0.78]]
for epoch, losses in enumerate(batch_losses):
    for loss in losses:
        optimizer.zero_grad()
        w.sum().backward()
        optimizer.step()
        scheduler.step(loss)
    mean = sum(losses) / len(losses)
    print(
        f"epoch {epoch}: mean loss {mean:.3f}, lr after the epoch {scheduler.get_last_lr()[0]:.4g}"
    )

per_epoch = lr_scheduler.ReduceLROnPlateau(torch.optim.SGD([w], lr=0.1), factor=0.1, patience=2)
for losses in batch_losses:
    per_epoch.step(sum(losses) / len(losses))
print(f"stepped once per epoch with the mean loss: lr {per_epoch.get_last_lr()[0]:.4g}")
