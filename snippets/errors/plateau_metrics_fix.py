import torch

torch.manual_seed(0)

w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=1)

for epoch, val_loss in enumerate([0.9, 0.8, 0.85, 0.86]):
    optimizer.zero_grad()
    (w - 1).pow(2).sum().backward()
    optimizer.step()
    scheduler.step(val_loss)  # (1)!
    print(f"epoch {epoch}: val_loss {val_loss}, next lr {optimizer.param_groups[0]['lr']:.4g}")
